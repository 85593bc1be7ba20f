using Lantoa.Domain.Quizzes;
using Npgsql;

namespace Lantoa.Web.Features.Quizzes;

public sealed record ResultRow(int Rank, string Name, string? Commune, int Score, int? PredictionError, long DurationMs, string? Prize, long AttemptId,
    string FullName = "", long? PrizeAmount = null, DateTimeOffset SubmittedAt = default);

public sealed record UnitEntrants(int UnitId, string Name, int Entrants, string? Prize = null, long? PrizeAmount = null);

public sealed record RoundResults(int Entrants, int AllCorrect, int Ranked, IReadOnlyList<ResultRow> Ranking, IReadOnlyList<UnitEntrants> Units);

/// <summary>A disqualified attempt as the organiser sees it.</summary>
public sealed record Disqualified(long AttemptId, string FullName, int Score, string Reason);

/// <summary>
/// The results of a closed round, read from the ranking PostgreSQL made (<see cref="QuizRankingStore"/>): ranked the
/// first time they are asked for after the round closes (and again if that was within the grace after closing, or after
/// a disqualification); names masked for the public (<see cref="QuizRanking.MaskName"/>); and the units by number of
/// entrants. The collective prize of the contest goes to the units with most entrant attempts over its rounds
/// (<see cref="CollectiveAsync"/>).
/// </summary>
public sealed class QuizResults(QuizStore store, TimeProvider clock)
{
    public const int MaxPage = 1000;

