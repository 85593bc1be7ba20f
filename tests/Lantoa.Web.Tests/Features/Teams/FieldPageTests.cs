using System.Net;
using Lantoa.Web.Features.Teams;
using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Features.Api.ApiTestKit;

namespace Lantoa.Web.Tests.Features.Teams;

/// <summary>The field log page for the member on a roster (the grid covers everyone else): its page and service worker
/// carry no inline script, and its token handler gives a bearer token that opens the member's API — with the
/// antiforgery token only.</summary>
public class FieldPageTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_member_gets_the_page_and_a_token_for_the_field_API_and_nobody_gets_one_without_the_antiforgery_token()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var member = app.NewClient();
        await member.LoginAsync(TeamsDemoData.DemoLogin);
        var page = await member.GetPageAsync("/Teams/Field");
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Equal("/Teams/Field", page.QuerySelector("#field")!.GetAttribute("data-scope"));
        Assert.Contains("chưa gửi: 0", page.QuerySelector("[data-testid=field-pending]")!.TextContent);
        var worker = await member.Http.GetAsync(page.QuerySelector("#field")!.GetAttribute("data-sw"));
        Assert.Equal(HttpStatusCode.OK, worker.StatusCode);
        Assert.Equal("text/javascript", worker.Content.Headers.ContentType?.MediaType);

        var response = await member.PostFormAsync("/Teams/Field?handler=Token", [], tokenFrom: "/Teams/Field");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        var token = json.GetProperty("accessToken").GetString()!;
        Assert.True(DateTimeOffset.Parse(json.GetProperty("expiresAt").GetString()!) > app.Clock.Now);
        var campaigns = await app.Plain().GetAsync(FieldApi.CampaignsPath, token);
        Assert.Equal(HttpStatusCode.OK, campaigns.StatusCode);
        Assert.Single((await JsonAsync(campaigns)).EnumerateArray());

        // A cross-site form cannot carry the antiforgery token: no token is given.
        var forged = await member.PostWithoutTokenAsync("/Teams/Field?handler=Token", []);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
