using System.Text.Json;
using Lantoa.Web.Tests.Features.Citizens;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Browser;

/// <summary>
/// A citizen, in Chromium, without a login: opens the province's public site (or the sign-up page while the site is
/// not there), signs up (citizen.js solves the proof of work; the commune is found by typing without diacritics),
/// verifies the e-mail with the code a real SMTP listener caught, signs out and in, edits the profile, downloads the
/// data and deletes the account.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class CitizenJourneyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_citizen_signs_up_verifies_signs_in_edits_downloads_and_deletes_the_account()
    {
        await using var c = await CitizenApp.StartAsync(fixture);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(c.App.BaseAddress);
        try
        {
            var site = await page.GotoAsync("/tinh/long-an");
            if (site is { Ok: true }) await page.ClickAsync("[data-testid=citizen-bar] >> text=Đăng ký");
            else await page.GotoAsync("/cong-dan/dang-ky");
            await page.WaitForURLAsync("**/cong-dan/dang-ky**");

            await page.FillAsync("#Email", "le.hoa@example.vn");
            await page.FillAsync("#Password", CitizenApp.Password);
            await page.FillAsync("#Form_FullName", "Lê Thị Hoa");
            await page.FillAsync("#Form_BirthDate", "12/12/2001");
            await page.SelectOptionAsync("#Form_ProvinceCode", CitizenApp.LongAn);
            await page.WaitForSelectorAsync("#Form_CommuneCode option[data-k]", new() { State = WaitForSelectorState.Attached });
            await page.FillAsync("#CommuneQuery", "tan khanh");
            Assert.StartsWith("Phường Tân Khánh", await page.EvalOnSelectorAsync<string>("#Form_CommuneCode", "s => s.options[s.selectedIndex].text"));
            await page.FillAsync("#Form_Workplace", "Trường Đại học Kinh tế Công nghiệp Long An");
            Assert.True(await page.IsCheckedAsync("#consent-account"));
            await page.CheckAsync("#consent-news");
            await page.ClickAsync("form[data-pow] button.cd-primary");
            await page.WaitForURLAsync("**/cong-dan/xac-minh");

            var code = (await c.Smtp.NextToAsync("le.hoa@example.vn")).Code;
            await page.FillAsync("#Code", code);
            await page.ClickAsync("form.cd-form button.cd-primary");
            await page.WaitForURLAsync("**/cong-dan/tai-khoan");
            Assert.Contains("Tài khoản: đã xác minh", await page.TextContentAsync("[data-testid=citizen-status]"));
            Assert.Contains("Lê Thị Hoa", await page.TextContentAsync("[data-testid=citizen-bar]"));

            await page.GotoAsync("/cong-dan/dang-xuat");
            await page.ClickAsync("main button");
            await page.WaitForURLAsync("**/cong-dan/dang-nhap");
            Assert.Contains("Đăng nhập", await page.TextContentAsync("[data-testid=citizen-bar]"));
            await page.FillAsync("#Login", "le.hoa@example.vn");
            await page.FillAsync("#Password", CitizenApp.Password);
            await page.ClickAsync("main button.cd-primary");
            await page.WaitForURLAsync("**/cong-dan/tai-khoan");

            await page.FillAsync("#Form_Workplace", "Sở Khoa học và Công nghệ");
            await page.ClickAsync("main form.cd-form button.cd-primary");
            await page.WaitForSelectorAsync(".cd-flash");
            Assert.Equal("Sở Khoa học và Công nghệ", await page.InputValueAsync("#Form_Workplace"));

            await page.GotoAsync("/cong-dan/du-lieu");
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export]"));
            var path = await download.PathAsync();
            using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(path)))
            {
                Assert.Equal("Lê Thị Hoa", json.RootElement.GetProperty("account").GetProperty("fullName").GetString());
                Assert.Equal("Sở Khoa học và Công nghệ", json.RootElement.GetProperty("workplace").GetProperty("text").GetString());
                Assert.Contains(json.RootElement.GetProperty("consents").EnumerateArray(),
                    p => p.GetProperty("purpose").GetString() == "news" && p.GetProperty("given").GetBoolean());
            }

            await page.GotoAsync("/cong-dan/xoa-tai-khoan");
            await page.FillAsync("#Password", CitizenApp.Password);
            await page.ClickAsync("button.cd-danger");
            await page.WaitForURLAsync("**/cong-dan/dang-nhap");
            Assert.Contains("Đã xóa tài khoản", await page.TextContentAsync(".cd-flash"));
            var response = await page.GotoAsync("/cong-dan/tai-khoan");
            Assert.Contains("/cong-dan/dang-nhap", page.Url);
            Assert.NotNull(response);
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(page, nameof(CitizenJourneyTests));
            throw;
        }
    }
}
