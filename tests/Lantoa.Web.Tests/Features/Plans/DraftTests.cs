using System.Net;
using Lantoa.Domain.Plans;
using Lantoa.Web.Features.Tracking;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Plans;

/// <summary>Drafts stay drafts: a plan reaches units, dashboards, reminders and obligations only once it is issued (ban hành).</summary>
public class DraftTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Title = "Kế hoạch Ngày hội thanh niên với chuyển đổi số tỉnh Long An năm 2024";
    private const string Activity = "Tổ chức Ngày hội thanh niên với chuyển đổi số";
    private const string Obligation = "Báo cáo kết quả Ngày hội thanh niên";

    /// <summary>A draft created by the coordinator: one activity led by Tỉnh Đoàn, and an overdue obligation owed by it.</summary>
    private static async Task<int> DraftAsync(TestApp.Client coordinator)
    {
        var created = await coordinator.PostFormAsync("/Plans/Create", new()
        {
            ["Form.Title"] = Title, ["Form.Kind"] = "Other", ["Form.Year"] = "2024", ["Form.NumberSymbol"] = "/KH-UBND",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planUrl = created.Headers.Location!.OriginalString;
        var activity = await coordinator.PostFormAsync($"{planUrl}/Activities/New", new()
        {
            ["Form.Label"] = "1", ["Form.Title"] = Activity, ["Form.Kind"] = "MeetingCeremony",
            ["Form.Lead"] = "Tỉnh Đoàn", ["Form.TimeText"] = "Từ ngày 01/10/2024 đến ngày 20/10/2024",
        });
        Assert.Equal(HttpStatusCode.Redirect, activity.StatusCode);
        var obligation = await coordinator.PostFormAsync($"{planUrl}/Reports?handler=Obligation", new()
        {
            ["title"] = Obligation, ["owedBy"] = "Tỉnh Đoàn", ["recurrence"] = "Once", ["from"] = "03/10/2024",
        });
        Assert.Equal(HttpStatusCode.Redirect, obligation.StatusCode);
        return int.Parse(planUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> TextAsync(HttpResponseMessage r) => WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());

    [Fact]
    public async Task A_draft_reaches_no_unit_until_the_coordinator_issues_it_and_a_withdrawal_takes_it_back()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var coordinator = app.NewClient();
        await coordinator.LoginAsync("dieuphoi");
        var planId = await DraftAsync(coordinator);
        var officer = app.NewClient();
        await officer.LoginAsync("tinhdoan");
        var leader = app.NewClient();
        await leader.LoginAsync("lanhdao");
        var outsider = app.NewClient();
        await outsider.LoginAsync("benluc");
        var otherProvince = app.NewClient();
        await otherProvince.LoginAsync("dieuphoi.tg");

        // The draft: only the coordinators of its province see it.
        Assert.Contains(Title, await TextAsync(await coordinator.GetAsync("/Plans")));
        Assert.Contains(Title, await TextAsync(await coordinator.GetAsync($"/Plans/{planId}")));
        foreach (var who in new[] { officer, leader, outsider, otherProvince })
        {
            Assert.DoesNotContain(Title, await TextAsync(await who.GetAsync("/Plans")));
            foreach (var page in new[] { $"/Plans/{planId}", $"/Plans/{planId}/Budget", $"/Plans/{planId}?handler=Docx", $"/Plans/{planId}/Reports" })
                Assert.Equal(HttpStatusCode.NotFound, (await who.GetAsync(page)).StatusCode);
        }
        Assert.DoesNotContain(Activity, await TextAsync(await officer.GetAsync("/MyWork")));
        Assert.DoesNotContain(Obligation, await TextAsync(await officer.GetAsync("/MyWork")));
        var assignmentId = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Assignments.Where(a => a.PlanId == planId).Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Reports/Assignment/{assignmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostFormAsync("/MyWork?handler=Acknowledge", new() { ["assignmentId"] = $"{assignmentId}" }, tokenFrom: "/MyWork")).StatusCode);
        Assert.DoesNotContain(Activity, await TextAsync(await coordinator.GetAsync("/Dashboard?year=2024")));
        Assert.DoesNotContain(Obligation, await TextAsync(await coordinator.GetAsync($"/Plans/{planId}/Reports")));
        var province = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Plans.Where(p => p.Id == planId).Select(p => p.ProvinceId).SingleAsync());
        var draftBoard = await app.InScopeAsync(async sp => (await sp.GetRequiredService<TrackingService>().BoardAsync(province, planId)).Occurrences.Count);
        Assert.Equal(0, draftBoard);
        await app.InScopeAsync(sp => sp.GetRequiredService<ReminderRun>().RunAsync());
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Notifications.AnyAsync(n => n.Text.Contains(Obligation))));

        // Issuing is a deliberate act with its number and day: refused without them, with a Vietnamese message.
        var noNumber = await coordinator.PostFormAsync($"/Plans/{planId}?handler=Issue", new() { ["Issue.NumberSymbol"] = "/KH-UBND", ["Issue.IssuedOn"] = "01/10/2024" }, tokenFrom: $"/Plans/{planId}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noNumber.StatusCode);
        Assert.Contains("chưa có số văn bản", await TextAsync(noNumber));
        var noDay = await coordinator.PostFormAsync($"/Plans/{planId}?handler=Issue", new() { ["Issue.NumberSymbol"] = "301/KH-UBND", ["Issue.IssuedOn"] = "31/09/2024" }, tokenFrom: $"/Plans/{planId}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noDay.StatusCode);
        Assert.Contains("Nhập ngày ban hành dạng dd/MM/yyyy.", await TextAsync(noDay));
        Assert.Equal(HttpStatusCode.NotFound, (await leader.PostFormAsync($"/Plans/{planId}?handler=Issue", new() { ["Issue.NumberSymbol"] = "301/KH-UBND", ["Issue.IssuedOn"] = "01/10/2024" }, tokenFrom: "/Plans")).StatusCode);
        Assert.Equal(PlanStatus.Draft, await StatusAsync(app, planId));

        var issued = await coordinator.PostFormAsync($"/Plans/{planId}?handler=Issue", new() { ["Issue.NumberSymbol"] = "301/KH-UBND", ["Issue.IssuedOn"] = "01/10/2024" }, tokenFrom: $"/Plans/{planId}");
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        Assert.Equal(PlanStatus.Issued, await StatusAsync(app, planId));
        var audit = (await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().AuditEntries
            .Where(a => a.EntityType == "Plan" && a.EntityId == planId.ToString()).Select(a => new { a.UserName, a.Changes }).ToListAsync()))
            .Single(a => a.Changes.Contains("\"Issued\"", StringComparison.Ordinal));
        Assert.Equal("dieuphoi", audit.UserName);
        Assert.Contains("301/KH-UBND", audit.Changes);
        Assert.Contains("2024-10-01", audit.Changes);
        var again = await coordinator.PostFormAsync($"/Plans/{planId}?handler=Issue", new() { ["Issue.NumberSymbol"] = "302/KH-UBND", ["Issue.IssuedOn"] = "02/10/2024" }, tokenFrom: $"/Plans/{planId}");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Chỉ ban hành được kế hoạch đang là dự thảo", await TextAsync(again));

        // Issued: the lead unit's officer and leadership see it; a unit it does not involve still does not.
        Assert.Contains(Activity, await TextAsync(await officer.GetAsync("/MyWork")));
        Assert.Contains(Obligation, await TextAsync(await officer.GetAsync("/MyWork")));
        Assert.Contains(Title, await TextAsync(await officer.GetAsync("/Plans")));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Plans/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Reports/Assignment/{assignmentId}")).StatusCode);
        Assert.Contains(Title, await TextAsync(await leader.GetAsync("/Plans")));
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/Plans/{planId}")).StatusCode);
        Assert.DoesNotContain(Title, await TextAsync(await outsider.GetAsync("/Plans")));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Plans/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherProvince.GetAsync($"/Plans/{planId}")).StatusCode);
        Assert.Contains(Activity, await TextAsync(await coordinator.GetAsync("/Dashboard?year=2024")));
        Assert.Contains(Obligation, await TextAsync(await coordinator.GetAsync($"/Plans/{planId}/Reports")));
        await app.InScopeAsync(sp => sp.GetRequiredService<ReminderRun>().RunAsync());
        Assert.True(await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Notifications.AnyAsync(n => n.Text.Contains(Obligation))));

        // Thu hồi: back to draft, and out of the unit's work again.
        var withdrawn = await coordinator.PostFormAsync($"/Plans/{planId}?handler=Withdraw", new(), tokenFrom: $"/Plans/{planId}");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(PlanStatus.Draft, await StatusAsync(app, planId));
        Assert.DoesNotContain(Activity, await TextAsync(await officer.GetAsync("/MyWork")));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Plans/{planId}")).StatusCode);
    }

    [Fact]
    public async Task The_demo_plans_are_issued_and_a_plan_that_units_reported_on_cannot_be_withdrawn()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var plans = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Plans.AsNoTracking().ToListAsync());
        Assert.Equal(3, plans.Count);
        Assert.All(plans, p =>
        {
            Assert.True(p.IsIssued);
            Assert.True(DocumentSymbol.TryParse(p.NumberSymbol, out var s) && s.Number is not null, p.NumberSymbol);
            Assert.Equal(Lantoa.Domain.Dates.DatePrecision.Day, p.IssuedOn!.Value.Precision);
        });

        // The demo reports on the Long An plans: a plan in progress with reports goes back to draft by no one.
        var coordinator = app.NewClient();
        await coordinator.LoginAsync("dieuphoi.tg");
        var tienGiang = plans.Single(p => p.Title.Contains("Tiền Giang"));
        Assert.Equal(PlanStatus.Issued, tienGiang.Status);
        var reported = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var assignment = await db.Assignments.FirstAsync(a => a.PlanId == tienGiang.Id);
            var user = await db.Users.Where(u => u.UserName == "dieuphoi.tg").Select(u => u.Id).SingleAsync();
            db.ProgressReports.Add(new Lantoa.Domain.Tracking.ProgressReport(tienGiang.ProvinceId, tienGiang.Id, assignment.Id, assignment.UnitId, user, app.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        var refused = await coordinator.PostFormAsync($"/Plans/{tienGiang.Id}?handler=Withdraw", new(), tokenFrom: $"/Plans/{tienGiang.Id}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Đã có đơn vị báo cáo trên kế hoạch này; không thu hồi được.", await TextAsync(refused));
        Assert.Equal(PlanStatus.Issued, await StatusAsync(app, tienGiang.Id));
    }

    [Fact]
    public async Task Two_coordinators_issuing_the_same_draft_at_once_issue_it_once()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var first = app.NewClient();
        await first.LoginAsync("dieuphoi");
        var second = app.NewClient();
        await second.LoginAsync("quantri.longan");
        var planId = await DraftAsync(first);
        var url = $"/Plans/{planId}?handler=Issue";
        var tokens = new List<string>();
        foreach (var c in new[] { first, second })
            tokens.Add((await c.GetPageAsync($"/Plans/{planId}")).QuerySelector("meta[name=antiforgery-token]")!.GetAttribute("content")!);

        for (var i = 0; i < 10; i++)
        {
            await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Database.ExecuteSqlAsync($"UPDATE plans SET status = 'Draft' WHERE id = {planId}"));
            using var start = new Barrier(2);
            var posts = new[] { (first, "301/KH-UBND", tokens[0]), (second, "302/KH-UBND", tokens[1]) }.Select(x => Task.Run(() =>
            {
                start.SignalAndWait();
                return x.Item1.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Issue.NumberSymbol"] = x.Item2, ["Issue.IssuedOn"] = "01/10/2024", ["__RequestVerificationToken"] = x.Item3,
                }));
            })).ToList();
            var codes = (await Task.WhenAll(posts)).Select(r => r.StatusCode).OrderBy(c => c).ToList();
            Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], codes);
            Assert.Equal(PlanStatus.Issued, await StatusAsync(app, planId));
        }
    }

    private static Task<PlanStatus> StatusAsync(TestApp app, int planId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync());
}
