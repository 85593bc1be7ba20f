using Lantoa.Domain.Tracking;
using Lantoa.Web.Features.Tracking.Dashboard;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lantoa.Web.Tests.Features.Tracking;

/// <summary>
/// The progress counters the dashboard reads (progress_by_activity, progress_by_unit, progress_by_unit_year), kept by
/// the database as reports change, equal the computation from scratch: on a generated dataset (`data generate --scale
/// small`), after a seeded random run of what the app does (submit, approve, return through the domain and EF, as the
/// application role) and of what only SQL does (statements touching several reports of one assignment, deletions,
/// plans withdrawn and issued again, assignments removed, a unit changing kind), and when two transactions change
/// reports of the same assignment at once.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class ProgressAggregateTests(DatabaseFixture fixture)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 2, 0, 0, TimeSpan.Zero);

    private async Task<string> GeneratedAsync()
    {
        var cs = await fixture.NewDatabaseAsync(empty: true);
        var name = new NpgsqlConnectionStringBuilder(cs).Database!;
        var (exit, _, error) = await Cli.Cli.RunAsync(cs, "data", "generate", "--scale", "small", "--database", name);
        Assert.True(exit == 0, error);
        return cs;
    }

    [Fact]
    public async Task Counters_equal_the_recomputation_after_random_submissions_returns_and_approvals()
    {
        var cs = await GeneratedAsync();
        Assert.Empty(await MismatchesAsync(cs));                           // data generate filled them from the loaded rows
        var before = await CountersAsync(cs);
        Assert.True(before.Assignments > 5_000 && before.Reported > 1_000 && before.Done > 500, $"{before}");

        var app = fixture.AsApp(cs);                                      // what the web application connects as
        var random = new Random(20261202);
        var done = new Dictionary<string, int>();
        await using var services = LantoaWeb.CommandLineServices(app);
        var user = await ScalarAsync(app, "SELECT min(id) FROM users");
        for (var step = 0; step < 240; step++)
        {
            var roll = random.Next(100);
            var op = roll switch
            {
                < 25 => await SubmitAsync(services, random, user),
                < 40 => await ReviewAsync(services, random, user, approve: true),
                < 52 => await ReviewAsync(services, random, user, approve: false),
                < 60 => await ReviewSeveralAsync(services, random, user),
                < 72 => await InsertReportsAsync(app, random, user),
                < 82 => await UpdateReportsOfOneAssignmentAsync(app, random),
                < 88 => await DeleteReportsAsync(app, random),
                < 93 => await FlipPlanAsync(app, random),
                < 97 => await DeleteAssignmentAsync(app, random),
                _ => await ChangeUnitKindAsync(app, random),
            };
            if (op is not null) done[op] = done.GetValueOrDefault(op) + 1;
        }
        Assert.True(done.Count == 10, "các thao tác đã chạy: " + string.Join(", ", done.Select(d => $"{d.Key} {d.Value}")));

        Assert.Empty(await MismatchesAsync(cs));
        var after = await CountersAsync(cs);
        Assert.NotEqual(before, after);                                   // the run changed the figures, and they still agree
    }

    [Fact]
    public async Task Two_transactions_reporting_on_one_assignment_at_once_count_it_once()
    {
        var cs = await GeneratedAsync();
        var app = fixture.AsApp(cs);
        // An assignment of an issued plan with no report yet, and two drafts on it.
        var assignment = await ScalarAsync(app,
            "SELECT min(a.id) FROM assignments a JOIN plans p ON p.id = a.plan_id WHERE p.status <> 'Draft' " +
            "AND NOT EXISTS (SELECT 1 FROM progress_reports r WHERE r.assignment_id = a.id)");
        var user = await ScalarAsync(app, "SELECT min(id) FROM users");
        var first = await InsertDraftAsync(app, assignment, user);
        var second = await InsertDraftAsync(app, assignment, user);
        var unitBefore = await UnitYearReportedAsync(app, assignment);

        await using var one = new NpgsqlConnection(app);
        await using var two = new NpgsqlConnection(app);
        await one.OpenAsync();
        await two.OpenAsync();
        await using var tx1 = await one.BeginTransactionAsync();
        await using var tx2 = await two.BeginTransactionAsync();
        await ExecAsync(one, tx1, $"UPDATE progress_reports SET state = 'Submitted', status = 'Done' WHERE id = {first}");
        var pid2 = two.ProcessID;
        var blocked = ExecAsync(two, tx2, $"UPDATE progress_reports SET state = 'Submitted', status = 'Done' WHERE id = {second}");
        // The second waits for the first's lock on the assignment (a condition, not a delay: the lock is seen in pg_locks).
        await using (var watch = new NpgsqlConnection(app))
        {
            await watch.OpenAsync();
            while (await ScalarAsync(watch, $"SELECT count(*) FROM pg_locks WHERE pid = {pid2} AND NOT granted") == 0)
            {
                Assert.False(blocked.IsCompleted, "the second transaction did not wait for the assignment's lock");
                await Task.Delay(20);
            }
        }
        await tx1.CommitAsync();
        await blocked;
        await tx2.CommitAsync();

        Assert.Equal(unitBefore + 1, await UnitYearReportedAsync(app, assignment));
        Assert.Empty(await MismatchesAsync(cs));
    }

    // ----- what the app does: the domain's state changes, saved by EF -----

    private static async Task<string?> SubmitAsync(IServiceProvider services, Random random, int user)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
        var report = await PickAsync(db.ProgressReports.Include(r => r.Figures).Include(r => r.Evidence).Include(r => r.Versions)
            .Where(r => (r.State == ReportState.Draft || r.State == ReportState.Returned) && r.PeriodFrom != null && r.PeriodTo != null), random);
        if (report is null) return null;
        var status = (ProgressStatus)random.Next(3);                      // not started, in progress, done
        report.SetStatus(status);
        report.SetNarrative("Đã triển khai theo kế hoạch; số liệu kèm theo.");
        report.Submit(user, Now);
        await db.SaveChangesAsync();
        return "gửi báo cáo";
    }

    private static async Task<string?> ReviewAsync(IServiceProvider services, Random random, int user, bool approve)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
        var report = await PickAsync(db.ProgressReports.Include(r => r.Figures).Include(r => r.Evidence).Include(r => r.Versions)
            .Where(r => r.State == ReportState.Submitted || (!approve && r.State == ReportState.Approved)), random);
        if (report is null) return null;
        if (approve) report.Approve(user, Now);
        else report.Return(user, "Đề nghị bổ sung minh chứng.", Now);
        await db.SaveChangesAsync();
        return approve ? "duyệt" : "trả lại";
    }

    /// <summary>Several reports changed by one SaveChanges (one batch, one transaction).</summary>
    private static async Task<string?> ReviewSeveralAsync(IServiceProvider services, Random random, int user)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
        var skip = random.Next(200);
        var reports = await db.ProgressReports.Include(r => r.Figures).Include(r => r.Evidence).Include(r => r.Versions).Where(r => r.State == ReportState.Submitted)
            .OrderBy(r => r.Id).Skip(skip).Take(4).ToListAsync();
        if (reports.Count == 0) return null;
        foreach (var r in reports)
            if (random.Next(2) == 0) r.Approve(user, Now);
            else r.Return(user, "Số liệu chưa khớp.", Now);
        await db.SaveChangesAsync();
        return "duyệt nhiều báo cáo một lần";
    }

    private static async Task<T?> PickAsync<T>(IQueryable<T> query, Random random) where T : class
    {
        var count = await query.CountAsync();
        return count == 0 ? null : await query.OrderBy(x => EF.Property<int>(x, "Id")).Skip(random.Next(count)).FirstAsync();
    }

    // ----- what only SQL does -----

    /// <summary>One INSERT of one to three reports on one assignment, in random states.</summary>
    private static async Task<string?> InsertReportsAsync(string cs, Random random, int user)
    {
        var assignment = await RandomAssignmentAsync(cs, random);
        var rows = Enumerable.Range(0, 1 + random.Next(3)).Select(_ =>
            $"('{States[random.Next(States.Length)]}', '{Statuses[random.Next(Statuses.Length)]}')");
        await ExecAsync(cs, $"""
            INSERT INTO progress_reports (province_id, plan_id, assignment_id, unit_id, created_by_user_id, status, state, created_at, updated_at)
            SELECT p.province_id, a.plan_id, a.id, a.unit_id, {user}, v.status, v.state, now(), now()
            FROM assignments a JOIN plans p ON p.id = a.plan_id, (VALUES {string.Join(", ", rows)}) v(state, status)
            WHERE a.id = {assignment}
            """);
        return "thêm báo cáo bằng SQL";
    }

    /// <summary>One UPDATE of every report of one assignment (several rows of one assignment in one statement).</summary>
    private static async Task<string?> UpdateReportsOfOneAssignmentAsync(string cs, Random random)
    {
        var assignment = await ScalarAsync(cs,
            $"SELECT assignment_id FROM progress_reports GROUP BY assignment_id HAVING count(*) > 1 ORDER BY assignment_id OFFSET {random.Next(30)} LIMIT 1");
        if (assignment == 0) return null;
        await ExecAsync(cs, $"UPDATE progress_reports SET state = CASE WHEN id % 2 = {random.Next(2)} THEN '{States[random.Next(States.Length)]}' " +
                            $"ELSE '{States[random.Next(States.Length)]}' END, status = '{Statuses[random.Next(Statuses.Length)]}' WHERE assignment_id = {assignment}");
        return "sửa nhiều báo cáo một câu";
    }

    private static async Task<string?> DeleteReportsAsync(string cs, Random random)
    {
        var assignment = await RandomReportedAssignmentAsync(cs, random);
        if (assignment == 0) return null;
        await ExecAsync(cs, $"DELETE FROM progress_reports WHERE assignment_id = {assignment} AND id % {1 + random.Next(2)} = 0");
        return "xóa báo cáo";
    }

    /// <summary>A plan withdrawn to a draft, or a draft issued again, sometimes with another year.</summary>
    private static async Task<string?> FlipPlanAsync(string cs, Random random)
    {
        var plan = await ScalarAsync(cs, $"SELECT id FROM plans ORDER BY id OFFSET {random.Next(20)} LIMIT 1");
        var year = random.Next(4) == 0 ? ", year = CASE year WHEN 2025 THEN 2026 ELSE 2025 END" : "";
        await ExecAsync(cs, $"UPDATE plans SET status = CASE WHEN status = 'Draft' THEN 'InProgress' ELSE 'Draft' END{year} WHERE id = {plan}");
        return "thu hồi hoặc ban hành lại kế hoạch";
    }

    private static async Task<string?> DeleteAssignmentAsync(string cs, Random random)
    {
        var assignment = await RandomReportedAssignmentAsync(cs, random);
        if (assignment == 0) return null;
        await ExecAsync(cs, $"DELETE FROM assignments WHERE id = {assignment}");
        return "xóa nhiệm vụ";
    }

    private static async Task<string?> ChangeUnitKindAsync(string cs, Random random)
    {
        var unit = await ScalarAsync(cs, $"SELECT id FROM units WHERE kind IN ('CommuneCommittee', 'Department') ORDER BY id OFFSET {random.Next(60)} LIMIT 1");
        await ExecAsync(cs, $"UPDATE units SET kind = CASE kind WHEN 'CommuneCommittee' THEN 'Other' ELSE 'Press' END WHERE id = {unit}");
        return "đổi loại đơn vị";
    }

    private static readonly string[] States = ["Draft", "Submitted", "Returned", "Approved"];
    private static readonly string[] Statuses = ["NotStarted", "InProgress", "Done", "NotDone"];

    private static Task<int> RandomAssignmentAsync(string cs, Random random) =>
        ScalarAsync(cs, $"SELECT id FROM assignments ORDER BY id OFFSET {random.Next(5000)} LIMIT 1");

    private static Task<int> RandomReportedAssignmentAsync(string cs, Random random) =>
        ScalarAsync(cs, $"SELECT assignment_id FROM progress_reports WHERE state IN ('Submitted', 'Approved') ORDER BY id OFFSET {random.Next(2000)} LIMIT 1");

    private static async Task<int> InsertDraftAsync(string cs, int assignment, int user) => await ScalarAsync(cs, $"""
        INSERT INTO progress_reports (province_id, plan_id, assignment_id, unit_id, created_by_user_id, status, state, created_at, updated_at)
        SELECT p.province_id, a.plan_id, a.id, a.unit_id, {user}, 'InProgress', 'Draft', now(), now()
        FROM assignments a JOIN plans p ON p.id = a.plan_id WHERE a.id = {assignment} RETURNING id
        """);

    private static Task<int> UnitYearReportedAsync(string cs, int assignment) => ScalarAsync(cs,
        $"SELECT g.reported FROM progress_by_unit_year g JOIN assignments a ON a.unit_id = g.unit_id JOIN plans p ON p.id = a.plan_id AND p.year = g.year WHERE a.id = {assignment}");

    // ----- helpers -----

    private sealed record Counters(long Assignments, long Reported, long Done);

    private static async Task<Counters> CountersAsync(string cs)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT sum(assignments), sum(reported), sum(done) FROM progress_by_activity", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Counters(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static async Task<IReadOnlyList<string>> MismatchesAsync(string cs)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        return await ProgressAggregates.MismatchesAsync(conn);
    }

    private static async Task<int> ScalarAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        return await ScalarAsync(conn, sql);
    }

    private static async Task<int> ScalarAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        var value = await cmd.ExecuteScalarAsync();
        return value is null or DBNull ? 0 : Convert.ToInt32(value);
    }

    private static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task ExecAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await cmd.ExecuteNonQueryAsync();
    }
}
