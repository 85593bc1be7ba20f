using System.Net;
using System.Text;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.Tracking;

/// <summary>
/// Who may see the dashboard, a plan's reports and summary report, write and review a unit's report, download its
/// evidence, set targets and record their results. Reports are on Bến Lức's assignment: its officers and the
/// coordinators write them, coordinators review them, leadership and admins read them.
/// </summary>
public sealed class TrackingAccessGrid : IAccessGrid
{
    public async Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var report = $"/Reports/Assignment/{ids.BenLucAssignment}";
        var targets = $"/Reports/Targets/{ids.BenLucAssignment}";
        var officer = app.NewClient();
        await officer.LoginAsync("benluc");
        var coordinator = app.NewClient();
        await coordinator.LoginAsync("dieuphoi");
        Dictionary<string, string> Report(bool submit) => new()
        {
            ["Form.Status"] = "InProgress", ["Form.PeriodFrom"] = "01/10/2024", ["Form.PeriodTo"] = "05/10/2024", ["submit"] = submit ? "true" : "false",
        };

        // One report with an evidence file, one target: what the download and the entry cases point at.
        var sent = await officer.PostFileAsync(report, report, Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"), "bien-ban.pdf", Report(submit: false));
        Assert.True(sent.StatusCode == HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync());
        var evidence = await app.DbAsync(db => db.ProgressReports.Where(r => r.AssignmentId == ids.BenLucAssignment)
            .SelectMany(r => r.Evidence).Select(e => e.Id).FirstAsync());
        var set = await coordinator.PostFormAsync($"{targets}?handler=Target", new()
        {
            ["metric"] = "Bài viết đăng tải", ["comparison"] = "AtLeast", ["value"] = "1", ["period"] = "Week", ["from"] = "01/02/2024", ["to"] = "31/12/2024",
        });
        Assert.True(set.StatusCode == HttpStatusCode.Redirect, await set.Content.ReadAsStringAsync());
        var target = await app.DbAsync(db => db.Targets.Where(t => t.AssignmentId == ids.BenLucAssignment).Select(t => t.Id).FirstAsync());

        var viewers = (string u) => Rule(u, ["quantri.longan", "dieuphoi", "lanhdao"]);
        var readers = (string u) => Rule(u, ["quantri.longan", "dieuphoi", "lanhdao", "benluc"]);
        var reporters = (string u) => Rule(u, ["dieuphoi", "benluc"], national: false);
        return
        [
            new("GET", "/Dashboard", u => Rule(u, ["quantri.longan", "dieuphoi", "lanhdao", "dieuphoi.tg"], neutral: true, national: false)),
            new("GET", $"/Plans/{ids.LaPlan}/Reports", viewers),
            new("GET", $"/Plans/{ids.TgPlan}/Reports", u => Rule(u, ["dieuphoi.tg"], laData: false)),
            new("POST", $"/Plans/{ids.LaPlan}/Reports?handler=Obligation", u => Rule(u, LongAnManagers), new() { ["title"] = "" }),
            new("GET", $"/Plans/{ids.LaPlan}/SummaryReport", viewers),
            new("GET", $"/Plans/{ids.LaPlan}/SummaryReport?handler=Docx", viewers),
            new("POST", $"/Plans/{ids.LaPlan}/SummaryReport", u => Rule(u, LongAnManagers), new() { ["Form.Strengths"] = "Các đơn vị tham gia đầy đủ." }),
            new("GET", report, readers),
            new("GET", $"/Reports/Assignment/{ids.TgAssignment}", u => Rule(u, ["dieuphoi.tg"], laData: false)),
            new("POST", report, reporters, Report(submit: false)),
            // Returned with a comment (not approved), so the unit can submit the same period again for the next login.
            new("POST", $"{report}?handler=Review", u => Rule(u, ["dieuphoi"], national: false),
                new() { ["approve"] = "false", ["comment"] = "Đề nghị bổ sung minh chứng." }, Prepare: async () =>
            {
                Task<int?> SubmittedAsync() => app.DbAsync(db => db.ProgressReports
                    .Where(r => r.AssignmentId == ids.BenLucAssignment && r.State == Lantoa.Domain.Tracking.ReportState.Submitted)
                    .Select(r => (int?)r.Id).FirstOrDefaultAsync());
                if (await SubmittedAsync() is not { } id)
                {
                    var submitted = await officer.PostFormAsync(report, Report(submit: true));
                    Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync());
                    id = (await SubmittedAsync())!.Value;
                }
                return $"{report}?handler=Review&reportId={id}";
            }),
            new("GET", $"{report}?handler=Evidence&evidenceId={evidence}", readers),
            new("GET", targets, readers),
            new("POST", $"{targets}?handler=Target", u => Rule(u, LongAnManagers), new() { ["metric"] = "" }),
            new("POST", $"{targets}?handler=Entry", reporters, new() { ["targetId"] = target.ToString(), ["periodKey"] = "2024-W40", ["value"] = "2" }),
        ];
    }
}

public class TrackingAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Every_tracking_handler_allows_exactly_the_roles_it_should() => AssertAsync(fixture, new TrackingAccessGrid());
}
