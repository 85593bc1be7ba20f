using System.Globalization;
using System.Text;
using System.Text.Json;
using Lantoa.Domain;
using Lantoa.Domain.Audit;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Quizzes;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Budgets;
using Lantoa.Web.Features.Documents;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Lantoa.Web.Features.Quizzes;

public sealed record BankRow(long Id, string Text, string Topic, Difficulty Level, string Status, string? WrittenBy, int? WrittenByUserId,
    string? ReviewedBy, string? Note, string CorrectKeys, int Options);

/// <summary>What an import came to: how many questions were saved (0 when any problem was found), every problem and
/// warning by question number, and the near-duplicates (saved, but flagged for the reviewer).</summary>
public sealed record BankImport(int Saved, IReadOnlyList<Finding> Findings, IReadOnlyList<string> NearDuplicates)
{
    public bool Refused => Findings.Any(f => f.Severity == Severity.Error);
}

/// <summary>
/// A province's question bank for its organisers: import from a .docx, .xlsx or .txt in the writers' form ("Câu 1: …
/// A. … Đáp án: B") or as a table (<see cref="QuestionBankTable"/>) — every problem by question number, and nothing
/// saved when there is one; near-duplicates without diacritics are refused, near ones warned about
/// (<see cref="QuestionSimilarity"/>); then the workflow the budget pays for: written → sent for review (thẩm định) →
/// approved by someone other than the writer, or sent back with a note. Every change is in the audit trail; the
/// approved bank papers draw from is forgotten by <see cref="QuizStore"/> at once.
/// </summary>
public sealed class QuizBankEditor(QuizStore store, LantoaDb db, IAuditActor auditActor, TimeProvider clock)
{
    public const long MaxFileBytes = 10L * 1024 * 1024;

    public static readonly IReadOnlyDictionary<string, string> StatusNames = new Dictionary<string, string>
    {
        ["Written"] = "Đang soạn", ["InReview"] = "Chờ thẩm định", ["Approved"] = "Đã duyệt", ["Rejected"] = "Trả lại",
    };

