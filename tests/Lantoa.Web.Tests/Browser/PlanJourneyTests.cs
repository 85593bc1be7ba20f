using Lantoa.Web.DemoData;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class PlanJourneyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_coordinator_assigns_a_group_and_an_officer_of_a_member_unit_sees_the_work()
    {
        await using var app = await TestApp.StartAsync(fixture);
        await using var browser = await BrowserSession.StartAsync();
        var coordinator = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            await BrowserSession.LoginAsync(coordinator, "dieuphoi", DemoSeeder.DemoPassword);
            await coordinator.GotoAsync("/Plans/Create");
            await coordinator.FillAsync("#Form_Title", "Kế hoạch ra quân chuyển đổi số cấp huyện năm 2024");
            await coordinator.SelectOptionAsync("#Form_Kind", "DxWeek");
            await coordinator.FillAsync("#Form_Year", "2024");
            await coordinator.ClickAsync("main button[type=submit]");
            await coordinator.WaitForSelectorAsync("[data-testid=plan-title]");
            Assert.Equal("Kế hoạch ra quân chuyển đổi số cấp huyện năm 2024", await coordinator.InnerTextAsync("[data-testid=plan-title]"));

            await coordinator.ClickAsync("[data-testid=add-activity]");
            await coordinator.FillAsync("#Form_Label", "1");
            await coordinator.FillAsync("#Form_Title", "Ra quân đi từng ngõ, gõ từng nhà");
            await coordinator.FillAsync("#Form_Lead", "UBND cấp huyện");
            await coordinator.FillAsync("#Form_Coordinating", "Sở Thông tin và Truyền thông");
            await coordinator.FillAsync("#Form_TimeText", "Từ ngày 01/10/2024 đến ngày 10/10/2024");
            await coordinator.ClickAsync("[data-testid=save-activity]");
            await coordinator.WaitForSelectorAsync("[data-testid=activity-row]");
            var row = await coordinator.InnerTextAsync("[data-testid=activity-row]");
            Assert.Contains("Ra quân đi từng ngõ, gõ từng nhà", row);
            Assert.Contains("UBND cấp huyện", row);
            Assert.EndsWith("16", (await coordinator.InnerTextAsync("[data-testid=activity-row] td.text-end")).Trim());   // 15 district committees + Sở TT&TT
            Assert.Equal(15, await coordinator.Locator("[data-testid=by-unit] summary", new() { HasText = "UBND" }).CountAsync());

            // A new plan is a draft: it reaches the units once issued (ban hành) with its number and day.
            await coordinator.FillAsync("#Issue_NumberSymbol", "250/KH-UBND");
            await coordinator.FillAsync("#Issue_IssuedOn", "20/09/2024");
            await coordinator.ClickAsync("[data-testid=issue]");
            await Assertions.Expect(coordinator.Locator("[data-testid=plan-status]")).ToHaveTextAsync("Đã ban hành");
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(coordinator, "coordinator");
            throw;
        }

        var officer = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            await BrowserSession.LoginAsync(officer, "benluc", DemoSeeder.DemoPassword);
            await officer.GotoAsync("/MyWork");
            Assert.Equal("UBND huyện Bến Lức", await officer.InnerTextAsync("[data-testid=mywork-unit]"));
            var mine = officer.Locator("[data-testid=assignment-row]", new() { HasText = "Ra quân đi từng ngõ, gõ từng nhà" });
            await Assertions.Expect(mine).ToHaveCountAsync(1);
            Assert.Contains("Chủ trì", await mine.InnerTextAsync());
            Assert.Contains("qua nhóm UBND cấp huyện", await mine.InnerTextAsync());
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(officer, "officer");
            throw;
        }
    }

    [Fact]
    public async Task Editing_an_activity_inline_with_htmx_keeps_the_page()
    {
        await using var app = await TestApp.StartAsync(fixture);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            await BrowserSession.LoginAsync(page, "dieuphoi", DemoSeeder.DemoPassword);
            await page.GotoAsync("/Plans");
            await page.ClickAsync("text=Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia trên địa bàn tỉnh Long An năm 2024");
            var row = page.Locator("[data-testid=activity-row]", new() { HasText = "Tổ chức cuộc thi trực tuyến" });
            await row.Locator("text=Sửa").ClickAsync();
            var form = page.Locator("[data-testid=activity-form]");
            await form.Locator("#Form_Title").FillAsync("Cuộc thi trực tuyến tìm hiểu chuyển đổi số (sửa trực tiếp)");
            await form.Locator("[data-testid=save-activity]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=activity-row]", new() { HasText = "(sửa trực tiếp)" })).ToHaveCountAsync(1);
            Assert.EndsWith("/Plans/" + page.Url.Split("/Plans/")[1].Split('#')[0], page.Url.Split('#')[0]);   // no navigation happened
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(page, "inline-edit");
            throw;
        }
    }
}
