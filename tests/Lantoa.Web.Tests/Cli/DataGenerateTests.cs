using Lantoa.Domain.Plans;
using Lantoa.Domain.Units;
using Lantoa.Domain.Users;
using Lantoa.Web.Cli;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lantoa.Web.Tests.Cli;

/// <summary>`data generate --scale small` in-process into a fresh empty database of the test server (ConnectionStrings__Lantoa
/// points at it, --database names it): what it promises — fan-out to every commune, reports, targets, submissions,
/// working logins, sequences the app can continue — and that the same command gives the same rows.</summary>
[Collection(DatabaseCollection.Name)]
public class DataGenerateTests(DatabaseFixture fixture)
{
    private static async Task<string> GenerateSmallAsync(string cs)
    {
        var name = new NpgsqlConnectionStringBuilder(cs).Database!;
        var (exit, output, error) = await Cli.RunAsync(cs, "data", "generate", "--scale", "small", "--database", name);
        Assert.True(exit == 0, error);
        return output;
    }

    [Fact]
    public async Task Small_scale_keeps_its_promises_and_the_app_can_write_after_it()
    {
        var cs = await fixture.NewDatabaseAsync(empty: true);
        var output = await GenerateSmallAsync(cs);
        Assert.Contains("assignments", output);
        Assert.Contains("target_entries", output);
        Assert.Contains("Thời gian:", output);

        // Two provinces (Lai Châu, Huế), five plans a year for 2025 and 2026, 8–13 activities each.
        Assert.Equal(2, await ScalarAsync(cs, "SELECT count(*) FROM provinces"));
        Assert.Equal(20, await ScalarAsync(cs, "SELECT count(*) FROM plans"));
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM (SELECT province_id, year FROM plans GROUP BY 1, 2 HAVING count(*) <> 5) x"));
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM plans p WHERE (SELECT count(*) FROM activities a WHERE a.plan_id = p.id) NOT BETWEEN 8 AND 13"));

        // One committee per commune of the 2025 snapshot, and the commune group by rule.
        Assert.Equal(78, await ScalarAsync(cs, "SELECT count(*) FROM units WHERE kind = 'CommuneCommittee'"));
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM provinces v WHERE (SELECT count(*) FROM units u WHERE u.province_id = v.id AND u.kind = 'CommuneCommittee') " +
            "<> (SELECT count(*) FROM admin_units a WHERE a.province_code = v.code AND a.level = 'Commune' AND a.source = 'gso-2025-07-01')"));
        Assert.Equal(2, await ScalarAsync(cs, $"SELECT count(*) FROM unit_groups WHERE rule_kind = '{UnitKind.CommuneCommittee}' AND name = 'UBND cấp xã'"));

        // Assignments are exactly the parties fanned out: a unit once, the commune group to every commune of the province.
        const string communesOfPlan =
            "(SELECT count(*) FROM units u WHERE u.province_id = p.province_id AND u.kind = 'CommuneCommittee')";
        var assignments = await ScalarAsync(cs, "SELECT count(*) FROM assignments");
        Assert.Equal(assignments, await ScalarAsync(cs,
            $"SELECT sum(CASE WHEN ap.group_id IS NULL THEN 1 ELSE {communesOfPlan} END) FROM activity_parties ap " +
            "JOIN activities a ON a.id = ap.activity_id JOIN plans p ON p.id = a.plan_id"));
        Assert.True(await ScalarAsync(cs, "SELECT count(*) FROM activity_parties WHERE group_id IS NOT NULL") > 100);
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM activity_parties ap JOIN activities a ON a.id = ap.activity_id JOIN plans p ON p.id = a.plan_id " +
            "WHERE ap.group_id IS NOT NULL AND (SELECT count(*) FROM assignments s WHERE s.activity_id = a.id AND s.via_group_id = ap.group_id " +
            $"AND s.role = ap.role) <> {communesOfPlan}"));
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM assignments a JOIN plans p ON p.id = a.plan_id JOIN units u ON u.id = a.unit_id WHERE u.province_id <> p.province_id"));
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM assignments a JOIN plans p ON p.id = a.plan_id JOIN provinces v ON v.id = p.province_id " +
            "JOIN units u ON u.id = a.unit_id LEFT JOIN admin_units au ON au.id = u.admin_unit_id WHERE a.via_group_id IS NOT NULL " +
            "AND NOT (u.kind = 'CommuneCommittee' AND au.level = 'Commune' AND au.source = 'gso-2025-07-01' AND au.province_code = v.code)"));

        // Reports with a figure each and their history; targets with weekly entries; submissions, some late.
        var reports = await ScalarAsync(cs, "SELECT count(*) FROM progress_reports");
        Assert.True(reports > assignments / 3, $"{reports} báo cáo cho {assignments} nhiệm vụ");
        Assert.Equal(reports, await ScalarAsync(cs, "SELECT count(*) FROM report_figures"));
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM progress_reports r JOIN assignments a ON a.id = r.assignment_id WHERE r.unit_id <> a.unit_id OR r.plan_id <> a.plan_id"));
        Assert.Equal(await ScalarAsync(cs, "SELECT count(*) FROM progress_reports WHERE submitted_at IS NOT NULL"),
            await ScalarAsync(cs, "SELECT count(*) FROM report_versions WHERE action = 'Submitted'"));
        Assert.True(await ScalarAsync(cs, "SELECT count(*) FROM progress_reports WHERE state = 'Approved'") > 0);
        Assert.True(await ScalarAsync(cs, "SELECT count(*) FROM targets WHERE period = 'Week'") > 0);
        Assert.True(await ScalarAsync(cs, "SELECT count(*) FROM target_entries") > await ScalarAsync(cs, "SELECT count(*) FROM targets") * 5);
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM target_entries e JOIN targets t ON t.id = e.target_id WHERE t.period = 'Week' AND e.period_key !~ '^\\d{4}-W\\d{2}$'"));
        Assert.True(await ScalarAsync(cs, "SELECT count(*) FROM obligation_submissions WHERE submitted_on > due_on") > 0);
        Assert.True(await ScalarAsync(cs, "SELECT count(*) FROM obligation_submissions WHERE submitted_on <= due_on") > 0);
        Assert.Equal(0, await ScalarAsync(cs, "SELECT count(*) FROM obligation_submissions WHERE submitted_on >= '2026-11-16'"));

        // A quiz per province on its DX Day plan's activity, with a closed round already ranked: 10.000 attempts in the
        // first province's, 2.000 in the other's, two per entrant, every entrant living in the quiz's province.
        Assert.Equal(2, await ScalarAsync(cs,
            "SELECT count(*) FROM quizzes q JOIN activities a ON a.id = q.activity_id JOIN plans p ON p.id = a.plan_id " +
            "WHERE q.published AND p.province_id = q.province_id AND p.kind = 'DxDay' AND p.year = 2025"));
        Assert.Equal(12_000, await ScalarAsync(cs, "SELECT count(*) FROM quiz_attempts WHERE submitted_at IS NOT NULL"));
        Assert.Equal(10_000, await ScalarAsync(cs, "SELECT max(n) FROM (SELECT count(*) n FROM quiz_attempts GROUP BY quiz_id) x"));
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM (SELECT 1 FROM quiz_attempts GROUP BY quiz_id, round_number, citizen_id HAVING count(*) <> 2) x"));
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id JOIN provinces v ON v.id = q.province_id " +
            "JOIN citizens c ON c.id = a.citizen_id JOIN quiz_rounds r ON r.quiz_id = a.quiz_id AND r.number = a.round_number " +
            "WHERE c.province_code <> v.code OR a.started_at < r.opens_at OR a.submitted_at > r.closes_at OR r.closes_at >= '2026-11-16'"));
        Assert.Equal(2, await ScalarAsync(cs, "SELECT count(*) FROM quiz_round_rankings WHERE ranked > 0"));
        Assert.Equal(await ScalarAsync(cs, "SELECT sum(ranked) FROM quiz_round_rankings"), await ScalarAsync(cs, "SELECT count(*) FROM quiz_rankings"));
        Assert.Equal(2, await ScalarAsync(cs, "SELECT count(*) FROM quiz_rankings WHERE rank = 1 AND prize = 'Giải nhất'"));
        // Some accounts share a CCCD, and accounts sharing one are one person: never ranked twice in a round.
        Assert.True(await ScalarAsync(cs,
            "SELECT count(*) FROM (SELECT id_card_hash FROM citizens WHERE id_card_hash IS NOT NULL GROUP BY 1 HAVING count(*) > 1) x") > 10);
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM (SELECT 1 FROM quiz_rankings r JOIN citizens c ON c.id = r.citizen_id WHERE c.id_card_hash IS NOT NULL " +
            "GROUP BY r.quiz_id, r.round_number, c.id_card_hash HAVING count(*) > 1) x"));

        var digests = new Dictionary<string, string?>();
        foreach (var table in DigestedTables) digests[table] = await DigestAsync(cs, table);

        // The logins work with the demo password, and the app continues every sequence.
        await using var services = LantoaWeb.CommandLineServices(cs);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
            var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<User>>();
            foreach (var login in new[] { "dieuphoi.12", "xa.12.1", "xa.46.40" })
            {
                var user = await db.Users.SingleAsync(u => u.UserName == login);
                Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, user.PasswordHash, DemoSeeder.DemoPassword));
            }
            var citizen = await db.Set<Lantoa.Domain.Citizens.Citizen>().SingleAsync(c => c.Email == "thisinh.12.1@lantoa.invalid");
            Assert.Equal(PasswordVerificationResult.Success,
                scope.ServiceProvider.GetRequiredService<IPasswordHasher<Lantoa.Domain.Citizens.Citizen>>().VerifyHashedPassword(citizen, citizen.PasswordHash, DemoSeeder.DemoPassword));
            var coordinator = await db.Users.SingleAsync(u => u.UserName == "dieuphoi.12");
            Assert.Equal(new[] { Role.Coordinator }, coordinator.Roles);

            // Generated plans are issued plans (with their number and day): none is a draft that units would not see.
            Assert.False(await db.Plans.AnyAsync(p => p.Status == PlanStatus.Draft));
            Assert.All(await db.Plans.Take(50).ToListAsync(), p => Assert.True(p.IsIssued && p.IssuedOn is not null && DocumentSymbol.TryParse(p.NumberSymbol, out var s) && s.Number is not null));
            var lastPlan = await db.Plans.MaxAsync(p => p.Id);
            var lastUnit = await db.Units.MaxAsync(u => u.Id);
            var plan = new Plan(coordinator.ProvinceId!.Value, "Kế hoạch thêm sau khi sinh dữ liệu", PlanKind.Other, 2026, DateTimeOffset.UtcNow);
            plan.RefreshSearchKey();
            var unit = new Unit(coordinator.ProvinceId!.Value, "Trung tâm Chuyển đổi số", UnitKind.Department);
            unit.RefreshSearchKey();
            db.Plans.Add(plan);
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            Assert.Equal(lastPlan + 1, plan.Id);
            Assert.Equal(lastUnit + 1, unit.Id);
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
            var plan = await db.Plans.Include(p => p.Activities).Where(p => p.Status == PlanStatus.InProgress).OrderBy(p => p.Id).FirstAsync();
            var activity = plan.AddActivity("99", "Hoạt động thêm sau khi sinh dữ liệu", ActivityKind.Other);
            await db.SaveChangesAsync();
            Assert.True(activity.Id > 0);
            var lastAssignment = await db.Assignments.MaxAsync(a => a.Id);
            var commune = await db.Units.Where(u => u.ProvinceId == plan.ProvinceId && u.Kind == UnitKind.CommuneCommittee).Select(u => u.Id).FirstAsync();
            var assignment = new Assignment(plan.Id, activity.Id, commune, PartyRole.Lead, null);
            db.Assignments.Add(assignment);
            await db.SaveChangesAsync();
            Assert.Equal(lastAssignment + 1, assignment.Id);
        }

        // The constraints and indexes set aside during the load are all back, as the migrations define them.
        var demo = await fixture.NewDatabaseAsync();
        const string shape =
            "SELECT string_agg(x, E'\\n' ORDER BY x) FROM (SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) x " +
            "FROM pg_constraint WHERE connamespace = 'public'::regnamespace UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public') s";
        Assert.Equal(await TextAsync(demo, shape), await TextAsync(cs, shape));

        // Deterministic: the same command into another database gives the same rows.
        var again = await fixture.NewDatabaseAsync(empty: true);
        await GenerateSmallAsync(again);
        foreach (var table in DigestedTables) Assert.Equal(digests[table], await DigestAsync(again, table));
    }

    private static readonly string[] DigestedTables =
        ["units", "plans", "activities", "assignments", "progress_reports", "report_versions", "target_entries", "obligation_submissions", "quiz_attempts"];

    private static Task<string?> DigestAsync(string cs, string table) =>
        TextAsync(cs, $"SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM {table} t");

    [Fact]
    public async Task An_unknown_scale_or_a_bad_database_name_is_bad_input()
    {
        var cs = await fixture.NewDatabaseAsync(empty: true);
        var (exit, _, error) = await Cli.RunAsync(cs, "data", "generate", "--scale", "huge");
        Assert.Equal(2, exit);
        Assert.Contains("national hoặc small", error);
        (exit, _, error) = await Cli.RunAsync(cs, "data", "generate", "--scale", "small", "--database", "Ten-Sai");
        Assert.Equal(2, exit);
        Assert.Contains("không hợp lệ", error);
        (exit, _, error) = await Cli.RunAsync(cs, "data", "generate", "--scale", "small", "--year", "2024");
        Assert.Equal(2, exit);
        Assert.Contains("01/07/2025", error);
    }

    [Fact]
    public async Task It_will_not_replace_a_database_it_did_not_make()
    {
        var cs = await fixture.NewDatabaseAsync();                       // the demo data
        var name = new NpgsqlConnectionStringBuilder(cs).Database!;
        var (exit, _, error) = await Cli.RunAsync(cs, "data", "generate", "--scale", "small", "--database", name);
        Assert.Equal(2, exit);
        Assert.Contains("--replace", error);
        Assert.Equal(3, await ScalarAsync(cs, "SELECT count(*) FROM plans"));
    }

    private static async Task<long> ScalarAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    private static async Task<string?> TextAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await cmd.ExecuteScalarAsync() as string;
    }
}
