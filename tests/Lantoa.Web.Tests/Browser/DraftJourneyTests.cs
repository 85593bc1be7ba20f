using Lantoa.Web.DemoData;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Browser;

/// <summary>Drafts stay drafts: an imported plan reaches the lead unit's officer only once the coordinator issues it.</summary>
[Collection(BrowserCollection.Name)]
public class DraftJourneyTests(DatabaseFixture fixture)
{
    private const string Activity = "Tổ chức Ngày hội thanh niên với chuyển đổi số năm 2024";

    /// <summary>A short plan of the genre, written for this test: one activity led by the Tỉnh Đoàn, number and day left blank.</summary>
    private const string Plan = """
        ỦY BAN NHÂN DÂN TỈNH LONG AN

        Số: /KH-UBND

        Long An, ngày tháng 9 năm 2024

        KẾ HOẠCH

        Tổ chức Ngày hội thanh niên với chuyển đổi số tỉnh Long An năm 2024

        Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia;

        UBND tỉnh ban hành Kế hoạch tổ chức Ngày hội thanh niên với chuyển đổi số tỉnh Long An năm 2024, cụ thể như sau:

        I. MỤC ĐÍCH, YÊU CẦU

        1. Mục đích

        - Thu hút đoàn viên, thanh niên tham gia hướng dẫn người dân sử dụng dịch vụ công trực tuyến.

        2. Yêu cầu

        - Tổ chức thiết thực, hiệu quả, tiết kiệm.

        II. NỘI DUNG THỰC HIỆN

        1. Tổ chức Ngày hội thanh niên với chuyển đổi số năm 2024

        a) Đơn vị chủ trì: Tỉnh Đoàn.

        b) Đơn vị phối hợp: Sở Thông tin và Truyền thông.

        c) Thời gian thực hiện: Từ ngày 01/10/2024 đến ngày 20/10/2024.

        d) Địa điểm: Thành phố Tân An.

        III. TỔ CHỨC THỰC HIỆN

        1. Tỉnh Đoàn

        Chủ trì tổ chức Ngày hội; báo cáo kết quả về UBND tỉnh trước ngày 31/10/2024.

        Nơi nhận:
        - UBND tỉnh;
        - Lưu: VT.

        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH

        Nguyễn Văn A
        """;

    [Fact]
    public async Task A_coordinator_imports_a_draft_the_lead_officer_does_not_see_it_until_it_is_issued()
    {
        await using var app = await TestApp.StartAsync(fixture);
        await using var browser = await BrowserSession.StartAsync();
        var coordinator = await browser.NewPageAsync(app.BaseAddress);
        var officer = await browser.NewPageAsync(app.BaseAddress);
        var file = Path.Combine(Path.GetTempPath(), $"ngay-hoi-thanh-nien-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, Plan);
        try
        {
            await BrowserSession.LoginAsync(coordinator, "dieuphoi", DemoSeeder.DemoPassword);
            await coordinator.GotoAsync("/Plans/Import");
            await coordinator.SetInputFilesAsync("[data-testid=import-file]", file);
            await coordinator.ClickAsync("[data-testid=import-upload]");
            await coordinator.WaitForSelectorAsync("[data-testid=import-summary]");
            await coordinator.ClickAsync("[data-testid=import-confirm]");
            await coordinator.WaitForSelectorAsync("[data-testid=plan-title]");
            Assert.Equal("Dự thảo", (await coordinator.InnerTextAsync("[data-testid=plan-status]")).Trim());
            await Assertions.Expect(coordinator.Locator("[data-testid=activity-row]", new() { HasText = Activity })).ToHaveCountAsync(1);
            var planUrl = coordinator.Url;

            // The lead unit's officer: the draft is not in "Việc của đơn vị", nor in the plan list, nor can it be opened.
            await BrowserSession.LoginAsync(officer, "tinhdoan", DemoSeeder.DemoPassword);
            await officer.GotoAsync("/MyWork");
            await Assertions.Expect(officer.Locator("main")).Not.ToContainTextAsync(Activity);
            await officer.GotoAsync("/Plans");
            await Assertions.Expect(officer.Locator("[data-testid=plan-list]")).Not.ToContainTextAsync("Ngày hội thanh niên");
            var hidden = await officer.GotoAsync(planUrl);
            Assert.Equal(404, hidden!.Status);

            // The coordinator issues it: number and day are required, then it is issued.
            await coordinator.FillAsync("#Issue_NumberSymbol", "301/KH-UBND");
            await coordinator.FillAsync("#Issue_IssuedOn", "25/09/2024");
            await coordinator.ClickAsync("[data-testid=issue]");
            await Assertions.Expect(coordinator.Locator("[data-testid=plan-status]")).ToHaveTextAsync("Đã ban hành");
            await Assertions.Expect(coordinator.Locator("main")).ToContainTextAsync("Số: 301/KH-UBND");

            // Now the officer sees the work.
            await officer.GotoAsync("/MyWork");
            await Assertions.Expect(officer.Locator("main")).ToContainTextAsync(Activity);
            var open = await officer.GotoAsync(planUrl);
            Assert.Equal(200, open!.Status);
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(coordinator, nameof(A_coordinator_imports_a_draft_the_lead_officer_does_not_see_it_until_it_is_issued) + "-coordinator");
            await BrowserSession.ScreenshotAsync(officer, nameof(A_coordinator_imports_a_draft_the_lead_officer_does_not_see_it_until_it_is_issued) + "-officer");
            throw;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
