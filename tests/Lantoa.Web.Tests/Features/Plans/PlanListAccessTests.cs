using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Plans;

/// <summary>The plan list's filter is AccessPolicy's: own province, all for a national admin, nothing without a province.</summary>
public class PlanListAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.Leadership)]
    [InlineData(Role.UnitOfficer)]
    [InlineData(Role.Reviewer)]
    public async Task A_non_admin_without_a_province_sees_no_plan(Role role)
    {
        await using var app = await TestApp.StartAsync(fixture);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            Assert.True(await db.Plans.CountAsync() >= 3, "the demo data has plans of two provinces");
            var user = new User("khongtinh", "Người dùng không thuộc tỉnh nào", null, null, [role], DateTimeOffset.UtcNow);
            user.SetPasswordHash(sp.GetRequiredService<IPasswordHasher<User>>().HashPassword(user, "Mat-khau-thu-1"));
            db.Users.Add(user);
            return await db.SaveChangesAsync();
        });
        var client = app.NewClient();
        await client.LoginAsync("khongtinh", "Mat-khau-thu-1");

        var page = await client.GetPageAsync("/Plans");

        Assert.Empty(page.QuerySelectorAll("[data-testid=plan-list] tbody tr td a[href^='/Plans/']"));
        Assert.Contains("Không có kế hoạch nào", page.QuerySelector("[data-testid=plan-list] tbody")!.TextContent);
    }

    [Fact]
    public async Task A_national_admin_sees_both_provinces_and_a_coordinator_only_their_own()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var (all, tienGiang) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var tg = await db.Provinces.Where(p => p.Code == "82").Select(p => p.Id).SingleAsync();
            return (await db.Plans.Select(p => p.Id).OrderBy(i => i).ToListAsync(),
                await db.Plans.Where(p => p.ProvinceId == tg).Select(p => p.Id).OrderBy(i => i).ToListAsync());
        });
        var admin = app.NewClient();
        await admin.LoginAsync("admin");
        var coordinator = app.NewClient();
        await coordinator.LoginAsync("dieuphoi.tg");

        Assert.Equal(all, await ListedAsync(admin));
        Assert.Equal(tienGiang, await ListedAsync(coordinator));
        Assert.NotEmpty(tienGiang);
        Assert.True(all.Count > tienGiang.Count);
    }

    private static async Task<List<int>> ListedAsync(TestApp.Client client) =>
        (await client.GetPageAsync("/Plans")).QuerySelectorAll("[data-testid=plan-list] tbody tr td a[href^='/Plans/']")
            .Select(a => int.Parse(a.GetAttribute("href")!["/Plans/".Length..])).Order().ToList();
}
