using Lantoa.Domain.Budgets;
using Lantoa.Domain.Findings;

namespace Lantoa.Web.Features.Budgets;

/// <summary>One row of the estimate table as shown: the line, its figures as computed, its findings.</summary>
public sealed record SheetRow(
    EstimateLine Line,
    Money? Computed,
    Money Amount,
    Money? StatedSubtotal,
    IReadOnlyList<Finding> Findings,
    string? SourceName,
    string? NormName)
{
    public bool IsGroup => Line.Kind == EstimateLineKind.Group;
    public Severity? Worst => Findings.Count == 0 ? null : Findings.Max(f => f.Severity);
}

/// <summary>The estimate table as the editor and the actuals page render it, built from one analysis.</summary>
public sealed record EstimateSheet(
    int EstimateId,
    bool CanEdit,
    IReadOnlyList<SheetRow> Rows,
    Money ComputedTotal,
    Money? StatedTotal,
    Money? ActualTotal,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<(string Name, Money Amount)> BySource,
    IReadOnlyList<FundingSource> Sources,
    IReadOnlyList<SpendingNorm> Norms,
    int? EditingLineId,
    LineForm? Form,
    IReadOnlyList<string> Errors,
    string? PastedText)
{
    public bool FocusNewRow { get; init; }
    public string Url => $"/Budgets/Estimates/{EstimateId}";
    public bool TotalDisagrees => StatedTotal is { } s && s != ComputedTotal;
    public string TotalInWords => ComputedTotal.ToWords();
}
