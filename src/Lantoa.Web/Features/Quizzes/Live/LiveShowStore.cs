using System.Security.Cryptography;
using System.Text;
using Lantoa.Domain;
using Lantoa.Domain.Quizzes.Live;
using Lantoa.Web.Infrastructure.Data;
using Npgsql;

namespace Lantoa.Web.Features.Quizzes.Live;

/// <summary>A show's row: whose it is, who hosts it, its code and version.</summary>
public sealed record LiveShowRow(int Id, int ProvinceId, int QuizId, int? HostUnitId, string Title, string Code, int Version, DateTimeOffset CreatedAt);

/// <summary>A show as loaded: its row and the domain object (players, questions, the current question's answers).</summary>
public sealed record LiveLoaded(LiveShowRow Row, LiveShow Show);

/// <summary>Who a player is: a signed-in citizen, or a guest by the secret of the show's cookie.</summary>
public sealed record LiveIdentity(int? CitizenId, string? GuestSecret)
{
    public string? GuestKey => GuestSecret is null ? null : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(GuestSecret)));
}

/// <summary>
/// The live shows in PostgreSQL (Npgsql, as the quiz store): nothing of a show lives only in a node's memory. A host step
/// loads the show under its row's update lock, lets <see cref="LiveShow"/> decide, writes what changed and adds one to
/// the version; an answer is one statement that re-checks the open question, the bell, the player and the option in its
/// WHERE under the row's share lock (a reveal waits for answers in flight, an answer after a reveal writes nothing).
/// </summary>
public sealed class LiveShowStore(QuizStore quizzes, TimeProvider clock)
{
    public const string CookiePrefix = "lantoa.live.";

    public Task<NpgsqlConnection> ConnectionAsync(CancellationToken ct) => quizzes.ConnectionAsync(ct);

    public async Task<LiveShowRow?> RowAsync(int id, CancellationToken ct) => (await RowsAsync("s.id = $1", [id], ct)).FirstOrDefault();

    public async Task<LiveShowRow?> ByCodeAsync(string code, CancellationToken ct) =>
        (await RowsAsync("upper(s.code) = upper($1)", [code.Trim()], ct)).FirstOrDefault();

    public Task<IReadOnlyList<LiveShowRow>> ProvinceShowsAsync(int? provinceId, CancellationToken ct) =>
        provinceId is { } p ? RowsAsync("s.province_id = $1", [p], ct) : RowsAsync("true", [], ct);

    private async Task<IReadOnlyList<LiveShowRow>> RowsAsync(string where, object[] args, CancellationToken ct, NpgsqlTransaction? tx = null, bool forUpdate = false)
    {
        var c = await ConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand($"""
            SELECT s.id, s.province_id, s.quiz_id, s.host_unit_id, s.title, s.code, s.version, s.created_at
            FROM live_shows s WHERE {where} ORDER BY s.id DESC{(forUpdate ? " FOR UPDATE" : "")}
            """, c, tx);
        foreach (var a in args) cmd.Parameters.AddWithValue(a);
        var rows = new List<LiveShowRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            rows.Add(new LiveShowRow(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt32(3), r.GetString(4),
                r.GetString(5), r.GetInt32(6), r.GetFieldValue<DateTimeOffset>(7)));
        return rows;
    }

