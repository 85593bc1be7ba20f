using Lantoa.Web.Features.PublicSite;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.PublicSite;

/// <summary>What the output cache may keep: never a signed-in or session-carrying request, never a response that sets a
/// cookie or is not 200, nothing at all with LANTOA_OUTPUT_CACHE=off.</summary>
public class PublicCachePolicyTests
{
    private static (OutputCacheContext Context, IOutputCachePolicy Policy) Request(bool cacheOn, string? cookie = null, string? authorization = null)
    {
        var http = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton(new PublicSiteSettings(cacheOn)).BuildServiceProvider(),
        };
        http.Request.Method = "GET";
        http.Request.Path = "/tinh/long-an";
        http.Request.RouteValues["slug"] = "long-an";
        if (cookie is not null) http.Request.Headers.Cookie = cookie;
        if (authorization is not null) http.Request.Headers.Authorization = authorization;
        return (new OutputCacheContext { HttpContext = http }, new PublicCachePolicy());
    }

    [Fact]
    public async Task An_anonymous_request_is_cached_under_its_province_tag_and_varies_by_query()
    {
        var (context, policy) = Request(cacheOn: true, cookie: "lantoa.af=token");
        await policy.CacheRequestAsync(context, default);
        Assert.True(context.EnableOutputCaching && context.AllowCacheLookup && context.AllowCacheStorage);
        Assert.Contains(PublicSiteCache.ProvinceTag("long-an"), context.Tags);
        Assert.Equal("*", context.CacheVaryByRules.QueryKeys.ToString());
    }

    [Theory]
    [InlineData(true, "lantoa.auth=session", null)]
    [InlineData(true, "lantoa.af=token; lantoa.cd=session", null)]
    [InlineData(true, null, "Bearer abc")]
    [InlineData(false, null, null)]
    public async Task A_session_a_bearer_token_or_the_off_switch_bypass_the_cache(bool cacheOn, string? cookie, string? authorization)
    {
        var (context, policy) = Request(cacheOn, cookie, authorization);
        await policy.CacheRequestAsync(context, default);
        Assert.False(context.AllowCacheLookup);
        Assert.False(context.AllowCacheStorage);
    }

    [Theory]
    [InlineData(200, true, false)]
    [InlineData(404, false, false)]
    [InlineData(200, false, true)]
    public async Task Only_a_200_that_sets_no_cookie_is_stored(int status, bool stored, bool setsCookie)
    {
        var (context, policy) = Request(cacheOn: true);
        await policy.CacheRequestAsync(context, default);
        context.HttpContext.Response.StatusCode = status;
        if (setsCookie) context.HttpContext.Response.Headers.SetCookie = "x=1; path=/";
        await policy.ServeResponseAsync(context, default);
        Assert.Equal(stored, context.AllowCacheStorage);
    }
}

/// <summary>LANTOA_OUTPUT_CACHE=off on a real app: every request renders afresh. Serial, since it sets the environment.</summary>
[Collection(DatabaseCollection.Name)]
public class PublicCacheSwitchTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task With_the_cache_off_a_change_shows_at_once()
    {
        var previous = Environment.GetEnvironmentVariable("LANTOA_OUTPUT_CACHE");
        Environment.SetEnvironmentVariable("LANTOA_OUTPUT_CACHE", "off");
        TestApp app;
        try
        {
            app = await TestApp.StartAsync(fixture);
        }
        finally
        {
            Environment.SetEnvironmentVariable("LANTOA_OUTPUT_CACHE", previous);
        }
        await using (app)
        {
            var ids = await DemoIds.LoadAsync(app);
            var anonymous = app.NewClient();
            var before = (await anonymous.GetPageAsync("/tinh/long-an")).QuerySelector("h1")!.TextContent.Trim();
            await app.DbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE plan_publications SET theme = 'Chủ đề khi tắt bộ đệm' WHERE plan_id = {0}", ids.LaPlan));
            var after = (await anonymous.GetPageAsync("/tinh/long-an")).QuerySelector("h1")!.TextContent.Trim();
            Assert.NotEqual(before, after);
            Assert.Equal("Chủ đề khi tắt bộ đệm", after);
        }
    }
}

/// <summary>The public header shows the signed-in citizen's name: the cached anonymous page never reaches a citizen, and
/// a citizen's page (with its name) never reaches the next anonymous visitor.</summary>
public class PublicCacheCitizenTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_signed_in_citizen_sees_its_name_and_the_next_anonymous_visitor_does_not()
    {
        await using var app = await TestApp.StartAsync(fixture);
        const string name = "Nguyễn Văn Dân";

        var first = await app.NewClient().GetAsync("/tinh/long-an");
        var anonymousHtml = await first.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("/cong-dan/dang-nhap", anonymousHtml);
        Assert.DoesNotContain(name, anonymousHtml);

        var citizen = app.NewClient();
        await AccessGrid.CitizenLoginAsync(citizen);
        var mine = await (await citizen.GetAsync("/tinh/long-an")).Content.ReadAsStringAsync();
        Assert.Contains(name, mine);

        var after = await (await app.NewClient().GetAsync("/tinh/long-an")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(name, after);
        Assert.Contains("/cong-dan/dang-nhap", after);
    }
}
