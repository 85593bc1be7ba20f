using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Tracking;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Reports;

/// <summary>The office's view of a plan's reports: what came in and waits for review, and who is late with what.</summary>
public sealed class PlanReports(LantoaDb db, UnitDirectory directory, TrackingService tracking) : LantoaPage
{
    public Plan Plan { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public ObligationBoard Board { get; private set; } = null!;
    public DateOnly Today => tracking.Today;

    public sealed record Row(int AssignmentId, int ReportId, string Unit, string Activity, ProgressStatus Status, ReportState State, DateTimeOffset? SubmittedAt);

    public async Task<IActionResult> OnGetAsync(int planId)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId);
        if (plan is null || !AccessPolicy.CanReadProvince(Actor, plan.ProvinceId)) return NotFoundPage();
        if (!AccessPolicy.CanViewTrackingDashboard(Actor, plan.ProvinceId)) return Denied();
        Plan = plan;
        var units = await directory.ForProvinceAsync(plan.ProvinceId);
        var reports = await (from r in db.ProgressReports.AsNoTracking()
                             join a in db.Activities.AsNoTracking() on r.PlanId equals a.PlanId
                             join asg in db.Assignments.AsNoTracking() on r.AssignmentId equals asg.Id
                             where r.PlanId == planId && asg.ActivityId == a.Id
                             orderby r.SubmittedAt descending
                             select new { r.Id, r.AssignmentId, r.UnitId, a.Label, a.Title, r.Status, r.State, r.SubmittedAt }).ToListAsync();
        Rows = reports.Select(r => new Row(r.AssignmentId, r.Id, units.NameOf(r.UnitId, null), $"{r.Label}. {r.Title}", r.Status, r.State, r.SubmittedAt)).ToList();
        Board = await tracking.BoardAsync(plan.ProvinceId, planId);
        return Page();
    }
}
