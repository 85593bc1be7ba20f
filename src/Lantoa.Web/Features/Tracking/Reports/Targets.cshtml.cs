using Lantoa.Domain;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Tracking;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Tracking.Reports;

/// <summary>
/// Chỉ tiêu of one assignment: the office sets them ("Mỗi tuần ít nhất 1 bài viết" from 01/02 to 31/12), the unit
/// records what it achieved per period, and everyone allowed sees compliance period by period (ISO weeks, months,
/// quarters) as of the clock's day.
/// </summary>
public sealed class Targets(LantoaDb db, TrackingService tracking, TimeProvider clock) : LantoaPage
{
    public Assignment Assignment { get; private set; } = null!;
    public string ActivityName { get; private set; } = "";
    public IReadOnlyList<ComplianceReport> Reports { get; private set; } = [];
    public bool CanSet { get; private set; }
    public bool CanRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(int assignmentId) => await LoadAsync(assignmentId) ?? Page();

    public async Task<IActionResult> OnPostTargetAsync(int assignmentId, string? metric, string? value, TargetPeriodKind period,
        TargetComparison comparison, string? from, string? to)
    {
        if (await LoadAsync(assignmentId) is { } refusal) return refusal;
        if (!CanSet) return Denied();
        if (!Money.TryReadNumber(value ?? "", out var goal)) ModelState.AddModelError("value", $"Chỉ tiêu \"{value}\" không phải là số.");
        var fromOk = Formats.TryReadDay(from, out var f);
        var toOk = Formats.TryReadDay(to, out var t);
        if (!fromOk || !toOk || f is null || t is null) ModelState.AddModelError("from", "Thời gian áp dụng phải có dạng dd/MM/yyyy.");
        if (!ModelState.IsValid) return Invalid();
        try
        {
            db.Targets.Add(Target.For(Assignment, await ProvinceAsync(), metric ?? "", goal, period, comparison, f!.Value, t!.Value));
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("metric", e.Message);
            return Invalid();
        }

        Flash("Đã đặt chỉ tiêu.");
        return Redirect($"/Reports/Targets/{assignmentId}");
    }

    public async Task<IActionResult> OnPostEntryAsync(int assignmentId, int targetId, string? periodKey, string? value, string? note)
    {
        if (await LoadAsync(assignmentId) is { } refusal) return refusal;
        if (!CanRecord) return Denied();
        var target = Reports.Select(r => r.Target).FirstOrDefault(x => x.Id == targetId);
        if (target is null) return NotFoundPage();
        if (!Money.TryReadNumber(value ?? "", out var amount))
        {
            ModelState.AddModelError("value", $"Kết quả \"{value}\" không phải là số.");
            return Invalid();
        }

        try
        {
            db.TargetEntries.Add(target.Record(periodKey ?? "", amount, note, Actor.UserId, tracking.Today, clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("value", e.Message);
            return Invalid();
        }

        Flash("Đã ghi kết quả.");
        return Redirect($"/Reports/Targets/{assignmentId}");
    }

    private async Task<int> ProvinceAsync() => await db.Plans.Where(p => p.Id == Assignment.PlanId).Select(p => p.ProvinceId).SingleAsync();

    private async Task<IActionResult?> LoadAsync(int assignmentId)
    {
        var assignment = await db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == assignmentId);
        var plan = assignment is null ? null : await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == assignment.PlanId);
        if (assignment is null || plan is null || !AccessPolicy.CanReadProvince(Actor, plan.ProvinceId)) return NotFoundPage();
        if (!AccessPolicy.CanReadReports(Actor, plan.ProvinceId, assignment.UnitId)) return Denied();
        Assignment = assignment;
        ActivityName = await db.Activities.Where(a => a.Id == assignment.ActivityId).Select(a => a.Label + ". " + a.Title).SingleAsync();
        CanSet = AccessPolicy.CanManageTracking(Actor, plan.ProvinceId) && !plan.IsReadOnly;
        CanRecord = AccessPolicy.CanReportOnAssignment(Actor, plan.ProvinceId, assignment.UnitId) && !plan.IsReadOnly;
        var targets = await db.Targets.AsNoTracking().Where(x => x.AssignmentId == assignmentId).OrderBy(x => x.Id).ToListAsync();
        var ids = targets.Select(x => x.Id).ToList();
        var entries = (await db.TargetEntries.AsNoTracking().Where(e => ids.Contains(e.TargetId)).ToListAsync()).ToLookup(e => e.TargetId);
        Reports = targets.Select(x => TargetCompliance.Compute(x, entries[x.Id], tracking.Today)).ToList();
        return null;
    }
}
