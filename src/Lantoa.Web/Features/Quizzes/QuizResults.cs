using Lantoa.Domain.Quizzes;
using Npgsql;

namespace Lantoa.Web.Features.Quizzes;

public sealed record ResultRow(int Rank, string Name, string? Commune, int Score, int? PredictionError, long DurationMs, string? Prize, long AttemptId);

public sealed record UnitEntrants(int UnitId, string Name, int Entrants);

public sealed record RoundResults(int Entrants, int AllCorrect, IReadOnlyList<ResultRow> Ranking, IReadOnlyList<UnitEntrants> Units);

/// <summary>
/// The results of a closed round: every submitted, not disqualified attempt ranked by <see cref="QuizRanking"/> (one
/// per person: the same phone, e-mail or CCCD hash is one person), with masked names; and the units by number of
/// entrants (the collective prize goes to the first).
/// </summary>
public sealed class QuizResults(QuizStore store, TimeProvider clock)
{
    public async Task<Outcome<RoundResults>> RoundAsync(int quizId, int number, CancellationToken ct)
    {
        var quiz = await store.QuizAsync(quizId, ct);
        var round = quiz?.Rounds.FirstOrDefault(r => r.Number == number);
        if (quiz is null || round is null) return Outcome<RoundResults>.No(404, "Không tìm thấy đợt thi.");
        if (round.Status(clock.GetUtcNow()) != "closed")
            return Outcome<RoundResults>.No(422, $"Đợt {number} chưa kết thúc (đóng lúc {round.ClosesAt.ToOffset(TimeSpan.FromHours(7)):HH:mm dd/MM/yyyy}); kết quả có sau khi đợt thi đóng.");
        var c = await store.ConnectionAsync(ct);
        var entries = new List<RankEntry>();
        var people = new Dictionary<long, (string Name, string? Commune)>();
        var allCorrect = 0;
        var entrants = new HashSet<int>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT a.id, a.citizen_id, a.correct, a.prediction, a.duration_ms, a.submitted_at, a.disqualified_reason, a.total,
                   coalesce(ci.full_name, ''), ci.phone, ci.email, ci.id_card_hash,
                   (SELECT u.name FROM admin_units u WHERE u.code = ci.commune_code ORDER BY u.valid_from DESC NULLS LAST LIMIT 1)
            FROM quiz_attempts a JOIN citizens ci ON ci.id = a.citizen_id
            WHERE a.quiz_id = $1 AND a.round_number = $2 AND a.submitted_at IS NOT NULL
            """, c))
        {
            cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue(number);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            var bestAllCorrect = new HashSet<int>();
            while (await r.ReadAsync(ct))
            {
                var id = r.GetInt64(0);
                var citizen = r.GetInt32(1);
                var score = r.GetInt32(2);
                var dq = r.IsDBNull(6) ? null : r.GetString(6);
                entrants.Add(citizen);
                if (dq is null && score == r.GetInt32(7) && score > 0) bestAllCorrect.Add(citizen);
                entries.Add(new RankEntry(id, citizen, score, r.IsDBNull(3) ? null : r.GetInt32(3), r.GetInt64(4), r.GetFieldValue<DateTimeOffset>(5),
                    [.. new[] { r.IsDBNull(9) ? null : "p:" + r.GetString(9), r.IsDBNull(10) ? null : "e:" + r.GetString(10), r.IsDBNull(11) ? null : "c:" + r.GetString(11) }.OfType<string>()], dq));
                people[id] = (r.GetString(8), r.IsDBNull(12) ? null : r.GetString(12));
            }
            allCorrect = bestAllCorrect.Count;
        }
        var ranked = QuizRanking.Rank(entries, allCorrect, quiz.Prizes);
        var rows = ranked.Select(x => new ResultRow(x.Rank, QuizRanking.MaskName(people[x.Entry.AttemptId].Name), people[x.Entry.AttemptId].Commune,
            x.Entry.Score, x.PredictionError == int.MaxValue ? null : x.PredictionError, x.Entry.DurationMs, x.Prize, x.Entry.AttemptId)).ToList();
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
        return Outcome<RoundResults>.Ok(new RoundResults(entrants.Count, allCorrect, rows, units));
    }
}
