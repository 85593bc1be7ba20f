using Lantoa.Domain.Budgets;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Text;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Lantoa.Web.Features.Plans;

namespace Lantoa.Web.Features.Budgets;

/// <summary>
/// A plan's money: totals by funding source, lead unit and activity (with charts), the checks across estimates,
/// the list of estimates with their review status, the plan's funding sources and the figures its text states.
/// </summary>
public sealed class BudgetSummary(LantoaDb db, EstimateService estimates, UnitDirectory directory, TimeProvider clock) : LantoaPage
{
    public Plan Plan { get; private set; } = null!;
    public PlanBudgetSummary Summary { get; private set; } = null!;
    public IReadOnlyList<EstimateListItem> Estimates { get; private set; } = [];
    public IReadOnlyList<FundingSource> Sources { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> CreatableFor { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name, string? Stated)> StatedUnits { get; private set; } = [];
    public bool CanManage { get; private set; }
    public bool CanCreate => CanManage || CreatableFor.Count > 0;

    [BindProperty] public SourceForm Source { get; set; } = new();

    public sealed record EstimateListItem(int Id, string Title, string? AppendixLabel, string? Activity, EstimateStatus Status,
        Money Total, Money? Stated, int Errors, int Warnings);

    public sealed class SourceForm
    {
        public int? Id { get; set; }
        public FundingKind Kind { get; set; } = FundingKind.StateBudget;
        public string? Name { get; set; }
        public string? Decision { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int planId)
    {
        if (await LoadAsync(planId) is { } refusal) return refusal;
        await DescribeAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSourceAsync(int planId)
    {
        if (await LoadAsync(planId) is { } refusal) return refusal;
        if (!CanManage) return Denied();
        if (Source.Name is { Length: > 500 } || Source.Decision is { Length: > 1000 })
        {
            ModelState.AddModelError("Source.Name", "Tên nguồn tối đa 500 ký tự, quyết định tối đa 1000 ký tự.");
            await DescribeAsync();
            return Invalid();
        }

        if (Source.Id is { } id)
        {
            var existing = await db.FundingSources.FirstOrDefaultAsync(s => s.Id == id && s.PlanId == Plan.Id);
            if (existing is null) return NotFoundPage();
            existing.Update(Source.Kind, Source.Name ?? "", Source.Decision);
        }
        else
        {
            db.FundingSources.Add(new FundingSource(Plan.ProvinceId, Plan.Id, Source.Kind, Source.Name ?? "", Source.Decision));
        }

        await db.SaveChangesAsync();
        Flash("Đã lưu nguồn kinh phí.");
        return Redirect($"/Plans/{planId}/Budget#sources");
    }

    public async Task<IActionResult> OnPostDeleteSourceAsync(int planId, int sourceId)
    {
        if (await LoadAsync(planId) is { } refusal) return refusal;
        if (!CanManage) return Denied();
        var source = await db.FundingSources.FirstOrDefaultAsync(s => s.Id == sourceId && s.PlanId == Plan.Id);
        if (source is null) return NotFoundPage();
        db.FundingSources.Remove(source);
        await db.SaveChangesAsync();
        Flash($"Đã xóa nguồn \"{source.Name}\"; các dự toán dùng nguồn này chuyển về \"chưa xác định nguồn\".");
        return Redirect($"/Plans/{planId}/Budget#sources");
    }

    /// <summary>The figures the plan's text states: its total and each unit's share.</summary>
    public async Task<IActionResult> OnPostStatedAsync(int planId, string? total, Dictionary<int, string?>? units)
    {
        if (await LoadAsync(planId) is { } refusal) return refusal;
        if (!CanManage) return Denied();
        var planTotal = MoneyInput.Read(total, "Tổng kinh phí", "total", ModelState);

        var provinceUnits = await directory.ForProvinceAsync(Plan.ProvinceId);
        var shares = new List<(int UnitId, Money? Amount)>();
        foreach (var (unitId, text) in units ?? [])
        {
            var unit = provinceUnits.Units.FirstOrDefault(u => u.Id == unitId);
            if (unit is null)
            {
                ModelState.AddModelError("units", "Đơn vị không thuộc tỉnh này.");
                continue;
            }

            var share = MoneyInput.Read(text, $"Kinh phí của {unit.Name}", "units", ModelState);
            if (share is not null || string.IsNullOrWhiteSpace(text)) shares.Add((unitId, share));
        }

        if (!ModelState.IsValid)
        {
            await DescribeAsync();
            return Invalid();
        }

        Plan.StatedBudgetTotal = planTotal;
        foreach (var (unitId, amount) in shares)
        {
            if (amount is { } a) Plan.SetUnitBudget(unitId, a, provinceUnits.Units.First(u => u.Id == unitId).Name);
            else Plan.RemoveUnitBudget(unitId);
        }

        Plan.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync();
        Flash("Đã lưu các số liệu kinh phí ghi trong kế hoạch.");
        return Redirect($"/Plans/{planId}/Budget");
    }

    public async Task<IActionResult> OnPostCreateEstimateAsync(int planId, int? activityId, string? title)
    {
        if (await LoadAsync(planId) is { } refusal) return refusal;
        if (Plan.IsReadOnly) return Denied();
        var activity = activityId is { } aid ? Plan.Activities.FirstOrDefault(a => a.Id == aid) : null;
        if (activityId is not null && activity is null) return NotFoundPage();
        var leads = activity is null ? [] : await estimates.LeadUnitsAsync(activity.Id);
        if (!AccessPolicy.CanEditEstimate(Actor, Plan.ProvinceId, leads)) return Denied();
        var name = string.IsNullOrWhiteSpace(title)
            ? "DỰ TRÙ KINH PHÍ THỰC HIỆN " + (activity?.Title ?? Plan.Title).ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))
            : title;
        if (name.Length > 1000)
        {
            ModelState.AddModelError("title", "Tên dự toán tối đa 1000 ký tự.");
            await DescribeAsync();
            return Invalid();
        }

        var estimate = new Estimate(Plan.ProvinceId, Plan.Id, activity?.Id, name, clock.GetUtcNow());
        db.Estimates.Add(estimate);
        await db.SaveChangesAsync();
        return Redirect($"/Budgets/Estimates/{estimate.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int planId)
    {
        var plan = await db.Plans.Include(p => p.Activities).ThenInclude(a => a.Parties).Include(p => p.UnitBudgets)
            .FirstOrDefaultAsync(p => p.Id == planId);
        if (plan is null || !await db.CanReadPlanAsync(Actor, plan)) return NotFoundPage();
        Plan = plan;
        CanManage = AccessPolicy.CanManagePlans(Actor, plan.ProvinceId) && !plan.IsReadOnly;
        return null;
    }

    private async Task DescribeAsync()
    {
        var units = await directory.ForProvinceAsync(Plan.ProvinceId);
        var unitNames = units.Units.ToDictionary(u => u.Id, u => u.Name);
        Sources = await estimates.SourcesAsync(Plan.Id);
        var norms = await estimates.NormsAsync(Plan.ProvinceId);
        var list = await db.Estimates.AsNoTracking().Include(e => e.Lines.OrderBy(l => l.SortOrder)).Where(e => e.PlanId == Plan.Id).OrderBy(e => e.Id).ToListAsync();
        var leadAssignments = await db.Assignments.Where(a => a.PlanId == Plan.Id && a.Role == PartyRole.Lead)
            .Select(a => new { a.ActivityId, a.UnitId }).ToListAsync();
        var leadOf = leadAssignments.GroupBy(a => a.ActivityId).ToDictionary(g => g.Key, g => g.Select(x => x.UnitId).ToList());

        var totals = new List<EstimateTotals>();
        var items = new List<EstimateListItem>();
        foreach (var e in list)
        {
            var figures = BudgetFigures.Of(e, norms, Plan.ReferenceDay);
            totals.Add(figures.Totals);
            var activity = e.ActivityId is { } aid ? Plan.Activities.FirstOrDefault(a => a.Id == aid) : null;
            items.Add(new EstimateListItem(e.Id, e.Title, e.AppendixLabel, activity is null ? null : $"{activity.Label}. {activity.Title}",
                e.Status, figures.Totals.Total, e.StatedTotal,
                figures.Findings.Count(f => f.Severity == Domain.Findings.Severity.Error),
                figures.Findings.Count(f => f.Severity == Domain.Findings.Severity.Warning)));
        }

        Estimates = items;
        var activities = Plan.ActivitiesInOrder()
            .Select(a => new BudgetActivity(a.Id, a.Label, a.Title,
                a.Parties.FirstOrDefault(p => p.Role == PartyRole.Lead && p.UnitId is not null)?.UnitId
                    ?? (leadOf.TryGetValue(a.Id, out var l) && l.Count == 1 ? l[0] : null),
                a.StatedBudget))
            .ToList();
        Summary = PlanBudget.Summarize(totals, activities, Sources, unitNames, Plan.UnitBudgets, Plan.StatedBudgetTotal);

        var stated = Plan.UnitBudgets.ToDictionary(b => b.UnitId);
        StatedUnits = activities.Where(a => a.LeadUnitId is not null).Select(a => a.LeadUnitId!.Value)
            .Concat(stated.Keys).Distinct()
            .Select(id => (id, unitNames.GetValueOrDefault(id) ?? $"#{id}", stated.TryGetValue(id, out var s) ? s.Amount.ToDigits() : null))
            .OrderBy(u => u.Item2, VietnameseText.Comparer)
            .ToList();

        CreatableFor = Plan.IsReadOnly ? [] : Plan.ActivitiesInOrder()
            .Where(a => AccessPolicy.CanEditEstimate(Actor, Plan.ProvinceId, leadOf.GetValueOrDefault(a.Id) ?? []))
            .Select(a => (a.Id, $"{new string('—', a.Depth)} {a.Label}. {a.Title}".Trim()))
            .ToList();
    }
}
