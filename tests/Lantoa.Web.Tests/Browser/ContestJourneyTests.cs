using Lantoa.Domain.Contests;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Features.Contests;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Browser;

/// <summary>
/// The video-clip contest in Chromium, each person in a browser of their own: Bến Lức's officer submits a clip through
/// the menu, the organiser accepts it, a judge scores it blind (no authors on the page), a citizen votes for it on the
/// public page, and once the vote has closed the organiser publishes the results, which the province's public site shows.
/// Every step waits on what the page shows, never on time.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ContestJourneyTests(DatabaseFixture fixture)
{
    private const string Title = "Chữ ký số cho hộ kinh doanh";
    private const string Authors = "Tổ Công nghệ số cộng đồng xã Nhựt Chánh";

    [Fact]
    public async Task A_team_submits_a_clip_the_organiser_accepts_a_judge_scores_it_blind_a_citizen_votes_and_the_results_are_published()
    {
        await using var app = await TestApp.StartAsync(fixture, now: DateTimeOffset.UtcNow); // the demo's windows are around the day it was seeded
        var contest = await app.DbAsync(db => db.Set<Contest>().Where(c => c.Title == ContestsDemoData.Title).Select(c => c.Id).SingleAsync());
        await using var browser = await BrowserSession.StartAsync();
        IPage? page = null;
        try
        {
            // A unit's officer sends the team's clip.
            page = await browser.NewPageAsync(app.BaseAddress);
            await BrowserSession.LoginAsync(page, "benluc", DemoSeeder.DemoPassword);
            await page.ClickAsync("[data-testid=contests-link]");
            await page.ClickAsync("[data-testid=submit-link]");
            await page.FillAsync("#Form_Title", Title);
            await page.FillAsync("#Form_Authors", Authors);
            await page.FillAsync("#Form_MediaUrl", "https://www.tiktok.com/@tocnscd.nhutchanh/video/7300000000000000042");
            await page.FillAsync("#Form_Description", "Hướng dẫn hộ kinh doanh ký số hóa đơn điện tử.");
            await page.ClickAsync("[data-testid=entry-submit]");
            await page.WaitForSelectorAsync("[data-testid=flash]");
            Assert.Contains("Chờ ban tổ chức xem xét", await page.Locator("[data-testid=sent-entry]", new() { HasText = Title }).TextContentAsync());
            var entry = await app.DbAsync(db => db.Set<ContestEntry>().Where(e => e.Title == Title).Select(e => e.Id).SingleAsync());

            // The organiser accepts it.
            page = await browser.NewPageAsync(app.BaseAddress);
            await BrowserSession.LoginAsync(page, "dieuphoi", DemoSeeder.DemoPassword);
            await page.GotoAsync("/Contests");
            await page.ClickAsync("[data-testid=manage-link]");
            var row = page.Locator($"[data-testid=entry-row][data-entry='{entry}']");
            Assert.Contains(Authors, await row.TextContentAsync());
            await row.Locator("[data-testid=accept]").ClickAsync();
            await page.WaitForSelectorAsync("[data-testid=flash]");
            Assert.Contains("Đã chấp nhận", await page.Locator($"[data-testid=entry-row][data-entry='{entry}']").TextContentAsync());

            // A judge (not of Bến Lức) scores it blind.
            page = await browser.NewPageAsync(app.BaseAddress);
            await BrowserSession.LoginAsync(page, "giamkhao2", DemoSeeder.DemoPassword);
            await page.GotoAsync("/Contests");
            await page.ClickAsync("[data-testid=judge-link]");
            var sheet = page.Locator($"[data-testid=judge-entry][data-entry='{entry}']");
            Assert.Contains(Title, await sheet.TextContentAsync());
            Assert.DoesNotContain(Authors, await page.Locator("main").TextContentAsync());
            await sheet.Locator("[data-criterion='Nội dung']").FillAsync("9");
            await sheet.Locator("[data-criterion='Sáng tạo']").FillAsync("8");
            await sheet.Locator("[data-criterion='Kỹ thuật']").FillAsync("7,5");
            await sheet.Locator("[data-testid=score-submit]").ClickAsync();
            await page.WaitForSelectorAsync($"[data-testid=judge-entry][data-entry='{entry}'] [data-testid=scored]");

            // A citizen votes for it on the public page.
            page = await browser.NewPageAsync(app.BaseAddress);
            await page.GotoAsync($"/binh-chon/{contest}");
            await page.ClickAsync("[data-testid=vote-signin]");
            await page.FillAsync("#Login", CitizensModule.DemoEmail);
            await page.FillAsync("#Password", DemoSeeder.DemoPassword);
            await page.ClickAsync("main button.cd-primary");
            await page.WaitForSelectorAsync("[data-testid=vote-button]");
            await page.Locator($"[data-testid=vote-entry][data-entry='{entry}'] [data-testid=vote-button]").ClickAsync();
            await page.WaitForSelectorAsync("[data-testid=vote-flash]");
            Assert.Equal("1", await page.Locator($"[data-testid=vote-entry][data-entry='{entry}'] [data-testid=vote-count]").TextContentAsync());

            // After the vote, the organiser publishes the results; the public site shows them.
            app.Clock.Now = app.Clock.Now.AddDays(31);
            page = await browser.NewPageAsync(app.BaseAddress);
            await BrowserSession.LoginAsync(page, "dieuphoi", DemoSeeder.DemoPassword);
            await page.GotoAsync($"/Contests/{contest}");
            await page.ClickAsync("[data-testid=publish]");
            await page.WaitForSelectorAsync("[data-testid=published]");

            page = await browser.NewPageAsync(app.BaseAddress);
            await page.GotoAsync("/tinh/long-an");
            var link = page.Locator($"a[href='/binh-chon/{contest}']");
            Assert.Contains("Đã công bố kết quả", await page.Locator("main").TextContentAsync());
            await link.ClickAsync();
            await page.WaitForSelectorAsync("[data-testid=results]");
            var first = page.Locator("[data-testid=result-row]").First;
            Assert.Equal(entry.ToString(), await first.GetAttributeAsync("data-entry"));
            Assert.StartsWith("Hạng 1:", (await first.TextContentAsync())!.Trim());
            Assert.Contains(Authors, await first.TextContentAsync()); // the authors are named once the results are out
        }
        catch
        {
            if (page is not null) await BrowserSession.ScreenshotAsync(page, "contest-journey");
            throw;
        }
    }
}
