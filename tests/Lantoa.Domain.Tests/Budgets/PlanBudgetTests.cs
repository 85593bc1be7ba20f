using Lantoa.Domain.Budgets;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Tests;

namespace Lantoa.Domain.Tests.Budgets;

public class PlanBudgetTests
{
    private const int DxOffice = 13, Youth = 26;

    private static EstimateTotals Totals(int id, int? activity, long total, int? source = null) =>
        new(id, $"Phụ lục {id}", activity, EstimateStatus.Draft, new Money(total),
            source is { } s ? new Dictionary<int, Money> { [s] = new Money(total) } : new Dictionary<int, Money>(),
            source is null ? new Money(total) : Money.Zero, null);

    private static readonly IReadOnlyDictionary<int, string> Names = new Dictionary<int, string>
    {
        [DxOffice] = "Sở Thông tin và Truyền thông", [Youth] = "Tỉnh Đoàn",
    };

    private static List<BudgetActivity> Activities(Money? stated21 = null) =>
    [
        new(1, "2.1", "Hội nghị điển hình", DxOffice, stated21 ?? new Money(388_400_000)),
        new(2, "3", "Triển lãm", DxOffice, new Money(57_950_000)),
        new(3, "4", "Hội thi trực tuyến", Youth, new Money(63_365_000)),
        new(4, "5", "Ngày hội thanh niên", Youth, new Money(131_210_000)),
    ];

    private static readonly List<EstimateTotals> LongAn =
    [
        Totals(2, 1, 388_400_000, source: 100), Totals(3, 2, 57_950_000, source: 100), Totals(4, 3, 63_365_000, source: 101), Totals(5, 4, 131_210_000, source: 101),
    ];

    private static List<FundingSource> Sources()
    {
        var state = new FundingSource(1, 1, FundingKind.StateBudget, "Ngân sách cấp cho Sở TT&TT", "Quyết định số 11789/QĐ-UBND ngày 12/12/2023 của UBND tỉnh");
        var province = new FundingSource(1, 1, FundingKind.StateBudget, "Ngân sách tỉnh cấp cho Tỉnh Đoàn", null);
        state.WithId(100);
        province.WithId(101);
        return [state, province];
    }

    [Fact]
    public void The_Long_An_plan_adds_up_by_activity_lead_unit_and_source_without_findings()
    {
        var summary = PlanBudget.Summarize(LongAn, Activities(), Sources(), Names,
            [new PlanUnitBudget(DxOffice, new Money(446_350_000), null), new PlanUnitBudget(Youth, new Money(194_575_000), null)],
            new Money(640_925_000));

        Assert.Equal(new Money(640_925_000), summary.Total);
        Assert.Empty(summary.Findings);
        Assert.Equal([("Sở Thông tin và Truyền thông", 446_350_000L), ("Tỉnh Đoàn", 194_575_000L)],
            summary.ByLeadUnit.Select(r => (r.Name, r.Amount.Dong)));
        Assert.Equal([446_350_000L, 194_575_000L], summary.BySource.Select(r => r.Amount.Dong));
        Assert.Contains("Quyết định số 11789/QĐ-UBND", summary.BySource[0].Name);
        Assert.Equal(4, summary.ByActivity.Count);
        Assert.All(summary.ByActivity, r => Assert.False(r.Disagrees));
    }

    [Fact]
    public void A_quoted_activity_figure_a_unit_share_and_the_plan_total_that_disagree_are_errors()
    {
        var summary = PlanBudget.Summarize(LongAn, Activities(stated21: new Money(388_000_000)), Sources(), Names,
            [new PlanUnitBudget(DxOffice, new Money(446_000_000), null), new PlanUnitBudget(Youth, new Money(194_575_000), null)],
            new Money(640_925_000));

        var codes = summary.Findings.Select(f => f.Code).ToList();
        Assert.Contains("activity-budget-mismatch", codes);
        Assert.Contains("unit-total-mismatch", codes);
        Assert.Contains("unit-totals-sum", codes);                   // 446.000.000 + 194.575.000 ≠ 640.925.000
        Assert.DoesNotContain("plan-total-mismatch", codes);        // the estimates do add up to the stated total
        var activity = summary.Findings.Single(f => f.Code == "activity-budget-mismatch");
        Assert.Contains("388.000.000 đồng", activity.Message);
        Assert.Contains("chênh 400.000 đồng", activity.Message);
    }

    [Fact]
    public void Estimates_without_a_lead_unit_or_a_source_are_shown_as_such_and_a_quoted_figure_without_estimate_is_a_remark()
    {
        var summary = PlanBudget.Summarize([Totals(9, null, 1_500_000_000)], [new BudgetActivity(7, "1", "Truyền thông", null, new Money(20_000_000))],
            [], Names, [], new Money(1_000_000));

        Assert.Equal(PlanBudget.NoLeadUnit, summary.ByLeadUnit.Single().Name);
        Assert.Equal(PlanBudget.NoSource, summary.BySource.Single().Name);
        Assert.Contains(summary.Findings, f => f.Code == "activity-without-estimate");
        Assert.Contains(summary.Findings, f => f.Code == "plan-total-mismatch");
        Assert.Equal(2, summary.ByActivity.Count);                 // the activity, then the plan-level estimate
    }
}
