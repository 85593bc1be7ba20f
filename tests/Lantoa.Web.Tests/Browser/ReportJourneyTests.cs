using Lantoa.Domain.Plans;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ReportJourneyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_district_officer_sees_the_overdue_banner_submits_a_report_with_a_file_and_the_coordinator_approves_it()
    {
        // The demo as of 05/10/2024: the district plans owed "trước ngày 15/9/2024" are twenty days late.
        await using var app = await TestApp.StartAsync(fixture, new DateTimeOffset(2024, 10, 5, 9, 0, 0, TimeSpan.FromHours(7)));
        var planId = await app.DbAsync(db => DemoIds.LongAnDxDayPlanAsync(db));
        var evidence = Path.Combine(Path.GetTempPath(), $"ke-hoach-ben-luc-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(evidence, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

        await using var browser = await BrowserSession.StartAsync();
        var officer = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            await BrowserSession.LoginAsync(officer, "benluc", DemoSeeder.DemoPassword);
            await officer.GotoAsync("/MyWork");
            var banner = await officer.InnerTextAsync("[data-testid=overdue-banner]");
            Assert.Contains("Quá hạn 20 ngày", banner);
            Assert.Contains("15/09/2024", banner);

            var row = officer.Locator("[data-testid=assignment-row]", new() { HasText = "2.2. Cấp huyện" });
            await row.Locator("[data-testid=report-link]").ClickAsync();
            await officer.WaitForSelectorAsync("[data-testid=report-unit]");
            await officer.SelectOptionAsync("#Form_Status", "Done");
            await officer.FillAsync("#Form_Narrative", "Đã ban hành kế hoạch tổ chức Ngày Chuyển đổi số cấp huyện và tổ chức ra quân tại 15 xã, thị trấn.");
            await officer.FillAsync("#Form_Figures", "Số hộ được hướng dẫn: 1.250 hộ\nSố thành viên Tổ Công nghệ số cộng đồng tham gia: 180 người");
            await officer.SetInputFilesAsync("[data-testid=evidence-file]", evidence);
            await officer.CheckAsync("[data-testid=answers] >> nth=0");
            await officer.ClickAsync("[data-testid=submit-report]");
            await officer.WaitForSelectorAsync("[data-testid=report-state]");
            Assert.Equal("Đã gửi", (await officer.InnerTextAsync("[data-testid=report-state]")).Trim());
            Assert.Contains(Path.GetFileName(evidence), await officer.InnerTextAsync("[data-testid=evidence]"));
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(officer, "report-officer");
            throw;
        }
        finally
        {
            File.Delete(evidence);
        }

        var coordinator = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            await BrowserSession.LoginAsync(coordinator, "dieuphoi", DemoSeeder.DemoPassword);
            await coordinator.GotoAsync($"/Plans/{planId}/Reports");
            var received = coordinator.Locator("[data-testid=reports] tbody tr", new() { HasText = "UBND huyện Bến Lức" });
            await Assertions.Expect(received).ToHaveCountAsync(1);
            Assert.DoesNotContain("UBND huyện Bến Lức", await coordinator.InnerTextAsync("[data-testid=late]"));   // answered, no longer late
            await received.Locator("[data-testid=open-report]").ClickAsync();
            await coordinator.ClickAsync("[data-testid=approve-report]");
            await coordinator.WaitForSelectorAsync("text=Đã duyệt báo cáo.");
            Assert.Equal("Đã duyệt", (await coordinator.InnerTextAsync("[data-testid=report-state]")).Trim());
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(coordinator, "report-coordinator");
            throw;
        }
    }
}
