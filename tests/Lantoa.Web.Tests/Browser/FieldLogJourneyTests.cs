using Lantoa.Domain.Teams;
using Lantoa.Web.Features.Teams;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Browser;

/// <summary>
/// The team member's offline field log in real Chromium: the page is opened once online (its service worker keeps it),
/// the network is cut with DevTools' emulation (Playwright's SetOffline), the page is reloaded from the service worker,
/// three visits are recorded into the IndexedDB queue ("chưa gửi: 3", nothing on the server), the network returns and
/// the queue empties by itself; the office's coverage page then shows those three visits exactly once.
/// </summary>
[Collection(BrowserCollection.Name)]
public class FieldLogJourneyTests(DatabaseFixture fixture)
{
    private sealed record Visit(string Category, string Date, int Households, int People);

    [Fact]
    public async Task A_member_offline_records_three_visits_goes_back_online_and_they_appear_once_on_the_coverage_page()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var (campaignId, commune, categories, before) = await app.DbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == TeamsDemoData.DemoLogin);
            var code = await (from m in db.Set<TeamMember>() join t in db.Set<Team>() on m.TeamId equals t.Id
                              where m.UserId == user.Id select t.CommuneCode).SingleAsync();
            var campaign = await db.Set<FieldCampaign>().SingleAsync();
            var reached = await db.Set<FieldLog>().Where(l => l.CampaignId == campaign.Id && l.CommuneCode == code).SumAsync(l => l.Households);
            return (campaign.Id, code, campaign.Categories.Select(c => c.Key).ToArray(), reached);
        });
        const string village = "Ấp Thử Ngoại Tuyến";
        Visit[] visits = [new(categories[0], "2024-10-04", 11, 19), new(categories[3], "2024-10-05", 7, 12), new(categories[4], "2024-10-06", 5, 8)];

        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            await BrowserSession.LoginAsync(page, TeamsDemoData.DemoLogin, Lantoa.Web.DemoData.DemoSeeder.DemoPassword);
            await page.ClickAsync("[data-testid=field-link]");
            await page.WaitForSelectorAsync("#field[data-ready='1']");
            Assert.Equal("chưa gửi: 0", await page.TextContentAsync("[data-testid=field-pending]"));

            await page.Context.SetOfflineAsync(true);
            var reload = await page.ReloadAsync();
            Assert.True(reload!.FromServiceWorker, "the page came from the service worker's cache");
            await page.WaitForSelectorAsync("#field[data-ready='1'][data-online='0']");
            Assert.Contains("không có mạng", await page.TextContentAsync("[data-testid=field-network]"));

            for (var i = 0; i < visits.Length; i++)
            {
                var v = visits[i];
                await page.SelectOptionAsync("#f-campaign", campaignId.ToString());
                await page.SelectOptionAsync("#f-commune", commune);
                await page.FillAsync("#f-village", village);
                await page.SelectOptionAsync("#f-category", v.Category);
                await page.FillAsync("#f-date", v.Date);
                await page.FillAsync("#f-households", v.Households.ToString());
                await page.FillAsync("#f-people", v.People.ToString());
                await page.ClickAsync("[data-testid=field-save]");
                await page.WaitForSelectorAsync($"[data-testid=field-pending][data-count='{i + 1}']");
            }
            Assert.Equal("chưa gửi: 3", await page.TextContentAsync("[data-testid=field-pending]"));
            Assert.Equal(3, await page.Locator("[data-testid=field-queue] li").CountAsync());
            Assert.Equal(0, await app.DbAsync(db => db.Set<FieldLog>().CountAsync(l => l.Village == village)));

            await page.Context.SetOfflineAsync(false);
            await page.WaitForSelectorAsync("#field[data-online='1'][data-syncing='0'] [data-testid=field-pending][data-count='0']");
            Assert.Equal("chưa gửi: 0", await page.TextContentAsync("[data-testid=field-pending]"));

            // A reload online sends nothing again: the queue is empty and the server holds each visit once.
            await page.ReloadAsync();
            await page.WaitForSelectorAsync("#field[data-ready='1'][data-syncing='0']");
            var stored = await app.DbAsync(db => db.Set<FieldLog>().Where(l => l.Village == village).OrderBy(l => l.Date).ToListAsync());
            Assert.Equal(visits.Select(v => (v.Category, v.Date, v.Households, v.People)),
                stored.Select(l => (l.Category, l.Date.ToString("yyyy-MM-dd"), l.Households, l.People)));
            Assert.Equal(3, stored.Select(l => l.ClientId).Distinct().Count());

            var office = await browser.NewPageAsync(app.BaseAddress);
            await BrowserSession.LoginAsync(office, "dieuphoi.tg", Lantoa.Web.DemoData.DemoSeeder.DemoPassword);
            await office.GotoAsync($"/Teams/Campaigns/{campaignId}/Coverage");
            var row = office.Locator($"[data-testid=commune-row][data-code='{commune}']");
            Assert.Equal((before + visits.Sum(v => v.Households)).ToString(), (await row.Locator("[data-testid=reached]").TextContentAsync())!.Trim());
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(page, "field-log-journey");
            throw;
        }
    }
}
