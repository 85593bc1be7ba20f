using System.Net;
using Lantoa.Domain.Users;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features;

public class AccountTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Every_demo_role_logs_in_and_lands_on_its_home()
    {
        await using var app = await TestApp.StartAsync(fixture);
        foreach (var login in DemoSeeder.Logins)
        {
            var client = app.NewClient();
            await client.LoginAsync(login.UserName);
            var home = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
            var expected = login.Roles.Contains(Role.UnitOfficer) ? "/MyWork" : "/Plans";
            Assert.Equal(expected, home.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        for (var i = 0; i < User.MaxFailedLogins; i++)
        {
            var wrong = await client.PostFormAsync("/Account/Login", new() { ["UserName"] = "baolongan", ["Password"] = "sai-mat-khau-1" });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        }
        var locked = await client.PostFormAsync("/Account/Login", new() { ["UserName"] = "baolongan", ["Password"] = DemoSeeder.DemoPassword });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, locked.StatusCode);
        Assert.Contains("tạm khóa", await locked.Content.ReadAsStringAsync());

        app.Clock.Now += TimeSpan.FromMinutes(16);
        await client.LoginAsync("baolongan");
    }

    [Fact]
    public async Task Passwords_are_stored_hashed_and_changing_one_ends_other_sessions()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var hash = await app.DbAsync(db => db.Users.Where(u => u.UserName == "tinhdoan").Select(u => u.PasswordHash).SingleAsync());
        Assert.DoesNotContain(DemoSeeder.DemoPassword, hash);
        Assert.True(hash.Length > 40);

        var first = app.NewClient();
        var second = app.NewClient();
        await first.LoginAsync("tinhdoan");
        await second.LoginAsync("tinhdoan");
        var weak = await first.PostFormAsync("/Account/ChangePassword", new() { ["Current"] = DemoSeeder.DemoPassword, ["New"] = "ngan", ["Confirm"] = "ngan" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        var changed = await first.PostFormAsync("/Account/ChangePassword", new() { ["Current"] = DemoSeeder.DemoPassword, ["New"] = "Mat-khau-moi-2024", ["Confirm"] = "Mat-khau-moi-2024" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/MyWork")).StatusCode);
        var stale = await second.GetAsync("/MyWork");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Contains("/Account/Login", stale.Headers.Location!.OriginalString);
        var fresh = app.NewClient();
        await fresh.LoginAsync("tinhdoan", "Mat-khau-moi-2024");
    }
}
