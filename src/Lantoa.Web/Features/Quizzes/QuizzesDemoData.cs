using Lantoa.Domain.Budgets;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Quizzes;
using Lantoa.Domain.Text;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lantoa.Web.Features.Quizzes;

/// <summary>
/// The Long An 2024 contest of the demo plan, opened on the activity whose title announces "cuộc thi trực tuyến tìm hiểu
/// về chuyển đổi số" (found by its text): two rounds 01/10–20/10 and 21/10–09/11/2024, the prizes of Phụ lục IV for
/// both rounds (11.300.000 đồng), the bank of 100 approved questions of <see cref="DemoBank"/> read by the writers'
/// form reader, and a practice round that opens at the first start and stays open 30 days.
/// </summary>
public sealed class QuizzesDemoData(LantoaDb db, QuizStore store, TimeProvider clock, ILogger<QuizzesDemoData> log)
{
    public const string PredictionText = "Dự đoán có bao nhiêu người trả lời đúng tất cả các câu hỏi?";

    public static readonly PrizeStructure LongAnPrizes = new(
        [new("Giải nhất", 1, new Money(1_000_000)), new("Giải nhì", 2, new Money(700_000)), new("Giải ba", 3, new Money(500_000)),
         new("Giải khuyến khích", 5, new Money(300_000))], 2,
        [new("Giải phụ dành cho tập thể có nhiều lượt thí sinh tham gia nhất", 1, new Money(500_000))]);

    public async Task SeedAsync(CancellationToken ct)
    {
        var province = await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Code == "80", ct);
        if (province is null) return;
        var candidates = await (from a in db.Activities.AsNoTracking()
                                join p in db.Plans.AsNoTracking() on a.PlanId equals p.Id
                                where p.ProvinceId == province.Id && p.Year == 2024
                                orderby p.Id, a.SortOrder
                                select new { a.Id, a.Title }).ToListAsync(ct);
        var activity = candidates.FirstOrDefault(a => VietnameseText.Fold(a.Title).Contains("cuoc thi truc tuyen tim hieu ve chuyen doi so", StringComparison.Ordinal));
        if (activity is null) { log.LogWarning("No Long An 2024 quiz activity in the demo plans"); return; }

        var bank = QuestionBankText.Read(DemoBank.Text);
        if (bank.HasErrors || bank.Questions.Count != 100)
            throw new InvalidOperationException("The demo bank must read as 100 questions: " + string.Join("; ", bank.Findings.Select(f => f.Message)));

        var now = clock.GetUtcNow();
        var c = await store.ConnectionAsync(ct);
        // The demo seeder may run each step in its own transaction: join it, else make one.
        var outer = db.Database.CurrentTransaction is { } current ? (NpgsqlTransaction)Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(current) : null;
        var tx = outer ?? await c.BeginTransactionAsync(ct);
        foreach (var q in bank.Questions.Select(n => n.Question))
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO quiz_questions (province_id, text, dup_key, multiple, topic, difficulty, source, explanation, status, written_by, reviewed_by, created_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'Approved', 'Tỉnh Đoàn Long An', 'Sở Thông tin và Truyền thông', $9) RETURNING id
                """, c, tx);
            insert.Parameters.AddWithValue(province.Id); insert.Parameters.AddWithValue(q.Text); insert.Parameters.AddWithValue(Question.DuplicateKey(q.Text));
            insert.Parameters.AddWithValue(q.Multiple); insert.Parameters.AddWithValue(q.Topic); insert.Parameters.AddWithValue((short)q.Difficulty);
            insert.Parameters.AddWithValue((object?)q.Source ?? DBNull.Value); insert.Parameters.AddWithValue((object?)q.Explanation ?? DBNull.Value);
            insert.Parameters.AddWithValue(now);
            var id = (long)(await insert.ExecuteScalarAsync(ct))!;
            await using var options = new NpgsqlCommand("INSERT INTO quiz_options (question_id, key, text, correct) SELECT $1, k, t, r FROM unnest($2::text[], $3::text[], $4::boolean[]) WITH ORDINALITY AS o(k, t, r, n) ORDER BY n", c, tx);
            options.Parameters.AddWithValue(id);
            options.Parameters.AddWithValue(q.Options.Select(o => o.Key).ToArray());
            options.Parameters.AddWithValue(q.Options.Select(o => o.Text).ToArray());
            options.Parameters.AddWithValue(q.Options.Select(o => o.Correct).ToArray());
            await options.ExecuteNonQueryAsync(ct);
        }

        int quizId;
        await using (var quiz = new NpgsqlCommand("""
            INSERT INTO quizzes (province_id, activity_id, title, organiser, residence_province_code, attempts_per_round, question_count,
                                 time_limit_seconds, prediction_text, prizes, collective_prizes, published, created_at)
            VALUES ($1, $2, $3, 'Tỉnh Đoàn', '80', 1, 20, 900, $4, $5::jsonb, $6::jsonb, true, $7) RETURNING id
            """, c, tx))
        {
            quiz.Parameters.AddWithValue(province.Id); quiz.Parameters.AddWithValue(activity.Id); quiz.Parameters.AddWithValue(activity.Title.Trim().TrimEnd('.'));
            quiz.Parameters.AddWithValue(PredictionText); quiz.Parameters.AddWithValue(QuizStore.TiersJson(LongAnPrizes.PerRound));
            quiz.Parameters.AddWithValue(QuizStore.TiersJson(LongAnPrizes.Collective)); quiz.Parameters.AddWithValue(now);
            quizId = (int)(await quiz.ExecuteScalarAsync(ct))!;
        }
        var vn = TimeSpan.FromHours(7);
        var rounds = new (int Number, DateTimeOffset Opens, DateTimeOffset Closes, bool Practice)[]
        {
            (0, now, now.AddDays(30), true),
            (1, new DateTimeOffset(2024, 10, 1, 0, 0, 0, vn), new DateTimeOffset(2024, 10, 21, 0, 0, 0, vn), false),
            (2, new DateTimeOffset(2024, 10, 21, 0, 0, 0, vn), new DateTimeOffset(2024, 11, 10, 0, 0, 0, vn), false),
        };
        foreach (var r in rounds)
        {
            await using var round = new NpgsqlCommand("INSERT INTO quiz_rounds (quiz_id, number, opens_at, closes_at, practice) VALUES ($1, $2, $3, $4, $5)", c, tx);
            round.Parameters.AddWithValue(quizId); round.Parameters.AddWithValue(r.Number); round.Parameters.AddWithValue(r.Opens.ToUniversalTime());
            round.Parameters.AddWithValue(r.Closes.ToUniversalTime()); round.Parameters.AddWithValue(r.Practice);
            await round.ExecuteNonQueryAsync(ct);
        }
        if (outer is null) { await tx.CommitAsync(ct); await tx.DisposeAsync(); }
        QuizStore.Forget();
    }
}
