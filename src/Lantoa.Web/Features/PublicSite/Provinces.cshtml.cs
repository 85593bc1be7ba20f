using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Lantoa.Web.Features.PublicSite;

/// <summary>/tinh: the provinces' public sites, with how many plans each has published.</summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class Provinces(PublicCampaignQueries queries) : PageModel
{
    public IReadOnlyList<(PublicProvince Province, int Plans)> List { get; private set; } = [];

    public OpenGraph Og { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Og = OpenGraph.For(Request, "Trang chuyển đổi số của các tỉnh", "Kế hoạch và hoạt động chuyển đổi số các tỉnh, thành phố công bố cho người dân.");
        var counts = await queries.PublishedCountsAsync(ct);
        List = (await queries.ProvincesAsync(ct)).Select(p => (p, counts.GetValueOrDefault(p.Id))).ToList();
    }
}