    /// <summary>The writers' text of an uploaded file, or the Vietnamese reason it cannot be read.</summary>
    public static (string? Text, string? Refusal) ReadFile(string? fileName, byte[] bytes, CancellationToken ct = default)
    {
        if (bytes.Length == 0) return (null, "Tệp rỗng.");
        if (bytes.Length > MaxFileBytes) return (null, $"Tệp quá lớn (tối đa {MaxFileBytes / 1024 / 1024} MB).");
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        switch (extension)
        {
            case ".docx":
            {
                var doc = DocxReader.Read(fileName!, bytes, ct);
                if (doc.Findings.FirstOrDefault(f => f.Severity == Severity.Error) is { } refusal) return (null, refusal.Message);
                var text = new StringBuilder();
                foreach (var block in doc.Blocks)
                    switch (block)
                    {
                        case SourceParagraph p: text.Append(p.Display).Append('\n'); break;
                        case SourceTable t:
                            var rows = t.Rows.Select(r => (IReadOnlyList<string?>)[.. r]).ToList();
                            text.Append(QuestionBankTable.ToText(rows) ?? string.Join('\n', t.Rows.Select(r => string.Join(' ', r)))).Append('\n');
                            break;
                    }
                return (text.ToString(), null);
            }
            case ".xlsx":
            {
                IReadOnlyList<IReadOnlyList<string?>> rows;
                try { rows = EstimateWorkbook.ReadGrid(new MemoryStream(bytes, writable: false), ct); }
                catch (DomainException e) { return (null, e.Message); }
                return QuestionBankTable.ToText(rows) is { } text ? (text, null)
                    : (null, "Không tìm thấy dòng tiêu đề của bảng câu hỏi: cần các cột \"Câu hỏi\", \"A\", \"B\" (… \"F\") và \"Đáp án\".");
            }
            case ".txt" or ".md" or "":
                if (!FileSignature.LooksLikeText(bytes)) return (null, "Tệp không phải văn bản (.txt); hãy tải .docx, .xlsx hoặc .txt.");
                try { return (new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'), null); }
                catch (DecoderFallbackException) { return (null, "Tệp .txt phải có mã UTF-8."); }
            default:
                return (null, "Chỉ nhận tệp .docx, .xlsx hoặc .txt.");
        }
    }

    private Actor? _actor;

    /// <summary>Reads <paramref name="text"/> against the province's bank and, when nothing is wrong, saves every question as
    /// written by <paramref name="actor"/> in one transaction.</summary>
    public async Task<BankImport> ImportAsync(int provinceId, Actor actor, string text, CancellationToken ct)
    {
        _actor = actor;
        var existing = await TextsAsync(provinceId, ct);
        var reading = QuestionBankText.Read(text, existing);
        var near = QuestionSimilarity.Find(reading.Questions, existing)
            .Select(n => $"Câu {n.Number}: gần giống câu \"{Short(n.Similar)}\" (không kể dấu).").ToList();
        if (reading.HasErrors) return new BankImport(0, reading.Findings, near);

        var c = await store.ConnectionAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ntx = (NpgsqlTransaction)tx.GetDbTransaction();
        var now = clock.GetUtcNow();
        long first = 0;
        try
        {
            foreach (var q in reading.Questions.Select(n => n.Question))
            {
                await using var insert = new NpgsqlCommand("""
                    INSERT INTO quiz_questions (province_id, text, dup_key, multiple, topic, difficulty, source, explanation, status, written_by,
                                                written_by_user_id, created_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'Written', $9, $10, $11) RETURNING id
                    """, c, ntx);
                insert.Parameters.AddWithValue(provinceId); insert.Parameters.AddWithValue(q.Text); insert.Parameters.AddWithValue(Question.DuplicateKey(q.Text));
                insert.Parameters.AddWithValue(q.Multiple); insert.Parameters.AddWithValue(q.Topic); insert.Parameters.AddWithValue((short)q.Difficulty);
                insert.Parameters.AddWithValue((object?)q.Source ?? DBNull.Value); insert.Parameters.AddWithValue((object?)q.Explanation ?? DBNull.Value);
                insert.Parameters.AddWithValue(actor.UserName); insert.Parameters.AddWithValue(actor.UserId); insert.Parameters.AddWithValue(now);
                var id = (long)(await insert.ExecuteScalarAsync(ct))!;
                if (first == 0) first = id;
                await using var options = new NpgsqlCommand("INSERT INTO quiz_options (question_id, key, text, correct) SELECT $1, k, t, r FROM unnest($2::text[], $3::text[], $4::boolean[]) WITH ORDINALITY AS o(k, t, r, n) ORDER BY n", c, ntx);
                options.Parameters.AddWithValue(id);
                options.Parameters.AddWithValue(q.Options.Select(o => o.Key).ToArray());
                options.Parameters.AddWithValue(q.Options.Select(o => o.Text).ToArray());
                options.Parameters.AddWithValue(q.Options.Select(o => o.Correct).ToArray());
                await options.ExecuteNonQueryAsync(ct);
            }
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await tx.RollbackAsync(ct);
            return new BankImport(0, [new Finding(Severity.Error, "bank-duplicate-existing",
                "Một câu hỏi vừa được người khác thêm vào ngân hàng cùng lúc (trùng nội dung); không câu nào được lưu, hãy tải lại tệp.")], near);
        }
        Audit(first.ToString(CultureInfo.InvariantCulture), "Created", new() { ["QuestionsImported"] = [null, reading.Questions.Count.ToString(CultureInfo.InvariantCulture)] });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        QuizStore.Forget();
        return new BankImport(reading.Questions.Count, reading.Findings, near);
    }

    private async Task<List<string>> TextsAsync(int provinceId, CancellationToken ct)
    {
        var c = await store.ConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT text FROM quiz_questions WHERE province_id = $1", c);
        cmd.Parameters.AddWithValue(provinceId);
        var list = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(r.GetString(0));
        return list;
    }

    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(int provinceId, CancellationToken ct)
    {
        var c = await store.ConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT status, count(*)::int FROM quiz_questions WHERE province_id = $1 GROUP BY status", c);
        cmd.Parameters.AddWithValue(provinceId);
        var counts = StatusNames.Keys.ToDictionary(k => k, _ => 0);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) counts[r.GetString(0)] = r.GetInt32(1);
        return counts;
    }

    public async Task<IReadOnlyList<BankRow>> ListAsync(int provinceId, string? status, string? search, int limit, CancellationToken ct)
    {
        var c = await store.ConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            SELECT q.id, q.text, q.topic, q.difficulty, q.status, q.written_by, q.written_by_user_id, q.reviewed_by, q.review_note,
                   (SELECT string_agg(o.key, ', ' ORDER BY o.id) FILTER (WHERE o.correct) FROM quiz_options o WHERE o.question_id = q.id),
                   (SELECT count(*)::int FROM quiz_options o WHERE o.question_id = q.id)
            FROM quiz_questions q WHERE q.province_id = $1 AND ($2::text IS NULL OR q.status = $2) AND ($3::text IS NULL OR q.dup_key LIKE '%' || $3 || '%')
            ORDER BY q.id LIMIT $4
            """, c);
        cmd.Parameters.AddWithValue(provinceId); cmd.Parameters.AddWithValue((object?)status ?? DBNull.Value);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)(string.IsNullOrWhiteSpace(search) ? null : Question.DuplicateKey(search)) ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.AddWithValue(limit);
        var rows = new List<BankRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            rows.Add(new BankRow(r.GetInt64(0), r.GetString(1), r.GetString(2), (Difficulty)r.GetInt16(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5),
                r.IsDBNull(6) ? null : r.GetInt32(6), r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8),
                r.IsDBNull(9) ? "" : r.GetString(9), r.GetInt32(10)));
        return rows;
    }

    /// <summary>
    /// Moves the chosen questions on: "submit" (written or sent back → waiting for review), "approve" (waiting → approved,
    /// by someone other than the writer), "return" (waiting → sent back, with a note). Questions of another province are
    /// not found; a question whose state does not allow the step is reported and left as it is.
    /// </summary>
    public async Task<(int Done, IReadOnlyList<string> Refused)> ActAsync(int provinceId, Actor actor, string action, IReadOnlyCollection<long> ids,
        string? note, CancellationToken ct)
    {
        _actor = actor;
        var (from, to) = action switch
        {
            "submit" => (new[] { "Written", "Rejected" }, "InReview"),
            "approve" => (["InReview"], "Approved"),
            "return" => (["InReview"], "Rejected"),
            _ => throw new DomainException("Thao tác không hợp lệ."),
        };
        note = Infrastructure.Web.TextInput.Clean(note);
        if (action == "return" && note is null) throw new DomainException("Hãy ghi ý kiến thẩm định khi trả lại câu hỏi.");
        if (note is { Length: > 1000 }) throw new DomainException("Ý kiến thẩm định tối đa 1.000 ký tự.");
        if (ids.Count == 0) throw new DomainException("Hãy chọn ít nhất một câu hỏi.");

        var c = await store.ConnectionAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ntx = (NpgsqlTransaction)tx.GetDbTransaction();
        var rows = new List<(long Id, string Status, int? Writer)>();
        await using (var cmd = new NpgsqlCommand("SELECT id, status, written_by_user_id FROM quiz_questions WHERE province_id = $1 AND id = ANY($2) ORDER BY id FOR UPDATE", c, ntx))
        {
            cmd.Parameters.AddWithValue(provinceId); cmd.Parameters.Add(QuizStore.Longs(ids));
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) rows.Add((r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetInt32(2)));
        }
        var refused = new List<string>();
        foreach (var missing in ids.Except(rows.Select(r => r.Id))) refused.Add($"Câu hỏi số {missing}: không có trong ngân hàng của tỉnh.");
        var done = 0;
        var now = clock.GetUtcNow();
        foreach (var (id, status, writer) in rows)
        {
            if (!from.Contains(status)) { refused.Add($"Câu hỏi số {id}: đang ở trạng thái \"{StatusNames[status]}\", không thể {ActionName(action)}."); continue; }
            if (action == "approve" && !AccessPolicy.CanReviewQuestion(actor, provinceId, writer))
            {
                refused.Add($"Câu hỏi số {id}: người soạn không tự thẩm định câu hỏi của mình.");
                continue;
            }
            var review = action is "approve" or "return";
            await using var update = new NpgsqlCommand("""
                UPDATE quiz_questions SET status = $2,
                    reviewed_by = CASE WHEN $3 THEN $4 ELSE reviewed_by END, reviewed_by_user_id = CASE WHEN $3 THEN $5 ELSE reviewed_by_user_id END,
                    reviewed_at = CASE WHEN $3 THEN $6 ELSE reviewed_at END, review_note = CASE WHEN $3 THEN $7 ELSE review_note END
                WHERE id = $1
                """, c, ntx);
            update.Parameters.AddWithValue(id); update.Parameters.AddWithValue(to); update.Parameters.AddWithValue(review);
            update.Parameters.AddWithValue(actor.UserName); update.Parameters.AddWithValue(actor.UserId); update.Parameters.AddWithValue(now);
            update.Parameters.Add(new NpgsqlParameter { Value = (object?)note ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            await update.ExecuteNonQueryAsync(ct);
            var changes = new Dictionary<string, string?[]> { ["QuestionStatus"] = [StatusNames[status], StatusNames[to]] };
            if (review) changes["ReviewedBy"] = [null, actor.UserName];
            if (note is not null) changes["ReviewNote"] = [null, note];
            Audit(id.ToString(CultureInfo.InvariantCulture), "Updated", changes);
            done++;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        QuizStore.Forget();
        return (done, refused);
    }

    private static string ActionName(string action) => action switch { "submit" => "gửi thẩm định", "approve" => "phê duyệt", _ => "trả lại" };

    private void Audit(string id, string action, Dictionary<string, string?[]> changes)
    {
        var who = auditActor.Current;
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), who.UserId ?? _actor?.UserId, who.UserName, who.ProvinceId ?? _actor?.ProvinceId, "QuizQuestion", id, action,
            JsonSerializer.Serialize(changes, AuditJson)));
    }

    private static readonly JsonSerializerOptions AuditJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private static string Short(string s) => s.Length <= 80 ? s : s[..77] + "…";
}
