using Lantoa.Domain.Tracking;
using Lantoa.Domain.Units;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Tracking;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Tracking.Dashboard;

/// <summary>
/// The office's and leadership's dashboard: progress per activity, unit and district; units ranked by lateness;
/// deadlines ahead; a target-compliance heatmap (units × periods); charts; filters by plan, year and unit kind. All as of
/// the one clock's day.
/// </summary>
public sealed class Index(DashboardQueries queries, TrackingService tracking, UnitDirectory directory) : LantoaPage
{
    private const int HeatmapTargets = 40;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? PlanId { get; set; }
    [BindProperty(SupportsGet = true)] public UnitKind? Kind { get; set; }

    public DateOnly Today => tracking.Today;
    public IReadOnlyList<(int Id, string Label)> Plans { get; private set; } = [];
    public IReadOnlyList<ProgressRow> Activities { get; private set; } = [];
    public IReadOnlyList<ProgressRow> Units { get; private set; } = [];
    public IReadOnlyList<ProgressRow> Districts { get; private set; } = [];
    public IReadOnlyList<LateUnit> LateUnits { get; private set; } = [];
    public IReadOnlyList<BoardItem> Ahead { get; private set; } = [];

    /// <summary>When the late units and the deadlines ahead were computed (kept while nothing changes, at most a minute).</summary>
    public DateTimeOffset BoardComputedAt { get; private set; }
    public IReadOnlyList<(string Unit, string Metric, ComplianceReport Report)> Heatmap { get; private set; } = [];
    public IReadOnlyList<TargetPeriod> HeatmapPeriods { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Actor.ProvinceId is not { } province || !AccessPolicy.CanViewTrackingDashboard(Actor, province)) return Denied();
        Year ??= Today.Year;
        if (Year is < 2000 or > 2100) return BadRequest();
        var filter = new DashboardFilter(province, Year.Value, PlanId, Kind);
        Plans = await queries.PlansAsync(province, Year.Value);
        if (PlanId is { } p && Plans.All(x => x.Id != p)) return NotFoundPage();
        var units = await directory.ForProvinceAsync(province);

        Activities = await queries.ByActivityAsync(filter, 30);
        var byUnit = await queries.ByUnitAsync(filter);
        Units = byUnit.Select(u => new ProgressRow(u.UnitId, units.NameOf(u.UnitId, null), u.Assignments, u.Reported, u.Done))
            .OrderBy(u => u.Percent).ThenByDescending(u => u.Assignments).Take(30).ToList();
        Districts = byUnit.Where(u => u.ParentId is not null && units.UnitsById.TryGetValue(u.ParentId.Value, out var parent) && parent.Kind == UnitKind.DistrictCommittee)
            .GroupBy(u => u.ParentId!.Value)
            .Select(g => new ProgressRow(g.Key, units.NameOf(g.Key, null), g.Sum(x => x.Assignments), g.Sum(x => x.Reported), g.Sum(x => x.Done)))
            .OrderBy(d => d.Percent).ToList();

        var (board, computedAt) = await tracking.CachedBoardAsync(province, PlanId, Year);
        BoardComputedAt = computedAt;
        LateUnits = board.LateUnits.Where(l => Kind is null || l.Unit.Kind == Kind).Take(20).ToList();
        Ahead = board.DueWithin(14).Where(i => Kind is null || i.Unit.Kind == Kind).Take(30).ToList();

        var targets = await queries.TargetsAsync(filter, HeatmapTargets);
        Heatmap = targets.Select(t => (units.NameOf(t.Target.UnitId, null), t.Target.Metric, TargetCompliance.Compute(t.Target, t.Entries, Today))).ToList();
        HeatmapPeriods = Heatmap.SelectMany(h => h.Report.Rows.Select(r => r.Period)).Distinct().OrderBy(p => p.FirstDay).TakeLast(26).ToList();
        return Page();
    }
}
