using System.Net;
using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Features.Shared;

/// <summary>A menu per role: every link of every demo login's menu opens (200) where it points, with no 403 and no
/// bounce to another page; the national admin first picks a province, then walks that province's menu.</summary>
public class MenuTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Every_menu_link_of_every_demo_login_opens_where_it_points()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var failures = new List<string>();
        foreach (var user in AccessGrid.Users)
        {
            var client = app.NewClient();
            await client.LoginAsync(user);
            var links = await WalkAsync(client, user, failures);
            if (user == "admin")
            {
                Assert.Equal(["/Admin/Province", "/Plans", "/Geography", "/Admin/Users", "/Admin/Audit"], links.Where(l => l != "/Account/ChangePassword"));
                var picked = await client.PostFormAsync("/Admin/Province", new() { ["provinceId"] = ids.LongAn.ToString() }, tokenFrom: "/Admin/Province");
                Assert.Equal(HttpStatusCode.Redirect, picked.StatusCode);
                var inLongAn = await WalkAsync(client, "admin (Long An)", failures);
                Assert.Contains("/Dashboard", inLongAn);
                Assert.Contains("/Budgets/Norms", inLongAn);
                Assert.Contains("/Inbox", inLongAn);
                Assert.Equal("Long An", (await client.GetPageAsync("/Plans")).QuerySelector("[data-testid=working-province]")?.TextContent.Trim().Replace("Tỉnh ", ""));
            }
            if (user == "taichinh") Assert.Contains("/Inbox", links);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task<IReadOnlyList<string>> WalkAsync(TestApp.Client client, string who, List<string> failures)
    {
        var home = await client.GetPageAsync("/Plans");
        var links = home.QuerySelectorAll("nav a[href]").Select(a => a.GetAttribute("href")!).Where(h => h != "/").Distinct().ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            if (response.StatusCode != HttpStatusCode.OK)
                failures.Add($"{who}: {link} answers {(int)response.StatusCode} {response.Headers.Location}");
        }

        return links;
    }
}
