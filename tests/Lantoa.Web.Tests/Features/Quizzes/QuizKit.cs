using System.Net;
using System.Text.Json;
using Lantoa.Domain.Citizens;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Quizzes;
using Lantoa.Web.Tests.Features.Api;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lantoa.Web.Tests.Features.Quizzes;

/// <summary>The demo quiz, citizens made for a test, and the correct options of a paper read from the database.</summary>
internal static class QuizKit
{
    public static readonly DateTimeOffset Round1Day = new(2024, 10, 5, 20, 0, 0, TimeSpan.FromHours(7));

    public static async Task<int> DemoQuizIdAsync(TestApp app) =>
        await app.DbAsync(async db => (int)(await Scalar(db, "SELECT id FROM quizzes ORDER BY id LIMIT 1"))!);

    public static async Task<object?> Scalar(Lantoa.Web.Infrastructure.Data.LantoaDb db, string sql, params object[] args)
    {
        var c = (NpgsqlConnection)db.Database.GetDbConnection();
        if (c.State != System.Data.ConnectionState.Open) await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        foreach (var a in args) cmd.Parameters.AddWithValue(a);
        return await cmd.ExecuteScalarAsync();
    }

    public static async Task ExecAsync(TestApp app, string sql, params object[] args)
    {
        await app.DbAsync(async db => { await Scalar(db, sql, args); return 0; });
        QuizStore.Forget();
    }

    /// <summary>A verified citizen (e-mail login) with the given birth date and residence; returns its bearer token.</summary>
    public static async Task<string> CitizenTokenAsync(TestApp app, string email, DateOnly birth, string province = "80", string? phone = null)
    {
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Lantoa.Web.Infrastructure.Data.LantoaDb>();
            var citizen = new Citizen(new CitizenProfile("Trần Thị Thí Sinh", birth, province, province == "80" ? "27685" : "28249", null, null), phone, email,
                ConsentPurposes.All.Select(p => p.Key), app.Clock.GetUtcNow());
            citizen.SetPasswordHash(sp.GetRequiredService<IPasswordHasher<Citizen>>().HashPassword(citizen, DemoSeeder.DemoPassword));
            citizen.MarkEmailVerified(app.Clock.GetUtcNow());
            db.Set<Citizen>().Add(citizen);
            await db.SaveChangesAsync();
            return 0;
        });
        return await app.Plain().TokenAsync(email);
    }

    public static Task<string> DemoCitizenTokenAsync(TestApp app) => app.Plain().TokenAsync(Lantoa.Web.Features.Citizens.CitizensModule.DemoEmail);

    /// <summary>Correct option ids of each question of a paper.</summary>
    public static async Task<Dictionary<long, long[]>> CorrectAsync(TestApp app, JsonElement paper)
    {
        var ids = paper.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetInt64()).ToArray();
        return await app.DbAsync(async db =>
        {
            var c = (NpgsqlConnection)db.Database.GetDbConnection();
            if (c.State != System.Data.ConnectionState.Open) await c.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT question_id, array_agg(id ORDER BY id) FROM quiz_options WHERE correct AND question_id = ANY($1) GROUP BY question_id", c);
            cmd.Parameters.AddWithValue(ids);
            var result = new Dictionary<long, long[]>();
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) result[r.GetInt64(0)] = r.GetFieldValue<long[]>(1);
            return result;
        });
    }

    public static Task<HttpResponseMessage> StartAsync(HttpClient http, int quizId, string token) =>
        http.SendJsonAsync(HttpMethod.Post, $"/api/v1/quizzes/{quizId}/attempts", null, token);

    public static Task<HttpResponseMessage> AnswerAsync(HttpClient http, long attempt, long question, long[] options, string token) =>
        http.SendJsonAsync(HttpMethod.Put, $"/api/v1/attempts/{attempt}/answers/{question}", JsonSerializer.Serialize(new { optionIds = options }), token);

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient http, long attempt, string json, string token) =>
        http.SendJsonAsync(HttpMethod.Post, $"/api/v1/attempts/{attempt}/submit", json, token);

    public static async Task<JsonElement> OkJsonAsync(HttpResponseMessage r, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == status, $"expected {(int)status}, got {(int)r.StatusCode}: {body}");
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.Clone();
    }
}
