using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Lantoa.Web.Features.Quizzes;

/// <summary>One integrity flag of a round: what was seen, and the attempts it concerns (never blocked for it).</summary>
public sealed record IntegrityFlag(string Kind, string Text, IReadOnlyList<long> Attempts);

/// <summary>
/// Integrity flags for the organiser of a round (shown on its results page; nothing is refused or hidden for them):
/// many accounts started from one network address or one device (the id quiz.js keeps in the browser, sent as
/// <c>X-Lantoa-Device</c>, else the browser's User-Agent), answers faster than anyone reads (a submitted attempt
/// whose time per question is under <see cref="MinSecondsPerQuestion"/> s), and identical answer sequences on the same
/// paper from different accounts.
/// </summary>
public sealed class QuizIntegrity(QuizStore store)
{
    public const int AccountsPerAddress = 5;
    public const int AccountsPerDevice = 3;
    public const int MinSecondsPerQuestion = 2;
    public const int MaxFlags = 50;

    /// <summary>The device a start names: the page's random id, or a hash of the User-Agent.</summary>
    public static string? Device(HttpContext http)
    {
        var id = http.Request.Headers["X-Lantoa-Device"].ToString();
        if (id.Length is > 0 and <= 64 && id.All(char.IsAsciiLetterOrDigit)) return "id:" + id;
        var agent = http.Request.Headers.UserAgent.ToString();
        return agent.Length == 0 ? null : "ua:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(agent)))[..16];
    }

    public async Task<IReadOnlyList<IntegrityFlag>> FlagsAsync(int quizId, int round, CancellationToken ct)
    {
        var c = await store.ConnectionAsync(ct);
        var flags = new List<IntegrityFlag>();
        async Task GroupAsync(string column, int min, string kind, Func<string, int, string> text)
        {
            await using var cmd = new NpgsqlCommand($"""
                SELECT {column}, count(DISTINCT citizen_id)::int, array_agg(id ORDER BY id) FROM quiz_attempts
                WHERE quiz_id = $1 AND round_number = $2 AND {column} IS NOT NULL
                GROUP BY {column} HAVING count(DISTINCT citizen_id) >= $3 ORDER BY 2 DESC LIMIT {MaxFlags}
                """, c);
            cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue(round); cmd.Parameters.AddWithValue(min);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) flags.Add(new IntegrityFlag(kind, text(r.GetString(0), r.GetInt32(1)), r.GetFieldValue<long[]>(2)));
        }
        await GroupAsync("client_address", AccountsPerAddress, "address", (a, n) => $"{n} tài khoản bắt đầu thi từ cùng một địa chỉ mạng {a}.");
        await GroupAsync("client_device", AccountsPerDevice, "device", (_, n) => $"{n} tài khoản bắt đầu thi từ cùng một thiết bị.");

        await using (var cmd = new NpgsqlCommand($"""
            SELECT a.id, a.total, a.duration_ms, coalesce(ci.full_name, '') FROM quiz_attempts a JOIN citizens ci ON ci.id = a.citizen_id
            WHERE a.quiz_id = $1 AND a.round_number = $2 AND a.submitted_at IS NOT NULL AND a.correct > 0
              AND a.duration_ms < a.total * {MinSecondsPerQuestion * 1000}
            ORDER BY a.duration_ms LIMIT {MaxFlags}
            """, c))
        {
            cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue(round);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                flags.Add(new IntegrityFlag("fast", $"{r.GetString(3)}: {r.GetInt32(1)} câu trong {r.GetInt64(2) / 1000.0:0.#} giây — nhanh hơn thời gian đọc câu hỏi (dưới {MinSecondsPerQuestion} giây mỗi câu).",
                    [r.GetInt64(0)]));
        }

        await using (var cmd = new NpgsqlCommand($"""
            WITH sequences AS (
                SELECT w.attempt_id, a.citizen_id, string_agg(w.question_id::text || ':' || array_to_string(w.option_ids, '+'), ',' ORDER BY w.question_id) AS answers, count(*) AS n
                FROM quiz_answers w JOIN quiz_attempts a ON a.id = w.attempt_id
                WHERE a.quiz_id = $1 AND a.round_number = $2
                GROUP BY w.attempt_id, a.citizen_id
            )
            SELECT count(DISTINCT citizen_id)::int, array_agg(attempt_id ORDER BY attempt_id), max(n)::int FROM sequences WHERE n >= 5
            GROUP BY answers HAVING count(DISTINCT citizen_id) >= 2 ORDER BY 1 DESC LIMIT {MaxFlags}
            """, c))
        {
            cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue(round);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                flags.Add(new IntegrityFlag("same-answers", $"{r.GetInt32(0)} tài khoản có cùng đề và chọn y hệt nhau ở cả {r.GetInt32(2)} câu.", r.GetFieldValue<long[]>(1)));
        }
        return flags;
    }
}
