using System.Net;
using Lantoa.Web.Features.Tracking;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Account;

/// <summary>Defect 12 of issue 11: no record of sign-ins, sign-outs, refusals and downloads; jobs and failures shown as "khách".</summary>
public class AuditEventTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64) LantoaTest/1.0";

    [Fact]
    public async Task Sign_ins_failures_sign_outs_refusals_and_downloads_are_recorded_with_address_and_browser()
    {
        await using var app = await TestApp.StartAsync(fixture, auth: AccountTestKit.BehindProxy());
        var officer = app.ClientFrom("203.0.113.9", Browser);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.TryLoginAsync("benluc", "mat-khau-sai-1")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.TryLoginAsync("khong.co.ai", "mat-khau-sai-2")).StatusCode);
        await officer.LoginAsync("benluc");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/Admin/Users")).StatusCode);
        var planId = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Plans.Where(p => p.ProvinceId == sp.GetRequiredService<LantoaDb>().Provinces.Single(x => x.Code == "80").Id).Select(p => p.Id).FirstAsync());
        var docx = await officer.GetAsync($"/Plans/{planId}?handler=Docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/Account/Logout", new(), tokenFrom: "/MyWork")).StatusCode);

        var entries = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().AuditEntries.AsNoTracking()
            .Where(a => a.Action != "Created" && a.Action != "Updated" && a.Action != "Deleted").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(
            [AuditEvents.SignInFailed, AuditEvents.SignInFailed, AuditEvents.SignedIn, AuditEvents.Refused, AuditEvents.Downloaded, AuditEvents.SignedOut],
            entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Contains("\"203.0.113.9\"", e.Changes);
            Assert.Contains("LantoaTest/1.0", e.Changes);
            Assert.DoesNotContain("mat-khau-sai", e.Changes); // never the attempted password
            Assert.NotEqual("khách", e.UserName);
        });
        Assert.Equal(["benluc", "khong.co.ai", "benluc", "benluc", "benluc", "benluc"], entries.Select(e => e.UserName));
        Assert.Equal(("Login", "khong.co.ai"), (entries[1].EntityType, entries[1].EntityId));
        Assert.Equal("/Admin/Users", entries[3].EntityId);
        Assert.Equal($"/Plans/{planId}?handler=Docx", entries[4].EntityId);
        // The file name recorded is the one the officer received (the plan's number and title, e.g. KH-45-UBND-….docx).
        var sent = docx.Content.Headers.ContentDisposition!;
        var sentName = (sent.FileNameStar ?? sent.FileName!).Trim('"');
        Assert.EndsWith(".docx", sentName);
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(sentName), entries[4].Changes);
        Assert.All(entries.Where(e => e.UserName == "benluc"), e => Assert.NotNull(e.ProvinceId)); // the province admin sees them

        // The province's administrator reads them on the audit page, in Vietnamese, filtered by action and person.
        var admin = app.NewClient();
        await admin.LoginAsync("quantri.longan");
        var page = await admin.GetPageAsync("/Admin/Audit?action=SignInFailed");
        var rows = page.QuerySelectorAll("[data-testid=audit-list] tbody tr");
        Assert.Single(rows); // the unknown name belongs to no province: only the national administrator sees it
        Assert.Contains("Đăng nhập sai", rows[0].TextContent);
        Assert.Contains("Địa chỉ nguồn: 203.0.113.9", System.Text.RegularExpressions.Regex.Replace(rows[0].TextContent, @"\s+", " "));
        var national = app.NewClient();
        await national.LoginAsync("admin");
        Assert.Equal(2, (await national.GetPageAsync("/Admin/Audit?action=SignInFailed")).QuerySelectorAll("[data-testid=audit-list] tbody tr").Length);
        var downloads = await admin.GetPageAsync("/Admin/Audit?action=Downloaded&userName=benluc");
        Assert.Contains("Tải tệp", downloads.QuerySelector("[data-testid=audit-list] tbody tr")!.TextContent);
        var none = await admin.GetPageAsync("/Admin/Audit?action=Downloaded&userName=dieuphoi");
        Assert.Empty(none.QuerySelectorAll("[data-testid=audit-list] tbody tr"));
    }

    [Fact]
    public async Task The_daily_reminder_run_is_named_in_the_audit_trail()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var before = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().AuditEntries.MaxAsync(a => a.Id));
        var outcome = await app.InScopeAsync(sp => sp.GetRequiredService<ReminderRun>().RunAsync());
        Assert.True(outcome.Notifications > 0);
        var names = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().AuditEntries.Where(a => a.Id > before).Select(a => a.UserName).Distinct().ToListAsync());
        Assert.Equal([ReminderRun.JobName], names);
        Assert.Equal("Tác vụ nhắc hạn hằng ngày", ReminderRun.JobName);
    }
}
