using Lantoa.Domain.Quizzes;
using Npgsql;

namespace Lantoa.Web.Features.Quizzes;

/// <summary>What ranking a round gave: entrants, all-correct entrants, ranked persons, and how long it took.</summary>
public sealed record RankingRun(int Entrants, int AllCorrect, int Ranked, TimeSpan Elapsed);

/// <summary>
/// The ranking of a closed round, made in PostgreSQL (a round may hold a million attempts): one statement counts the
/// entrants and the all-correct entrants, then one INSERT … SELECT ranks with window functions exactly as
/// <see cref="QuizRanking"/> does — every submitted, not disqualified attempt ordered by score (higher first),
/// |prediction − all-correct| (none last), time used, submit time, attempt id; each person's best attempt only (a
/// person is an account, and accounts sharing a CCCD are one person: phones and e-mails are unique per account already);
/// the prize tiers of the quiz (quizzes.prizes, in order) down the ranking. The round's row lock serialises two rankings
/// and a ranking with a disqualification.
/// </summary>
public static class QuizRankingStore
{
    /// <summary>Ranks the round again (replacing an earlier ranking) in <paramref name="tx"/>.</summary>
    /// <param name="unlessRankedSince">When given, a ranking made since then (by a request that held the lock first) is kept.</param>
    public static async Task<RankingRun> RankAsync(NpgsqlConnection c, NpgsqlTransaction tx, int quizId, int round, DateTimeOffset now, CancellationToken ct,
        DateTimeOffset? unlessRankedSince = null)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        await using (var set = new NpgsqlCommand("SET LOCAL work_mem = '256MB'", c, tx)) await set.ExecuteNonQueryAsync(ct);
        await using (var lockRound = new NpgsqlCommand("SELECT 1 FROM quiz_rounds WHERE quiz_id = $1 AND number = $2 FOR UPDATE", c, tx) { CommandTimeout = Timeout })
        {
            lockRound.Parameters.AddWithValue(quizId); lockRound.Parameters.AddWithValue(round);
            await lockRound.ExecuteNonQueryAsync(ct);
        }
        if (unlessRankedSince is { } since)
        {
            await using var done = new NpgsqlCommand("""
                SELECT m.entrants, m.all_correct, m.ranked
                FROM quiz_round_rankings m WHERE m.quiz_id = $1 AND m.round_number = $2 AND m.ranked_at >= $3
                """, c, tx);
            done.Parameters.AddWithValue(quizId); done.Parameters.AddWithValue(round); done.Parameters.AddWithValue(since);
            await using var r = await done.ExecuteReaderAsync(ct);
            if (await r.ReadAsync(ct)) return new RankingRun(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), sw.Elapsed);
        }
        int entrants, allCorrect;
        await using (var count = new NpgsqlCommand("""
            SELECT count(DISTINCT citizen_id)::int,
                   count(DISTINCT citizen_id) FILTER (WHERE disqualified_reason IS NULL AND correct = total AND correct > 0)::int
            FROM quiz_attempts WHERE quiz_id = $1 AND round_number = $2 AND submitted_at IS NOT NULL
            """, c, tx) { CommandTimeout = Timeout })
        {
            count.Parameters.AddWithValue(quizId); count.Parameters.AddWithValue(round);
            await using var r = await count.ExecuteReaderAsync(ct);
            await r.ReadAsync(ct);
            entrants = r.GetInt32(0); allCorrect = r.GetInt32(1);
        }
        await using (var clear = new NpgsqlCommand("DELETE FROM quiz_round_rankings WHERE quiz_id = $1 AND round_number = $2", c, tx) { CommandTimeout = Timeout })
        {
            clear.Parameters.AddWithValue(quizId); clear.Parameters.AddWithValue(round);
            await clear.ExecuteNonQueryAsync(ct);
        }
        await using (var clear = new NpgsqlCommand("INSERT INTO quiz_round_rankings (quiz_id, round_number, ranked_at, entrants, all_correct) VALUES ($1, $2, $3, $4, $5)", c, tx))
        {
            clear.Parameters.AddWithValue(quizId); clear.Parameters.AddWithValue(round); clear.Parameters.AddWithValue(now);
            clear.Parameters.AddWithValue(entrants); clear.Parameters.AddWithValue(allCorrect);
            await clear.ExecuteNonQueryAsync(ct);
        }
        int ranked;
        await using (var rank = new NpgsqlCommand(RankSql, c, tx) { CommandTimeout = Timeout })
        {
            rank.Parameters.AddWithValue(quizId); rank.Parameters.AddWithValue(round); rank.Parameters.AddWithValue(allCorrect);
            ranked = await rank.ExecuteNonQueryAsync(ct);
        }
        await using (var count = new NpgsqlCommand("UPDATE quiz_round_rankings SET ranked = $3 WHERE quiz_id = $1 AND round_number = $2", c, tx))
        {
            count.Parameters.AddWithValue(quizId); count.Parameters.AddWithValue(round); count.Parameters.AddWithValue(ranked);
            await count.ExecuteNonQueryAsync(ct);
        }
        return new RankingRun(entrants, allCorrect, ranked, sw.Elapsed);
    }

    /// <summary>Seconds a ranking statement may take (a million attempts take tens of seconds on a busy machine).</summary>
    private const int Timeout = 600;

    /// <summary>Ranks the round in a transaction of its own.</summary>
    public static async Task<RankingRun> RankAsync(NpgsqlConnection c, int quizId, int round, DateTimeOffset now, CancellationToken ct,
        DateTimeOffset? unlessRankedSince = null)
    {
        await using var tx = await c.BeginTransactionAsync(ct);
        var run = await RankAsync(c, tx, quizId, round, now, ct, unlessRankedSince);
        await tx.CommitAsync(ct);
        return run;
    }

    private const string Order = "score DESC, err ASC NULLS LAST, duration_ms, submitted_at, id";

    private const string RankSql = $"""
        WITH entries AS (
            SELECT a.id, a.citizen_id, a.correct AS score, a.duration_ms, a.submitted_at, abs(a.prediction - $3) AS err,
                   coalesce('c:' || ci.id_card_hash, 'a:' || a.citizen_id) AS person
            FROM quiz_attempts a JOIN citizens ci ON ci.id = a.citizen_id
            WHERE a.quiz_id = $1 AND a.round_number = $2 AND a.submitted_at IS NOT NULL AND a.disqualified_reason IS NULL
        ), best AS (
            SELECT e.*, row_number() OVER (PARTITION BY person ORDER BY {Order}) AS k FROM entries e
        ), ranked AS (
            SELECT b.*, row_number() OVER (ORDER BY {Order}) AS rank FROM best b WHERE k = 1
        ), tiers AS (
            SELECT t.value->>'name' AS name, (t.value->>'amount')::bigint AS amount, (t.value->>'count')::int AS n,
                   sum((t.value->>'count')::int) OVER (ORDER BY t.ord) AS upto
            FROM quizzes q, jsonb_array_elements(q.prizes) WITH ORDINALITY AS t(value, ord) WHERE q.id = $1
        )
        INSERT INTO quiz_rankings (quiz_id, round_number, rank, attempt_id, citizen_id, score, prediction_error, duration_ms, submitted_at, prize, prize_amount)
        SELECT $1, $2, r.rank, r.id, r.citizen_id, r.score, r.err, r.duration_ms, r.submitted_at, t.name, t.amount
        FROM ranked r LEFT JOIN tiers t ON r.rank > t.upto - t.n AND r.rank <= t.upto
        """;
}
