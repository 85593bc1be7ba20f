using System.Net;
using Lantoa.Web.DemoData;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Browser;

[Collection(DatabaseCollection.Name)]
public class InboxJourneyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task An_officer_submits_an_estimate_the_reviewer_finds_it_in_the_inbox_with_a_count_and_approves_and_the_officer_sees_the_approval()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var planId = await app.DbAsync(db => DemoIds.LongAnDxDayPlanAsync(db));
        var activity = await app.DbAsync(db => db.Activities.Where(a => a.PlanId == planId && a.Label == "4").Select(a => a.Id).SingleAsync());
        // The youth union leads activity 4: its officer writes the estimate (over HTTP, as the budget tests do) …
        var youth = app.NewClient();
        await youth.LoginAsync("tinhdoan");
        var created = await youth.PostFormAsync($"/Plans/{planId}/Budget?handler=CreateEstimate",
            new() { ["title"] = "DỰ TRÙ KINH PHÍ NGÀY HỘI THANH NIÊN SỐ", ["activityId"] = activity.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await youth.PostFormAsync($"{url}?handler=Line",
            new() { ["Line.Content"] = "Nước uống", ["Line.Quantity"] = "10", ["Line.UnitPrice"] = "40.000" })).StatusCode);

        await using var browser = await BrowserSession.StartAsync();
        var officer = await browser.NewPageAsync(app.BaseAddress);
        var reviewer = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            // … and submits it in the browser.
            await BrowserSession.LoginAsync(officer, "tinhdoan", DemoSeeder.DemoPassword);
            await officer.GotoAsync(url);
            await officer.ClickAsync("[data-testid=submit]");
            await officer.WaitForFunctionAsync("() => document.querySelector('[data-testid=estimate-status]').textContent.trim() === 'Đã trình duyệt'");

            // The finance reviewer: a count beside "Chờ xử lý", the estimate in the inbox, approved from there.
            await BrowserSession.LoginAsync(reviewer, "taichinh", DemoSeeder.DemoPassword);
            var count = Leading(await reviewer.TextContentAsync("[data-testid=inbox-link] [data-testid=menu-count]"));
            Assert.True(count >= 1, $"count {count}");
            await reviewer.ClickAsync("[data-testid=inbox-link]");
            var item = reviewer.Locator("[data-testid=inbox-item]", new() { HasText = "DỰ TRÙ KINH PHÍ NGÀY HỘI THANH NIÊN SỐ" });
            Assert.Equal(1, await item.CountAsync());
            Assert.Contains("Dự toán chờ thẩm định", await reviewer.InnerTextAsync("main"));
            Assert.Contains("chờ thẩm định", await reviewer.InnerTextAsync("[data-testid=inbox-notices]"));  // the notice it got
            await item.Locator("a").ClickAsync();
            await reviewer.ClickAsync("[data-testid=approve]");
            await reviewer.WaitForFunctionAsync("() => document.querySelector('[data-testid=estimate-status]').textContent.trim() === 'Đã phê duyệt'");
            var after = await reviewer.Locator("[data-testid=inbox-link] [data-testid=menu-count]").AllTextContentsAsync();
            Assert.True(after.Count == 0 || Leading(after[0]) == count - 1, string.Join(",", after));

            // The officer finds the approval among the unread notices of the inbox, and the estimate approved.
            await officer.ClickAsync("[data-testid=inbox-link]");
            var notice = officer.Locator("[data-testid=inbox-notice]", new() { HasText = "đã được phê duyệt" });
            Assert.Contains("DỰ TRÙ KINH PHÍ NGÀY HỘI THANH NIÊN SỐ", await notice.InnerTextAsync());
            await notice.Locator("a").ClickAsync();
            await officer.WaitForFunctionAsync("() => document.querySelector('[data-testid=estimate-status]').textContent.trim() === 'Đã phê duyệt'");
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(officer, nameof(InboxJourneyTests) + "-officer");
            await BrowserSession.ScreenshotAsync(reviewer, nameof(InboxJourneyTests) + "-reviewer");
            throw;
        }
    }

    /// <summary>The number a menu count starts with ("2 việc chờ").</summary>
    private static int Leading(string? text) => int.Parse(System.Text.RegularExpressions.Regex.Match(text ?? "", @"\d+").Value);
}
