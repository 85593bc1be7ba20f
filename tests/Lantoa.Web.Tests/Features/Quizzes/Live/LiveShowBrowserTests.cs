using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Features.Quizzes.Live;
using Lantoa.Web.Tests.Browser;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Features.Quizzes.Live;

/// <summary>
/// A live round in real Chromium: the host (Tỉnh Đoàn) on the control screen and three phones — the demo citizen signed
/// in, two guests with the show's code — each in its own browser context, all on the hub's WebSocket. The host asks,
/// one player answers wrong and is out (and stays out after a reload), the host rescues them, the next question leaves
/// one winner. The bell is the test's clock (moved past the close, never waited for); every step waits on what the
/// pages show, never on a sleep.
/// </summary>
[Collection(BrowserCollection.Name)]
public class LiveShowBrowserTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_host_and_three_players_run_a_round_with_an_elimination_a_rescue_and_a_winner()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var show = await LiveKit.DemoShowIdAsync(app);
        await using var browser = await BrowserSession.StartAsync();
        var host = await browser.NewPageAsync(app.BaseAddress);
        var an = await browser.NewPageAsync(app.BaseAddress);
        var binh = await browser.NewPageAsync(app.BaseAddress);
        var chi = await browser.NewPageAsync(app.BaseAddress);
        var pages = new[] { ("host", host), ("an", an), ("binh", binh), ("chi", chi) };
        try
        {
            await BrowserSession.LoginAsync(host, "tinhdoan", Lantoa.Web.DemoData.DemoSeeder.DemoPassword);
            await host.GotoAsync($"/Quizzes/Live/{show}");
            await host.WaitForSelectorAsync("#live[data-status=Lobby]");
            Assert.Equal(LiveDemoData.Code, (await host.TextContentAsync("[data-testid=live-code]"))!.Trim());
            Assert.Contains("tổng 2.400.000 đồng", await host.TextContentAsync("[data-testid=live-prizes]"));

            // The demo citizen signs in and types the code; the guests open the show's address and give a name.
            await an.GotoAsync("/cong-dan/dang-nhap");
            await an.FillAsync("#Login", CitizensModule.DemoEmail);
            await an.FillAsync("#Password", Lantoa.Web.DemoData.DemoSeeder.DemoPassword);
            await an.ClickAsync("main button.cd-primary");
            await an.WaitForURLAsync("**/cong-dan/tai-khoan");
            await an.GotoAsync("/rung-chuong-vang");
            await an.FillAsync("[data-testid=live-code-input]", LiveDemoData.Code.ToLowerInvariant());
            await an.ClickAsync("[data-testid=live-go]");
            await an.ClickAsync("[data-testid=live-join-button]");
            foreach (var (page, name) in new[] { (binh, "Bình"), (chi, "Chi") })
            {
                await page.GotoAsync($"/rung-chuong-vang/{LiveDemoData.Code}");
                await page.FillAsync("[data-testid=live-name]", name);
                await page.ClickAsync("[data-testid=live-join-button]");
            }
            foreach (var p in new[] { an, binh, chi }) await p.WaitForSelectorAsync("#live[data-status=Lobby] #live-me[data-state=in]");
            await WaitTextAsync(host, "#live-players", "3");

            // Question 1: Chi answers wrong.
            await host.ClickAsync("[data-testid=live-ask]");
            foreach (var p in new[] { an, binh, chi }) await p.WaitForSelectorAsync("#live[data-status=Asking][data-number='1'] #live-options button");
            var (right, wrong) = await LiveKit.OptionsAsync(app, show, 1);
            await AnswerAsync(an, right);
            await AnswerAsync(binh, right);
            await AnswerAsync(chi, wrong);
            await WaitTextAsync(host, "#live-answered", "3");
            app.Clock.Now = app.Clock.Now.AddSeconds(16); // past the bell
            await host.ClickAsync("[data-testid=live-reveal]");
            await host.WaitForSelectorAsync("#live[data-status=Revealed]");
            await WaitTextAsync(host, "#live-survivors", "2");
            await WaitTextAsync(host, "#live-wrong", "1");
            await chi.WaitForSelectorAsync("#live-me[data-state=out]");
            Assert.Contains("bị loại ở câu 1", await chi.TextContentAsync("#live-me"));
            await an.WaitForSelectorAsync($"#live[data-status=Revealed] #live-options button.correct[data-option='{right}']");
            await chi.ReloadAsync(); // a reload rejoins in the same state
            await chi.WaitForSelectorAsync("#live[data-status=Revealed] #live-me[data-state=out]");

            // The rescue brings Chi back.
            await host.CheckAsync("#live-roster li[data-alive='0'] input[type=checkbox]");
            await host.ClickAsync("[data-testid=live-rescue]");
            await chi.WaitForSelectorAsync("#live-me[data-state=in]");
            await WaitTextAsync(host, "#live-survivors", "3");
            await WaitTextAsync(host, "#live-rescues", "0");

            // Question 2: only An is right — the winner.
            app.Clock.Now = app.Clock.Now.AddMinutes(1);
            await host.ClickAsync("[data-testid=live-ask]");
            foreach (var p in new[] { an, binh, chi }) await p.WaitForSelectorAsync("#live[data-status=Asking][data-number='2'] #live-options button");
            (right, wrong) = await LiveKit.OptionsAsync(app, show, 2);
            await AnswerAsync(an, right);
            await AnswerAsync(binh, wrong);
            await AnswerAsync(chi, wrong);
            await WaitTextAsync(host, "#live-answered", "3");
            app.Clock.Now = app.Clock.Now.AddSeconds(16);
            await host.ClickAsync("[data-testid=live-reveal]");
            await WaitTextAsync(host, "#live-survivors", "1");
            await host.ClickAsync("[data-testid=live-finish]");
            await host.WaitForSelectorAsync("#live[data-status=Finished] #live-results:not([hidden])");
            var first = host.Locator("#live-standings tr").First;
            Assert.Equal("1", await first.Locator("td").Nth(0).TextContentAsync());
            Assert.Equal("Giải nhất", await first.Locator("td").Nth(3).TextContentAsync());
            Assert.Equal("700.000 đồng", await first.Locator("td").Nth(4).TextContentAsync());
            await an.WaitForSelectorAsync("#live-me[data-state=finished][data-rank='1']");
            Assert.Contains("Chúc mừng", await an.TextContentAsync("#live-me"));
            Assert.Contains("Giải nhất", await an.TextContentAsync("#live-me"));
            await binh.WaitForSelectorAsync("#live-me[data-state=finished][data-rank='2']");
            await chi.WaitForSelectorAsync("#live-me[data-state=finished][data-rank='3']");
        }
        catch
        {
            foreach (var (name, page) in pages) await BrowserSession.ScreenshotAsync(page, "live-show-" + name);
            throw;
        }
    }

    /// <summary>Taps an option and waits until the phone shows it chosen (the server's answer came back).</summary>
    private static async Task AnswerAsync(IPage page, long option)
    {
        await page.ClickAsync($"#live-options button[data-option='{option}']");
        await page.WaitForSelectorAsync($"#live-options button.chosen[data-option='{option}']");
    }

    private static Task WaitTextAsync(IPage page, string selector, string text) =>
        page.WaitForFunctionAsync("([s, t]) => document.querySelector(s)?.textContent.trim() === t", new object[] { selector, text });
}
