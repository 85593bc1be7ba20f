using System.Globalization;
using Lantoa.Domain.Quizzes;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Lantoa.Web.Features.Quizzes;

/// <summary>
/// What the organiser does to a round's results: disqualify an attempt with a reason (kept on the attempt, written to
/// the audit trail as a change of "Lượt thi trắc nghiệm", and the round ranked again in the same transaction so the
/// others move up), or take a disqualification back.
/// </summary>
public sealed class QuizOrganiser(QuizStore store, LantoaDb db, IAuditActor auditActor, TimeProvider clock)
{
    public const int MaxReason = 500;

    public async Task<Outcome<bool>> DisqualifyAsync(int quizId, long attemptId, string? reason, CancellationToken ct)
    {
        var text = Infrastructure.Web.TextInput.Clean(reason);
        if (string.IsNullOrWhiteSpace(text)) return Outcome<bool>.No(422, "Hãy ghi lý do loại lượt thi.", "Reason");
        if (text.Length > MaxReason) return Outcome<bool>.No(422, $"Lý do tối đa {MaxReason} ký tự.", "Reason");
        return await SetAsync(quizId, attemptId, text, ct);
    }

    public Task<Outcome<bool>> ReinstateAsync(int quizId, long attemptId, CancellationToken ct) => SetAsync(quizId, attemptId, null, ct);

    private async Task<Outcome<bool>> SetAsync(int quizId, long attemptId, string? reason, CancellationToken ct)
    {
        var c = await store.ConnectionAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ntx = (NpgsqlTransaction)tx.GetDbTransaction();
        int round; string? before;
        await using (var cmd = new NpgsqlCommand("""
            SELECT round_number, disqualified_reason FROM quiz_attempts WHERE id = $1 AND quiz_id = $2 AND submitted_at IS NOT NULL FOR UPDATE
            """, c, ntx))
        {
            cmd.Parameters.AddWithValue(attemptId); cmd.Parameters.AddWithValue(quizId);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct)) return Outcome<bool>.No(404, "Không tìm thấy lượt thi đã nộp bài này trong cuộc thi.");
            round = r.GetInt32(0); before = r.IsDBNull(1) ? null : r.GetString(1);
        }
        if (before == reason) return Outcome<bool>.Ok(true);
        await using (var cmd = new NpgsqlCommand("UPDATE quiz_attempts SET disqualified_reason = $2 WHERE id = $1", c, ntx))
        {
            cmd.Parameters.AddWithValue(attemptId); cmd.Parameters.AddWithValue((object?)reason ?? DBNull.Value);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        db.AuditEntries.Add(new Lantoa.Domain.Audit.AuditEntry(clock.GetUtcNow(), Actor.UserId, Actor.UserName, Actor.ProvinceId, "QuizAttempt",
            attemptId.ToString(CultureInfo.InvariantCulture), "Updated",
            System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?[]> { ["DisqualifiedReason"] = [before, reason] }, AuditJson)));
        await db.SaveChangesAsync(ct);
        var quiz = await store.QuizAsync(quizId, ct);
        if (quiz?.Rounds.FirstOrDefault(r => r.Number == round) is { } info && info.Status(clock.GetUtcNow()) == "closed")
            await QuizRankingStore.RankAsync(c, ntx, quizId, round, clock.GetUtcNow(), ct);
        await tx.CommitAsync(ct);
        return Outcome<bool>.Ok(true);
    }

    private AuditIdentity Actor => auditActor.Current;

    private static readonly System.Text.Json.JsonSerializerOptions AuditJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
