using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Lantoa.Web.Features.PublicSite;

/// <summary>A published plan's public page; 404 for a plan not published (a draft, an unpublished plan, another province's).</summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class PlanPage(PublicCampaignQueries queries) : PageModel
{
    public PublicPlanPage View { get; private set; } = null!;
    public OpenGraph Og { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int id, CancellationToken ct)
    {
        var province = await queries.BySlugAsync(slug, ct);
        if (province is null) return NotFound();
        if (province.Slug != slug) return RedirectPermanent(province.PlanUrl(id));
        if (await queries.PlanPageAsync(province, id, preview: false, ct) is not { } view) return NotFound();
        View = view;
        Og = OpenGraph.For(Request, view.Plan.Title, view.Plan.Summary ?? view.Plan.Slogan ?? view.Plan.Theme, "article");
        return Page();
    }
}