    public async Task<Outcome<RoundResults>> RoundAsync(int quizId, int number, CancellationToken ct, int offset = 0, int limit = MaxPage, QuizInfo? known = null)
    {
        var quiz = known ?? await store.QuizAsync(quizId, ct);
        var round = quiz?.Rounds.FirstOrDefault(r => r.Number == number);
        if (quiz is null || round is null) return Outcome<RoundResults>.No(404, "Không tìm thấy đợt thi.");
        var now = clock.GetUtcNow();
        if (round.Status(now) != "closed")
            return Outcome<RoundResults>.No(422, $"Đợt {number} chưa kết thúc (đóng lúc {round.ClosesAt.ToOffset(TimeSpan.FromHours(7)):HH:mm dd/MM/yyyy}); kết quả có sau khi đợt thi đóng.");
        var c = await store.ConnectionAsync(ct);
        var (entrants, allCorrect, ranked) = await MarkerAsync(c, quizId, number, round.ClosesAt + QuizRules.Grace, ct)
            ?? await RankNowAsync(c, quizId, number, now, round.ClosesAt + QuizRules.Grace, ct);

        var rows = new List<ResultRow>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT k.rank, coalesce(ci.full_name, ''), (SELECT u.name FROM admin_units u WHERE u.code = ci.commune_code ORDER BY u.valid_from DESC NULLS LAST LIMIT 1),
                   k.score, k.prediction_error, k.duration_ms, k.prize, k.attempt_id, k.prize_amount, k.submitted_at
            FROM quiz_rankings k JOIN citizens ci ON ci.id = k.citizen_id
            WHERE k.quiz_id = $1 AND k.round_number = $2 AND k.rank > $3 AND k.rank <= $3 + $4 ORDER BY k.rank
            """, c))
        {
            cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue(number);
            cmd.Parameters.AddWithValue(Math.Max(0, offset)); cmd.Parameters.AddWithValue(Math.Clamp(limit, 0, MaxPage));
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                rows.Add(new ResultRow(r.GetInt32(0), QuizRanking.MaskName(r.GetString(1)), r.IsDBNull(2) ? null : r.GetString(2), r.GetInt32(3),
                    r.IsDBNull(4) ? null : r.GetInt32(4), r.GetInt64(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetInt64(7), r.GetString(1),
                    r.IsDBNull(8) ? null : r.GetInt64(8), r.GetFieldValue<DateTimeOffset>(9)));
        }
        var units = new List<UnitEntrants>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT u.id, u.name, count(DISTINCT a.citizen_id)::int FROM quiz_attempts a JOIN citizens ci ON ci.id = a.citizen_id
            JOIN units u ON u.id = ci.workplace_unit_id
            WHERE a.quiz_id = $1 AND a.round_number = $2 AND a.submitted_at IS NOT NULL AND a.disqualified_reason IS NULL
            GROUP BY u.id, u.name ORDER BY 3 DESC, u.name LIMIT 50
            """, c))
        {
            cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue(number);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) units.Add(new UnitEntrants(r.GetInt32(0), r.GetString(1), r.GetInt32(2)));
        }
        return Outcome<RoundResults>.Ok(new RoundResults(entrants, allCorrect, ranked, rows, units));
    }

    /// <summary>The stored ranking's figures, or null when the round has none made after <paramref name="settled"/>.</summary>
    private static async Task<(int, int, int)?> MarkerAsync(NpgsqlConnection c, int quizId, int number, DateTimeOffset settled, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT m.entrants, m.all_correct, m.ranked
            FROM quiz_round_rankings m WHERE m.quiz_id = $1 AND m.round_number = $2 AND m.ranked_at >= $3
            """, c);
        cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue(number); cmd.Parameters.AddWithValue(settled);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? (r.GetInt32(0), r.GetInt32(1), r.GetInt32(2)) : null;
    }

    private static async Task<(int, int, int)> RankNowAsync(NpgsqlConnection c, int quizId, int number, DateTimeOffset now, DateTimeOffset settled, CancellationToken ct)
    {
        var run = await QuizRankingStore.RankAsync(c, quizId, number, now, ct, unlessRankedSince: settled);
        return (run.Entrants, run.AllCorrect, run.Ranked);
    }

    /// <summary>The disqualified attempts of a round, with their reasons.</summary>
    public async Task<IReadOnlyList<Disqualified>> DisqualifiedAsync(int quizId, int number, CancellationToken ct)
    {
        var c = await store.ConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            SELECT a.id, coalesce(ci.full_name, ''), coalesce(a.correct, 0), a.disqualified_reason FROM quiz_attempts a JOIN citizens ci ON ci.id = a.citizen_id
            WHERE a.quiz_id = $1 AND a.round_number = $2 AND a.disqualified_reason IS NOT NULL ORDER BY a.id
            """, c);
        cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue(number);
        var list = new List<Disqualified>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(new Disqualified(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetString(3)));
        return list;
    }

    /// <summary>
    /// The collective prize(s) of the contest (quizzes.collective_prizes, in order): the units (the entrants' workplaces)
    /// with most entrant attempts — submitted and not disqualified, over every round but the practice one; ties by name.
    /// </summary>
    public async Task<IReadOnlyList<UnitEntrants>> CollectiveAsync(QuizInfo quiz, CancellationToken ct)
    {
        var c = await store.ConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            SELECT u.id, u.name, count(*)::int FROM quiz_attempts a JOIN quiz_rounds r ON r.quiz_id = a.quiz_id AND r.number = a.round_number AND NOT r.practice
            JOIN citizens ci ON ci.id = a.citizen_id JOIN units u ON u.id = ci.workplace_unit_id
            WHERE a.quiz_id = $1 AND a.submitted_at IS NOT NULL AND a.disqualified_reason IS NULL
            GROUP BY u.id, u.name ORDER BY 3 DESC, u.name LIMIT 50
            """, c);
        cmd.Parameters.AddWithValue(quiz.Id);
        var prizes = quiz.CollectivePrizes.SelectMany(t => Enumerable.Repeat(t, t.Count)).ToList();
        var list = new List<UnitEntrants>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var prize = list.Count < prizes.Count ? prizes[list.Count] : null;
            list.Add(new UnitEntrants(r.GetInt32(0), r.GetString(1), r.GetInt32(2), prize?.Name, prize?.Amount.Dong));
        }
        return list;
    }
}
