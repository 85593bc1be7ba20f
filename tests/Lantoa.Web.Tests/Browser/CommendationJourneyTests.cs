using System.IO.Compression;
using Lantoa.Domain.Commendations;
using Lantoa.Web.DemoData;
using Lantoa.Web.Tests.Features.Commendations;
using Lantoa.Web.Tests.Features.Documents;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Browser;

[Collection(DatabaseCollection.Name)]
public class CommendationJourneyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_district_nominates_a_team_and_two_members_the_office_accepts_them_signs_and_a_certificates_QR_opens_its_public_page()
    {
        await using var app = await TestApp.StartAsync(fixture, new DateTimeOffset(2024, 10, 5, 9, 0, 0, TimeSpan.FromHours(7)));
        var round = await CommendationsKit.DemoRoundAsync(app);
        await using var browser = await BrowserSession.StartAsync();

        var officer = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            await BrowserSession.LoginAsync(officer, "benluc", DemoSeeder.DemoPassword);
            await officer.GotoAsync("/MyWork");
            await officer.ClickAsync("[data-testid=mywork-commendations]");
            await officer.Locator("[data-testid=round-row]", new() { HasText = round.Title }).Locator("[data-testid=nominate-link]").ClickAsync();
            await officer.WaitForSelectorAsync("[data-testid=nominate-form]");
            Assert.Equal("UBND huyện Bến Lức", (await officer.InnerTextAsync("[data-testid=nominate-unit]")).Trim());

            await NominateAsync(officer, round.Award(NomineeKind.Collective), "Tổ Công nghệ số cộng đồng thị trấn Bến Lức", null);
            await NominateAsync(officer, round.Award(NomineeKind.Individual), "Nguyễn Văn An", "Tổ trưởng Tổ Công nghệ số cộng đồng xã Mỹ Yên");
            await NominateAsync(officer, round.Award(NomineeKind.Individual), "Trần Thị Bình", "Thành viên Tổ Công nghệ số cộng đồng xã Lương Hòa");
            Assert.Equal("2/2", (await officer.InnerTextAsync("[data-testid=used-Individual]")).Trim());

            // A third member is refused, with the count.
            await officer.SelectOptionAsync("#Form_AwardId", round.Award(NomineeKind.Individual).Id.ToString());
            await officer.FillAsync("#Form_NomineeName", "Lê Văn Cường");
            await officer.FillAsync("#Form_NomineeUnit", "xã Thạnh Lợi, huyện Bến Lức");
            await officer.FillAsync("#Form_Achievements", "Hướng dẫn 400 hộ dân.");
            await officer.ClickAsync("[data-testid=submit-nomination]");
            await officer.WaitForSelectorAsync("[data-testid=errors] li");
            Assert.Contains("Vượt chỉ tiêu: đơn vị đã đề nghị 2/2 cá nhân", await officer.InnerTextAsync("[data-testid=errors]"));
            await Assertions.Expect(officer.Locator("[data-testid=my-nominations] [data-testid=nomination-row]")).ToHaveCountAsync(3);
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(officer, "commendation-officer");
            throw;
        }

        var office = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            await BrowserSession.LoginAsync(office, "dieuphoi", DemoSeeder.DemoPassword);
            await office.GotoAsync($"/Commendations/{round.Id}");
            foreach (var name in new[] { "Tổ Công nghệ số cộng đồng thị trấn Bến Lức", "Nguyễn Văn An", "Trần Thị Bình" })
            {
                await office.Locator("[data-testid=nomination-row]", new() { HasText = name }).Locator("[data-testid=accept]").ClickAsync();
                await office.WaitForSelectorAsync($"text=Đã chấp thuận: {name}.");
            }

            await office.FillAsync("#number", "2461/QĐ-UBND");
            await office.FillAsync("#signedOn", "08/10/2024");
            await office.FillAsync("#signerName", "Phạm Tấn Hòa");
            await office.ClickAsync("[data-testid=sign]");
            await office.WaitForSelectorAsync("[data-testid=decision]");
            Assert.Contains("2461/QĐ-UBND", await office.InnerTextAsync("[data-testid=decision]"));

            var decision = await DownloadAsync(office, "[data-testid=decision-docx]");
            Assert.Contains("Tặng Bằng khen của Chủ tịch UBND tỉnh cho 01 tập thể và 02 cá nhân", CommendationTests.DocxText(decision));
            Assert.True(await LibreOffice.PdfPagesAsync(decision, "quyet-dinh-khen-thuong.docx") >= 2);

            var zip = await DownloadAsync(office, "[data-testid=certificates-zip]");
            using var archive = new ZipArchive(new MemoryStream(zip));
            Assert.Equal(3, archive.Entries.Count);
            using var entry = new MemoryStream();
            await using (var s = archive.Entries.Single(e => e.Name.Contains("tran-thi-binh", StringComparison.Ordinal)).Open()) await s.CopyToAsync(entry);
            var url = CommendationTests.QrUrl(entry.ToArray());

            var citizen = await browser.NewPageAsync(app.BaseAddress);
            var response = await citizen.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            Assert.Equal("Trần Thị Bình", (await citizen.InnerTextAsync("[data-testid=name]")).Trim());
            Assert.Contains("2461/QĐ-UBND", await citizen.InnerTextAsync("[data-testid=decision]"));
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(office, "commendation-office");
            throw;
        }
    }

    private static async Task NominateAsync(IPage page, RoundAward award, string name, string? position)
    {
        await page.SelectOptionAsync("#Form_AwardId", award.Id.ToString());
        await page.FillAsync("#Form_NomineeName", name);
        if (position is not null) await page.FillAsync("#Form_Position", position);
        await page.FillAsync("#Form_NomineeUnit", "huyện Bến Lức, tỉnh Long An");
        await page.FillAsync("#Form_Achievements", "Hướng dẫn 1.250 hộ dân cài đặt VNeID; 830 lượt người dân dùng dịch vụ công trực tuyến.");
        await page.ClickAsync("[data-testid=submit-nomination]");
        await page.WaitForSelectorAsync($"text=Đã gửi hồ sơ đề nghị khen thưởng: {name}.");
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(selector));
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }
}
