using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Tracking;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Tracking.Reports;

/// <summary>The office's view of a plan's reports: what came in and waits for review, and who is late with what.</summary>
public sealed class PlanReports(LantoaDb db, UnitDirectory directory, TrackingService tracking) : LantoaPage
{
    public Plan Plan { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public ObligationBoard Board { get; private set; } = null!;
    public DateOnly Today => tracking.Today;

    public sealed record Row(int AssignmentId, int ReportId, string Unit, string Activity, ProgressStatus Status, ReportState State, DateTimeOffset? SubmittedAt);

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int planId)
    {
        if (await LoadAsync(planId) is { } refusal) return refusal;
        await DescribeAsync();
        return Page();
    }

    /// <summary>
    /// An obligation entered by hand: what is owed, by whom (names as a plan writes them, resolved to units or groups),
    /// once on a date, or every week (on the weekday of the first date), month (on its day) or quarter (in its month of
    /// the quarter, on its day) between two dates.
    /// </summary>
    public async Task<IActionResult> OnPostObligationAsync(int planId, string? title, string? owedBy, ObligationRecurrence recurrence, string? from, string? to)
    {
        if (await LoadAsync(planId) is { } refusal) return refusal;
        if (!CanManage) return Denied();
        var fromOk = Formats.TryReadDay(from, out var first);
        var toOk = Formats.TryReadDay(to, out var last);
        if (!fromOk || first is null) ModelState.AddModelError("from", "Hạn (hoặc ngày bắt đầu) phải có dạng dd/MM/yyyy.");
        if (!toOk || (recurrence != ObligationRecurrence.Once && last is null)) ModelState.AddModelError("to", "Nghĩa vụ định kỳ cần ngày kết thúc dạng dd/MM/yyyy.");
        var units = await directory.ForProvinceAsync(Plan.ProvinceId);
        var parties = new List<ObligationParty>();
        foreach (var r in units.Resolver.ResolveList(owedBy ?? "", first ?? Plan.ReferenceDay))
        {
            if (r.Match is not { } m) ModelState.AddModelError("owedBy", $"Không nhận ra đơn vị \"{r.Written}\".");
            else parties.Add(m.Candidate.Kind == Lantoa.Domain.Units.NameTargetKind.Group ? ObligationParty.ForGroup(m.Candidate.Id, r.Written) : ObligationParty.ForUnit(m.Candidate.Id, r.Written));
        }

        if (parties.Count == 0 && ModelState.IsValid) ModelState.AddModelError("owedBy", "Ghi đơn vị hoặc nhóm phải nộp.");
        if (!ModelState.IsValid)
        {
            await DescribeAsync();
            return Invalid();
        }

        try
        {
            var (f, t) = (first!.Value, last ?? first.Value);
            var schedule = recurrence switch
            {
                ObligationRecurrence.Weekly => ObligationSchedule.Weekly(f, t, f.DayOfWeek),
                ObligationRecurrence.Monthly => ObligationSchedule.Monthly(f, t, f.Day),
                ObligationRecurrence.Quarterly => ObligationSchedule.Quarterly(f, t, (f.Month - 1) % 3 + 1, f.Day),
                _ => ObligationSchedule.Once(f),
            };
            var obligation = new Obligation(Plan.ProvinceId, Plan.Id, title ?? "", schedule) { OwedByText = owedBy };
            obligation.SetParties(parties);
            db.Obligations.Add(obligation);
            await db.SaveChangesAsync();
        }
        catch (Lantoa.Domain.DomainException e)
        {
            ModelState.AddModelError("title", e.Message);
            await DescribeAsync();
            return Invalid();
        }

        Flash("Đã thêm nghĩa vụ báo cáo.");
        return Redirect($"/Plans/{planId}/Reports");
    }

    private async Task<IActionResult?> LoadAsync(int planId)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId);
        if (plan is null || !AccessPolicy.CanReadProvince(Actor, plan.ProvinceId)) return NotFoundPage();
        if (!AccessPolicy.CanViewTrackingDashboard(Actor, plan.ProvinceId)) return Denied();
        Plan = plan;
        CanManage = AccessPolicy.CanManageTracking(Actor, plan.ProvinceId) && !plan.IsReadOnly;
        return null;
    }

    private async Task DescribeAsync()
    {
        var plan = Plan;
        var planId = plan.Id;
        var units = await directory.ForProvinceAsync(plan.ProvinceId);
        var reports = await (from r in db.ProgressReports.AsNoTracking()
                             join a in db.Activities.AsNoTracking() on r.PlanId equals a.PlanId
                             join asg in db.Assignments.AsNoTracking() on r.AssignmentId equals asg.Id
                             where r.PlanId == planId && asg.ActivityId == a.Id
                             orderby r.SubmittedAt descending
                             select new { r.Id, r.AssignmentId, r.UnitId, a.Label, a.Title, r.Status, r.State, r.SubmittedAt }).ToListAsync();
        Rows = reports.Select(r => new Row(r.AssignmentId, r.Id, units.NameOf(r.UnitId, null), $"{r.Label}. {r.Title}", r.Status, r.State, r.SubmittedAt)).ToList();
        Board = await tracking.BoardAsync(plan.ProvinceId, planId);
    }
}
