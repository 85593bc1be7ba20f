using System.Net;
using System.Text;
using Lantoa.Web.Tests.Infrastructure;
using Npgsql;

namespace Lantoa.Web.Tests.Features.MyWork;

/// <summary>
/// "Việc của đơn vị" for a unit with the work of a commune of the national dataset (a thousand assignments on one
/// issued plan, some overdue, some due within a week, some reported): pages of 25 under 150 KB of HTML, overdue first
/// (most days late first), then due soon (soonest first), then the rest; filters by plan, status and period; bad filter
/// values get a Vietnamese 422.
/// </summary>
public class MyWorkPagingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset Today = new(2024, 10, 5, 9, 0, 0, TimeSpan.FromHours(7));
    private const int Items = 1000;
    private const int Overdue = 137;      // ended before 05/10/2024, nothing reported
    private const int DueSoon = 41;       // ends 05/10–12/10/2024, nothing reported
    private const int ReportedLate = 60;  // ended, but a submitted report: not overdue

    [Fact]
    public async Task A_thousand_assignments_come_in_small_pages_overdue_first_and_filter_by_plan_status_and_period()
    {
        await using var app = await TestApp.StartAsync(fixture, Today);
        var ids = await DemoIds.LoadAsync(app);
        var plan = await SeedAsync(app.ConnectionString, ids.BenLucUnit);

        var officer = app.NewClient();
        await officer.LoginAsync("benluc");
        var response = await officer.GetAsync("/MyWork");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(Encoding.UTF8.GetByteCount(html) < 150_000, $"{Encoding.UTF8.GetByteCount(html) / 1024} KB");
        var page = await TestApp.Client.ParseAsync(html);
        var rows = page.QuerySelectorAll("[data-testid=assignment-row]");
        Assert.Equal(25, rows.Length);
        var summary = page.QuerySelector("[data-testid=mywork-summary]")!.TextContent;
        Assert.Contains("quá hạn", summary);
        Assert.Contains("sắp đến hạn", summary);
        Assert.Contains("Trang 1 /", page.QuerySelector("nav[aria-label='Phân trang']")!.TextContent);

        // Overdue first, most days late first (the seeded plan's overdue ones end 30/09/2024 back to earlier days).
        Assert.All(rows, r => Assert.Equal("Overdue", r.GetAttribute("data-bucket")));
        var late = rows.Select(r => int.Parse(r.QuerySelector("[data-testid=overdue]")!.TextContent.Split(' ')[2])).ToList();
        Assert.Equal(late.OrderByDescending(x => x), late);

        // Walk every page: each assignment once, buckets in order, every page small.
        var seen = new List<(string Id, string Bucket)>();
        for (var p = 1; ; p++)
        {
            var r = await officer.GetAsync($"/MyWork?p={p}");
            var text = await r.Content.ReadAsStringAsync();
            Assert.True(Encoding.UTF8.GetByteCount(text) < 150_000);
            var doc = await TestApp.Client.ParseAsync(text);
            var onPage = doc.QuerySelectorAll("[data-testid=assignment-row]").Select(x => (x.Id!, x.GetAttribute("data-bucket")!)).ToList();
            seen.AddRange(onPage);
            if (doc.QuerySelector("nav[aria-label='Phân trang'] a[href*='p=" + (p + 1) + "']") is null) break;
        }
        var demoAssignments = seen.Count - Items;
        Assert.True(demoAssignments >= 1, "the demo's own assignments of Bến Lức are listed too");
        Assert.Equal(seen.Count, seen.Select(s => s.Id).Distinct().Count());
        var buckets = seen.Select(s => s.Bucket).ToList();
        Assert.Equal(buckets.OrderBy(b => b == "Overdue" ? 0 : b == "DueSoon" ? 1 : 2), buckets);
        Assert.True(buckets.Count(b => b == "Overdue") >= Overdue);
        Assert.True(buckets.Count(b => b == "DueSoon") >= DueSoon);

        // Filters: status, plan, period.
        var dueSoon = await TestApp.Client.ParseAsync(await (await officer.GetAsync("/MyWork?status=due-soon")).Content.ReadAsStringAsync());
        Assert.All(dueSoon.QuerySelectorAll("[data-testid=assignment-row]"), r => Assert.Equal("DueSoon", r.GetAttribute("data-bucket")));
        var onPlan = await TestApp.Client.ParseAsync(await (await officer.GetAsync($"/MyWork?planId={plan}&status=overdue")).Content.ReadAsStringAsync());
        Assert.Contains($"{Overdue} dòng", onPlan.QuerySelector("nav[aria-label='Phân trang']")!.TextContent);
        Assert.All(onPlan.QuerySelectorAll("[data-testid=assignment-row] a[href^='/Plans/']"), a => Assert.Equal($"/Plans/{plan}", a.GetAttribute("href")));
        var reported = await TestApp.Client.ParseAsync(await (await officer.GetAsync($"/MyWork?planId={plan}&status=reported")).Content.ReadAsStringAsync());
        Assert.Contains($"{ReportedLate} dòng", reported.QuerySelector("nav[aria-label='Phân trang']")?.TextContent ?? reported.Body!.TextContent);
        var period = await TestApp.Client.ParseAsync(await (await officer.GetAsync($"/MyWork?planId={plan}&from=06/10/2024&to=12/10/2024")).Content.ReadAsStringAsync());
        Assert.Contains("dòng", period.Body!.TextContent);
        Assert.All(period.QuerySelectorAll("[data-testid=assignment-row]"), r => Assert.NotEqual("Overdue", r.GetAttribute("data-bucket")));

        // Bad filter values: a Vietnamese message and 422, never a 500.
        var bad = await officer.GetAsync("/MyWork?from=31/02/2024");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("không hợp lệ (dd/MM/yyyy)", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.GetAsync("/MyWork?status=xyz")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.GetAsync("/MyWork?from=12/10/2024&to=01/10/2024")).StatusCode);
    }

    /// <summary>One issued plan of Bến Lức's province with a thousand activities, each assigned to Bến Lức: the
    /// overdue ones end 30/09/2024 and earlier, the due-soon ones 05–12/10/2024, the rest later; some reported.</summary>
    private static async Task<int> SeedAsync(string cs, int unit)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var title = "Kế hoạch thử nghiệm một nghìn nhiệm vụ của đơn vị";
        await using var tx = await conn.BeginTransactionAsync();
        var plan = await ScalarAsync(conn, $"""
            INSERT INTO plans (province_id, issuer_name, number_symbol, place, issued_on_date, issued_on_precision, title, kind, year, status, search_key, created_at, updated_at)
            SELECT u.province_id, 'ỦY BAN NHÂN DÂN TỈNH LONG AN', '999/KH-UBND', 'Long An', DATE '2024-08-01', 'Day', '{title}', 'Other', 2024, 'InProgress', 'ke hoach thu nghiem', now(), now()
            FROM units u WHERE u.id = {unit} RETURNING id
            """);
        // i < Overdue: overdue; next ReportedLate: ended but reported; next DueSoon: due within the week; then later ones.
        await ExecAsync(conn, $"""
            INSERT INTO activities (plan_id, sort_order, label, title, kind, time_start, time_start_precision, time_end, time_end_precision)
            SELECT {plan}, i, i::text, 'Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến toàn trình, thanh toán không dùng tiền mặt và các nền tảng số, đợt ' || i,
                   'Communications', DATE '2024-01-01', 'Day',
                   CASE WHEN i < {Overdue + ReportedLate} THEN DATE '2024-09-30' - (i % {Overdue + ReportedLate})
                        WHEN i < {Overdue + ReportedLate + DueSoon} THEN DATE '2024-10-05' + (i % 8)
                        ELSE DATE '2024-10-13' + (i % 60) END, 'Day'
            FROM generate_series(0, {Items - 1}) i
            """);
        await ExecAsync(conn, $"""
            INSERT INTO assignments (plan_id, activity_id, unit_id, role)
            SELECT {plan}, a.id, {unit}, CASE WHEN a.sort_order % 3 = 0 THEN 'Lead' ELSE 'Coordinating' END FROM activities a WHERE a.plan_id = {plan}
            """);
        await ExecAsync(conn, $"""
            INSERT INTO progress_reports (province_id, plan_id, assignment_id, unit_id, created_by_user_id, status, state, created_at, updated_at, submitted_at)
            SELECT p.province_id, p.id, s.id, s.unit_id, (SELECT min(id) FROM users), 'Done', 'Submitted', now(), now(), now()
            FROM assignments s JOIN activities a ON a.id = s.activity_id JOIN plans p ON p.id = s.plan_id
            WHERE s.plan_id = {plan} AND a.sort_order >= {Overdue} AND a.sort_order < {Overdue + ReportedLate}
            """);
        await tx.CommitAsync();
        return plan;
    }

    private static async Task<int> ScalarAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync());
    }

    private static async Task ExecAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
