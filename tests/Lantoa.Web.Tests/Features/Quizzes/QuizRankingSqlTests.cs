using System.Net;
using Lantoa.Domain.Quizzes;
using Lantoa.Web.Features.Quizzes;
using Lantoa.Web.Tests.Features.Api;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Lantoa.Web.Tests.Features.Quizzes.QuizKit;

namespace Lantoa.Web.Tests.Features.Quizzes;

/// <summary>
/// The ranking PostgreSQL makes of a closed round (QuizRankingStore, read by the results API), on attempts written for
/// the test in a closed round 7 of the demo quiz: ties on score broken by the prediction, then the time used, with the
/// same order as the domain's QuizRanking; a disqualification (audited) moves the others up and is taken back; two
/// accounts with one CCCD are one person with one prize; the collective prize from the seed's list goes to the unit
/// with most entrants.
/// </summary>
public class QuizRankingSqlTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int Round = 7;
    private static readonly DateTimeOffset Opens = new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();

    /// <summary>Round 7, 01/09–10/09/2024: closed on the test clock (05/10/2024).</summary>
    private static Task ClosedRoundAsync(TestApp app, int quiz) =>
        ExecAsync(app, "INSERT INTO quiz_rounds (quiz_id, number, opens_at, closes_at) VALUES ($1, $2, $3, $4)", quiz, Round, Opens, Opens.AddDays(9));

    private static async Task<int> CitizenAsync(TestApp app, string name, string? idCard = null, int? unit = null) =>
        await app.DbAsync(async db => (int)(await Scalar(db, """
            INSERT INTO citizens (email, password_hash, full_name, birth_date, province_code, commune_code, workplace_unit_id, consents, consented_at,
                                  created_at, security_stamp, id_card_hash)
            VALUES ($1, 'x', $2, '1990-01-01', '80', '27685', $3, '{}', now(), now(), 's', $4) RETURNING id
            """, $"{Guid.NewGuid():N}@example.vn", name, (object?)unit ?? DBNull.Value, (object?)idCard ?? DBNull.Value))!);

    private static async Task<long> AttemptAsync(TestApp app, int quiz, int citizen, int correct, int? prediction, long ms, int minute = 0) =>
        await app.DbAsync(async db => (long)(await Scalar(db, """
            INSERT INTO quiz_attempts (quiz_id, round_number, citizen_id, started_at, deadline, submitted_at, prediction, correct, total, duration_ms)
            VALUES ($1, $2, $3, $4, $4 + interval '15 minutes', $5, $6, $7, 20, $8) RETURNING id
            """, quiz, Round, citizen, Opens.AddHours(1), Opens.AddHours(1).AddMinutes(minute).AddMilliseconds(ms), (object?)prediction ?? DBNull.Value, correct, ms))!);

    private static async Task<List<(string Name, int Rank, string? Prize, int? Error)>> RankingAsync(TestApp app, int quiz)
    {
        var results = await OkJsonAsync(await app.Plain().GetAsync($"/api/v1/quizzes/{quiz}/rounds/{Round}/results"));
        return [.. results.GetProperty("ranking").EnumerateArray().Select(r => (r.GetProperty("name").GetString()!, r.GetProperty("rank").GetInt32(),
            r.GetProperty("prize").GetString(), r.GetProperty("predictionError").ValueKind == System.Text.Json.JsonValueKind.Null ? (int?)null : r.GetProperty("predictionError").GetInt32()))];
    }

    [Fact]
    public async Task Ties_on_score_are_broken_by_the_prediction_then_the_time_as_the_domain_ranks_them()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var quiz = await DemoQuizIdAsync(app);
        await ClosedRoundAsync(app, quiz);
        // Two people answer all 20 right: the prediction's error is |prediction − 2|.
        var rows = new (string Name, int Correct, int? Prediction, long Ms)[]
        {
            ("Lê Văn Một", 20, 5, 300_000),       // all right, error 3, fast
            ("Phạm Thị Hai", 20, 2, 800_000),     // all right, error 0, slow: above Một (prediction before time)
            ("Trần Văn Ba", 19, 2, 100_000),      // error 0, 100 s
            ("Võ Thị Bốn", 19, 2, 200_000),       // error 0, 200 s: below Ba (time)
            ("Đỗ Văn Năm", 19, null, 50_000),     // no prediction: after every prediction, however fast
        };
        var entries = new List<RankEntry>();
        var names = new Dictionary<long, string>();
        foreach (var (name, correct, prediction, ms) in rows)
        {
            var citizen = await CitizenAsync(app, name);
            var id = await AttemptAsync(app, quiz, citizen, correct, prediction, ms);
            entries.Add(new RankEntry(id, citizen, correct, prediction, ms, Opens.AddHours(1).AddMilliseconds(ms), []));
            names[id] = QuizRanking.MaskName(name);
        }

        var ranking = await RankingAsync(app, quiz);
        Assert.Equal(["Phạm T. H.", "Lê V. M.", "Trần V. B.", "Võ T. B.", "Đỗ V. N."], ranking.Select(r => r.Name));
        Assert.Equal([1, 2, 3, 4, 5], ranking.Select(r => r.Rank));
        Assert.Equal([0, 3, 0, 0, null], ranking.Select(r => r.Error));
        // The demo quiz's tiers: 1 first, 2 second, 3 third, 5 consolation prizes.
        Assert.Equal(["Giải nhất", "Giải nhì", "Giải nhì", "Giải ba", "Giải ba"], ranking.Select(r => r.Prize));
        var domain = QuizRanking.Rank(entries, 2, QuizzesDemoData.LongAnPrizes.PerRound);
        Assert.Equal(domain.Select(d => names[d.Entry.AttemptId]), ranking.Select(r => r.Name));
        Assert.Equal(domain.Select(d => d.Prize), ranking.Select(r => r.Prize));
    }

    [Fact]
    public async Task A_disqualification_is_audited_and_moves_the_others_up_and_can_be_taken_back()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var quiz = await DemoQuizIdAsync(app);
        await ClosedRoundAsync(app, quiz);
        var first = await AttemptAsync(app, quiz, await CitizenAsync(app, "Nguyễn Văn Nhất"), 20, 1, 100_000);
        await AttemptAsync(app, quiz, await CitizenAsync(app, "Nguyễn Thị Nhì"), 19, 1, 100_000);
        await AttemptAsync(app, quiz, await CitizenAsync(app, "Nguyễn Văn Ba"), 18, 1, 100_000);
        Assert.Equal(["Nguyễn V. N.", "Nguyễn T. N.", "Nguyễn V. B."], (await RankingAsync(app, quiz)).Select(r => r.Name));

        var outcome = await app.InScopeAsync(sp => sp.GetRequiredService<QuizOrganiser>().DisqualifyAsync(quiz, first, "  Dùng hai tài khoản  ", default));
        Assert.Equal(200, outcome.Status);
        var after = await RankingAsync(app, quiz);
        Assert.Equal(["Nguyễn T. N.", "Nguyễn V. B."], after.Select(r => r.Name));
        Assert.Equal([1, 2], after.Select(r => r.Rank));
        Assert.Equal(["Giải nhất", "Giải nhì"], after.Select(r => r.Prize));
        var audit = (string)(await app.DbAsync(db => Scalar(db, "SELECT changes FROM audit_entries WHERE entity_type = 'QuizAttempt' AND entity_id = $1", first.ToString())))!;
        Assert.Contains("Dùng hai tài khoản", audit);
        Assert.Contains("DisqualifiedReason", audit);

        var empty = await app.InScopeAsync(sp => sp.GetRequiredService<QuizOrganiser>().DisqualifyAsync(quiz, first, "   ", default));
        Assert.Equal(422, empty.Status);
        Assert.Equal(404, (await app.InScopeAsync(sp => sp.GetRequiredService<QuizOrganiser>().DisqualifyAsync(quiz + 1000, first, "Lý do", default))).Status);

        await app.InScopeAsync(sp => sp.GetRequiredService<QuizOrganiser>().ReinstateAsync(quiz, first, default));
        Assert.Equal(["Nguyễn V. N.", "Nguyễn T. N.", "Nguyễn V. B."], (await RankingAsync(app, quiz)).Select(r => r.Name));
    }

    [Fact]
    public async Task Two_accounts_with_one_CCCD_are_one_person_with_one_prize()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var quiz = await DemoQuizIdAsync(app);
        await ClosedRoundAsync(app, quiz);
        await AttemptAsync(app, quiz, await CitizenAsync(app, "Hồ Văn Một", idCard: "hash-of-one-cccd"), 20, 0, 100_000);
        await AttemptAsync(app, quiz, await CitizenAsync(app, "Hồ Văn Hai", idCard: "hash-of-one-cccd"), 20, 0, 120_000); // the same person again
        var mine = await CitizenAsync(app, "Lý Thị Ba");
        await AttemptAsync(app, quiz, mine, 19, 0, 100_000, minute: 1);
        await AttemptAsync(app, quiz, mine, 15, 0, 90_000, minute: 30); // the same account's worse attempt is not ranked
        var ranking = await RankingAsync(app, quiz);
        Assert.Equal([("Hồ V. M.", 1, "Giải nhất"), ("Lý T. B.", 2, "Giải nhì")], ranking.Select(r => (r.Name, r.Rank, r.Prize)));
        var results = await OkJsonAsync(await app.Plain().GetAsync($"/api/v1/quizzes/{quiz}/rounds/{Round}/results"));
        Assert.Equal(3, results.GetProperty("entrants").GetInt32()); // three accounts took part
        Assert.Equal(2, results.GetProperty("ranked").GetInt32());

        var page = await OkJsonAsync(await app.Plain().GetAsync($"/api/v1/quizzes/{quiz}/rounds/{Round}/results?offset=1&limit=1"));
        Assert.Equal("Lý T. B.", Assert.Single(page.GetProperty("ranking").EnumerateArray()).GetProperty("name").GetString());
        await ApiTestKit.ProblemAsync(await app.Plain().GetAsync($"/api/v1/quizzes/{quiz}/rounds/{Round}/results?limit=0"), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task The_collective_prize_of_the_seed_goes_to_the_unit_with_most_entrants()
    {
        await using var app = await TestApp.StartAsync(fixture, Round1Day);
        var quiz = await DemoQuizIdAsync(app);
        await ClosedRoundAsync(app, quiz);
        var units = await app.DbAsync(async db =>
        {
            var c = (Npgsql.NpgsqlConnection)Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
            if (c.State != System.Data.ConnectionState.Open) await c.OpenAsync();
            await using var cmd = new Npgsql.NpgsqlCommand("SELECT u.id FROM units u JOIN provinces p ON p.id = u.province_id WHERE p.code = '80' ORDER BY u.id LIMIT 2", c);
            var list = new List<int>();
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) list.Add(r.GetInt32(0));
            return list;
        });
        for (var i = 0; i < 3; i++) await AttemptAsync(app, quiz, await CitizenAsync(app, $"Đoàn Viên {i}", unit: units[1]), 10, 1, 100_000 + i);
        for (var i = 0; i < 2; i++) await AttemptAsync(app, quiz, await CitizenAsync(app, $"Cán Bộ {i}", unit: units[0]), 20, 1, 100_000 + i);

        var results = await OkJsonAsync(await app.Plain().GetAsync($"/api/v1/quizzes/{quiz}/rounds/{Round}/results"));
        var first = results.GetProperty("units")[0];
        Assert.Equal(units[1], first.GetProperty("unitId").GetInt32());
        Assert.Equal(3, first.GetProperty("entrants").GetInt32());

        var info = await app.InScopeAsync(sp => sp.GetRequiredService<QuizStore>().QuizAsync(quiz, default));
        var collective = await app.InScopeAsync(sp => sp.GetRequiredService<QuizResults>().CollectiveAsync(info!, default));
        Assert.Equal(units[1], collective[0].UnitId);
        Assert.Equal("Giải phụ dành cho tập thể có nhiều lượt thí sinh tham gia nhất", collective[0].Prize);
        Assert.Equal(500_000, collective[0].PrizeAmount);
        Assert.Null(collective[1].Prize);
        Assert.Equal(QuizzesDemoData.LongAnPrizes.Collective.Single().Name, collective[0].Prize);
    }
}
