using System.Net;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Tests.Infrastructure;
using OtpNet;

namespace Lantoa.Web.Tests.Features.Account;

/// <summary>TOTP two-step sign-in: required for administrators (LANTOA_ADMIN_2FA=required), optional for staff.</summary>
public class TwoFactorTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static string Code(byte[] secret, TestApp app) => new Totp(secret).ComputeTotp(app.Clock.Now.UtcDateTime);

    [Fact]
    public async Task An_administrator_enrols_at_the_first_sign_in_and_then_needs_a_fresh_code_every_time()
    {
        await using var app = await TestApp.StartAsync(fixture, auth: new AuthSettings { RateLimits = false, AdminTwoFactorRequired = true });
        var admin = app.NewClient();
        var password = await admin.TryLoginAsync("quantri.longan", DemoSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal("/Account/TwoFactor", password.Headers.Location!.OriginalString);
        Assert.True(AccountTestKit.IsLoginRedirect(await admin.GetAsync("/Admin/Users"))); // the password alone opens nothing

        var enrol = await admin.GetPageAsync("/Account/TwoFactor");
        Assert.NotNull(enrol.QuerySelector("[data-testid=totp-enrol]"));
        Assert.StartsWith("data:image/png;base64,", enrol.QuerySelector("[data-testid=totp-qr]")!.GetAttribute("src"));
        var uri = enrol.QuerySelector("[data-testid=totp-uri]")!.TextContent;
        Assert.StartsWith("otpauth://totp/Lantoa:quantri.longan?secret=", uri);
        var secret = Base32Encoding.ToBytes(enrol.QuerySelector("[data-testid=totp-secret]")!.TextContent.Replace(" ", ""));
        Assert.Contains(Base32Encoding.ToString(secret), uri);

        var wrong = await admin.PostFormAsync("/Account/TwoFactor", new() { ["Code"] = "000000" }, tokenFrom: "/Account/TwoFactor");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var right = await admin.PostFormAsync("/Account/TwoFactor", new() { ["Code"] = Code(secret, app) }, tokenFrom: "/Account/TwoFactor");
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Users")).StatusCode);

        // Next sign-in: the code page without the secret; the code of the enrolment step is used up, the next one works.
        var again = app.NewClient();
        Assert.Equal("/Account/TwoFactor", (await again.TryLoginAsync("quantri.longan", DemoSeeder.DemoPassword)).Headers.Location!.OriginalString);
        var page = await again.GetPageAsync("/Account/TwoFactor");
        Assert.Null(page.QuerySelector("[data-testid=totp-secret]"));
        var replay = await again.PostFormAsync("/Account/TwoFactor", new() { ["Code"] = Code(secret, app) }, tokenFrom: "/Account/TwoFactor");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, replay.StatusCode);
        app.Clock.Now += TimeSpan.FromSeconds(30);
        var next = await again.PostFormAsync("/Account/TwoFactor", new() { ["Code"] = Code(secret, app) }, tokenFrom: "/Account/TwoFactor");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Admin/Audit?action=TwoFactorEnabled")).StatusCode);

        // Administrators may not turn it off while it is required.
        var setup = await again.GetPageAsync("/Account/TwoFactorSetup");
        Assert.Null(setup.QuerySelector("form[action*=Disable]"));
    }

    [Fact]
    public async Task Staff_may_turn_two_step_sign_in_on_and_off()
    {
        await using var app = await TestApp.StartAsync(fixture); // LANTOA_ADMIN_2FA=optional, as the tests' default
        var officer = app.NewClient();
        await officer.LoginAsync("baolongan");
        var setup = await officer.GetPageAsync("/Account/TwoFactorSetup");
        var secret = Base32Encoding.ToBytes(setup.QuerySelector("[data-testid=totp-secret]")!.TextContent.Replace(" ", ""));
        var hidden = setup.QuerySelector("input[name=Secret]")!.GetAttribute("value")!;
        Assert.DoesNotContain(Base32Encoding.ToString(secret), hidden); // protected, not the secret itself
        var enable = await officer.PostFormAsync("/Account/TwoFactorSetup?handler=Enable", new() { ["Secret"] = hidden, ["Code"] = Code(secret, app) }, tokenFrom: "/Account/TwoFactorSetup");
        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);

        var later = app.NewClient();
        Assert.Equal("/Account/TwoFactor", (await later.TryLoginAsync("baolongan", DemoSeeder.DemoPassword)).Headers.Location!.OriginalString);
        app.Clock.Now += TimeSpan.FromSeconds(30);
        Assert.Equal(HttpStatusCode.Redirect, (await later.PostFormAsync("/Account/TwoFactor", new() { ["Code"] = Code(secret, app) }, tokenFrom: "/Account/TwoFactor")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/MyWork")).StatusCode);

        app.Clock.Now += TimeSpan.FromSeconds(30);
        var disable = await later.PostFormAsync("/Account/TwoFactorSetup?handler=Disable", new() { ["Code"] = Code(secret, app) }, tokenFrom: "/Account/TwoFactorSetup");
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        var plain = app.NewClient();
        await plain.LoginAsync("baolongan"); // straight in again
        Assert.Equal(HttpStatusCode.OK, (await plain.GetAsync("/MyWork")).StatusCode);
    }
}
