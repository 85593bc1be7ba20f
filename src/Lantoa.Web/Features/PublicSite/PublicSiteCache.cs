using Lantoa.Domain.Publishing;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.PublicSite;

/// <summary>
/// Eviction of the public site's cached responses: a province's pages and API response (by its tags) and the province
/// list. Called after publishing, unpublishing or changing what a published plan shows; other modules that feed a
/// public section (quizzes, contests, events) call it when what they publish changes.
/// </summary>
public sealed class PublicSiteCache(IOutputCacheStore store, LantoaDb db)
{
    public const string AllTag = "public";
    public const string ListTag = "public:list";

    public static string ProvinceTag(string slug) => "public:slug:" + slug.ToLowerInvariant();

    public static string CodeTag(string code) => "public:code:" + code.ToLowerInvariant();

    public async Task EvictProvinceAsync(int provinceId, CancellationToken ct = default)
    {
        var province = await db.Provinces.AsNoTracking().Where(p => p.Id == provinceId).Select(p => new { p.Code }).FirstOrDefaultAsync(ct);
        if (province is null) return;
        var all = await db.Provinces.AsNoTracking().Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        var slug = PublicSlug.ForAll(all.Select(p => (p.Code, p.Name)))[province.Code];
        await store.EvictByTagAsync(ProvinceTag(slug), ct);
        await store.EvictByTagAsync(ProvinceTag(province.Code), ct); // /tinh/{code} answers a redirect, but be thorough
        await store.EvictByTagAsync(CodeTag(province.Code), ct);
        await store.EvictByTagAsync(ListTag, ct);
    }
}
