using System.Globalization;
using System.Text.Json;
using Lantoa.Domain.Quizzes;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Infrastructure.Api;
using Npgsql;

namespace Lantoa.Web.Features.Quizzes;

/// <summary>
/// The quiz API (docs/api.md, "Thi trắc nghiệm"): the province's quizzes and their results are public; starting,
/// answering and submitting take a citizen bearer token or the citizen cookie (<see cref="CitizenPolicy"/>; the cookie
/// is SameSite=Lax, so no other site's form or script sends it with these POST and PUT calls).
/// </summary>
public static class QuizzesApi
{
    public const string CitizenPolicy = "quiz-citizen";

    public sealed record AnswerRequest(long[]? OptionIds);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1");
        api.MapGet("/provinces/{code}/quizzes", ListAsync).AllowAnonymous();
        api.MapPost("/quizzes/{quizId:int}/attempts", StartAsync).RequireAuthorization(CitizenPolicy);
        api.MapPut("/attempts/{attemptId:long}/answers/{questionId:long}", AnswerAsync).RequireAuthorization(CitizenPolicy);
        api.MapPost("/attempts/{attemptId:long}/submit", SubmitAsync).RequireAuthorization(CitizenPolicy);
        api.MapGet("/quizzes/{quizId:int}/rounds/{number:int}/results", ResultsAsync).AllowAnonymous();
    }

    private static async Task<IResult> ListAsync(string code, QuizStore store, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var list = new List<object>();
        foreach (var id in await store.QuizIdsAsync(code, ct))
            if (await store.QuizAsync(id, ct) is { } q)
                list.Add(new
                {
                    id = q.Id, title = q.Title, activityId = q.ActivityId,
                    rules = new
                    {
                        minAge = q.Rules.MinAge, ageOn = q.Rules.AgeOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        residenceProvinceCode = q.Rules.ResidenceProvinceCode, attemptsPerRound = q.Rules.AttemptsPerRound,
                        questionCount = q.Rules.QuestionCount, timeLimitSeconds = q.Rules.TimeLimitSeconds, requiresVerified = q.Rules.RequiresVerified,
                    },
                    rounds = q.Rounds.Select(r => new { number = r.Number, opensAt = r.OpensAt, closesAt = r.ClosesAt, status = r.Status(now), practice = r.Practice }),
                });
        return Results.Json(list, Json);
    }

    private static async Task<IResult> StartAsync(int quizId, HttpContext http, QuizAttempts attempts, CancellationToken ct)
    {
        if (CitizenAuth.CitizenId(http.User) is not { } citizen) return ApiProblems.Status(401, "Chưa đăng nhập.");
        var outcome = await attempts.StartAsync(quizId, citizen, ct, Infrastructure.Auth.ClientInfo.Address(http), QuizIntegrity.Device(http));
        if (outcome.Value is not { } paper) return Problem(outcome);
        return Results.Json(PaperJson(paper), Json, statusCode: outcome.Status);
    }

    internal static object PaperJson(AttemptPaper p) => new
    {
        attemptId = p.AttemptId, round = p.Round, deadline = p.Deadline, serverTime = p.ServerTime,
        questions = p.Questions.Select(q => new { id = q.Id, text = q.Text, multiple = q.Multiple, options = q.Options.Select(o => new { id = o.Id, text = o.Text }) }),
        prediction = new { text = p.PredictionText },
        answers = p.Answers.Select(a => new { questionId = a.Key, optionIds = a.Value }),
    };

    private static async Task<IResult> AnswerAsync(long attemptId, long questionId, HttpContext http, QuizAttempts attempts, CancellationToken ct)
    {
        if (CitizenAuth.CitizenId(http.User) is not { } citizen) return ApiProblems.Status(401, "Chưa đăng nhập.");
        var (body, bad) = await ReadAsync(http, ct);
        if (bad is not null) return bad;
        if (!body.TryGetProperty("optionIds", out var ids) || ids.ValueKind != JsonValueKind.Array
            || ids.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Number || !e.TryGetInt64(out _)) || ids.GetArrayLength() > 6)
            return Field(422, "optionIds", "optionIds phải là một mảng mã phương án (số), tối đa 6 phần tử.");
        var outcome = await attempts.AnswerAsync(attemptId, questionId, [.. ids.EnumerateArray().Select(e => e.GetInt64())], citizen, ct);
        return outcome.Value ? Results.NoContent() : Problem(outcome);
    }

    private static async Task<IResult> SubmitAsync(long attemptId, HttpContext http, QuizAttempts attempts, CancellationToken ct)
    {
        if (CitizenAuth.CitizenId(http.User) is not { } citizen) return ApiProblems.Status(401, "Chưa đăng nhập.");
        int? prediction = null;
        if (http.Request.ContentLength is > 0 || http.Request.ContentType is not null)
        {
            var (body, bad) = await ReadAsync(http, ct);
            if (bad is not null) return bad;
            if (body.TryGetProperty("prediction", out var p) && p.ValueKind != JsonValueKind.Null)
            {
                if (p.ValueKind != JsonValueKind.Number || !p.TryGetInt32(out var n) || n < 0)
                    return Field(422, "prediction", "Dự đoán phải là một số nguyên không âm (số người trả lời đúng tất cả các câu hỏi).");
                prediction = n;
            }
        }
        var outcome = await attempts.SubmitAsync(attemptId, citizen, prediction, ct);
        if (outcome.Value is not { } r) return Problem(outcome);
        return Results.Json(new { score = r.Score, correct = r.Correct, total = r.Total, durationMs = r.DurationMs }, Json);
    }

    private static async Task<IResult> ResultsAsync(int quizId, int number, HttpContext http, QuizResults results, CancellationToken ct)
    {
        int offset = 0, limit = 100;
        if (http.Request.Query.TryGetValue("offset", out var o) && (!int.TryParse(o, out offset) || offset < 0))
            return Field(422, "offset", "offset phải là số nguyên không âm.");
        if (http.Request.Query.TryGetValue("limit", out var l) && (!int.TryParse(l, out limit) || limit is < 1 or > QuizResults.MaxPage))
            return Field(422, "limit", $"limit phải từ 1 đến {QuizResults.MaxPage}.");
        var outcome = await results.RoundAsync(quizId, number, ct, offset, limit);
        if (outcome.Value is not { } r) return Problem(outcome);
        return Results.Json(new
        {
            entrants = r.Entrants, allCorrect = r.AllCorrect, ranked = r.Ranked,
            ranking = r.Ranking.Select(x => new { rank = x.Rank, name = x.Name, commune = x.Commune, score = x.Score, predictionError = x.PredictionError, durationMs = x.DurationMs, prize = x.Prize }),
            units = r.Units.Select(u => new { unitId = u.UnitId, name = u.Name, entrants = u.Entrants }),
        }, Json);
    }

    private static IResult Problem<T>(Outcome<T> o) => o.Field is { } f ? Field(o.Status, f, o.Reason!) : ApiProblems.Status(o.Status, o.Reason);

    private static IResult Field(int status, string field, string message) =>
        ApiProblems.Status(status, message, new Dictionary<string, string[]> { [field] = [message] });

    private static async Task<(JsonElement Body, IResult? Bad)> ReadAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            return (default, ApiProblems.Status(415, "Gửi nội dung JSON (Content-Type: application/json)."));
        if (http.Request.ContentLength > 4 * 1024) return (default, ApiProblems.Status(413, "Yêu cầu quá lớn (tối đa 4 KB)."));
        try
        {
            using var doc = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
            return doc.RootElement.ValueKind == JsonValueKind.Object ? (doc.RootElement.Clone(), null)
                : (default, ApiProblems.Status(400, "Thân yêu cầu phải là một đối tượng JSON."));
        }
        catch (JsonException)
        {
            return (default, ApiProblems.Status(400, "Thân yêu cầu không phải JSON hợp lệ."));
        }
    }
}
