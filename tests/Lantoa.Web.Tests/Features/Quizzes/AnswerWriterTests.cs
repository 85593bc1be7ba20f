using System.Net;
using Lantoa.Web.Tests.Features.Api;
using Microsoft.EntityFrameworkCore;
using Lantoa.Web.Features.Quizzes;
using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Features.Quizzes.QuizKit;

namespace Lantoa.Web.Tests.Features.Quizzes;

/// <summary>
/// The group commit of answer saves (<see cref="AnswerWriter"/>): saves queued together go in one statement, and each
/// keeps the checks of a save of its own — a refused save in a batch refuses only itself, the same question twice in a
/// gathering is written once, and what was written is what was sent.
/// </summary>
public class AnswerWriterTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Saves_queued_at_once_are_each_checked_written_once_and_scored()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var quizId = await DemoQuizIdAsync(app);
        var http = app.Plain();
        var tokens = new[]
        {
            await DemoCitizenTokenAsync(app),
            await CitizenTokenAsync(app, "thi.sinh.hai@example.vn", new DateOnly(1990, 3, 3)),
            await CitizenTokenAsync(app, "thi.sinh.ba@example.vn", new DateOnly(2001, 7, 9)),
        };
        var papers = new List<(long Attempt, int Citizen, Dictionary<long, long[]> Correct, System.Text.Json.JsonElement Paper)>();
        foreach (var token in tokens)
        {
            var paper = await OkJsonAsync(await StartAsync(http, quizId, token), HttpStatusCode.Created);
            var attempt = paper.GetProperty("attemptId").GetInt64();
            var citizen = await app.DbAsync(async db => (int)(await Scalar(db, "SELECT citizen_id FROM quiz_attempts WHERE id = $1", attempt))!);
            papers.Add((attempt, citizen, await CorrectAsync(app, paper), paper));
        }

        var writer = app.Service<AnswerWriter>();
        var now = app.Clock.GetUtcNow();
        var good = new List<(AnswerWriter.Save Save, Task<bool> Written)>();
        var bad = new List<Task<bool>>();
        var (first, firstCitizen, firstCorrect, firstPaper) = papers[0];
        var questions = firstPaper.GetProperty("questions").EnumerateArray().ToList();
        var foreignOption = questions[1].GetProperty("options")[0].GetProperty("id").GetInt64();
        var question0 = questions[0].GetProperty("id").GetInt64();
        // Queued in one go (SaveAsync queues before it waits): the refused ones in the middle of the good ones.
        foreach (var (attempt, citizen, correct, _) in papers)
            foreach (var (question, options) in correct)
            {
                var save = new AnswerWriter.Save(attempt, question, options, citizen, now);
                good.Add((save, writer.SaveAsync(save, CancellationToken.None)));
                if (attempt == first && question == question0)
                {
                    bad.Add(writer.SaveAsync(save with { OptionIds = [foreignOption] }, CancellationToken.None)); // another question's option
                    bad.Add(writer.SaveAsync(save with { CitizenId = papers[1].Citizen }, CancellationToken.None)); // another person's attempt
                    bad.Add(writer.SaveAsync(save with { At = now.AddSeconds(900 + 6) }, CancellationToken.None)); // past the deadline + grace
                    good.Add((save, writer.SaveAsync(save, CancellationToken.None))); // the same question again at once
                }
            }
        var wrongOnFirst = questions.First(q => !q.GetProperty("multiple").GetBoolean() && q.GetProperty("id").GetInt64() != question0);
        var wrongId = wrongOnFirst.GetProperty("id").GetInt64();
        bad.Add(writer.SaveAsync(new AnswerWriter.Save(first, wrongId,
            [.. wrongOnFirst.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetInt64()).Take(2)], firstCitizen, now), CancellationToken.None)); // two options, single answer

        Assert.All(await Task.WhenAll(good.Select(g => g.Written)), Assert.True);
        Assert.All(await Task.WhenAll(bad), Assert.False);

        var stored = await app.DbAsync(async db =>
        {
            var c = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
            if (c.State != System.Data.ConnectionState.Open) await c.OpenAsync();
            await using var cmd = new Npgsql.NpgsqlCommand("SELECT attempt_id, question_id, option_ids FROM quiz_answers WHERE attempt_id = ANY($1)", c);
            cmd.Parameters.AddWithValue(papers.Select(p => p.Attempt).ToArray());
            var rows = new List<(long, long, long[])>();
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) rows.Add((r.GetInt64(0), r.GetInt64(1), r.GetFieldValue<long[]>(2)));
            return rows;
        });
        Assert.Equal(3 * 20, stored.Count);
        foreach (var (attempt, question, options) in stored)
            Assert.Equal(papers.Single(p => p.Attempt == attempt).Correct[question].Order(), options.Order());

        for (var i = 0; i < papers.Count; i++)
        {
            var result = await OkJsonAsync(await SubmitAsync(http, papers[i].Attempt, """{"prediction":3}""", tokens[i]));
            Assert.Equal(20, result.GetProperty("score").GetInt32());
        }
        // After the submit the writer refuses the attempt's saves, as the single upsert did.
        Assert.False(await writer.SaveAsync(good[0].Save, CancellationToken.None));
    }
}
