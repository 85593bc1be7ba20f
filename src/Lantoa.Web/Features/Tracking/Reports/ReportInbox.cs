using Lantoa.Domain.Tracking;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Inbox;
using Lantoa.Web.Features.Plans;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Tracking.Reports;

/// <summary>
/// The Tracking module's part of the inbox: reports submitted and waiting for review and the units late with their
/// reports (coordinators), reports returned with comments (the unit's officers). Late units are listed on the inbox
/// page only: they come from the obligation board, too heavy to compute for the menu on every page.
/// </summary>
public sealed class ReportInbox(LantoaDb db, TrackingService tracking, Units.UnitDirectory directory) : IInboxSource
{
    public const string ToReview = "Báo cáo chờ duyệt";
    public const string Returned = "Báo cáo bị trả lại";
    public const string Late = "Đơn vị chậm báo cáo";

    public async Task<IReadOnlyList<InboxItem>> ItemsAsync(Actor actor, int limit, CancellationToken ct = default)
    {
        var items = new List<InboxItem>();
        if (actor.ProvinceId is not { } province) return items;
        var units = await directory.ForProvinceAsync(province, ct);
        if (AccessPolicy.CanReviewReport(actor, province))
        {
            var waiting = await Rows(Submitted(actor, province), limit, ct);
            items.AddRange(waiting.Select(r => new InboxItem(ToReview, $"{units.NameOf(r.UnitId, null)}: {r.Label}. {r.Title}", r.Plan,
                $"/Reports/Assignment/{r.AssignmentId}", r.SubmittedAt)));
        }

        var returned = await Rows(ReturnedTo(actor, province), limit, ct);
        items.AddRange(returned.Select(r => new InboxItem(Returned, $"{r.Label}. {r.Title}", "Ý kiến: " + r.ReviewComment,
            $"/Reports/Assignment/{r.AssignmentId}", r.UpdatedAt)));

        if (AccessPolicy.CanViewTrackingDashboard(actor, province) && AccessPolicy.CanReviewReport(actor, province))
        {
            var board = (await tracking.CachedBoardAsync(province, ct: ct)).Board;
            items.AddRange(board.LateUnits.Take(limit).Select(l => new InboxItem(Late, l.Unit.Name,
                $"{l.LateCount} báo cáo quá hạn, chậm nhất {l.MaxDaysLate} ngày", $"/MyWork?unitId={l.Unit.Id}", null)));
        }

        return items;
    }

    public async Task<int> CountAsync(Actor actor, CancellationToken ct = default)
    {
        if (actor.ProvinceId is not { } province) return 0;
        var count = 0;
        if (AccessPolicy.CanReviewReport(actor, province)) count += await Submitted(actor, province).CountAsync(ct);
        count += await ReturnedTo(actor, province).CountAsync(ct);
        return count;
    }

    private IQueryable<ProgressReport> Submitted(Actor actor, int province)
    {
        var plans = db.Plans.VisibleTo(db, actor);
        return db.ProgressReports.Where(r => r.ProvinceId == province && r.State == ReportState.Submitted && plans.Any(p => p.Id == r.PlanId));
    }

    /// <summary>Reports returned to the actor's unit (its officers act on them).</summary>
    private IQueryable<ProgressReport> ReturnedTo(Actor actor, int province)
    {
        if (actor.UnitId is not { } unit || !AccessPolicy.CanReportOnAssignment(actor, province, unit) || !actor.Has(Role.UnitOfficer))
            return db.ProgressReports.Where(r => false);
        var plans = db.Plans.VisibleTo(db, actor);
        return db.ProgressReports.Where(r => r.UnitId == unit && r.ProvinceId == province && r.State == ReportState.Returned && plans.Any(p => p.Id == r.PlanId));
    }

    private sealed record Row(int AssignmentId, int UnitId, string Label, string Title, string Plan, string? ReviewComment,
        DateTimeOffset? SubmittedAt, DateTimeOffset UpdatedAt);

    private async Task<List<Row>> Rows(IQueryable<ProgressReport> reports, int limit, CancellationToken ct) =>
        await (from r in reports
               join a in db.Assignments on r.AssignmentId equals a.Id
               join act in db.Activities on a.ActivityId equals act.Id
               join p in db.Plans on r.PlanId equals p.Id
               orderby r.UpdatedAt descending
               select new Row(r.AssignmentId, r.UnitId, act.Label, act.Title, p.Title, r.ReviewComment, r.SubmittedAt, r.UpdatedAt))
            .Take(limit).ToListAsync(ct);
}
