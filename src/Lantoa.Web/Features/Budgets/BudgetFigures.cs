using Lantoa.Domain.Budgets;
using Lantoa.Domain.Findings;

namespace Lantoa.Web.Features.Budgets;

/// <summary>One estimate analysed: the analyzer's result and the totals the plan summary adds up.</summary>
public sealed record BudgetFigures(EstimateAnalysis Analysis, EstimateTotals Totals)
{
    public IReadOnlyList<Finding> Findings => Analysis.Findings;

    public Money SubtotalOf(EstimateLine group) =>
        Analysis.Groups.FirstOrDefault(g => ReferenceEquals(g.Group, group))?.ComputedSubtotal ?? Money.Zero;

    public static BudgetFigures Of(Estimate estimate, IReadOnlyList<SpendingNorm> norms, DateOnly? referenceDay)
    {
        var analysis = EstimateAnalyzer.Analyze(estimate, norms, referenceDay);
        var bySource = analysis.TotalsBySource.Where(t => t.FundingSourceId is not null)
            .ToDictionary(t => t.FundingSourceId!.Value, t => t.Amount);
        var unsourced = Money.Sum(analysis.TotalsBySource.Where(t => t.FundingSourceId is null).Select(t => t.Amount));
        var actual = estimate.Lines.Any(l => l.ActualAmount is not null)
            ? Money.Sum(estimate.Lines.Select(l => l.ActualAmount ?? Money.Zero))
            : (Money?)null;
        return new BudgetFigures(analysis, new EstimateTotals(estimate.Id, estimate.Title, estimate.ActivityId, estimate.Status,
            analysis.ComputedTotal, bySource, unsourced, actual));
    }
}
