namespace Lantoa.Web.Infrastructure.Web;

/// <summary>
/// The one "file too large" message. The limits themselves belong to the modules: plan documents
/// (Imports/ImportLimits: 20 MB a file, 128 MB a request), budget tables and norms (Budgets/BudgetLimits: 10 MB, 64 MB),
/// report evidence (Domain/Tracking/EvidencePolicy: 20 MB a file; 64 MB a request).
/// </summary>
public static class UploadLimits
{
    /// <summary>"Tệp "x.xlsx" quá lớn (25 MB); giới hạn là 10 MB." (without the name when none is given).</summary>
    public static string TooLarge(long length, long limit, string? fileName = null) =>
        $"Tệp{(fileName is null ? "" : $" \"{fileName}\"")} quá lớn ({length / 1024 / 1024} MB); giới hạn là {limit / 1024 / 1024} MB.";
}
