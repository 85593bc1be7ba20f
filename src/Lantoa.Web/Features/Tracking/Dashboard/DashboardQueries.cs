using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Tracking.Dashboard;

public sealed record DashboardFilter(int ProvinceId, int Year, int? PlanId, UnitKind? UnitKind);

/// <summary>One row of progress: assignments owed, reported (submitted or approved), done (reported "Hoàn thành").</summary>
public sealed record ProgressRow(int Id, string Name, int Assignments, int Reported, int Done)
{
    public int Percent => Assignments == 0 ? 0 : (int)Math.Round(100.0 * Done / Assignments);
    public int ReportedPercent => Assignments == 0 ? 0 : (int)Math.Round(100.0 * Reported / Assignments);
}

/// <summary>
/// The dashboard's figures. Progress per activity and per unit is read from the counters the database keeps as reports
/// are submitted, returned and approved (progress_by_activity, progress_by_unit, progress_by_unit_year: migration
/// 20261202_0700_progress_aggregates, see <see cref="ProgressAggregates"/>), so a page reads a few hundred rows
/// instead of folding the millions of assignments and reports of a national dataset.
/// </summary>
public sealed class DashboardQueries(LantoaDb db)
{
    private sealed record Counted(int Id, int? ParentId, int Assignments, int Reported, int Done);

    private static string? KindText(DashboardFilter f) => f.UnitKind?.ToString();

    public async Task<IReadOnlyList<ProgressRow>> ByActivityAsync(DashboardFilter f, int take, CancellationToken ct = default)
    {
        var rows = await db.Database.SqlQuery<Counted>($"""
            SELECT g.activity_id AS "Id", NULL::integer AS "ParentId", sum(g.assignments)::integer AS "Assignments",
                   sum(g.reported)::integer AS "Reported", sum(g.done)::integer AS "Done"
            FROM progress_by_activity g
            WHERE g.province_id = {f.ProvinceId} AND g.year = {f.Year}
              AND ({f.PlanId}::integer IS NULL OR g.plan_id = {f.PlanId})
              AND ({KindText(f)}::text IS NULL OR g.unit_kind = {KindText(f)})
            GROUP BY g.activity_id
            HAVING sum(g.assignments) > 0
            ORDER BY sum(g.assignments) DESC, g.activity_id
            LIMIT {take}
            """).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var names = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Label, a.Title, PlanNumber = db.Plans.Where(p => p.Id == a.PlanId).Select(p => p.NumberSymbol).FirstOrDefault() })
            .ToDictionaryAsync(a => a.Id, ct);
        return rows.Where(r => names.ContainsKey(r.Id))
            .Select(r => new ProgressRow(r.Id, $"{names[r.Id].PlanNumber} · {names[r.Id].Label}. {names[r.Id].Title}", r.Assignments, r.Reported, r.Done)).ToList();
    }

    /// <summary>Per unit with work in the filter: its parent (for districts), assignments, reported, done.</summary>
    public async Task<IReadOnlyList<(int UnitId, int? ParentId, int Assignments, int Reported, int Done)>> ByUnitAsync(DashboardFilter f, CancellationToken ct = default)
    {
        var kind = KindText(f);
        var rows = f.PlanId is { } plan
            ? await db.Database.SqlQuery<Counted>($"""
                SELECT g.unit_id AS "Id", u.parent_id AS "ParentId", g.assignments AS "Assignments", g.reported AS "Reported", g.done AS "Done"
                FROM progress_by_unit g JOIN units u ON u.id = g.unit_id
                WHERE g.plan_id = {plan} AND g.province_id = {f.ProvinceId} AND g.year = {f.Year} AND g.assignments > 0
                  AND ({kind}::text IS NULL OR u.kind = {kind})
                """).ToListAsync(ct)
            : await db.Database.SqlQuery<Counted>($"""
                SELECT g.unit_id AS "Id", u.parent_id AS "ParentId", g.assignments AS "Assignments", g.reported AS "Reported", g.done AS "Done"
                FROM progress_by_unit_year g JOIN units u ON u.id = g.unit_id
                WHERE g.province_id = {f.ProvinceId} AND g.year = {f.Year} AND g.assignments > 0
                  AND ({kind}::text IS NULL OR u.kind = {kind})
                """).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.ParentId, r.Assignments, r.Reported, r.Done)).ToList();
    }

    /// <summary>The targets of the filter's assignments with their entries, for the compliance heatmap.</summary>
    public async Task<IReadOnlyList<(Target Target, IReadOnlyList<TargetEntry> Entries)>> TargetsAsync(DashboardFilter f, int take, CancellationToken ct = default)
    {
        // The province's targets in unit order (ix_targets_province_unit) that belong to the plans of the year, until the first
        // `take`: not every target of the year read and sorted.
        var plans = db.Plans.Where(p => p.ProvinceId == f.ProvinceId && p.Year == f.Year && p.Status != PlanStatus.Draft && (f.PlanId == null || p.Id == f.PlanId)).Select(p => p.Id);
        var kinds = db.Units.Where(u => u.ProvinceId == f.ProvinceId && (f.UnitKind == null || u.Kind == f.UnitKind)).Select(u => u.Id);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.ProvinceId == f.ProvinceId && plans.Contains(t.PlanId) && (f.UnitKind == null || kinds.Contains(t.UnitId)))
            .OrderBy(t => t.UnitId).ThenBy(t => t.Id).Take(take).ToListAsync(ct);
        var ids = targets.Select(t => t.Id).ToList();
        var entries = (await db.TargetEntries.AsNoTracking().Where(e => ids.Contains(e.TargetId)).ToListAsync(ct)).ToLookup(e => e.TargetId);
        return targets.Select(t => (t, (IReadOnlyList<TargetEntry>)entries[t.Id].ToList())).ToList();
    }

    public async Task<IReadOnlyList<(int Id, string Label)>> PlansAsync(int provinceId, int year, CancellationToken ct = default) =>
        (await db.Plans.AsNoTracking().Where(p => p.ProvinceId == provinceId && p.Year == year && p.Status != PlanStatus.Draft).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.NumberSymbol, p.Title }).ToListAsync(ct))
        .Select(p => (p.Id, $"{p.NumberSymbol} {p.Title}".Trim())).ToList();
}
