using Lantoa.Domain.Findings;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Budgets;

/// <summary>One estimate's totals as <see cref="EstimateAnalyzer"/> computed them, keyed by funding source (null = none).</summary>
public sealed record EstimateTotals(
    int EstimateId,
    string Title,
    int? ActivityId,
    EstimateStatus Status,
    Money Total,
    IReadOnlyDictionary<int, Money> BySource,
    Money UnsourcedTotal,
    Money? ActualTotal);

/// <summary>What the summary needs to know of an activity: its number, title, lead unit and the budget its text quotes.</summary>
public sealed record BudgetActivity(int ActivityId, string Label, string Title, int? LeadUnitId, Money? StatedBudget);

/// <summary>One row of a budget summary: a name, the computed amount, the amount the document states (if any).</summary>
public sealed record BudgetRow(int? Id, string Name, Money Amount, Money? Stated = null, Money? Actual = null)
{
    public bool Disagrees => Stated is { } s && s != Amount;
}

public sealed record PlanBudgetSummary(
    Money Total,
    Money? StatedTotal,
    Money ActualTotal,
    IReadOnlyList<BudgetRow> ByActivity,
    IReadOnlyList<BudgetRow> ByLeadUnit,
    IReadOnlyList<BudgetRow> BySource,
    IReadOnlyList<Finding> Findings);

/// <summary>
/// The plan's money at a glance: totals by activity, lead unit and funding source, and the checks that cross
/// estimates — the figure quoted for an activity in the plan body against its appendix, each unit's stated total
/// against its activities' estimates, the stated per-unit totals against the plan's total.
/// </summary>
public static class PlanBudget
{
    public const string NoLeadUnit = "Chưa xác định đơn vị chủ trì";
    public const string NoSource = "Chưa xác định nguồn";

    public static PlanBudgetSummary Summarize(
        IReadOnlyList<EstimateTotals> estimates,
        IReadOnlyList<BudgetActivity> activities,
        IReadOnlyList<FundingSource> sources,
        IReadOnlyDictionary<int, string> unitNames,
        IReadOnlyList<PlanUnitBudget> statedByUnit,
        Money? statedTotal)
    {
        var findings = new List<Finding>();
        var activityById = activities.ToDictionary(a => a.ActivityId);
        var total = Money.Sum(estimates.Select(e => e.Total));
        var actualTotal = Money.Sum(estimates.Select(e => e.ActualTotal ?? Money.Zero));

        // By activity: every activity with an estimate or a quoted figure, in plan order; then the plan-level estimates.
        var byActivity = new List<BudgetRow>();
        foreach (var activity in activities)
        {
            var own = estimates.Where(e => e.ActivityId == activity.ActivityId).ToList();
            if (own.Count == 0 && activity.StatedBudget is null) continue;
            var amount = Money.Sum(own.Select(e => e.Total));
            var actual = own.Any(e => e.ActualTotal is not null) ? Money.Sum(own.Select(e => e.ActualTotal ?? Money.Zero)) : (Money?)null;
            var name = $"{activity.Label} {activity.Title}".Trim();
            byActivity.Add(new BudgetRow(activity.ActivityId, name, amount, activity.StatedBudget, actual));
            if (activity.StatedBudget is { } stated && own.Count == 0)
            {
                findings.Add(new Finding(Severity.Info, "activity-without-estimate",
                    $"Hoạt động \"{name}\" ghi kinh phí {stated.Format()} nhưng chưa có dự toán chi tiết.", name));
            }
            else if (activity.StatedBudget is { } quoted && quoted != amount)
            {
                findings.Add(new Finding(Severity.Error, "activity-budget-mismatch",
                    $"Kinh phí ghi trong kế hoạch cho hoạt động \"{name}\" là {quoted.Format()}, dự toán chi tiết cộng được {amount.Format()} (chênh {Difference(quoted, amount)}).",
                    name));
            }
        }

        foreach (var e in estimates.Where(e => e.ActivityId is null || !activityById.ContainsKey(e.ActivityId.Value)))
            byActivity.Add(new BudgetRow(null, e.Title, e.Total, null, e.ActualTotal));

        // By lead unit.
        var byUnit = new Dictionary<int, Money>();
        var noLead = Money.Zero;
        foreach (var e in estimates)
        {
            var lead = e.ActivityId is { } id && activityById.TryGetValue(id, out var a) ? a.LeadUnitId : null;
            if (lead is { } unit) byUnit[unit] = (byUnit.TryGetValue(unit, out var sum) ? sum : Money.Zero) + e.Total;
            else noLead += e.Total;
        }

        var statedUnits = statedByUnit.ToDictionary(s => s.UnitId);
        var byLeadUnit = byUnit.Keys.Union(statedUnits.Keys)
            .Select(unit => new BudgetRow(unit, unitNames.GetValueOrDefault(unit) ?? statedUnits.GetValueOrDefault(unit)?.WrittenName ?? $"Đơn vị #{unit}",
                byUnit.GetValueOrDefault(unit), statedUnits.GetValueOrDefault(unit)?.Amount))
            .OrderByDescending(r => r.Amount.Dong)
            .ToList();
        if (!noLead.IsZero) byLeadUnit.Add(new BudgetRow(null, NoLeadUnit, noLead));
        foreach (var row in byLeadUnit.Where(r => r.Disagrees))
        {
            findings.Add(new Finding(Severity.Error, "unit-total-mismatch",
                $"Kinh phí của {row.Name} ghi trong kế hoạch là {row.Stated!.Value.Format()}, các dự toán của đơn vị cộng được {row.Amount.Format()} (chênh {Difference(row.Stated!.Value, row.Amount)}).",
                row.Name));
        }

        // By funding source.
        var bySourceId = new Dictionary<int, Money>();
        var unsourced = Money.Zero;
        foreach (var e in estimates)
        {
            foreach (var (id, amount) in e.BySource)
                bySourceId[id] = (bySourceId.TryGetValue(id, out var sum) ? sum : Money.Zero) + amount;
            unsourced += e.UnsourcedTotal;
        }

        var bySource = sources
            .Select(s => new BudgetRow(s.Id, s.Decision is null ? s.Name : $"{s.Name} ({s.Decision})", bySourceId.GetValueOrDefault(s.Id)))
            .ToList();
        if (!unsourced.IsZero) bySource.Add(new BudgetRow(null, NoSource, unsourced));

        // The plan's stated total against the estimates and against the stated per-unit totals.
        if (statedTotal is { } planStated)
        {
            if (planStated != total && estimates.Count > 0)
            {
                findings.Add(new Finding(Severity.Error, "plan-total-mismatch",
                    $"Tổng kinh phí ghi trong kế hoạch là {planStated.Format()}, các dự toán cộng được {total.Format()} (chênh {Difference(planStated, total)}).",
                    "Tổng kinh phí"));
            }

            if (statedByUnit.Count > 0)
            {
                var unitSum = Money.Sum(statedByUnit.Select(s => s.Amount));
                if (unitSum != planStated)
                {
                    findings.Add(new Finding(Severity.Error, "unit-totals-sum",
                        $"Kinh phí các đơn vị ghi trong kế hoạch cộng được {unitSum.Format()}, khác tổng kinh phí {planStated.Format()} (chênh {Difference(planStated, unitSum)}).",
                        "Tổng kinh phí"));
                }
            }
        }

        return new PlanBudgetSummary(total, statedTotal, actualTotal, byActivity, byLeadUnit, bySource, findings);
    }

    private static string Difference(Money stated, Money computed) => new Money(Math.Abs(stated.Dong - computed.Dong)).Format();
}
