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

    /// <summary>The version of the line being edited, for the row's hidden field.</summary>
    public uint? EditingVersion { get; init; }
    public string Url => $"/Budgets/Estimates/{EstimateId}";
    public bool TotalDisagrees => StatedTotal is { } s && s != ComputedTotal;
    public string TotalInWords => ComputedTotal.ToWords();

    public static EstimateSheet Build(EstimateContext context, IReadOnlyList<SpendingNorm> norms, IReadOnlyList<FundingSource> sources,
        int? editingLineId, LineForm? form, IReadOnlyList<string> errors, string? pastedText)
    {
        var estimate = context.Estimate;
        var figures = BudgetFigures.Of(estimate, norms, context.ReferenceDay);
        var analysis = figures.Analysis;
        var names = sources.ToDictionary(s => s.Id, s => s.Name);
        var byPosition = analysis.Findings.Where(f => f.Line is not null).ToLookup(f => f.Line!.Value);
        var groups = analysis.Groups.ToDictionary(g => g.Group);
        var rows = analysis.Lines.Select(l => new SheetRow(
                l.Line,
                l.ComputedAmount,
                groups.TryGetValue(l.Line, out var g) ? g.ComputedSubtotal : l.EffectiveAmount,
                g?.StatedSubtotal,
                byPosition[l.Position].ToList(),
                l.Line.FundingSourceId is { } own ? names.GetValueOrDefault(own) : null,
                l.Norm?.Name))
            .ToList();
        var bySource = analysis.TotalsBySource
            .Select(t => (t.FundingSourceId is { } id ? names.GetValueOrDefault(id) ?? PlanBudget.NoSource : PlanBudget.NoSource, t.Amount))
            .ToList();
        var inForce = norms.Where(n => n.IsInForceOn(context.ReferenceDay)).OrderBy(n => n.Name, Lantoa.Domain.Text.VietnameseText.Comparer).ToList();
        return new EstimateSheet(estimate.Id, context.CanEditLines, rows, analysis.ComputedTotal, estimate.StatedTotal, figures.Totals.ActualTotal,
            analysis.Findings, bySource, sources, inForce, editingLineId, form, errors, pastedText);
    }
}
