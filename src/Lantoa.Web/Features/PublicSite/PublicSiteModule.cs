using Lantoa.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Lantoa.Web.Features.PublicSite;

/// <summary>
/// The province's public site (/tinh, /tinh/{slug}, /tinh/{slug}/ke-hoach/{id}), publishing (/Plans/{id}/Publish with
/// its preview), the public API (GET /api/v1/provinces/{code}/public), output caching per province, and the
/// <see cref="IPublicSection"/> seam for quizzes, contests and events.
/// </summary>
public sealed class PublicSiteModule : ILantoaModule
{
    public string Name => "PublicSite";

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton(PublicSiteSettings.FromEnvironment());
        services.AddOutputCache(o => o.AddPolicy(PublicCachePolicy.Name, new PublicCachePolicy()));
        services.AddScoped<PublicCampaignQueries>();
        services.AddScoped<PublicSiteCache>();
    }

    public void ConfigurePages(PageConventionCollection pages)
    {
        pages.AllowAnonymousToPage("/PublicSite/Provinces");
        pages.AllowAnonymousToPage("/PublicSite/Home");
        pages.AllowAnonymousToPage("/PublicSite/PlanPage");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => PublicApi.Map(endpoints);

    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string>
    {
        ["PlanPublication"] = "Công bố kế hoạch", ["PublishedActivity"] = "Hoạt động công bố",
    };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["IsPublished"] = "Đang công bố", ["PublishedAt"] = "Công bố lúc", ["Summary"] = "Giới thiệu", ["PublicationId"] = "Bản công bố",
    };

    public IEnumerable<DemoStep> DemoData =>
        [new(650, "trang công khai: kế hoạch năm 2024 của Long An được công bố", (sp, ct) => ActivatorUtilities.CreateInstance<PublicSiteDemoData>(sp).SeedAsync(ct))];
}
