using Lantoa.Domain;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Tracking;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Lantoa.Web.Features.Plans;

namespace Lantoa.Web.Features.Tracking.Reports;

/// <summary>
/// A unit's report on one assignment: status, narrative, figures, evidence (a link or a file), the period covered and
/// the obligations it answers; submitted to the office, returned with comments or approved; every step kept. Officers
/// of the unit report; coordinators review; leadership reads. Files are checked by their bytes before anything is stored.
/// </summary>
[RequestSizeLimit(64L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64L * 1024 * 1024)]
public sealed class AssignmentReport(LantoaDb db, UnitDirectory directory, TrackingService tracking, EvidenceStore store, TimeProvider clock,
    Inbox.Notices notices) : LantoaPage
{
    [BindProperty] public ReportForm Form { get; set; } = new();

    /// <summary>The version of the report the form edits (or reviews) when it was opened (hidden field).</summary>
    [BindProperty] public uint? Version { get; set; }

    public uint VersionOf(ProgressReport r) => db.VersionOf(r);

    public Assignment Assignment { get; private set; } = null!;
    public Plan Plan { get; private set; } = null!;
    public Activity ActivityOf { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public IReadOnlyList<ProgressReport> Reports { get; private set; } = [];
    public ProgressReport? Editable { get; private set; }
    public IReadOnlyList<BoardItem> Owed { get; private set; } = [];
    public bool CanReport { get; private set; }
    public bool CanReview { get; private set; }

    public async Task<IActionResult> OnGetAsync(int assignmentId)
    {
        if (await LoadAsync(assignmentId) is { } refusal) return refusal;
        if (Editable is { } r)
        {
            Form = ReportForm.From(r);
            Version = db.VersionOf(r);
        }
        else
        {
            // A new report covers the activity's time up to today, as a starting point.
            var window = ActivityOf.Time;
            var today = tracking.Today;
            Form.PeriodFrom = Formats.Day(window.FirstDay);
            Form.PeriodTo = Formats.Day(window.LastDay is { } last && last < today ? last : window.FirstDay is { } first && first <= today ? today : window.LastDay);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int assignmentId, IFormFile? file, bool submit)
    {
        if (await LoadAsync(assignmentId) is { } refusal) return refusal;
        if (!CanReport) return Denied();
        var now = clock.GetUtcNow();
        if (Editable is not null) db.ExpectVersion(Editable, Version);
        var report = Editable ?? new ProgressReport(Plan.ProvinceId, Plan.Id, Assignment.Id, Assignment.UnitId, Actor.UserId, now);
        string? storedName = null;
        try
        {
            Form.ApplyTo(report, ReportingWindow.Of(ActivityOf), ModelState, now);
            if (file is { Length: > 0 })
            {
                var head = new byte[16];
                await using (var peek = file.OpenReadStream()) _ = await peek.ReadAsync(head);
                var accepted = EvidencePolicy.Default.Accept(file.FileName, file.ContentType, file.Length, head);
                await CheckEvidenceQuotaAsync(report, file.Length);
                if (ModelState.IsValid)
                {
                    await using var content = file.OpenReadStream();
                    storedName = await store.SaveAsync(content);
                    report.AddFile(storedName, accepted, null, now);
                }
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Form", e.Message);
        }

        var answers = ReadAnswers();
        if (!ModelState.IsValid)
        {
            if (storedName is not null) store.Delete(storedName);
            return Invalid();
        }

        if (submit)
        {
            try
            {
                report.Submit(Actor.UserId, now);
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("Form", e.Message);
                if (storedName is not null) store.Delete(storedName);
                return Invalid();
            }
        }

        if (Editable is null) db.ProgressReports.Add(report);
        report.Touch(now);
        if (submit)
            notices.Add(Plan.ProvinceId, await notices.UnitsWithRoleAsync(Plan.ProvinceId, Role.Coordinator), "báo cáo mới chờ duyệt",
                $"{UnitName} gửi báo cáo \"{ActivityOf.Label}. {ActivityOf.Title}\" ({Plan.Title}): chờ duyệt.",
                $"/Reports/Assignment/{assignmentId}", $"report:{assignmentId}:submitted");
        try
        {
            // The report and the obligations it answers are saved together, or not at all.
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync();
                if (!submit) return true;
                foreach (var (obligation, dueOn) in answers)
                    db.ObligationSubmissions.Add(obligation.RecordSubmission(Assignment.UnitId, dueOn, now, Actor.UserId, $"Báo cáo #{report.Id}", report.Id));
                await db.SaveChangesAsync();
                return true;
            });
        }
        catch
        {
            if (storedName is not null) store.Delete(storedName);
            throw;
        }

        await notices.MailAsync();
        Flash(submit ? "Đã gửi báo cáo." : "Đã lưu bản nháp báo cáo.");
        return Redirect($"/Reports/Assignment/{assignmentId}");
    }

    /// <summary>The limits on evidence files: so many per report, so many bytes per unit over all its reports.</summary>
    private async Task CheckEvidenceQuotaAsync(ProgressReport report, long size)
    {
        if (report.Evidence.Count(e => e.Kind == EvidenceKind.File) >= store.MaxFilesPerReport)
            throw new DomainException($"Mỗi báo cáo có tối đa {store.MaxFilesPerReport} tệp minh chứng. Hãy gộp các tệp hoặc bỏ bớt tệp cũ; chưa lưu tệp mới.");
        var used = await db.ProgressReports.Where(r => r.UnitId == Assignment.UnitId)
            .SelectMany(r => r.Evidence).Where(e => e.Kind == EvidenceKind.File).SumAsync(e => e.Size ?? 0);
        if (used + size > store.MaxBytesPerUnit)
            throw new DomainException(
                $"Đơn vị đã dùng hết dung lượng minh chứng ({store.MaxBytesPerUnit / (1024 * 1024)} MB cho mọi báo cáo); chưa lưu tệp mới. Hãy liên hệ quản trị.");
    }

    public async Task<IActionResult> OnPostReviewAsync(int assignmentId, int reportId, bool approve, string? comment)
    {
        if (await LoadAsync(assignmentId) is { } refusal) return refusal;
        if (!CanReview) return Denied();
        var report = await db.ProgressReports.Include(r => r.Versions).FirstOrDefaultAsync(r => r.Id == reportId && r.AssignmentId == assignmentId);
        if (report is null) return NotFoundPage();
        // Approve and return are checked and applied under the report's row lock: two reviewers decide once.
        return await db.InTransactionAsync<IActionResult>(async () =>
        {
            await db.LockAsync(report);
            db.ExpectVersion(report, Version);
            try
            {
                if (approve) report.Approve(Actor.UserId, clock.GetUtcNow(), comment);
                else report.Return(Actor.UserId, comment ?? "", clock.GetUtcNow());
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("comment", e.Message);
                return Invalid();
            }

            notices.Add(Plan.ProvinceId, [report.UnitId], approve ? "báo cáo đã được duyệt" : "báo cáo bị trả lại",
                approve ? $"Báo cáo \"{ActivityOf.Label}. {ActivityOf.Title}\" ({Plan.Title}) đã được duyệt."
                        : $"Báo cáo \"{ActivityOf.Label}. {ActivityOf.Title}\" ({Plan.Title}) bị trả lại: {report.ReviewComment}",
                $"/Reports/Assignment/{assignmentId}", $"report:{report.Id}:{(approve ? "approved" : "returned")}");
            await db.SaveChangesAsync();
            await notices.MailAsync();
            Flash(approve ? "Đã duyệt báo cáo." : "Đã trả lại báo cáo kèm ý kiến.");
            return Redirect($"/Reports/Assignment/{assignmentId}");
        });
    }

    public async Task<IActionResult> OnGetEvidenceAsync(int assignmentId, int evidenceId)
    {
        if (await LoadAsync(assignmentId) is { } refusal) return refusal;
        var evidence = Reports.SelectMany(r => r.Evidence).FirstOrDefault(e => e.Id == evidenceId && e.Kind == EvidenceKind.File);
        var stream = evidence?.StoredName is { } name ? store.Open(name) : null;
        if (evidence is null || stream is null) return NotFoundPage();
        Response.Headers["X-Content-Type-Options"] = "nosniff";
        return File(stream, evidence.ContentType ?? "application/octet-stream", Lantoa.Web.Infrastructure.Files.FileNames.Clean(evidence.OriginalName, "minh-chung"));
    }

    private async Task<IActionResult?> LoadAsync(int assignmentId)
    {
        var assignment = await db.Assignments.FirstOrDefaultAsync(a => a.Id == assignmentId);
        var plan = assignment is null ? null : await db.Plans.Include(p => p.Activities).FirstOrDefaultAsync(p => p.Id == assignment.PlanId);
        if (assignment is null || plan is null || !await db.CanReadPlanAsync(Actor, plan)) return NotFoundPage();
        if (!AccessPolicy.CanReadReports(Actor, plan.ProvinceId, assignment.UnitId) && !AccessPolicy.CanReviewReport(Actor, plan.ProvinceId)) return Denied();
        Assignment = assignment;
        Plan = plan;
        ActivityOf = plan.Activities.First(a => a.Id == assignment.ActivityId);
        UnitName = (await directory.ForProvinceAsync(plan.ProvinceId)).NameOf(assignment.UnitId, null);
        CanReport = AccessPolicy.CanReportOnAssignment(Actor, plan.ProvinceId, assignment.UnitId) && !plan.IsReadOnly && plan.IsIssued; // a draft's work is owed by no one yet
        CanReview = AccessPolicy.CanReviewReport(Actor, plan.ProvinceId);
        Reports = await db.ProgressReports.Include(r => r.Figures).Include(r => r.Evidence).Include(r => r.Versions)
            .AsSplitQuery().Where(r => r.AssignmentId == assignmentId).OrderByDescending(r => r.Id).ToListAsync();
        Editable = Reports.FirstOrDefault(r => r.State is ReportState.Draft or ReportState.Returned);
        Owed = (await tracking.BoardAsync(plan.ProvinceId, plan.Id)).ForUnit(assignment.UnitId);
        return null;
    }

    private List<(Obligation Obligation, DateOnly DueOn)> ReadAnswers()
    {
        var result = new List<(Obligation, DateOnly)>();
        foreach (var a in Form.Answers)
        {
            var item = Owed.FirstOrDefault(o => $"{o.Obligation.Id}:{o.DueOn:yyyy-MM-dd}" == a);
            if (item is null) ModelState.AddModelError("Form.Answers", "Nghĩa vụ được chọn không thuộc đơn vị hoặc kế hoạch này.");
            else result.Add((db.Obligations.Attach(item.Obligation).Entity, item.DueOn));
        }

        return result;
    }
}
