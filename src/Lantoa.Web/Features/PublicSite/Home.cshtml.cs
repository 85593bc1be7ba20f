using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Lantoa.Web.Features.PublicSite;

/// <summary>The province's public home page: the year's campaign. /tinh/{code} redirects to /tinh/{slug}.</summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class Home(PublicCampaignQueries queries) : PageModel
{
    public PublicCampaign Campaign { get; private set; } = null!;
    public OpenGraph Og { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var province = await queries.BySlugAsync(slug, ct);
        if (province is null)
            return await queries.ByCodeAsync(slug, ct) is { } byCode ? RedirectPermanent(byCode.Home) : NotFound();
        if (province.Slug != slug) return RedirectPermanent(province.Home);
        Campaign = await queries.CampaignAsync(province, null, ct);
        Og = OpenGraph.For(Request, Campaign.Main?.Theme ?? $"Chuyển đổi số {province.Name}",
            Campaign.Main?.Slogan ?? Campaign.Main?.Summary ?? $"Các hoạt động chuyển đổi số của {province.Name}");
        return Page();
    }
}
