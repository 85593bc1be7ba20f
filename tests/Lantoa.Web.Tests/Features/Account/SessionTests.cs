using System.Net;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Account;

/// <summary>Defects 4 and 5 of issue 11: sessions that outlive sign-out and idleness; a forced password change nobody enforces.</summary>
public class SessionTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_cookie_replayed_after_sign_out_gets_the_login_page()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        var signIn = await client.TryLoginAsync("benluc", DemoSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = AccountTestKit.AuthCookie(signIn);

        using var thief = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };
        async Task<HttpResponseMessage> Replay()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/MyWork");
            request.Headers.Add("Cookie", cookie);
            return await thief.SendAsync(request);
        }
        Assert.Equal(HttpStatusCode.OK, (await Replay()).StatusCode); // the copy works while the session is open

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/Account/Logout", new(), tokenFrom: "/MyWork")).StatusCode);
        var replayed = await Replay();
        Assert.True(AccountTestKit.IsLoginRedirect(replayed), $"{(int)replayed.StatusCode} {replayed.Headers.Location}");
        Assert.True(AccountTestKit.IsLoginRedirect(await client.GetAsync("/MyWork")));

        // Signing in again opens a new session; the old cookie stays dead.
        await client.LoginAsync("benluc");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/MyWork")).StatusCode);
        Assert.True(AccountTestKit.IsLoginRedirect(await Replay()));
    }

    [Fact]
    public async Task A_session_ends_after_thirty_idle_minutes_and_twelve_hours_in_all()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("baolongan");
        for (var i = 0; i < 3; i++)
        {
            app.Clock.Now += TimeSpan.FromMinutes(29);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/MyWork")).StatusCode); // used in time: still open
        }
        app.Clock.Now += TimeSpan.FromMinutes(31);
        Assert.True(AccountTestKit.IsLoginRedirect(await client.GetAsync("/MyWork")));

        // Used every 20 minutes, the session still ends 12 hours after sign-in.
        await client.LoginAsync("baolongan");
        var signedInAt = app.Clock.Now;
        while (app.Clock.Now - signedInAt < TimeSpan.FromHours(12) - TimeSpan.FromMinutes(20))
        {
            app.Clock.Now += TimeSpan.FromMinutes(20);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/MyWork")).StatusCode);
        }
        app.Clock.Now = signedInAt + TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1);
        Assert.True(AccountTestKit.IsLoginRedirect(await client.GetAsync("/MyWork")));

        var reasons = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Database
            .SqlQuery<string>($"SELECT end_reason AS \"Value\" FROM user_sessions WHERE ended_at IS NOT NULL ORDER BY created_at").ToListAsync());
        Assert.True(reasons.SequenceEqual(["Idle", "Expired"]), string.Join(",", reasons));
    }

    [Fact]
    public async Task A_required_password_change_is_enforced_on_every_page_until_it_is_done()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var officer = app.NewClient();
        await officer.LoginAsync("tinhdoan");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/MyWork")).StatusCode);

        // An administrator resets the password: the open session is held at once (the change ends it: new stamp) and the
        // next sign-in, with the temporary password, may do nothing but change it.
        var admin = app.NewClient();
        await admin.LoginAsync("quantri.longan");
        var id = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Users.Where(u => u.UserName == "tinhdoan").Select(u => u.Id).SingleAsync());
        var reset = await admin.PostFormAsync($"/Admin/Users/{id}?handler=ResetPassword", new(), tokenFrom: $"/Admin/Users/{id}");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var flash = (await admin.GetPageAsync($"/Admin/Users/{id}")).Body!.TextContent;
        var temporary = System.Text.RegularExpressions.Regex.Match(flash, @"Lt-[0-9a-f]+9").Value;
        Assert.NotEmpty(temporary);
        Assert.True(AccountTestKit.IsLoginRedirect(await officer.GetAsync("/MyWork")));

        await officer.LoginAsync("tinhdoan", temporary);
        foreach (var url in new[] { "/", "/MyWork", "/Plans", "/Units", "/Admin/Audit" })
        {
            var r = await officer.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.Equal("/Account/ChangePassword", r.Headers.Location!.OriginalString);
        }
        var htmx = await officer.GetAsync("/MyWork", htmx: true);
        Assert.Equal("/Account/ChangePassword", htmx.Headers.GetValues("HX-Redirect").Single());
        var post = await officer.PostFormAsync("/MyWork?handler=Read", new() { ["unitId"] = "1" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var changePage = await officer.GetPageAsync("/Account/ChangePassword");
        Assert.NotNull(changePage.QuerySelector("[data-testid=must-change]"));

        var changed = await officer.PostFormAsync("/Account/ChangePassword", new() { ["Current"] = temporary, ["New"] = "Hoa sen nở trong đầm 2025", ["Confirm"] = "Hoa sen nở trong đầm 2025" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/MyWork")).StatusCode);
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Users.Where(u => u.Id == id).Select(u => u.MustChangePassword).SingleAsync()));
    }

    [Fact]
    public async Task A_must_change_mark_set_while_signed_in_takes_effect_on_the_next_request()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var officer = app.NewClient();
        await officer.LoginAsync("benluc");
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            (await db.Users.SingleAsync(u => u.UserName == "benluc")).MustChangePassword = true;
            return await db.SaveChangesAsync();
        });
        var r = await officer.GetAsync("/Plans");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("/Account/ChangePassword", r.Headers.Location!.OriginalString);
    }
}
