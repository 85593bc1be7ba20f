namespace Lantoa.Web.Features.Budgets;

/// <summary>Upload limits of the budgets feature.</summary>
public static class BudgetLimits
{
    /// <summary>10 MB: an estimate or a norms catalogue is a few hundred kilobytes at most.</summary>
    public const int MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>
    /// 64 MB: requests are read up to this size so that an oversized file (a 50 MB workbook) is answered with a clear
    /// message instead of a dropped connection; the file itself is refused above <see cref="MaxUploadBytes"/>.
    /// </summary>
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    /// <summary>Lines pasted or imported at once.</summary>
    public const int MaxLines = 5000;
}
