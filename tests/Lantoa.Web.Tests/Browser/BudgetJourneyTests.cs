using Lantoa.Domain.Plans;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class BudgetJourneyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_coordinator_pastes_a_table_copied_from_a_spreadsheet_sees_the_totals_and_edits_a_quantity_from_the_keyboard()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var planId = await app.DbAsync(db => DemoIds.LongAnDxDayPlanAsync(db));
        // What Excel puts on the clipboard for a selection of cells: tab between cells, CRLF between rows, no header.
        var clipboard = string.Join("\r\n",
            "I\tTRIỂN LÃM\t\t\t\t",
            "1\tPano giới thiệu chương trình, thông tin đặt 2 bên cổng\tChiếc\t4\t3.000.000\t12.000.000",
            "2\tBăng rôn chào mừng\tCái\t2\t600.000\t1.200.000",
            "II\tHẬU CẦN\t\t\t\t",
            "3\tGiữ xe đại biểu xem triển lãm\tNgày\t1\t450.000\t450.000") + "\r\n";

        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            await BrowserSession.LoginAsync(page, "dieuphoi", DemoSeeder.DemoPassword);
            await page.GotoAsync($"/Plans/{planId}/Budget");
            await page.FillAsync("#title", "DỰ TRÙ KINH PHÍ TRIỂN LÃM (THỬ)");
            await page.ClickAsync("[data-testid=create-estimate]");
            await page.WaitForSelectorAsync("[data-testid=estimate-title]");

            // Ctrl+V into the content cell of the blank row.
            await page.FocusAsync("[data-testid=new-row] textarea");
            await page.EvaluateAsync(@"text => {
                const target = document.activeElement;
                const data = new DataTransfer();
                data.setData('text/plain', text);
                target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }", clipboard);
            await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=total]').textContent.trim() === '13.650.000'");
            Assert.Equal(5, await page.Locator("[data-testid=line]").CountAsync());
            Assert.Equal("13.200.000", (await page.Locator("[data-testid=line]").Nth(0).Locator("[data-testid=amount]").InnerTextAsync()).Trim());
            Assert.Contains("Mười ba triệu sáu trăm năm mươi nghìn đồng", await page.InnerTextAsync("[data-testid=total-words]"));

            // Click the banner line, change its quantity, press Enter: amount, subtotal and total follow.
            await page.Locator("[data-testid=line]").Nth(2).ClickAsync();
            await page.WaitForSelectorAsync("[data-testid=edit-row]");
            await page.FillAsync("[data-testid=edit-row] input[name='Line.Quantity']", "5");
            await page.PressAsync("[data-testid=edit-row] input[name='Line.Quantity']", "Enter");
            await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=total]').textContent.trim() === '15.450.000'");
            Assert.Equal("3.000.000", (await page.Locator("[data-testid=line]").Nth(2).Locator("[data-testid=amount]").InnerTextAsync()).Trim());
            Assert.Equal("15.000.000", (await page.Locator("[data-testid=line]").Nth(0).Locator("[data-testid=amount]").InnerTextAsync()).Trim());
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(page, nameof(A_coordinator_pastes_a_table_copied_from_a_spreadsheet_sees_the_totals_and_edits_a_quantity_from_the_keyboard));
            throw;
        }
    }
}
