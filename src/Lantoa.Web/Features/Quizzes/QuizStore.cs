using System.Collections.Concurrent;
using System.Text.Json;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Quizzes;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Lantoa.Web.Features.Quizzes;

public sealed record QuizRound(int Number, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool Practice)
{
    public string Status(DateTimeOffset now) => now < OpensAt ? "upcoming" : now < ClosesAt ? "open" : "closed";
}

public sealed record QuizOption(long Id, string Text, bool Correct);

public sealed record QuizQuestionView(long Id, string Text, bool Multiple, IReadOnlyList<QuizOption> Options);

/// <summary>A contest as loaded: its rules, rounds, prizes.</summary>
public sealed record QuizInfo(int Id, int ProvinceId, string ProvinceCode, string ProvinceName, int? ActivityId, string Title, QuizRules Rules,
    string PredictionText, IReadOnlyList<PrizeTier> Prizes, IReadOnlyList<PrizeTier> CollectivePrizes, IReadOnlyList<QuizRound> Rounds)
{
    public QuizRound? OpenRound(DateTimeOffset now) =>
        Rounds.Where(r => r.Status(now) == "open").OrderBy(r => r.Practice).ThenBy(r => r.Number).FirstOrDefault();
}

/// <summary>The approved bank of a province as papers draw from it, with the questions' texts and options.</summary>
public sealed record QuizBank(IReadOnlyList<BankItem> Items, IReadOnlyDictionary<long, QuizQuestionView> Questions);

/// <summary>
/// The quiz tables through Npgsql directly (the hot paths are single statements: the answer upsert, the open-attempt
/// lookup). Contests and the approved bank are cached in memory for a short while (they change rarely, and a start
/// must not reread 100 questions); <see cref="Forget"/> drops a province's cache when the bank or a contest changes.
/// </summary>
public sealed class QuizStore(LantoaDb db)
{
    private static readonly ConcurrentDictionary<(string, int), (DateTime At, QuizInfo? Quiz)> Quizzes = new();
    private static readonly ConcurrentDictionary<(string, int), (DateTime At, QuizBank Bank)> Banks = new();
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Forget() { Quizzes.Clear(); Banks.Clear(); }

    /// <summary>The cache is per database (tests run several databases in one process).</summary>
    private string Database => _database ??= db.Database.GetDbConnection().Database;
    private string? _database;

    public async Task<NpgsqlConnection> ConnectionAsync(CancellationToken ct)
    {
        var c = (NpgsqlConnection)db.Database.GetDbConnection();
        if (c.State != System.Data.ConnectionState.Open) await c.OpenAsync(ct);
        return c;
    }

    public async Task<IReadOnlyList<int>> QuizIdsAsync(string provinceCode, CancellationToken ct)
    {
        var c = await ConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT q.id FROM quizzes q JOIN provinces p ON p.id = q.province_id WHERE p.code = $1 AND q.published ORDER BY q.id", c);
        cmd.Parameters.AddWithValue(provinceCode);
        var ids = new List<int>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) ids.Add(r.GetInt32(0));
        return ids;
    }

    public async Task<QuizInfo?> QuizAsync(int id, CancellationToken ct)
    {
        if (Quizzes.TryGetValue((Database, id), out var hit) && DateTime.UtcNow - hit.At < CacheFor) return hit.Quiz;
        var c = await ConnectionAsync(ct);
        QuizInfo? quiz = null;
        await using (var cmd = new NpgsqlCommand("""
            SELECT q.id, q.province_id, p.code, p.name, q.activity_id, q.title, q.min_age, q.age_on, q.residence_province_code, q.requires_verified,
                   q.requires_id_card, q.attempts_per_round, q.counting, q.question_count, q.time_limit_seconds, q.prediction_text,
                   q.prizes::text, q.collective_prizes::text
            FROM quizzes q JOIN provinces p ON p.id = q.province_id WHERE q.id = $1 AND q.published
            """, c))
        {
            cmd.Parameters.AddWithValue(id);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (await r.ReadAsync(ct))
            {
                var rules = new QuizRules(r.IsDBNull(6) ? null : r.GetInt32(6), r.IsDBNull(7) ? null : DateOnly.FromDateTime(r.GetDateTime(7)),
                    r.IsDBNull(8) ? null : r.GetString(8), null, r.GetBoolean(9), r.GetBoolean(10), r.GetInt32(11),
                    Enum.Parse<AttemptCounting>(r.GetString(12)), r.GetInt32(13), r.GetInt32(14));
                quiz = new QuizInfo(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetInt32(4), r.GetString(5), rules,
                    r.GetString(15), Tiers(r.GetString(16)), Tiers(r.GetString(17)), []);
            }
        }
        if (quiz is not null)
        {
            var rounds = new List<QuizRound>();
            await using var cmd = new NpgsqlCommand("SELECT number, opens_at, closes_at, practice FROM quiz_rounds WHERE quiz_id = $1 ORDER BY number", c);
            cmd.Parameters.AddWithValue(id);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                rounds.Add(new QuizRound(r.GetInt32(0), r.GetFieldValue<DateTimeOffset>(1), r.GetFieldValue<DateTimeOffset>(2), r.GetBoolean(3)));
            quiz = quiz with { Rounds = rounds };
        }
        Quizzes[(Database, id)] = (DateTime.UtcNow, quiz);
        return quiz;
    }

    public async Task<QuizBank> BankAsync(int provinceId, CancellationToken ct)
    {
        if (Banks.TryGetValue((Database, provinceId), out var hit) && DateTime.UtcNow - hit.At < CacheFor) return hit.Bank;
        var c = await ConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            SELECT q.id, q.text, q.multiple, q.topic, q.difficulty, o.id, o.text, o.correct
            FROM quiz_questions q JOIN quiz_options o ON o.question_id = q.id
            WHERE q.province_id = $1 AND q.status = 'Approved' ORDER BY q.id, o.id
            """, c);
        cmd.Parameters.AddWithValue(provinceId);
        var rows = new List<(long Id, string Text, bool Multiple, string Topic, short Level, long OptionId, string OptionText, bool Correct)>();
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
                rows.Add((r.GetInt64(0), r.GetString(1), r.GetBoolean(2), r.GetString(3), r.GetInt16(4), r.GetInt64(5), r.GetString(6), r.GetBoolean(7)));
        var questions = rows.GroupBy(x => x.Id).ToDictionary(g => g.Key, g => new QuizQuestionView(g.Key, g.First().Text, g.First().Multiple,
            [.. g.Select(o => new QuizOption(o.OptionId, o.OptionText, o.Correct))]));
        var items = rows.GroupBy(x => x.Id).Select(g => new BankItem(g.Key, g.First().Topic, (Difficulty)g.First().Level, [.. g.Select(o => o.OptionId)])).ToList();
        var bank = new QuizBank(items, questions);
        Banks[(Database, provinceId)] = (DateTime.UtcNow, bank);
        return bank;
    }

    internal static IReadOnlyList<PrizeTier> Tiers(string json) =>
        [.. (JsonSerializer.Deserialize<List<TierJson>>(json, Json) ?? []).Select(t => new PrizeTier(t.Name, t.Count, new Money(t.Amount)))];

    internal static string TiersJson(IEnumerable<PrizeTier> tiers) =>
        JsonSerializer.Serialize(tiers.Select(t => new TierJson(t.Name, t.Count, t.Amount.Dong)), Json);

    internal sealed record TierJson(string Name, int Count, long Amount);

    internal static NpgsqlParameter Longs(IEnumerable<long> values) => new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint };
}
