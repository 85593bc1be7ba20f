using Lantoa.Domain.Citizens;
using Lantoa.Domain.Quizzes;
using Lantoa.Domain.Tracking;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lantoa.Web.Features.Quizzes;

public sealed record AttemptPaper(long AttemptId, int Round, DateTimeOffset Deadline, DateTimeOffset ServerTime,
    IReadOnlyList<QuizQuestionView> Questions, string PredictionText, IReadOnlyDictionary<long, long[]> Answers, bool Submitted);

public sealed record AttemptResult(int Score, int Correct, int Total, long DurationMs);

/// <summary>What a start, an answer or a submit came to: a value, or the HTTP status and Vietnamese reason it was refused with.</summary>
public sealed record Outcome<T>(T? Value, int Status, string? Reason = null, string? Field = null)
{
    public static Outcome<T> Ok(T value, int status = 200) => new(value, status);
    public static Outcome<T> No(int status, string reason, string? field = null) => new(default, status, reason, field);
}

/// <summary>
/// Taking a quiz, for the page and the API alike: the server records the start and the deadline (the injected clock),
/// saves each answer as one upsert whose WHERE checks the owner, the deadline (+ <see cref="QuizRules.Grace"/>), that the
/// question is on this paper and the options are its own; a submit scores once and a second submit returns the same.
/// </summary>
public sealed class QuizAttempts(QuizStore store, Lantoa.Web.Infrastructure.Data.LantoaDb db, TimeProvider clock, AnswerWriter writer)
{
    public const string NoRound = "Cuộc thi hiện không có đợt thi nào đang mở.";

    /// <param name="address">Where the start came from and <paramref name="device"/> the device it named (the organiser's
    /// integrity flags count attempts per address and device; nothing is refused for them).</param>
    public async Task<Outcome<AttemptPaper>> StartAsync(int quizId, int citizenId, CancellationToken ct, string? address = null, string? device = null)
    {
        // Admission: the evening a round opens thousands start at once, and a start holds a connection for several
        // statements. At most a few run at a time, the others wait here (not for a pooled connection, whose wait
        // times out), so the connections left keep serving answers, token checks and the starts' turns.
        await Starts.WaitAsync(ct);
        try { return await StartNowAsync(quizId, citizenId, ct, address, device); }
        finally { Starts.Release(); }
    }

    private static readonly SemaphoreSlim Starts = new(Math.Max(8, Environment.ProcessorCount * 8));

    private async Task<Outcome<AttemptPaper>> StartNowAsync(int quizId, int citizenId, CancellationToken ct, string? address, string? device)
    {
        var quiz = await store.QuizAsync(quizId, ct);
        if (quiz is null) return Outcome<AttemptPaper>.No(404, "Không tìm thấy cuộc thi.");
        var now = clock.GetUtcNow();
        var round = quiz.OpenRound(now);
        if (round is null) return Outcome<AttemptPaper>.No(422, NoRound);
        var citizen = await db.Set<Citizen>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == citizenId && c.DeletedAt == null, ct);
        if (citizen is null) return Outcome<AttemptPaper>.No(401, "Tài khoản không còn; hãy đăng nhập lại.");
        var eligibility = QuizEligibility.Check(quiz.Rules, new Entrant(citizen.BirthDate, citizen.ProvinceCode, citizen.WorkplaceUnitId,
            citizen.IsVerified, citizen.IdCardHash is not null), TrackingCalendar.LocalDay(now), quiz.ProvinceName);
        if (!eligibility.Eligible) return Outcome<AttemptPaper>.No(403, eligibility.Reason!);

        var c = await store.ConnectionAsync(ct);
        if (await OpenAttemptAsync(c, quiz, round.Number, citizenId, now, ct, closeExpired: true) is { } open) return Outcome<AttemptPaper>.Ok(open);
        if (!round.Practice)
        {
            await using var count = new NpgsqlCommand("SELECT count(*) FROM quiz_attempts WHERE citizen_id = $1 AND quiz_id = $2 AND round_number = $3", c);
            count.Parameters.AddWithValue(citizenId); count.Parameters.AddWithValue(quizId); count.Parameters.AddWithValue(round.Number);
            if ((long)(await count.ExecuteScalarAsync(ct))! >= quiz.Rules.AttemptsPerRound)
                // Another phone's start may have just made the open attempt that is counted here: that one is the answer.
                return await OpenAttemptAsync(c, quiz, round.Number, citizenId, now, ct) is { } started ? Outcome<AttemptPaper>.Ok(started)
                    : Outcome<AttemptPaper>.No(409, $"Bạn đã dùng hết {quiz.Rules.AttemptsPerRound} lượt thi của đợt {round.Number}.");
        }