    /// <summary>The show with its players, questions and the current question's answers (null: no such show).</summary>
    public async Task<LiveLoaded?> LoadAsync(int id, CancellationToken ct, NpgsqlTransaction? tx = null, bool forUpdate = false)
    {
        if ((await RowsAsync("s.id = $1", [id], ct, tx, forUpdate)).FirstOrDefault() is not { } row) return null;
        var c = await ConnectionAsync(ct);
        LiveSettings settings; LiveStatus status; int used;
        await using (var cmd = new NpgsqlCommand("SELECT question_seconds, rescues, rescues_used, prizes::text, status FROM live_shows WHERE id = $1", c, tx))
        {
            cmd.Parameters.AddWithValue(id);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            await r.ReadAsync(ct);
            settings = new LiveSettings(r.GetInt32(0), r.GetInt32(1), QuizStore.Tiers(r.GetString(3)));
            used = r.GetInt32(2);
            status = Enum.Parse<LiveStatus>(r.GetString(4));
        }
        var players = new List<LivePlayer>();
        await using (var cmd = new NpgsqlCommand("SELECT id, name, joined_at, eliminated_at, times_rescued, correct, correct_ms FROM live_players WHERE show_id = $1 ORDER BY id", c, tx))
        {
            cmd.Parameters.AddWithValue(id);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                players.Add(LivePlayer.Restore(r.GetInt32(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), r.IsDBNull(3) ? null : r.GetInt32(3),
                    r.GetInt32(4), r.GetInt32(5), r.GetInt64(6)));
        }
        var questions = new List<LiveQuestion>();
        await using (var cmd = new NpgsqlCommand("SELECT number, question_id, option_ids, correct_ids, asked_at, closes_at FROM live_show_questions WHERE show_id = $1 ORDER BY number", c, tx))
        {
            cmd.Parameters.AddWithValue(id);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                questions.Add(new LiveQuestion(r.GetInt32(0), r.GetInt64(1), r.GetFieldValue<long[]>(2), r.GetFieldValue<long[]>(3).ToHashSet(),
                    r.GetFieldValue<DateTimeOffset>(4), r.GetFieldValue<DateTimeOffset>(5)));
        }
        var answers = new List<LiveAnswer>();
        if (questions.Count > 0)
        {
            await using var cmd = new NpgsqlCommand("SELECT question_number, player_id, option_id, answered_at FROM live_answers WHERE show_id = $1 AND question_number = $2", c, tx);
            cmd.Parameters.AddWithValue(id); cmd.Parameters.AddWithValue(questions[^1].Number);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) answers.Add(new LiveAnswer(r.GetInt32(0), r.GetInt32(1), r.GetInt64(2), r.GetFieldValue<DateTimeOffset>(3)));
        }
        return new LiveLoaded(row, new LiveShow(settings, status, used, players, questions, answers));
    }

    /// <summary>
    /// One step of the host (ask, reveal, rescue, finish) under the show's row lock; <paramref name="step"/> may refuse with
    /// a <see cref="DomainException"/> (nothing is written). Returns the show after the step, or the refusal.
    /// </summary>
    public async Task<(LiveLoaded? Show, string? Error)> StepAsync(int id, Func<LiveLoaded, NpgsqlConnection, NpgsqlTransaction, DateTimeOffset, Task> step, CancellationToken ct,
        bool reset = false)
    {
        var c = await ConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var loaded = await LoadAsync(id, ct, tx, forUpdate: true);
        if (loaded is null) return (null, "Không tìm thấy buổi thi.");
        var before = loaded.Show.Questions.Count;
        try { await step(loaded, c, tx, clock.GetUtcNow()); }
        catch (DomainException e) { await tx.RollbackAsync(ct); return (null, e.Message); }
        if (reset)
        {
            await using var cmd = new NpgsqlCommand("UPDATE live_shows SET status = 'Lobby', rescues_used = 0, finished_at = NULL, version = version + 1 WHERE id = $1", c, tx);
            cmd.Parameters.AddWithValue(id);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        else await SaveAsync(c, tx, loaded, before, clock.GetUtcNow(), ct);
        await tx.CommitAsync(ct);
        if (reset) return (await LoadAsync(id, ct), null);
        return (loaded with { Row = loaded.Row with { Version = loaded.Row.Version + 1 } }, null);
    }

    private static async Task SaveAsync(NpgsqlConnection c, NpgsqlTransaction tx, LiveLoaded loaded, int questionsBefore, DateTimeOffset now, CancellationToken ct)
    {
        var show = loaded.Show;
        await using (var cmd = new NpgsqlCommand("""
            UPDATE live_shows SET status = $2, rescues_used = $3, version = version + 1,
                   finished_at = CASE WHEN $2 = 'Finished' THEN COALESCE(finished_at, $4) ELSE NULL END
            WHERE id = $1
            """, c, tx))
        {
            cmd.Parameters.AddWithValue(loaded.Row.Id); cmd.Parameters.AddWithValue(show.Status.ToString());
            cmd.Parameters.AddWithValue(show.RescuesUsed); cmd.Parameters.AddWithValue(now);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        if (show.Players.Count > 0)
        {
            await using var cmd = new NpgsqlCommand("""
                UPDATE live_players p SET eliminated_at = t.e, times_rescued = t.r, correct = t.c, correct_ms = t.ms
                FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::bigint[]) AS t(id, e, r, c, ms)
                WHERE p.show_id = $1 AND p.id = t.id
                  AND (p.eliminated_at IS DISTINCT FROM t.e OR p.times_rescued <> t.r OR p.correct <> t.c OR p.correct_ms <> t.ms)
                """, c, tx);
            cmd.Parameters.AddWithValue(loaded.Row.Id);
            cmd.Parameters.AddWithValue(show.Players.Select(p => p.Id).ToArray());
            cmd.Parameters.AddWithValue(show.Players.Select(p => p.EliminatedAt).ToArray());
            cmd.Parameters.AddWithValue(show.Players.Select(p => p.TimesRescued).ToArray());
            cmd.Parameters.AddWithValue(show.Players.Select(p => p.Correct).ToArray());
            cmd.Parameters.AddWithValue(show.Players.Select(p => p.CorrectMs).ToArray());
            await cmd.ExecuteNonQueryAsync(ct);
        }
        foreach (var q in show.Questions.Skip(questionsBefore))
        {
            await using var cmd = new NpgsqlCommand("""
                INSERT INTO live_show_questions (show_id, number, question_id, option_ids, correct_ids, asked_at, closes_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
                """, c, tx);
            cmd.Parameters.AddWithValue(loaded.Row.Id); cmd.Parameters.AddWithValue(q.Number); cmd.Parameters.AddWithValue(q.QuestionId);
            cmd.Parameters.Add(QuizStore.Longs(q.OptionIds)); cmd.Parameters.Add(QuizStore.Longs(q.CorrectOptionIds));
            cmd.Parameters.AddWithValue(q.AskedAt); cmd.Parameters.AddWithValue(q.ClosesAt);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// Runs a finished show again from the lobby (a rehearsal, or the demo's show on the day): its players, questions and
    /// answers are dropped, the rescues given back. Refused while the show runs, so no result is lost mid-show.
    /// </summary>
    public Task<(LiveLoaded? Show, string? Error)> ResetAsync(int id, CancellationToken ct) => StepAsync(id, async (l, c, tx, _) =>
    {
        if (l.Show.Status is not (LiveStatus.Finished or LiveStatus.Lobby))
            throw new DomainException("Chỉ chơi lại được khi buổi thi đã kết thúc.");
        foreach (var table in new[] { "live_players", "live_show_questions" }) // the answers go with both
        {
            await using var cmd = new NpgsqlCommand($"DELETE FROM {table} WHERE show_id = $1", c, tx);
            cmd.Parameters.AddWithValue(l.Row.Id);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }, ct, reset: true);

    /// <summary>
    /// The next question of the show: a single-answer approved question of the province's bank not yet asked here, easier
    /// ones first; its options in the order written. Null when the bank has none left.
    /// </summary>
    public static async Task<(long Id, long[] Options, long[] Correct)?> NextQuestionAsync(NpgsqlConnection c, NpgsqlTransaction tx, LiveShowRow show, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT q.id, array(SELECT o.id FROM quiz_options o WHERE o.question_id = q.id ORDER BY o.id),
                   array(SELECT o.id FROM quiz_options o WHERE o.question_id = q.id AND o.correct ORDER BY o.id)
            FROM quiz_questions q
            WHERE q.province_id = $1 AND q.status = 'Approved' AND NOT q.multiple
              AND NOT EXISTS (SELECT 1 FROM live_show_questions l WHERE l.show_id = $2 AND l.question_id = q.id)
            ORDER BY q.difficulty, random() LIMIT 1
            """, c, tx);
        cmd.Parameters.AddWithValue(show.ProvinceId); cmd.Parameters.AddWithValue(show.Id);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return (r.GetInt64(0), r.GetFieldValue<long[]>(1), r.GetFieldValue<long[]>(2));
    }

    /// <summary>The player of <paramref name="who"/> in the show, or null.</summary>
    public async Task<int?> PlayerAsync(int showId, LiveIdentity who, CancellationToken ct)
    {
        if (who.CitizenId is null && who.GuestSecret is null) return null;
        var c = await ConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            SELECT id FROM live_players WHERE show_id = $1 AND (citizen_id = $2 OR guest_key = $3) ORDER BY citizen_id IS NULL LIMIT 1
            """, c);
        cmd.Parameters.AddWithValue(showId);
        cmd.Parameters.AddWithValue((object?)who.CitizenId ?? DBNull.Value);
        cmd.Parameters.AddWithValue((object?)who.GuestKey ?? DBNull.Value);
        return await cmd.ExecuteScalarAsync(ct) is int id ? id : null;
    }

    public async Task<bool> HasPlayerAsync(int showId, int playerId, CancellationToken ct)
    {
        var c = await ConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM live_players WHERE show_id = $1 AND id = $2)", c);
        cmd.Parameters.AddWithValue(showId); cmd.Parameters.AddWithValue(playerId);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Joins the show (only in the lobby, under the row's share lock); a citizen already in gets their player back.</summary>
    public async Task<(int? PlayerId, string? Error)> JoinAsync(int showId, LiveIdentity who, string name, CancellationToken ct)
    {
        if (await PlayerAsync(showId, who, ct) is { } existing) return (existing, null);
        var loaded = await LoadAsync(showId, ct);
        if (loaded is null) return (null, "Không tìm thấy buổi thi.");
        try { loaded.Show.CheckJoin(name); }
        catch (DomainException e) { return (null, e.Message); }
        var c = await ConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO live_players (show_id, citizen_id, guest_key, name, joined_at)
            SELECT s.id, $2, $3, $4, $5 FROM live_shows s WHERE s.id = $1 AND s.status = 'Lobby' FOR SHARE
            ON CONFLICT DO NOTHING RETURNING id
            """, c);
        cmd.Parameters.AddWithValue(showId);
        cmd.Parameters.AddWithValue((object?)who.CitizenId ?? DBNull.Value);
        cmd.Parameters.AddWithValue(who.CitizenId is null ? who.GuestKey! : DBNull.Value);
        cmd.Parameters.AddWithValue(name.Trim());
        cmd.Parameters.AddWithValue(clock.GetUtcNow());
        if (await cmd.ExecuteScalarAsync(ct) is int id) return (id, null);
        if (await PlayerAsync(showId, who, ct) is { } racing) return (racing, null);
        return (null, "Buổi thi đã bắt đầu; không thể tham gia thêm.");
    }

    /// <summary>
    /// Saves a player's answer to the open question (a change before the bell replaces it): one statement whose WHERE
    /// checks the show is asking, the bell has not rung by the server's clock, the player is still in and the option is the
    /// question's. When it wrote nothing, the show says why.
    /// </summary>
    public async Task<string?> AnswerAsync(int showId, int playerId, long optionId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var c = await ConnectionAsync(ct);
        await using (var cmd = new NpgsqlCommand("""
            INSERT INTO live_answers (show_id, question_number, player_id, option_id, answered_at)
            SELECT s.id, q.number, p.id, $3, $4
            FROM live_shows s
            JOIN live_show_questions q ON q.show_id = s.id AND q.number = (SELECT max(number) FROM live_show_questions m WHERE m.show_id = s.id)
            JOIN live_players p ON p.show_id = s.id AND p.id = $2
            WHERE s.id = $1 AND s.status = 'Asking' AND $4 < q.closes_at AND p.eliminated_at IS NULL AND $3 = ANY (q.option_ids)
            FOR SHARE OF s
            ON CONFLICT (show_id, question_number, player_id) DO UPDATE SET option_id = EXCLUDED.option_id, answered_at = EXCLUDED.answered_at
            """, c))
        {
            cmd.Parameters.AddWithValue(showId); cmd.Parameters.AddWithValue(playerId); cmd.Parameters.AddWithValue(optionId); cmd.Parameters.AddWithValue(now);
            if (await cmd.ExecuteNonQueryAsync(ct) == 1) return null;
        }
        var loaded = await LoadAsync(showId, ct);
        return loaded is null ? "Không tìm thấy buổi thi." : loaded.Show.WhyNotAnswer(playerId, optionId, now) ?? "Câu trả lời không được ghi nhận; hãy thử lại.";
    }

    /// <summary>A question's text and its options (id, letter, text) as the bank holds them.</summary>
    public async Task<(string Text, IReadOnlyList<(long Id, string Key, string Text)> Options)?> QuestionTextAsync(long questionId, CancellationToken ct)
    {
        var c = await ConnectionAsync(ct);
        string? text = null;
        await using (var cmd = new NpgsqlCommand("SELECT text FROM quiz_questions WHERE id = $1", c))
        {
            cmd.Parameters.AddWithValue(questionId);
            text = await cmd.ExecuteScalarAsync(ct) as string;
        }
        if (text is null) return null;
        var options = new List<(long, string, string)>();
        await using (var cmd = new NpgsqlCommand("SELECT id, key, text FROM quiz_options WHERE question_id = $1 ORDER BY id", c))
        {
            cmd.Parameters.AddWithValue(questionId);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) options.Add((r.GetInt64(0), r.GetString(1), r.GetString(2)));
        }
        return (text, options);
    }

    /// <summary>Creates a show in the lobby; the code is made here (6 letters and digits, no look-alikes) unless given.</summary>
    public async Task<int> CreateAsync(int provinceId, int quizId, int? hostUnitId, string title, LiveSettings settings, string? code, CancellationToken ct,
        NpgsqlTransaction? tx = null)
    {
        if (settings.Problems() is { Count: > 0 } problems) throw new DomainException(string.Join(" ", problems));
        var c = await ConnectionAsync(ct);
        for (var attempt = 0; ; attempt++)
        {
            await using var cmd = new NpgsqlCommand("""
                INSERT INTO live_shows (province_id, quiz_id, host_unit_id, title, code, question_seconds, rescues, prizes, created_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9) ON CONFLICT DO NOTHING RETURNING id
                """, c, tx);
            cmd.Parameters.AddWithValue(provinceId); cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue((object?)hostUnitId ?? DBNull.Value);
            cmd.Parameters.AddWithValue(title); cmd.Parameters.AddWithValue(code ?? NewCode()); cmd.Parameters.AddWithValue(settings.QuestionSeconds);
            cmd.Parameters.AddWithValue(settings.Rescues); cmd.Parameters.AddWithValue(QuizStore.TiersJson(settings.Prizes)); cmd.Parameters.AddWithValue(clock.GetUtcNow());
            if (await cmd.ExecuteScalarAsync(ct) is int id) return id;
            if (code is not null || attempt > 10) throw new DomainException("Mã buổi thi này đã được dùng; hãy chọn mã khác.");
        }
    }

    private const string CodeLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string NewCode() => string.Concat(Enumerable.Range(0, 6).Select(_ => CodeLetters[RandomNumberGenerator.GetInt32(CodeLetters.Length)]));
}
