using System.Net;
using Lantoa.Domain.Users;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Account;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Tests.Features.Account;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Lantoa.Web.Tests.Features.Api.ApiTestKit;

namespace Lantoa.Web.Tests.Features.Api;

/// <summary>Bearer tokens of POST /api/v1/auth/token: issue, use, expiry, revocation, the staff rules (lockout, TOTP, forced change).</summary>
public class TokenTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_staff_token_opens_the_api_until_it_is_revoked_and_never_a_page()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var http = app.Plain();
        var response = await http.RequestTokenAsync("dieuphoi");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await JsonAsync(response);
        var token = body.GetProperty("accessToken").GetString()!;
        Assert.Equal(43, token.Length); // 256 bits, base64url
        Assert.Equal(app.Clock.Now + TimeSpan.FromHours(8), body.GetProperty("expiresAt").GetDateTimeOffset());

        // Only the hash is stored.
        var stored = await app.DbAsync(db => db.Database.SqlQuery<string>($"SELECT token_hash AS \"Value\" FROM api_tokens").ToListAsync());
        Assert.Single(stored);
        Assert.DoesNotContain(token, stored[0]);

        var info = await http.GetAsync(TokenEndpoints.Path, token);
        Assert.Equal(HttpStatusCode.OK, info.StatusCode);
        Assert.Equal("no-store", info.Headers.CacheControl?.ToString());
        var who = await JsonAsync(info);
        Assert.Equal("staff", who.GetProperty("audience").GetString());
        var id = await app.DbAsync(db => db.Users.Where(u => u.UserName == "dieuphoi").Select(u => u.Id).SingleAsync());
        Assert.Equal(id, who.GetProperty("subjectId").GetInt32());

        // A bearer token opens no page: the page asks to sign in.
        var page = await http.GetAsync("/Plans", token);
        Assert.True(AccountTestKit.IsLoginRedirect(page), $"{(int)page.StatusCode}");

        // Sign-out ends the token.
        Assert.Equal(HttpStatusCode.NoContent, (await http.SendJsonAsync(HttpMethod.Delete, TokenEndpoints.Path, null, token)).StatusCode);
        var after = await ProblemAsync(await http.GetAsync(TokenEndpoints.Path, token), HttpStatusCode.Unauthorized);
        Assert.Equal(BearerAuthenticationHandler.Invalid, after.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_staff_cookie_opens_no_api_call()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var browser = app.NewClient();
        await browser.LoginAsync("dieuphoi");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Plans")).StatusCode);
        var problem = await ProblemAsync(await browser.GetAsync(TokenEndpoints.Path), HttpStatusCode.Unauthorized);
        Assert.Equal(BearerAuthenticationHandler.Missing, problem.GetProperty("detail").GetString());
        var revoke = await browser.Http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, TokenEndpoints.Path));
        await ProblemAsync(revoke, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_ends_when_it_expires_when_the_password_changes_and_when_the_user_is_disabled()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var http = app.Plain();
        var expiring = await http.TokenAsync("benluc");
        var changed = await http.TokenAsync("baolongan");
        var disabled = await http.TokenAsync("tinhdoan");
        foreach (var t in new[] { expiring, changed, disabled })
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(TokenEndpoints.Path, t)).StatusCode);

        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Lantoa.Web.Infrastructure.Data.LantoaDb>();
            var bao = await db.Users.SingleAsync(u => u.UserName == "baolongan");
            bao.SetPasswordHash(sp.GetRequiredService<IPasswordHasher<User>>().HashPassword(bao, "Mot-mat-khau-moi-2026"));
            (await db.Users.SingleAsync(u => u.UserName == "tinhdoan")).IsActive = false;
            await db.SaveChangesAsync();
            return true;
        });
        await ProblemAsync(await http.GetAsync(TokenEndpoints.Path, changed), HttpStatusCode.Unauthorized);
        await ProblemAsync(await http.GetAsync(TokenEndpoints.Path, disabled), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(TokenEndpoints.Path, expiring)).StatusCode);

        app.Clock.Now += TimeSpan.FromHours(8) - TimeSpan.FromSeconds(1);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(TokenEndpoints.Path, expiring)).StatusCode);
        app.Clock.Now += TimeSpan.FromSeconds(2);
        await ProblemAsync(await http.GetAsync(TokenEndpoints.Path, expiring), HttpStatusCode.Unauthorized);

        // A disabled user gets no new token either (the same answer as a wrong password).
        await ProblemAsync(await http.RequestTokenAsync("tinhdoan"), HttpStatusCode.Unauthorized);
        // A made-up token is refused the same way.
        await ProblemAsync(await http.GetAsync(TokenEndpoints.Path, "khong-phai-ma-that"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Wrong_passwords_get_401_then_the_lockout_429_with_retry_after_even_for_the_right_password()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var http = app.Plain();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await ProblemAsync(await http.RequestTokenAsync("benluc", "sai-mat-khau-" + i), HttpStatusCode.Unauthorized);
            Assert.Equal(TokenEndpoints.WrongCredentials, wrong.GetProperty("detail").GetString());
        }
        var fifth = await http.RequestTokenAsync("benluc", "sai-mat-khau-5");
        await ProblemAsync(fifth, HttpStatusCode.TooManyRequests);
        Assert.Equal(60, int.Parse(fifth.Headers.RetryAfter!.ToString()));
        var right = await http.RequestTokenAsync("benluc");
        var locked = await ProblemAsync(right, HttpStatusCode.TooManyRequests);
        Assert.Contains("thử lại sau 1 phút", locked.GetProperty("detail").GetString());
        Assert.True(right.Headers.RetryAfter?.Delta?.TotalSeconds > 0);

        // A name no account has waits exactly the same way.
        for (var i = 0; i < 4; i++) await ProblemAsync(await http.RequestTokenAsync("khong.co.ai", "x" + i), HttpStatusCode.Unauthorized);
        await ProblemAsync(await http.RequestTokenAsync("khong.co.ai", "x5"), HttpStatusCode.TooManyRequests);

        // After the wait the right password works again, and the failures are in the audit trail.
        app.Clock.Now += TimeSpan.FromMinutes(2);
        Assert.Equal(HttpStatusCode.OK, (await http.RequestTokenAsync("benluc")).StatusCode);
        var audited = await app.DbAsync(db => db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM audit_entries
            WHERE action = {AuditEvents.SignInFailed} AND user_name = 'benluc' AND changes::text LIKE '%"Channel"%'
            """).SingleAsync());
        Assert.Equal(5, audited);
    }

    [Fact]
    public async Task The_per_address_limit_answers_429_problem_with_retry_after()
    {
        await using var app = await TestApp.StartAsync(fixture, auth: AccountTestKit.BehindProxy(rateLimits: true) with { LoginsPerAddressPerMinute = 3 });
        var http = app.Plain();
        http.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await http.RequestTokenAsync("dieuphoi")).StatusCode);
        var limited = await http.RequestTokenAsync("dieuphoi");
        await ProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta?.TotalSeconds >= 1);
        // Another address is not held back.
        var other = app.Plain();
        other.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.10");
        Assert.Equal(HttpStatusCode.OK, (await other.RequestTokenAsync("dieuphoi")).StatusCode);
    }

    [Fact]
    public async Task Who_must_use_a_totp_code_or_change_the_password_gets_no_token_from_the_password_alone()
    {
        await using var app = await TestApp.StartAsync(fixture, auth: new AuthSettings { RateLimits = false, AdminTwoFactorRequired = true });
        var http = app.Plain();
        var admin = await ProblemAsync(await http.RequestTokenAsync("quantri.longan"), HttpStatusCode.Forbidden);
        Assert.Equal(StaffApiLogin.TwoFactorRefusal, admin.GetProperty("detail").GetString());

        // A unit officer who turned two-step sign-in on.
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Lantoa.Web.Infrastructure.Data.LantoaDb>();
            var id = await db.Users.Where(u => u.UserName == "baolongan").Select(u => u.Id).SingleAsync();
            await sp.GetRequiredService<TwoFactorStore>().EnableAsync(id, TwoFactorStore.NewSecret(), 0);
            var tinh = await db.Users.SingleAsync(u => u.UserName == "tinhdoan");
            tinh.MustChangePassword = true;
            await db.SaveChangesAsync();
            return true;
        });
        var enrolled = await ProblemAsync(await http.RequestTokenAsync("baolongan"), HttpStatusCode.Forbidden);
        Assert.Equal(StaffApiLogin.TwoFactorRefusal, enrolled.GetProperty("detail").GetString());
        var mustChange = await ProblemAsync(await http.RequestTokenAsync("tinhdoan"), HttpStatusCode.Forbidden);
        Assert.Equal(StaffApiLogin.PasswordChangeRefusal, mustChange.GetProperty("detail").GetString());
        // The wrong password still says only that it is wrong (nothing about the second step).
        await ProblemAsync(await http.RequestTokenAsync("baolongan", "sai-mat-khau"), HttpStatusCode.Unauthorized);
        Assert.Equal(0, await app.DbAsync(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM api_tokens").SingleAsync()));
        // Other staff are not affected.
        Assert.Equal(HttpStatusCode.OK, (await http.RequestTokenAsync("dieuphoi")).StatusCode);
    }

    [Fact]
    public async Task A_bad_token_request_gets_field_errors_in_vietnamese()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var http = app.Plain();
        var empty = await ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, TokenEndpoints.Path, "{}"), HttpStatusCode.UnprocessableEntity);
        var errors = Errors(empty);
        Assert.Equal(["login", "password"], errors.Keys.Order());
        Assert.All(errors.Values.SelectMany(v => v), m => Assert.True(IsVietnamese(m), m));
        var noBody = await ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, TokenEndpoints.Path, null), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(2, Errors(noBody).Count);
    }
}
