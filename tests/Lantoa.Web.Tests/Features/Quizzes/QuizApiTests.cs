using System.Net;
using Lantoa.Web.Tests.Features.Api;
using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Features.Quizzes.QuizKit;

namespace Lantoa.Web.Tests.Features.Quizzes;

public class QuizApiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_demo_holds_the_Long_An_quiz_on_its_activity_with_two_rounds_a_practice_round_and_100_approved_questions()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var list = await OkJsonAsync(await app.Plain().GetAsync("/api/v1/provinces/80/quizzes", null));
        var quiz = Assert.Single(list.EnumerateArray());
        Assert.StartsWith("Tổ chức cuộc thi trực tuyến tìm hiểu về chuyển đổi số", quiz.GetProperty("title").GetString());
        var activityTitle = await app.DbAsync(db => Task.FromResult(db.Activities.Single(a => a.Id == quiz.GetProperty("activityId").GetInt32()).Title));
        Assert.Contains("cuộc thi trực tuyến tìm hiểu về chuyển đổi số", activityTitle);
        Assert.Equal("80", quiz.GetProperty("rules").GetProperty("residenceProvinceCode").GetString());
        Assert.Equal(20, quiz.GetProperty("rules").GetProperty("questionCount").GetInt32());
        var rounds = quiz.GetProperty("rounds").EnumerateArray().ToDictionary(r => r.GetProperty("number").GetInt32(), r => r.GetProperty("status").GetString());
        Assert.Equal("open", rounds[1]);
        Assert.Equal("upcoming", rounds[2]);
        Assert.Equal(3, rounds.Count); // the practice round opens on the day the demo was made (after this test's clock)
        Assert.Empty((await OkJsonAsync(await app.Plain().GetAsync("/api/v1/provinces/82/quizzes", null))).EnumerateArray());
        var approved = await app.DbAsync(async db => (long)(await Scalar(db, "SELECT count(*) FROM quiz_questions WHERE status = 'Approved'"))!);
        Assert.Equal(100L, approved);
        var prizes = await app.DbAsync(async db => Convert.ToInt64(await Scalar(db,
            "SELECT 2 * (SELECT sum((t->>'count')::bigint * (t->>'amount')::bigint) FROM quizzes, jsonb_array_elements(prizes) t) + (SELECT sum((t->>'count')::bigint * (t->>'amount')::bigint) FROM quizzes, jsonb_array_elements(collective_prizes) t)")));
        Assert.Equal(11_300_000L, prizes);
    }

    [Fact]
    public async Task An_attempt_is_started_once_answered_idempotently_and_submitted_with_the_same_result_twice()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var quizId = await DemoQuizIdAsync(app);
        var http = app.Plain();
        var token = await DemoCitizenTokenAsync(app);

        // Two phones start at the same moment: one attempt.
        var starts = await Task.WhenAll(StartAsync(http, quizId, token), StartAsync(http, quizId, token));
        Assert.Contains(starts, r => r.StatusCode == HttpStatusCode.Created);
        var papers = await Task.WhenAll(starts.Select(r => OkJsonAsync(r, r.StatusCode)));
        var attempt = papers[0].GetProperty("attemptId").GetInt64();
        Assert.Equal(attempt, papers[1].GetProperty("attemptId").GetInt64());
        var paper = papers[0];
        Assert.Equal(1, paper.GetProperty("round").GetInt32());
        Assert.Equal(20, paper.GetProperty("questions").GetArrayLength());
        Assert.Equal("Dự đoán có bao nhiêu người trả lời đúng tất cả các câu hỏi?", paper.GetProperty("prediction").GetProperty("text").GetString());
        Assert.Equal(app.Clock.GetUtcNow().AddSeconds(900), paper.GetProperty("deadline").GetDateTimeOffset());

        var correct = await CorrectAsync(app, paper);
        var questions = paper.GetProperty("questions").EnumerateArray().ToList();
        var single = questions.First(q => !q.GetProperty("multiple").GetBoolean());
        var singleId = single.GetProperty("id").GetInt64();
        var wrong = single.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetInt64()).First(o => !correct[singleId].Contains(o));

        // Bad answers: two options on a single-answer question, an option of another question, not an array.
        var two = await ApiTestKit.ProblemAsync(await AnswerAsync(http, attempt, singleId, [wrong, correct[singleId][0]], token), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("optionIds", ApiTestKit.Errors(two).Keys);
        var other = questions.First(q => q.GetProperty("id").GetInt64() != singleId);
        var foreign = other.GetProperty("options")[0].GetProperty("id").GetInt64();
        await ApiTestKit.ProblemAsync(await AnswerAsync(http, attempt, singleId, [foreign], token), HttpStatusCode.UnprocessableEntity);
        await ApiTestKit.ProblemAsync(await http.SendJsonAsync(HttpMethod.Put, $"/api/v1/attempts/{attempt}/answers/{singleId}", """{"optionIds":"A"}""", token), HttpStatusCode.UnprocessableEntity);

        // Every question right; the single one first wrong, then right (the last write wins), twice (idempotent).
        Assert.Equal(HttpStatusCode.NoContent, (await AnswerAsync(http, attempt, singleId, [wrong], token)).StatusCode);
        foreach (var q in questions)
        {
            var id = q.GetProperty("id").GetInt64();
            Assert.Equal(HttpStatusCode.NoContent, (await AnswerAsync(http, attempt, id, correct[id], token)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NoContent, (await AnswerAsync(http, attempt, singleId, correct[singleId], token)).StatusCode);
        Assert.Equal(20L, await app.DbAsync(async db => (long)(await Scalar(db, "SELECT count(*) FROM quiz_answers WHERE attempt_id = $1", attempt))!));

        // A reload (start again) returns the open attempt with its answers.
        var again = await OkJsonAsync(await StartAsync(http, quizId, token));
        Assert.Equal(attempt, again.GetProperty("attemptId").GetInt64());
        Assert.Equal(20, again.GetProperty("answers").GetArrayLength());

        // Another citizen may not touch it.
        var intruder = await CitizenTokenAsync(app, "ke.khac@example.vn", new DateOnly(1995, 1, 1));
        await ApiTestKit.ProblemAsync(await AnswerAsync(http, attempt, singleId, [wrong], intruder), HttpStatusCode.Forbidden);
        await ApiTestKit.ProblemAsync(await SubmitAsync(http, attempt, "{}", intruder), HttpStatusCode.Forbidden);

        var notNumber = await ApiTestKit.ProblemAsync(await SubmitAsync(http, attempt, """{"prediction":"nhiều"}""", token), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("prediction", ApiTestKit.Errors(notNumber).Keys);

        app.Clock.Now = app.Clock.Now.AddMinutes(3);
        var result = await OkJsonAsync(await SubmitAsync(http, attempt, """{"prediction":120}""", token));
        Assert.Equal(20, result.GetProperty("score").GetInt32());
        Assert.Equal(20, result.GetProperty("total").GetInt32());
        Assert.Equal(180_000, result.GetProperty("durationMs").GetInt64());
        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        var second = await OkJsonAsync(await SubmitAsync(http, attempt, """{"prediction":5}""", token));
        Assert.Equal(result.GetRawText(), second.GetRawText());

        // After a submitted attempt: no answer, and no attempt left in this round.
        await ApiTestKit.ProblemAsync(await AnswerAsync(http, attempt, singleId, [wrong], token), HttpStatusCode.UnprocessableEntity);
        await ApiTestKit.ProblemAsync(await StartAsync(http, quizId, token), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_answer_after_the_deadline_and_grace_is_refused_and_the_saved_answers_count()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var quizId = await DemoQuizIdAsync(app);
        var http = app.Plain();
        var token = await DemoCitizenTokenAsync(app);
        var paper = await OkJsonAsync(await StartAsync(http, quizId, token), HttpStatusCode.Created);
        var attempt = paper.GetProperty("attemptId").GetInt64();
        var correct = await CorrectAsync(app, paper);
        var ids = paper.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetInt64()).ToList();
        foreach (var id in ids.Take(5)) Assert.Equal(HttpStatusCode.NoContent, (await AnswerAsync(http, attempt, id, correct[id], token)).StatusCode);

        app.Clock.Now = app.Clock.Now.AddSeconds(900 + 4); // within the grace
        Assert.Equal(HttpStatusCode.NoContent, (await AnswerAsync(http, attempt, ids[5], correct[ids[5]], token)).StatusCode);
        app.Clock.Now = app.Clock.Now.AddSeconds(2); // past it
        var late = await ApiTestKit.ProblemAsync(await AnswerAsync(http, attempt, ids[6], correct[ids[6]], token), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("hết giờ", late.GetProperty("detail").GetString());
        var result = await OkJsonAsync(await SubmitAsync(http, attempt, "{}", token));
        Assert.Equal(6, result.GetProperty("score").GetInt32());
        Assert.Equal(900_000, result.GetProperty("durationMs").GetInt64());
    }

    [Fact]
    public async Task Ten_year_olds_and_non_residents_are_refused_with_the_reason_eleven_year_olds_start()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var quizId = await DemoQuizIdAsync(app);
        await ExecAsync(app, "UPDATE quizzes SET min_age = 11, age_on = '2024-10-01' WHERE id = $1", quizId);
        var http = app.Plain();
        var ten = await CitizenTokenAsync(app, "muoi.tuoi@example.vn", new DateOnly(2013, 10, 2));
        var p = await ApiTestKit.ProblemAsync(await StartAsync(http, quizId, ten), HttpStatusCode.Forbidden);
        Assert.Equal("Cuộc thi dành cho người từ đủ 11 tuổi tính đến ngày 01/10/2024; theo ngày sinh 02/10/2013 bạn mới 10 tuổi.", p.GetProperty("detail").GetString());
        var eleven = await CitizenTokenAsync(app, "muoi.mot@example.vn", new DateOnly(2013, 10, 1));
        Assert.Equal(HttpStatusCode.Created, (await StartAsync(http, quizId, eleven)).StatusCode);
        var tienGiang = await CitizenTokenAsync(app, "tien.giang@example.vn", new DateOnly(2000, 1, 1), province: "82");
        var refused = await ApiTestKit.ProblemAsync(await StartAsync(http, quizId, tienGiang), HttpStatusCode.Forbidden);
        Assert.Contains("sinh sống, làm việc trên địa bàn Long An", refused.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Outside_a_round_a_start_is_422_and_results_come_after_the_round_closes_ranked_with_masked_names()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var quizId = await DemoQuizIdAsync(app);
        var http = app.Plain();
        var token = await DemoCitizenTokenAsync(app);
        var paper = await OkJsonAsync(await StartAsync(http, quizId, token), HttpStatusCode.Created);
        var attempt = paper.GetProperty("attemptId").GetInt64();
        var correct = await CorrectAsync(app, paper);
        foreach (var (id, options) in correct) await AnswerAsync(http, attempt, id, options, token);
        await OkJsonAsync(await SubmitAsync(http, attempt, """{"prediction":3}""", token));
        var other = await CitizenTokenAsync(app, "thu.hai@example.vn", new DateOnly(2001, 5, 5));
        var paper2 = await OkJsonAsync(await StartAsync(http, quizId, other), HttpStatusCode.Created);
        await OkJsonAsync(await SubmitAsync(http, paper2.GetProperty("attemptId").GetInt64(), """{"prediction":1}""", other));

        await ApiTestKit.ProblemAsync(await http.GetAsync($"/api/v1/quizzes/{quizId}/rounds/1/results", null), HttpStatusCode.UnprocessableEntity);
        app.Clock.Now = new DateTimeOffset(2024, 10, 21, 0, 0, 1, TimeSpan.FromHours(7)); // round 1 closed, round 2 open
        var results = await OkJsonAsync(await http.GetAsync($"/api/v1/quizzes/{quizId}/rounds/1/results", null));
        Assert.Equal(2, results.GetProperty("entrants").GetInt32());
        Assert.Equal(1, results.GetProperty("allCorrect").GetInt32());
        var first = results.GetProperty("ranking")[0];
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
        Assert.Equal("Nguyễn V. D.", first.GetProperty("name").GetString());
        Assert.Equal(2, first.GetProperty("predictionError").GetInt32());
        Assert.Equal("Giải nhất", first.GetProperty("prize").GetString());
        Assert.Equal("Giải nhì", results.GetProperty("ranking")[1].GetProperty("prize").GetString());

        app.Clock.Now = new DateTimeOffset(2024, 11, 20, 0, 0, 0, TimeSpan.FromHours(7));
        token = await DemoCitizenTokenAsync(app); // the earlier token has expired by then
        await ApiTestKit.ProblemAsync(await StartAsync(http, quizId, token), HttpStatusCode.UnprocessableEntity);
        await ApiTestKit.ProblemAsync(await http.GetAsync($"/api/v1/quizzes/{quizId}/rounds/9/results", null), HttpStatusCode.NotFound);
    }
}
