using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantoa.Web.Features.PublicSite;

/// <summary>
/// <c>GET /api/v1/provinces/{code}/public</c>: the province's published campaign for its citizen app — the same content
/// as the public pages (<see cref="PublicCampaignQueries"/>), nothing unpublished. Anonymous, output-cached like the pages.
/// </summary>
public static class PublicApi
{
    public sealed record ProvinceDto(string Code, string Name, string Slug, string Url);

    public sealed record PlanDto(int Id, int Year, string Title, string? NumberSymbol, DateOnly? IssuedOn, string Theme, string? Slogan,
        string? Summary, string Url);

    public sealed record ActivityDto(int Id, int PlanId, string Label, string Title, string? Content, string? Form, string When,
        DateOnly? StartsOn, DateOnly? EndsOn, string? Place, IReadOnlyList<string> LeadUnits);

    /// <summary>The published campaign. quizzes, contests and events come from the modules' <see cref="IPublicSection"/>s
    /// (empty arrays while none is registered); each item has id, title, when, place, url, status, past and the module's own fields.</summary>
    public sealed record PublicCampaignDto(ProvinceDto Province, int? Year, IReadOnlyList<PlanDto> Plans, IReadOnlyList<ActivityDto> Activities,
        IReadOnlyList<IReadOnlyDictionary<string, object?>> Quizzes, IReadOnlyList<IReadOnlyDictionary<string, object?>> Contests,
        IReadOnlyList<IReadOnlyDictionary<string, object?>> Events);

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/provinces/{code}/public", GetAsync)
            .AllowAnonymous()
            .WithName("GetProvincePublicCampaign")
            .CacheOutput(PublicCachePolicy.Name);

    public static async Task<Results<Ok<PublicCampaignDto>, ProblemHttpResult>> GetAsync(string code, PublicCampaignQueries queries, CancellationToken ct)
    {
        if (await queries.ByCodeAsync(code.Trim(), ct) is not { } province)
            return TypedResults.Problem(title: "Không tìm thấy tỉnh", detail: $"Không có tỉnh mã \"{code}\" trên Lantoa.",
                statusCode: StatusCodes.Status404NotFound);
        var campaign = await queries.CampaignAsync(province, null, ct);
        var activities = await queries.AllActivitiesAsync(campaign, ct);
        return TypedResults.Ok(new PublicCampaignDto(
            new ProvinceDto(province.Code, province.Name, province.Slug, province.Home),
            campaign.Year,
            campaign.AllPlans.Select(p => new PlanDto(p.Id, p.Year, p.Title, p.NumberSymbol, p.IssuedOn, p.Theme, p.Slogan, p.Summary, province.PlanUrl(p.Id))).ToList(),
            activities.Select(a => new ActivityDto(a.Id, a.PlanId, a.Label, a.Title, a.Content, a.Form, a.When, a.StartsOn, a.EndsOn, a.Place, a.LeadUnits)).ToList(),
            Items(campaign, PublicSectionKind.Quizzes), Items(campaign, PublicSectionKind.Contests), Items(campaign, PublicSectionKind.Events)));
    }

    private static List<IReadOnlyDictionary<string, object?>> Items(PublicCampaign campaign, PublicSectionKind kind) =>
        campaign.SectionItems[kind].Select(i =>
        {
            var d = new Dictionary<string, object?>
            {
                ["id"] = i.Id, ["title"] = i.Title, ["when"] = i.When, ["place"] = i.Place, ["url"] = i.Href, ["status"] = i.Status, ["past"] = i.Past,
            };
            foreach (var (k, v) in i.Fields) d[k] = v;
            return (IReadOnlyDictionary<string, object?>)d;
        }).ToList();
}
