using System.Net;
using System.Text;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Features.Documents;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Tracking;

public class TrackingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset October5 = new(2024, 10, 5, 9, 0, 0, TimeSpan.FromHours(7));

    private static Task<int> DxDayPlanAsync(TestApp app) => app.DbAsync(db => DemoIds.LongAnDxDayPlanAsync(db));

    private static Task<int> AssignmentOfAsync(TestApp app, int planId, string unitName, string label) => app.InScopeAsync(sp =>
    {
        var db = sp.GetRequiredService<LantoaDb>();
        return (from a in db.Assignments
                join act in db.Activities on a.ActivityId equals act.Id
                join u in db.Units on a.UnitId equals u.Id
                where a.PlanId == planId && u.Name == unitName && act.Label == label
                select a.Id).FirstAsync();
    });

    private static Task<int> ReportCountAsync(TestApp app) => app.DbAsync(db => db.ProgressReports.CountAsync());

    [Fact]
    public async Task Bad_reports_are_refused_in_Vietnamese_and_nothing_is_stored()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var planId = await DxDayPlanAsync(app);
        var own = await AssignmentOfAsync(app, planId, "UBND huyện Bến Lức", "2.2");
        var other = await AssignmentOfAsync(app, planId, "UBND huyện Đức Hòa", "2.2");
        var officer = app.NewClient();
        await officer.LoginAsync("benluc");
        var url = $"/Reports/Assignment/{own}";
        var fields = new Dictionary<string, string> { ["Form.Status"] = "InProgress", ["Form.PeriodFrom"] = "01/10/2024", ["Form.PeriodTo"] = "05/10/2024", ["submit"] = "true" };

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormAsync($"/Reports/Assignment/{other}", fields)).StatusCode);

        var notNumber = await officer.PostFormAsync(url, new(fields) { ["Form.Figures"] = "Số bài viết: mười hai bài" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notNumber.StatusCode);
        Assert.Contains("Số liệu dòng 1", WebUtility.HtmlDecode(await notNumber.Content.ReadAsStringAsync()));

        var outside = await officer.PostFormAsync(url, new(fields) { ["Form.PeriodFrom"] = "01/01/2026", ["Form.PeriodTo"] = "31/01/2026" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);

        var exe = await officer.PostFileAsync(url, url, Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0 This program cannot be run in DOS mode"), "bao-cao.pdf", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, exe.StatusCode);
        Assert.Contains("thực thi", WebUtility.HtmlDecode(await exe.Content.ReadAsStringAsync()));

        Assert.Equal(0, await ReportCountAsync(app));
    }

    [Fact]
    public async Task The_dashboard_ranks_late_units_and_is_for_the_office_and_leadership()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var planId = await DxDayPlanAsync(app);
        var reporter = app.NewClient();
        await reporter.LoginAsync("benluc");
        Assert.Equal(HttpStatusCode.Redirect, (await reporter.PostFormAsync($"/Reports/Assignment/{await AssignmentOfAsync(app, planId, "UBND huyện Bến Lức", "2.2")}", new()
        {
            ["Form.Status"] = "Done", ["Form.PeriodFrom"] = "01/10/2024", ["Form.PeriodTo"] = "05/10/2024", ["submit"] = "true",
            ["Form.Narrative"] = "Đã ra quân tại các xã.",
        })).StatusCode);

        var coordinator = app.NewClient();
        await coordinator.LoginAsync("dieuphoi");
        var page = await coordinator.GetPageAsync("/Dashboard?year=2024");
        var district = page.QuerySelectorAll("[data-testid=by-activity] tbody tr").Single(r => r.Children[0].TextContent.Contains("2.2. Cấp huyện"));
        Assert.Equal(["33", "1", "1"], district.Children.Skip(1).Take(3).Select(c => c.TextContent.Trim()));   // 15 districts lead, 18 coordinate; one reported, done
        var late = page.QuerySelector("[data-testid=late-units]")!.TextContent;
        Assert.Contains("UBND huyện Bến Lức", late);              // owed the district plan before 15/09/2024
        Assert.Contains("20", late);                              // twenty days late on 05/10/2024
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=by-activity] tbody tr"));

        var leader = app.NewClient();
        await leader.LoginAsync("lanhdao");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/Dashboard")).StatusCode);
        var officer = app.NewClient();
        await officer.LoginAsync("benluc");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/Dashboard")).StatusCode);
    }

    [Fact]
    public async Task The_summary_report_of_the_Long_An_DX_Day_plan_is_a_docx_that_opens_in_LibreOffice()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var planId = await DxDayPlanAsync(app);
        var officer = app.NewClient();
        await officer.LoginAsync("benluc");
        var own = await AssignmentOfAsync(app, planId, "UBND huyện Bến Lức", "2.2");
        var sent = await officer.PostFormAsync($"/Reports/Assignment/{own}", new()
        {
            ["Form.Status"] = "Done", ["Form.PeriodFrom"] = "01/10/2024", ["Form.PeriodTo"] = "05/10/2024", ["submit"] = "true",
            ["Form.Narrative"] = "Tổ chức ra quân tại 15 xã, thị trấn.", ["Form.Figures"] = "Số hộ được hướng dẫn: 1.250 hộ",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var coordinator = app.NewClient();
        await coordinator.LoginAsync("dieuphoi");
        var saved = await coordinator.PostFormAsync($"/Plans/{planId}/SummaryReport", new()
        {
            ["Form.NumberSymbol"] = "/BC-UBND", ["Form.Strengths"] = "Các đơn vị triển khai kịp thời.\nTổ Công nghệ số cộng đồng tham gia đông đảo.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await coordinator.GetPageAsync($"/Plans/{planId}/SummaryReport");
        Assert.Contains("Kết quả thực hiện Kế hoạch", page.QuerySelector("[data-testid=summary-subject]")!.TextContent);
        Assert.Contains("UBND huyện Bến Lức: Tổ chức ra quân tại 15 xã, thị trấn.", page.QuerySelector("main")!.TextContent);

        var docx = await coordinator.Http.GetAsync($"/Plans/{planId}/SummaryReport?handler=Docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var bytes = await docx.Content.ReadAsByteArrayAsync();
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("BÁO CÁO", text);
            Assert.Contains("Tổ Công nghệ số cộng đồng tham gia đông đảo.", text);
            Assert.Contains("1.250", text);
        }

        Assert.True(await LibreOffice.PdfPagesAsync(bytes, "bao-cao.docx") >= 1);

        var officerAgain = await officer.GetAsync($"/Plans/{planId}/SummaryReport");
        Assert.Equal(HttpStatusCode.Forbidden, officerAgain.StatusCode);
    }

    [Fact]
    public async Task The_office_sets_a_weekly_target_the_newspaper_records_its_weeks_and_compliance_follows()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var planId = await app.DbAsync(db => DemoIds.LongAnCommunicationsPlanAsync(db));
        var assignment = await app.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            return (from a in db.Assignments join u in db.Units on a.UnitId equals u.Id
                    where a.PlanId == planId && u.Name == "Báo Long An" && a.Role == PartyRole.Lead select a.Id).FirstAsync();
        });
        var url = $"/Reports/Targets/{assignment}";
        var coordinator = app.NewClient();
        await coordinator.LoginAsync("dieuphoi");
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync($"{url}?handler=Target", new()
        {
            ["metric"] = "Bài viết đăng tải", ["comparison"] = "AtLeast", ["value"] = "1", ["period"] = "Week", ["from"] = "01/02/2024", ["to"] = "31/12/2024",
        })).StatusCode);
        var targetId = await app.DbAsync(db => db.Targets.Where(t => t.AssignmentId == assignment).Select(t => t.Id).SingleAsync());

        var paper = app.NewClient();
        await paper.LoginAsync("baolongan");
        Assert.Equal(HttpStatusCode.Forbidden, (await paper.PostFormAsync($"{url}?handler=Target", new() { ["metric"] = "x", ["value"] = "1", ["from"] = "01/02/2024", ["to"] = "31/12/2024" })).StatusCode);
        foreach (var week in new[] { "2024-W37", "2024-W38" })
            Assert.Equal(HttpStatusCode.Redirect, (await paper.PostFormAsync($"{url}?handler=Entry", new() { ["targetId"] = targetId.ToString(), ["periodKey"] = week, ["value"] = "2" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await paper.PostFormAsync($"{url}?handler=Entry", new() { ["targetId"] = targetId.ToString(), ["periodKey"] = "2024-W39", ["value"] = "hai" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await paper.PostFormAsync($"{url}?handler=Entry", new() { ["targetId"] = targetId.ToString(), ["periodKey"] = "2024-W50", ["value"] = "1" })).StatusCode);

        var page = await paper.GetPageAsync(url);
        // 01/02/2024 (ISO week 5) to Sunday 29/09/2024 (week 39): 35 weeks settled on 05/10/2024, two of them met.
        Assert.Equal("Đạt 2/35 kỳ (5,7%)", page.QuerySelector("[data-testid=target-summary]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_daily_reminder_run_notifies_each_unit_once_and_the_unit_sees_it()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var first = await app.InScopeAsync(sp => sp.GetRequiredService<Lantoa.Web.Features.Tracking.ReminderRun>().RunAsync());
        var again = await app.InScopeAsync(sp => sp.GetRequiredService<Lantoa.Web.Features.Tracking.ReminderRun>().RunAsync());
        Assert.True(first.Notifications > 0);
        Assert.Equal(0, again.Notifications);                    // idempotent within a day
        Assert.Equal(0, first.Emails);                           // no SMTP configured

        var officer = app.NewClient();
        await officer.LoginAsync("benluc");
        var page = await officer.GetPageAsync("/MyWork");
        Assert.Contains("Quá hạn 20 ngày", page.QuerySelector("[data-testid=notifications]")!.TextContent);
        var unitId = page.QuerySelector("input[name=unitId]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/MyWork?handler=Read", new() { ["unitId"] = unitId })).StatusCode);
        Assert.Null((await officer.GetPageAsync("/MyWork")).QuerySelector("[data-testid=notifications]"));

        var other = app.NewClient();
        await other.LoginAsync("baolongan");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync("/MyWork?handler=Read", new() { ["unitId"] = unitId })).StatusCode);
    }

    [Fact]
    public async Task The_office_enters_a_quarterly_obligation_by_hand_and_the_late_quarters_show()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var planId = await app.DbAsync(db => DemoIds.LongAnCommunicationsPlanAsync(db));
        var url = $"/Plans/{planId}/Reports";
        var coordinator = app.NewClient();
        await coordinator.LoginAsync("dieuphoi");
        var fields = new Dictionary<string, string>
        {
            ["title"] = "Báo cáo kết quả tuyên truyền hằng quý", ["owedBy"] = "Báo Long An", ["recurrence"] = "Quarterly", ["from"] = "31/03/2024", ["to"] = "31/12/2024",
        };
        var unknown = await coordinator.PostFormAsync($"{url}?handler=Obligation", new(fields) { ["owedBy"] = "Báo Mặt Trăng" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("Không nhận ra đơn vị", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync($"{url}?handler=Obligation", fields)).StatusCode);

        var late = (await coordinator.GetPageAsync(url)).QuerySelectorAll("[data-testid=late] tbody tr")
            .Where(r => r.TextContent.Contains("Báo Long An") && r.TextContent.Contains("hằng quý")).Select(r => r.Children[2].TextContent.Trim()).ToList();
        Assert.Equal(["30/06/2024", "30/09/2024", "31/03/2024"], late.Order(StringComparer.Ordinal));   // the three quarters due before 05/10/2024

        var paper = app.NewClient();
        await paper.LoginAsync("baolongan");
        Assert.Equal(HttpStatusCode.Forbidden, (await paper.PostFormAsync($"{url}?handler=Obligation", fields)).StatusCode);
    }

    [Fact]
    public async Task Evidence_is_served_to_those_who_may_read_the_report_and_to_no_one_else()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var planId = await DxDayPlanAsync(app);
        var own = await AssignmentOfAsync(app, planId, "UBND huyện Bến Lức", "2.2");
        var officer = app.NewClient();
        await officer.LoginAsync("benluc");
        var url = $"/Reports/Assignment/{own}";
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");
        var sent = await officer.PostFileAsync(url, url, pdf, "bien-ban.pdf", new()
        {
            ["Form.Status"] = "InProgress", ["Form.PeriodFrom"] = "01/10/2024", ["Form.PeriodTo"] = "05/10/2024", ["submit"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var evidenceId = await app.DbAsync(db => db.ProgressReports.Where(r => r.AssignmentId == own)
            .SelectMany(r => r.Evidence).Select(e => e.Id).SingleAsync());
        var download = $"{url}?handler=Evidence&evidenceId={evidenceId}";

        var mine = await officer.GetAsync(download);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(pdf, await mine.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", mine.Headers.GetValues("X-Content-Type-Options").Single());

        var coordinator = app.NewClient();
        await coordinator.LoginAsync("dieuphoi");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(download)).StatusCode);
        var otherUnit = app.NewClient();
        await otherUnit.LoginAsync("baolongan");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.GetAsync(download)).StatusCode);
        var otherProvince = app.NewClient();
        await otherProvince.LoginAsync("dieuphoi.tg");
        Assert.Equal(HttpStatusCode.NotFound, (await otherProvince.GetAsync(download)).StatusCode);
    }
}
