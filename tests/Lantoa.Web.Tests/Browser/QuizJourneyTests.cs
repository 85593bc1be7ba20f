using Lantoa.Web.Tests.Features.Quizzes;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Npgsql;

namespace Lantoa.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class QuizJourneyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_citizen_takes_the_quiz_reloads_in_the_middle_keeps_every_answer_and_an_answer_after_the_deadline_is_refused()
    {
        await using var app = await TestApp.StartAsync(fixture, QuizKit.Round1Day);
        var quizId = await QuizKit.DemoQuizIdAsync(app);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            await page.GotoAsync("/cong-dan/dang-nhap");
            await page.FillAsync("#Login", Lantoa.Web.Features.Citizens.CitizensModule.DemoEmail);
            await page.FillAsync("#Password", Lantoa.Web.DemoData.DemoSeeder.DemoPassword);
            await page.ClickAsync("main button.cd-primary");
            await page.WaitForURLAsync("**/cong-dan/tai-khoan");

            await page.GotoAsync($"/cuoc-thi/{quizId}");
            await page.ClickAsync("[data-testid=quiz-start]");
            await page.WaitForSelectorAsync("li[data-question]");
            var ids = (await page.EvalOnSelectorAllAsync<long[]>("li[data-question]", "ls => ls.map(l => Number(l.dataset.question))")).ToList();
            Assert.Equal(20, ids.Count);
            var correct = await CorrectAsync(app, ids);

            async Task AnswerAsync(long id)
            {
                foreach (var option in correct[id]) await page.CheckAsync($"li[data-question='{id}'] input[data-option='{option}']");
                await page.WaitForFunctionAsync($"() => document.querySelector(\"li[data-question='{id}'] [data-state]\").textContent === 'Đã lưu'");
            }

            foreach (var id in ids.Take(12)) await AnswerAsync(id);
            await page.ReloadAsync();
            await page.WaitForSelectorAsync("li[data-question]");
            Assert.Equal(ids, await page.EvalOnSelectorAllAsync<long[]>("li[data-question]", "ls => ls.map(l => Number(l.dataset.question))"));
            foreach (var id in ids.Take(12))
                foreach (var option in correct[id])
                    Assert.True(await page.IsCheckedAsync($"li[data-question='{id}'] input[data-option='{option}']"), $"question {id} kept its answer");
            Assert.Equal("12", await page.TextContentAsync("#quiz-answered"));
            Assert.Equal(0, await page.Locator("li[data-question] input:checked").CountAsync() - correct.Where(c => ids.Take(12).Contains(c.Key)).Sum(c => c.Value.Length));

            foreach (var id in ids.Skip(12).Take(7)) await AnswerAsync(id);
            app.Clock.Now = app.Clock.Now.AddMinutes(16); // past the 15 minutes and the grace
            var last = ids[19];
            foreach (var option in correct[last]) await page.CheckAsync($"li[data-question='{last}'] input[data-option='{option}']");
            await page.WaitForFunctionAsync($"() => document.querySelector(\"li[data-question='{last}'] [data-state]\").textContent === 'Chưa lưu'");
            Assert.Contains("Đã hết giờ làm bài", await page.TextContentAsync("#quiz-message"));

            await page.FillAsync("[data-testid=quiz-prediction]", "25");
            await page.ClickAsync("[data-testid=quiz-submit]");
            await page.WaitForSelectorAsync("[data-testid=quiz-result]:not([hidden])");
            Assert.Equal("19", await page.GetAttributeAsync("[data-testid=quiz-result]", "data-score"));
            Assert.Contains("Bạn trả lời đúng 19/20 câu", await page.TextContentAsync("[data-testid=quiz-result]"));
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(page, "quiz-journey");
            throw;
        }
    }

    private static Task<Dictionary<long, long[]>> CorrectAsync(TestApp app, IReadOnlyList<long> ids) => app.DbAsync(async db =>
    {
        var c = (NpgsqlConnection)db.Database.GetDbConnection();
        if (c.State != System.Data.ConnectionState.Open) await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT question_id, array_agg(id ORDER BY id) FROM quiz_options WHERE correct AND question_id = ANY($1) GROUP BY question_id", c);
        cmd.Parameters.AddWithValue(ids.ToArray());
        var result = new Dictionary<long, long[]>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) result[r.GetInt64(0)] = r.GetFieldValue<long[]>(1);
        return result;
    });
}
