using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Tracking.Dashboard;

public sealed record DashboardFilter(int ProvinceId, int Year, int? PlanId, UnitKind? UnitKind);

/// <summary>One assignment's progress, as the dashboard's SQL gives it.</summary>
public sealed record AssignmentProgress(int AssignmentId, int ActivityId, int UnitId, int? ParentId, bool Reported, bool Done);

/// <summary>One row of progress: assignments owed, reported (submitted or approved), done (reported "Hoàn thành").</summary>
public sealed record ProgressRow(int Id, string Name, int Assignments, int Reported, int Done)
{
    public int Percent => Assignments == 0 ? 0 : (int)Math.Round(100.0 * Done / Assignments);
    public int ReportedPercent => Assignments == 0 ? 0 : (int)Math.Round(100.0 * Reported / Assignments);
}

/// <summary>
/// The dashboard's figures, aggregated in PostgreSQL (the reports of the year folded once per assignment, then counted
/// by activity and by unit), so that a province with tens of thousands of assignments a year is summed by the database.
/// </summary>
public sealed class DashboardQueries(LantoaDb db)
{
    /// <summary>Per assignment of the filter: reported (a submitted or approved report) and done (one of them says "Hoàn thành").</summary>
    private IQueryable<AssignmentProgress> Progress(DashboardFilter f) =>
        db.Database.SqlQuery<AssignmentProgress>($"""
            SELECT a.id AS "AssignmentId", a.activity_id AS "ActivityId", a.unit_id AS "UnitId", u.parent_id AS "ParentId",
                   (r.assignment_id IS NOT NULL) AS "Reported", COALESCE(r.done, false) AS "Done"
            FROM assignments a
            JOIN plans p ON p.id = a.plan_id
            JOIN units u ON u.id = a.unit_id
            LEFT JOIN (SELECT pr.assignment_id, bool_or(pr.status = 'Done') AS done
                       FROM progress_reports pr JOIN plans pp ON pp.id = pr.plan_id
                       WHERE pr.state IN ('Submitted', 'Approved') AND pp.province_id = {f.ProvinceId} AND pp.year = {f.Year}
                       GROUP BY pr.assignment_id) r ON r.assignment_id = a.id
            WHERE p.province_id = {f.ProvinceId} AND p.year = {f.Year}
              AND ({f.PlanId}::integer IS NULL OR p.id = {f.PlanId})
              AND ({(f.UnitKind == null ? null : f.UnitKind.ToString())}::text IS NULL OR u.kind = {(f.UnitKind == null ? null : f.UnitKind.ToString())})
            """);

    public async Task<IReadOnlyList<ProgressRow>> ByActivityAsync(DashboardFilter f, int take, CancellationToken ct = default)
    {
        var rows = await Progress(f)
            .GroupBy(x => x.ActivityId)
            .Select(g => new { g.Key, Total = g.Count(), Reported = g.Count(x => x.Reported), Done = g.Count(x => x.Done) })
            .OrderByDescending(x => x.Total).Take(take)
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Key).ToList();
        var names = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Label, a.Title, PlanNumber = db.Plans.Where(p => p.Id == a.PlanId).Select(p => p.NumberSymbol).FirstOrDefault() })
            .ToDictionaryAsync(a => a.Id, ct);
        return rows.Select(r => new ProgressRow(r.Key, $"{names[r.Key].PlanNumber} · {names[r.Key].Label}. {names[r.Key].Title}", r.Total, r.Reported, r.Done)).ToList();
    }

    public async Task<IReadOnlyList<(int UnitId, int? ParentId, int Assignments, int Reported, int Done)>> ByUnitAsync(DashboardFilter f, CancellationToken ct = default)
    {
        var rows = await Progress(f)
            .GroupBy(x => new { x.UnitId, x.ParentId })
            .Select(g => new { g.Key.UnitId, g.Key.ParentId, Total = g.Count(), Reported = g.Count(x => x.Reported), Done = g.Count(x => x.Done) })
            .ToListAsync(ct);
        return rows.Select(r => (r.UnitId, r.ParentId, r.Total, r.Reported, r.Done)).ToList();
    }

    /// <summary>The targets of the filter's assignments with their entries, for the compliance heatmap.</summary>
    public async Task<IReadOnlyList<(Target Target, IReadOnlyList<TargetEntry> Entries)>> TargetsAsync(DashboardFilter f, int take, CancellationToken ct = default)
    {
        // Through the plans of the year (the targets' plan index), not through every assignment of the province.
        var plans = db.Plans.Where(p => p.ProvinceId == f.ProvinceId && p.Year == f.Year && (f.PlanId == null || p.Id == f.PlanId)).Select(p => p.Id);
        var kinds = db.Units.Where(u => u.ProvinceId == f.ProvinceId && (f.UnitKind == null || u.Kind == f.UnitKind)).Select(u => u.Id);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => plans.Contains(t.PlanId) && (f.UnitKind == null || kinds.Contains(t.UnitId)))
            .OrderBy(t => t.UnitId).ThenBy(t => t.Id).Take(take).ToListAsync(ct);
        var ids = targets.Select(t => t.Id).ToList();
        var entries = (await db.TargetEntries.AsNoTracking().Where(e => ids.Contains(e.TargetId)).ToListAsync(ct)).ToLookup(e => e.TargetId);
        return targets.Select(t => (t, (IReadOnlyList<TargetEntry>)entries[t.Id].ToList())).ToList();
    }

    public async Task<IReadOnlyList<(int Id, string Label)>> PlansAsync(int provinceId, int year, CancellationToken ct = default) =>
        (await db.Plans.AsNoTracking().Where(p => p.ProvinceId == provinceId && p.Year == year).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.NumberSymbol, p.Title }).ToListAsync(ct))
        .Select(p => (p.Id, $"{p.NumberSymbol} {p.Title}".Trim())).ToList();
}
