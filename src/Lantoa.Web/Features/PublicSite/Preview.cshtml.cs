using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.PublicSite;

/// <summary>
/// Bản xem trước: the plan's public page (or the province's home page with it, <c>?view=home</c>) as it will look once
/// published, with the saved choices, through the same renderer as the public pages. Staff only; never cached.
/// </summary>
public sealed class Preview(LantoaDb db, PublicCampaignQueries queries) : LantoaPage
{
    public PublicPlanPage? PlanView { get; private set; }
    public PublicCampaign? HomeView { get; private set; }
    public int PlanId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? view, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.ProvinceId }).FirstOrDefaultAsync(ct);
        if (plan is null || !AccessPolicy.CanReadProvince(Actor, plan.ProvinceId)) return NotFoundPage();
        if (!AccessPolicy.CanPublishPlans(Actor, plan.ProvinceId)) return Denied();
        var province = await queries.ByIdAsync(plan.ProvinceId, ct) ?? throw new InvalidOperationException("province");
        PlanId = id;
        Response.Headers.CacheControl = "no-store"; // what is not yet public stays out of every cache
        if (view == "home") HomeView = await queries.CampaignAsync(province, id, ct);
        else PlanView = await queries.PlanPageAsync(province, id, preview: true, ct);
        return Page();
    }
}
