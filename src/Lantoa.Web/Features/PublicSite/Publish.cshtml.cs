using Lantoa.Domain;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Publishing;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.PublicSite;

/// <summary>
/// Công bố: the coordinator chooses whether the plan is on the province's public site and which of its activities are,
/// edits the theme, slogan and introduction, previews, publishes and unpublishes. Each change is audited (the
/// publication's rows) and evicts the province's cached public pages.
/// </summary>
public sealed class Publish(LantoaDb db, TimeProvider clock, PublicSiteCache cache, PublicCampaignQueries queries) : LantoaPage
{
    [BindProperty] public PublishForm Form { get; set; } = new();
    public Plan Plan { get; private set; } = null!;
    public PlanPublication Publication { get; private set; } = null!;
    public PublicProvince Province { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        Form = PublishForm.From(Publication);
        Form.Version = Publication.Id == 0 ? null : db.VersionOf(Publication);
        return Page();
    }

    /// <summary>Saves the choices; a published plan's public pages change at once.</summary>
    public Task<IActionResult> OnPostAsync(int id) => SaveAsync(id, null, "Đã lưu nội dung công bố.");

    public Task<IActionResult> OnPostPublishAsync(int id) =>
        SaveAsync(id, p => Publication.Publish(p, clock.GetUtcNow()), "Đã công bố kế hoạch trên trang công khai.");

    public Task<IActionResult> OnPostUnpublishAsync(int id) =>
        SaveAsync(id, _ => Publication.Unpublish(), "Đã ngừng công bố kế hoạch.");

    private async Task<IActionResult> SaveAsync(int id, Action<Plan>? change, string done)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!ModelState.IsValid) return Invalid();
        if (Publication.Id != 0) db.ExpectVersion(Publication, Form.Version);
        try
        {
            Form.ApplyTo(Publication, Plan);
            change?.Invoke(Plan);
        }
        catch (DomainException e)
        {
            Error = e.Message;
            return Invalid();
        }
        if (Publication.Id == 0) db.Add(Publication);
        await db.SaveChangesAsync();
        await cache.EvictProvinceAsync(Plan.ProvinceId);
        Flash(done);
        return Redirect($"/Plans/{id}/Publish");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var plan = await db.Plans.Include(p => p.Activities).FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null || !AccessPolicy.CanReadProvince(Actor, plan.ProvinceId)) return NotFoundPage();
        if (!AccessPolicy.CanPublishPlans(Actor, plan.ProvinceId)) return Denied();
        Plan = plan;
        Publication = await db.Set<PlanPublication>().Include(p => p.Activities).FirstOrDefaultAsync(p => p.PlanId == id)
                      ?? new PlanPublication(plan);
        Province = await queries.ByIdAsync(plan.ProvinceId, HttpContext.RequestAborted) ?? throw new InvalidOperationException("province");
        return null;
    }
}
