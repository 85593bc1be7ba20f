using Lantoa.Web.DemoData;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ImportJourneyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_coordinator_uploads_a_plan_reviews_what_was_understood_and_creates_the_draft()
    {
        await using var app = await TestApp.StartAsync(fixture);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            await BrowserSession.LoginAsync(page, "dieuphoi", DemoSeeder.DemoPassword);
            await page.GotoAsync("/Plans");
            await page.ClickAsync("[data-testid=import-link]");
            await page.SetInputFilesAsync("[data-testid=import-file]", DemoBudgets.SeedFile("longan-2024-tuyen-truyen-cds.txt")!);
            await page.ClickAsync("[data-testid=import-upload]");
            await page.WaitForSelectorAsync("[data-testid=import-summary]");
            Assert.Contains("22 hoạt động", await page.InnerTextAsync("[data-testid=import-summary]"));
            Assert.Contains("Báo Long An", await page.InnerTextAsync("[data-testid=parsed-activities]"));
            Assert.Contains("không còn là dự thảo", await page.InnerTextAsync("[data-testid=same-file]"));   // the demo imported this file and issued it
            await page.ClickAsync("[data-testid=import-confirm]");
            await page.WaitForSelectorAsync("[data-testid=plan-title]");
            Assert.Equal("Tuyên truyền về chuyển đổi số trên địa bàn tỉnh Long An năm 2024", await page.InnerTextAsync("[data-testid=plan-title]"));
            Assert.Equal("Dự thảo", (await page.InnerTextAsync("[data-testid=plan-status]")).Trim());
            await Assertions.Expect(page.Locator("[data-testid=activity-row]", new() { HasText = "Mở chuyên mục riêng về “Chuyển đổi số” trên Báo Long An" })).ToHaveCountAsync(1);
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(page, nameof(A_coordinator_uploads_a_plan_reviews_what_was_understood_and_creates_the_draft));
            throw;
        }
    }
}
