using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Lantoa.Web.Features.PublicSite;

/// <summary>
/// Output caching of the public pages and the public API (ASP.NET Core OutputCache). A response is cached per path and
/// query, tagged with its province (<see cref="PublicSiteCache.ProvinceTag"/>) so that publishing evicts exactly that
/// province's pages. Nothing is cached or served from the cache for a request that is signed in (staff or citizen), that
/// carries an Authorization header or any cookie but the antiforgery one (a session, whatever its scheme), or when
/// <c>LANTOA_OUTPUT_CACHE=off</c>; a response that sets a cookie or is not 200 is never stored.
/// </summary>
public sealed class PublicCachePolicy : IOutputCachePolicy
{
    public const string Name = "PublicSite";

    /// <summary>Cookies that say nothing about who is asking.</summary>
    private static readonly HashSet<string> AnonymousCookies = new(StringComparer.Ordinal) { "lantoa.af" };

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var settings = http.RequestServices.GetRequiredService<PublicSiteSettings>();
        var attempt = settings.OutputCache
                      && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                      && !request.Headers.ContainsKey(HeaderNames.Authorization)
                      && http.User.Identity?.IsAuthenticated != true
                      && request.Cookies.Keys.All(AnonymousCookies.Contains);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        context.Tags.Add(PublicSiteCache.AllTag);
        if (request.RouteValues.TryGetValue("slug", out var slug) && slug is string s)
            context.Tags.Add(PublicSiteCache.ProvinceTag(s));
        else if (request.RouteValues.TryGetValue("code", out var code) && code is string c)
            context.Tags.Add(PublicSiteCache.CodeTag(c));
        else
            context.Tags.Add(PublicSiteCache.ListTag);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (!Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(response.Headers.SetCookie) || response.StatusCode != StatusCodes.Status200OK)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