        var bank = await store.BankAsync(quiz.ProvinceId, ct);
        IReadOnlyList<PaperQuestion> paper;
        try { paper = QuizPaper.Draw(bank.Items, [], quiz.Rules.QuestionCount, Random.Shared); }
        catch (Lantoa.Domain.DomainException e) { return Outcome<AttemptPaper>.No(422, e.Message); }
        var deadline = now.AddSeconds(quiz.Rules.TimeLimitSeconds);
        if (deadline > round.ClosesAt) deadline = round.ClosesAt;

        long attemptId;
        try
        {
            // The attempt and its paper in one statement (one implicit transaction: both or neither).
            await using var insert = new NpgsqlCommand("""
                WITH a AS (
                    INSERT INTO quiz_attempts (quiz_id, round_number, citizen_id, started_at, deadline, total, client_address, client_device)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
                ), p AS (
                    INSERT INTO quiz_attempt_questions (attempt_id, question_id, position, multiple, option_order)
                    SELECT a.id, t.q, t.p, t.m, string_to_array(t.o, ',')::bigint[]
                    FROM a, unnest($9::bigint[], $10::int[], $11::boolean[], $12::text[]) AS t(q, p, m, o)
                )
                SELECT id FROM a
                """, c);
            insert.Parameters.AddWithValue(quizId); insert.Parameters.AddWithValue(round.Number); insert.Parameters.AddWithValue(citizenId);
            insert.Parameters.AddWithValue(now); insert.Parameters.AddWithValue(deadline); insert.Parameters.AddWithValue(paper.Count);
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)address ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)device ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            insert.Parameters.Add(QuizStore.Longs(paper.Select(p => p.QuestionId)));
            insert.Parameters.AddWithValue(Enumerable.Range(0, paper.Count).ToArray());
            insert.Parameters.AddWithValue(paper.Select(p => bank.Questions[p.QuestionId].Multiple).ToArray());
            insert.Parameters.AddWithValue(paper.Select(p => string.Join(',', p.OptionOrder)).ToArray());
            attemptId = (long)(await insert.ExecuteScalarAsync(ct))!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Started at the same moment from another phone: that attempt is the one.
            if (await OpenAttemptAsync(c, quiz, round.Number, citizenId, now, ct) is { } other) return Outcome<AttemptPaper>.Ok(other);
            return Outcome<AttemptPaper>.No(409, "Lượt thi vừa được bắt đầu ở nơi khác; hãy thử lại.");
        }
        var view = paper.Select(p => Arrange(bank.Questions[p.QuestionId], p.OptionOrder)).ToList();
        return Outcome<AttemptPaper>.Ok(new AttemptPaper(attemptId, round.Number, deadline, now, view, quiz.PredictionText, new Dictionary<long, long[]>(), false), 201);
    }

    /// <summary>The open attempt of this person in this round, with its paper and the answers saved so far. With
    /// <paramref name="closeExpired"/> (before a new start), an open attempt past its deadline + grace is closed instead
    /// (scored with what was saved) and null returned.</summary>
    private async Task<AttemptPaper?> OpenAttemptAsync(NpgsqlConnection c, QuizInfo quiz, int round, int citizenId, DateTimeOffset now, CancellationToken ct,
        bool closeExpired = false)
    {
        await using var cmd = new NpgsqlCommand("SELECT id, deadline FROM quiz_attempts WHERE quiz_id = $1 AND round_number = $2 AND citizen_id = $3 AND submitted_at IS NULL", c);
        cmd.Parameters.AddWithValue(quiz.Id); cmd.Parameters.AddWithValue(round); cmd.Parameters.AddWithValue(citizenId);
        long id; DateTimeOffset deadline;
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            if (!await r.ReadAsync(ct)) return null;
            id = r.GetInt64(0); deadline = r.GetFieldValue<DateTimeOffset>(1);
        }
        if (closeExpired && deadline + QuizRules.Grace < now)
        {
            await SubmitAsync(id, citizenId, null, ct);
            return null;
        }
        return await PaperAsync(c, quiz, id, round, deadline, now, false, ct);
    }

    /// <summary>An attempt of <paramref name="citizenId"/> as its page shows it (reload, another phone), or null.</summary>
    public async Task<AttemptPaper?> ReadAsync(long attemptId, int citizenId, CancellationToken ct)
    {
        var c = await store.ConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT quiz_id, round_number, deadline, submitted_at IS NOT NULL FROM quiz_attempts WHERE id = $1 AND citizen_id = $2", c);
        cmd.Parameters.AddWithValue(attemptId); cmd.Parameters.AddWithValue(citizenId);
        int quizId, round; DateTimeOffset deadline; bool submitted;
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            if (!await r.ReadAsync(ct)) return null;
            quizId = r.GetInt32(0); round = r.GetInt32(1); deadline = r.GetFieldValue<DateTimeOffset>(2); submitted = r.GetBoolean(3);
        }
        var quiz = await store.QuizAsync(quizId, ct);
        return quiz is null ? null : await PaperAsync(c, quiz, attemptId, round, deadline, clock.GetUtcNow(), submitted, ct);
    }

    private async Task<AttemptPaper> PaperAsync(NpgsqlConnection c, QuizInfo quiz, long id, int round, DateTimeOffset deadline, DateTimeOffset now, bool submitted, CancellationToken ct)
    {
        var bank = await store.BankAsync(quiz.ProvinceId, ct);
        var questions = new List<QuizQuestionView>();
        var answers = new Dictionary<long, long[]>();
        await using var cmd = new NpgsqlCommand("""
            SELECT q.question_id, q.option_order, a.option_ids FROM quiz_attempt_questions q
            LEFT JOIN quiz_answers a ON a.attempt_id = q.attempt_id AND a.question_id = q.question_id
            WHERE q.attempt_id = $1 ORDER BY q.position
            """, c);
        cmd.Parameters.AddWithValue(id);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var qid = r.GetInt64(0);
            if (bank.Questions.TryGetValue(qid, out var q)) questions.Add(Arrange(q, r.GetFieldValue<long[]>(1)));
            if (!r.IsDBNull(2)) answers[qid] = r.GetFieldValue<long[]>(2);
        }
        return new AttemptPaper(id, round, deadline, now, questions, quiz.PredictionText, answers, submitted);
    }

    private static QuizQuestionView Arrange(QuizQuestionView q, IReadOnlyList<long> order) =>
        q with { Options = [.. order.Select(o => q.Options.First(x => x.Id == o))] };

    /// <summary>
    /// Saves the answer to one question (the last write wins). One upsert, in one statement with the other saves of the
    /// moment (<see cref="AnswerWriter"/>): it writes only when the attempt is this citizen's, not submitted, before the deadline + grace, the question is on the paper, the options are that
    /// question's and a single-answer question gets at most one. Only when it wrote nothing is the reason looked up.
    /// </summary>
    public async Task<Outcome<bool>> AnswerAsync(long attemptId, long questionId, IReadOnlyList<long> optionIds, int citizenId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var options = optionIds.Distinct().ToArray();
        if (await writer.SaveAsync(new AnswerWriter.Save(attemptId, questionId, options, citizenId, now), ct)) return Outcome<bool>.Ok(true, 204);
        var c = await store.ConnectionAsync(ct);
        await using var why = new NpgsqlCommand("""
            SELECT a.citizen_id, a.submitted_at IS NOT NULL, a.deadline, q.option_order, q.multiple
            FROM quiz_attempts a LEFT JOIN quiz_attempt_questions q ON q.attempt_id = a.id AND q.question_id = $2 WHERE a.id = $1
            """, c);
        why.Parameters.AddWithValue(attemptId); why.Parameters.AddWithValue(questionId);
        await using var r = await why.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return Outcome<bool>.No(404, "Không tìm thấy lượt thi.");
        if (r.GetInt32(0) != citizenId) return Outcome<bool>.No(403, "Đây không phải lượt thi của bạn.");
        if (r.GetBoolean(1)) return Outcome<bool>.No(422, "Bài thi đã nộp; không thể sửa câu trả lời.");
        if (now > r.GetFieldValue<DateTimeOffset>(2) + QuizRules.Grace) return Outcome<bool>.No(422, "Đã hết giờ làm bài; câu trả lời này không được ghi nhận.");
        if (r.IsDBNull(3)) return Outcome<bool>.No(422, "Câu hỏi này không có trong đề thi của bạn.", "questionId");
        if (!r.GetBoolean(4) && options.Length > 1) return Outcome<bool>.No(422, "Câu hỏi này chỉ có một đáp án đúng; hãy chọn một phương án.", "optionIds");
        return Outcome<bool>.No(422, "Có phương án không thuộc câu hỏi này.", "optionIds");
    }

    /// <summary>
    /// Submits and scores (under the attempt's row lock); the result is stored, so a second submit returns the same.
    /// A submit after the deadline closes the attempt with the answers saved in time; the time used is then the limit.
    /// </summary>
    public async Task<Outcome<AttemptResult>> SubmitAsync(long attemptId, int citizenId, int? prediction, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var c = await store.ConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        int owner; DateTimeOffset started, deadline; DateTimeOffset? submitted; int? correct; long? duration; int total;
        var paper = new List<ScoredQuestion>();
        var answers = new Dictionary<long, IReadOnlyCollection<long>>();
        // The attempt under its row lock, then its paper and answers (read after the lock is held): one round trip.
        await using (var batch = new NpgsqlBatch(c, tx)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SELECT citizen_id, started_at, deadline, submitted_at, correct, duration_ms, total FROM quiz_attempts WHERE id = $1 FOR UPDATE")
                    { Parameters = { new NpgsqlParameter { Value = attemptId } } },
                new NpgsqlBatchCommand("""
                    SELECT q.question_id, array(SELECT o.id FROM quiz_options o WHERE o.question_id = q.question_id AND o.correct), a.option_ids
                    FROM quiz_attempt_questions q LEFT JOIN quiz_answers a ON a.attempt_id = q.attempt_id AND a.question_id = q.question_id
                    WHERE q.attempt_id = $1
                    """) { Parameters = { new NpgsqlParameter { Value = attemptId } } },
            },
        })
        {
            await using var r = await batch.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct)) return Outcome<AttemptResult>.No(404, "Không tìm thấy lượt thi.");
            owner = r.GetInt32(0); started = r.GetFieldValue<DateTimeOffset>(1); deadline = r.GetFieldValue<DateTimeOffset>(2);
            submitted = r.IsDBNull(3) ? null : r.GetFieldValue<DateTimeOffset>(3); correct = r.IsDBNull(4) ? null : r.GetInt32(4);
            duration = r.IsDBNull(5) ? null : r.GetInt64(5); total = r.GetInt32(6);
            await r.NextResultAsync(ct);
            while (await r.ReadAsync(ct))
            {
                paper.Add(new ScoredQuestion(r.GetInt64(0), r.GetFieldValue<long[]>(1).ToHashSet()));
                if (!r.IsDBNull(2)) answers[r.GetInt64(0)] = r.GetFieldValue<long[]>(2);
            }
        }
        if (owner != citizenId) return Outcome<AttemptResult>.No(403, "Đây không phải lượt thi của bạn.");
        if (submitted is not null) return Outcome<AttemptResult>.Ok(new AttemptResult(correct!.Value, correct.Value, total, duration!.Value));

        var score = QuizScoring.Score(paper, answers);
        var end = now < deadline ? now : deadline;
        var ms = (long)(end - started).TotalMilliseconds;
        await using (var cmd = new NpgsqlCommand("UPDATE quiz_attempts SET submitted_at = $2, prediction = $3, correct = $4, duration_ms = $5 WHERE id = $1", c, tx))
        {
            cmd.Parameters.AddWithValue(attemptId); cmd.Parameters.AddWithValue(end);
            cmd.Parameters.AddWithValue(prediction is { } p ? p : DBNull.Value); cmd.Parameters.AddWithValue(score.Correct); cmd.Parameters.AddWithValue(ms);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return Outcome<AttemptResult>.Ok(new AttemptResult(score.Correct, score.Correct, score.Total, ms));
    }
}
