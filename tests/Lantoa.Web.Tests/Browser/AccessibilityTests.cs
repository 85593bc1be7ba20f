using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Lantoa.Web.DemoData;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Browser;

/// <summary>
/// WCAG 2.1 AA on the staff pages: axe-core in Chromium on every page each demo login reaches from its menu, plus the
/// main detail pages (a plan, its budget and reports, an estimate, a report, the audit trail …). No serious or
/// critical violation is allowed; the message lists each with the page, the login and the elements.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class AccessibilityTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_any_staff_page_for_any_demo_login()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var estimate = await app.DbAsync(db => db.Estimates.Where(e => e.PlanId == ids.LaPlan).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        string[] details =
        [
            $"/Plans/{ids.LaPlan}", $"/Plans/{ids.LaPlan}/Budget", $"/Plans/{ids.LaPlan}/Reports", $"/Budgets/Estimates/{estimate}",
            $"/Reports/Assignment/{ids.BaoAssignment}", $"/Reports/Assignment/{ids.BenLucAssignment}", $"/Plans/{ids.LaPlan}/SummaryReport",
            "/Admin/Audit", "/Account/ChangePassword",
        ];

        await using var browser = await BrowserSession.StartAsync();
        var failures = new List<string>();
        var checkedPages = 0;
        foreach (var user in AccessGrid.Users)
        {
            var page = await browser.NewPageAsync(app.BaseAddress);
            await BrowserSession.LoginAsync(page, user, DemoSeeder.DemoPassword);
            if (user == "admin")
            {
                await CheckAsync(page, "/Admin/Province", user, failures);
                await page.SelectOptionAsync("#provinceId", ids.LongAn.ToString());
                await page.ClickAsync("[data-testid=province-picker] button[type=submit]");
                await page.WaitForSelectorAsync("[data-testid=working-province]");
            }

            await page.GotoAsync("/Plans");
            var menu = await page.Locator("nav a.nav-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            foreach (var url in menu.Concat(details).Distinct())
            {
                if (await CheckAsync(page, url, user, failures)) checkedPages++;
            }

            await page.Context.CloseAsync();
        }

        Assert.True(checkedPages > 50, $"only {checkedPages} pages checked");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Opens the page; a page the login may not open (403, 404) is not theirs and is skipped.</summary>
    private static async Task<bool> CheckAsync(IPage page, string url, string user, List<string> failures)
    {
        var response = await page.GotoAsync(url);
        if (response is null || response.Status != 200) return false;
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
        foreach (var v in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            var targets = string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()).Distinct().Take(12));
            failures.Add($"{user} {url}: {v.Id} ({v.Impact}, {v.Nodes.Length}): {targets} — {v.Nodes.First().Html}");
        }
        return true;
    }
}
