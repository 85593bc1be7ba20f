using Lantoa.Domain;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Lantoa.Web.Features.Plans;

namespace Lantoa.Web.Features.Tracking.Reports;

/// <summary>
/// The plan's summary report: the results computed from the units' reports, the office's own parts edited here, and the
/// .docx in the Decree 30/2020 layout. Coordinators edit; leadership reads and downloads.
/// </summary>
public sealed class SummaryReportPage(LantoaDb db, SummaryReportBuilder builder, TimeProvider clock) : LantoaPage
{
    [BindProperty] public DraftForm Form { get; set; } = new();

    /// <summary>The record's version when the form was opened (hidden field): a save over someone else's change is refused (409).</summary>
    [BindProperty] public uint? Version { get; set; }
    public Plan Plan { get; private set; } = null!;
    public SummaryReportDocument Document { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public sealed class DraftForm
    {
        public string? NumberSymbol { get; set; }
        public string? Introduction { get; set; }
        public string? Strengths { get; set; }
        public string? Limitations { get; set; }
        public string? Proposals { get; set; }
        public string? Closing { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int planId)
    {
        if (await LoadAsync(planId) is { } refusal) return refusal;
        Form = new DraftForm
        {
            NumberSymbol = Document.NumberSymbol, Introduction = string.Join("\n", Document.Introduction), Strengths = string.Join("\n", Document.Strengths),
            Limitations = string.Join("\n", Document.Limitations), Proposals = string.Join("\n", Document.Proposals), Closing = string.Join("\n", Document.Closing),
        };
        Version = await db.SummaryReportDrafts.Where(d => d.PlanId == planId).Select(d => (uint?)EF.Property<uint>(d, Concurrency.Version)).FirstOrDefaultAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId)
    {
        if (await LoadAsync(planId) is { } refusal) return refusal;
        if (!CanEdit) return Denied();
        var draft = await db.SummaryReportDrafts.FirstOrDefaultAsync(d => d.PlanId == planId);
        if (draft is null) db.SummaryReportDrafts.Add(draft = new SummaryReportDraft(Plan.ProvinceId, planId, clock.GetUtcNow()));
        else db.ExpectVersion(draft, Version);
        try
        {
            draft.Update(Form.NumberSymbol, Form.Introduction, Form.Strengths, Form.Limitations, Form.Proposals, Form.Closing, clock.GetUtcNow());
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Form", e.Message);
            return Invalid();
        }

        await db.SaveChangesAsync();
        Flash("Đã lưu nội dung báo cáo.");
        return Redirect($"/Plans/{planId}/SummaryReport");
    }

    public async Task<IActionResult> OnGetDocxAsync(int planId)
    {
        if (await LoadAsync(planId) is { } refusal) return refusal;
        return File(SummaryReportWriter.Write(Document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", PlanNumber.FileName(Plan.NumberSymbol, Plan.Kind, Plan.Title,
            await db.Provinces.Where(p => p.Id == Plan.ProvinceId).Select(p => p.Name).FirstAsync(), Plan.Year, "docx", "Bao-cao-ket-qua"));
    }

    private async Task<IActionResult?> LoadAsync(int planId)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Activities).FirstOrDefaultAsync(p => p.Id == planId);
        if (plan is null || !await db.CanReadPlanAsync(Actor, plan)) return NotFoundPage();
        if (!AccessPolicy.CanViewTrackingDashboard(Actor, plan.ProvinceId)) return Denied();
        Plan = plan;
        CanEdit = AccessPolicy.CanManageTracking(Actor, plan.ProvinceId);
        var draft = await db.SummaryReportDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.PlanId == planId);
        Document = await builder.BuildAsync(plan, draft);
        return null;
    }
}
