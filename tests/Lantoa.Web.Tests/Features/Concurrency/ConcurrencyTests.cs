using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Lantoa.Domain.Budgets;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Concurrency;

/// <summary>
/// No lost update: two people open the same record; the second save over the first gets the Vietnamese conflict page
/// (409) with both versions and writes nothing. State changes are checked and applied under a row lock: a line edit that
/// races an estimate's submission either lands before it or is refused.
/// </summary>
public class ConcurrencyTests(DatabaseFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<DatabaseFixture>
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The fields a browser would send from the form on <paramref name="url"/> that holds <paramref name="field"/>.</summary>
    private static async Task<Dictionary<string, string>> OpenFormAsync(TestApp.Client client, string url, string field)
    {
        var page = await client.GetPageAsync(url);
        // A form's fields are inside it, or (the estimate's row editor) outside it with form="its id".
        var owner = page.QuerySelectorAll($"[name='{field}']").Select(e => e.GetAttribute("form")).FirstOrDefault(f => f is not null);
        var elements = owner is not null
            ? page.QuerySelectorAll($"[form='{owner}']")
            : page.QuerySelectorAll("form").First(f => f.QuerySelector($"[name='{field}']") is not null).QuerySelectorAll("input, textarea, select");
        var fields = new Dictionary<string, string>();
        foreach (var e in elements)
        {
            var name = e.GetAttribute("name");
            if (name is null || name == "__RequestVerificationToken" || fields.ContainsKey(name)) continue;
            switch (e)
            {
                case IHtmlInputElement { Type: "checkbox" } box: if (box.IsChecked) fields[name] = box.Value; break;
                case IHtmlInputElement { Type: "submit" }: break;
                case IHtmlInputElement input: fields[name] = input.Value; break;
                case IHtmlTextAreaElement area: fields[name] = area.Value; break;
                case IHtmlSelectElement select: if (select.SelectedOptions.FirstOrDefault() is { } o) fields[name] = o.Value; break;
            }
        }

        return fields;
    }

    public static TheoryData<string, string, string, string> Forms() => new()
    {
        // page, field changed, the two people who open it
        { "/Plans/{plan}/Edit", "Form.Title", "dieuphoi", "quantri.longan" },
        { "/Plans/{plan}/Activities/{activity}", "Form.Title", "dieuphoi", "quantri.longan" },
        { "/Units/{unit}", "Form.ContactPerson", "dieuphoi", "quantri.longan" },
        { "/Units/Groups/{group}", "Form.Name", "dieuphoi", "quantri.longan" },
        { "/Admin/Users/{user}", "Form.DisplayName", "quantri.longan", "admin" },
        { "/Budgets/Norms/{norm}", "Form.Name", "dieuphoi", "taichinh" },
        { "/Reports/Assignment/{report}", "Form.Narrative", "baolongan", "dieuphoi" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_stale_save_shows_both_versions_with_409_and_keeps_the_first_save(string pattern, string field, string first, string second)
    {
        await using var app = await TestApp.StartAsync(fixture);
        var url = await UrlAsync(app, pattern);
        var a = app.NewClient();
        await a.LoginAsync(first);
        var b = app.NewClient();
        await b.LoginAsync(second);

        var formA = await OpenFormAsync(a, url, field);
        var formB = await OpenFormAsync(b, url, field);
        Assert.True(formA.ContainsKey("Version") || formA.Keys.Any(k => k.EndsWith(".Version", StringComparison.Ordinal)), "the form carries the record's version");

        formB[field] = "Bản của người thứ hai";
        var saved = await b.PostFormAsync(url, formB, tokenFrom: url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        formA[field] = "Bản của người thứ nhất";
        var stale = await a.PostFormAsync(url, formA, tokenFrom: url);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var page = await Parser.ParseDocumentAsync(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Đã có người thay đổi", page.QuerySelector("[data-testid=conflict]")!.TextContent);
        Assert.Contains("kể từ khi bạn mở", page.QuerySelector("[data-testid=conflict]")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("[data-testid=theirs]"), td => td.TextContent == "Bản của người thứ hai");
        Assert.Contains(page.QuerySelectorAll("[data-testid=yours]"), td => td.TextContent == "Bản của người thứ nhất");

        // Nothing of the stale save was written; a fresh form saves.
        var fresh = await OpenFormAsync(a, url, field);
        Assert.Equal("Bản của người thứ hai", fresh[field]);
        fresh[field] = "Bản của người thứ nhất, sau khi xem lại";
        Assert.Equal(HttpStatusCode.Redirect, (await a.PostFormAsync(url, fresh, tokenFrom: url)).StatusCode);
        Assert.Equal("Bản của người thứ nhất, sau khi xem lại", (await OpenFormAsync(b, url, field))[field]);
    }

    [Fact]
    public async Task A_stale_estimate_row_edited_inline_gets_the_conflict_in_place_of_the_page()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var (estimateId, lineId) = await DraftLineAsync(app);
        var url = $"/Budgets/Estimates/{estimateId}";
        var a = app.NewClient();
        await a.LoginAsync("dieuphoi");
        var b = app.NewClient();
        await b.LoginAsync("quantri.longan");

        var rowA = await OpenFormAsync(a, $"{url}?edit={lineId}", "Line.Content");
        var rowB = await OpenFormAsync(b, $"{url}?edit={lineId}", "Line.Content");
        Assert.True(rowA.ContainsKey("Line.Version"));
        rowB["Line.Content"] = "Nội dung do người thứ hai sửa";
        Assert.Equal(HttpStatusCode.OK, (await b.PostFormAsync($"{url}?handler=Line&lineId={lineId}", rowB, tokenFrom: url, htmx: true)).StatusCode);

        rowA["Line.Content"] = "Nội dung do người thứ nhất sửa";
        var stale = await a.PostFormAsync($"{url}?handler=Line&lineId={lineId}", rowA, tokenFrom: url, htmx: true);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("#main", stale.Headers.GetValues("HX-Retarget").Single());
        var html = await stale.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);   // a fragment, not the layout
        Assert.Contains("Nội dung do người thứ hai sửa", System.Net.WebUtility.HtmlDecode(html));
        Assert.Equal("Nội dung do người thứ hai sửa", await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().EstimateLines.Where(l => l.Id == lineId).Select(l => l.Content).SingleAsync()));
    }

    /// <summary>
    /// 100 times, "edit a line" and "submit the estimate" are sent at once by two people. Each time, either the edit is
    /// refused, or it was written before the submission: no line of a submitted estimate changes after its submission.
    /// </summary>
    [Fact]
    public async Task No_line_changes_after_a_submit_in_100_parallel_tries()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var (estimateId, lineId) = await DraftLineAsync(app);
        var url = $"/Budgets/Estimates/{estimateId}";
        var editor = app.NewClient();
        await editor.LoginAsync("dieuphoi");
        var submitter = app.NewClient();
        await submitter.LoginAsync("quantri.longan");
        var editToken = await TokenAsync(editor, url);
        var submitToken = await TokenAsync(submitter, url);
        var row = await OpenFormAsync(editor, $"{url}?edit={lineId}", "Line.Content");
        row.Remove("Line.Version"); // each try edits whatever is there now: only the submission may stop it

        var outcomes = new List<(HttpStatusCode Edit, HttpStatusCode Submit)>();
        for (var i = 0; i < 100; i++)
        {
            await ResetToDraftAsync(app, estimateId);
            var fields = new Dictionary<string, string>(row) { ["Line.Content"] = $"Lần thử {i}", ["__RequestVerificationToken"] = editToken };
            using var start = new Barrier(2);
            var edit = Task.Run(() => { start.SignalAndWait(); return editor.Http.PostAsync($"{url}?handler=Line&lineId={lineId}", new FormUrlEncodedContent(fields)); });
            var submit = Task.Run(() => { start.SignalAndWait(); return submitter.Http.PostAsync($"{url}?handler=Submit", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = submitToken })); });
            var (e, s) = (await edit, await submit);
            outcomes.Add((e.StatusCode, s.StatusCode));
            Assert.Equal(HttpStatusCode.Redirect, s.StatusCode);   // the submission always goes through

            var (content, lineAudits, submitAudit) = await app.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<LantoaDb>();
                var content = await db.EstimateLines.Where(l => l.Id == lineId).Select(l => l.Content).SingleAsync();
                var audits = await db.AuditEntries.Where(x => x.EntityType == "EstimateLine" && x.EntityId == lineId.ToString()).Select(x => x.Id).ToListAsync();
                var estimateAudits = await db.AuditEntries.Where(x => x.EntityType == "Estimate" && x.EntityId == estimateId.ToString()).Select(x => new { x.Id, x.Changes }).ToListAsync();
                var submitted = estimateAudits.Where(x => x.Changes.Contains("\"Submitted\"", StringComparison.Ordinal)).Max(x => x.Id);
                return (content, audits, submitted);
            });
            if (e.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.Equal($"Lần thử {i}", content);
                Assert.True(lineAudits.Max() < submitAudit, $"try {i}: the line was written after the submission");
            }
            else
            {
                Assert.Equal(HttpStatusCode.Forbidden, e.StatusCode);   // the estimate was already submitted: editing is refused
                Assert.NotEqual($"Lần thử {i}", content);
                Assert.DoesNotContain(lineAudits, id => id > submitAudit);
            }
        }

        output.WriteLine($"100 tries: {outcomes.Count(o => o.Edit == HttpStatusCode.Redirect)} edits before the submission, {outcomes.Count(o => o.Edit == HttpStatusCode.Forbidden)} refused after it");
        // Both orders happened (otherwise the race was not raced); every try kept the rule above.
        Assert.Equal(100, outcomes.Count);
        Assert.Contains(outcomes, o => o.Edit == HttpStatusCode.Redirect);
        Assert.Contains(outcomes, o => o.Edit == HttpStatusCode.Forbidden);
    }

    private static async Task<string> TokenAsync(TestApp.Client client, string url) =>
        (await client.GetPageAsync(url)).QuerySelector("meta[name=antiforgery-token]")!.GetAttribute("content")!;

    private static Task<int> ResetToDraftAsync(TestApp app, int estimateId) => app.InScopeAsync(sp =>
        sp.GetRequiredService<LantoaDb>().Database.ExecuteSqlAsync($"UPDATE estimates SET status = 'Draft', submitted_at = NULL WHERE id = {estimateId}"));

    /// <summary>A Long An estimate in draft with an item line: the first of the demo's.</summary>
    private static Task<(int Estimate, int Line)> DraftLineAsync(TestApp app) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<LantoaDb>();
        var longAn = await db.Provinces.Where(p => p.Code == "80").Select(p => p.Id).SingleAsync();
        var line = await db.EstimateLines.Where(l => l.Kind == EstimateLineKind.Item
                && db.Estimates.Any(e => e.Id == l.EstimateId && e.ProvinceId == longAn && e.Status == EstimateStatus.Draft))
            .OrderBy(l => l.EstimateId).ThenBy(l => l.Id).Select(l => new { l.EstimateId, l.Id }).FirstAsync();
        return (line.EstimateId, line.Id);
    });

    private static async Task<string> UrlAsync(TestApp app, string pattern) => await app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<LantoaDb>();
        var longAn = await db.Provinces.Where(p => p.Code == "80").Select(p => p.Id).SingleAsync();
        var plan = await db.Plans.Where(p => p.ProvinceId == longAn).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var activity = await db.Activities.Where(a => a.PlanId == plan).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var unit = await db.Units.Where(u => u.ProvinceId == longAn && u.Name == "Báo Long An").Select(u => u.Id).SingleAsync();
        var group = await db.UnitGroups.Where(g => g.ProvinceId == longAn).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
        var user = await db.Users.Where(u => u.UserName == "baolongan").Select(u => u.Id).SingleAsync();
        var norm = await db.SpendingNorms.Where(n => n.ProvinceId == longAn).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync();
        var report = 0;
        if (pattern.Contains("{report}", StringComparison.Ordinal))
        {
            // A draft report of Báo Long An on one of its assignments, that the unit's officer and the office both may edit.
            var assignment = await db.Assignments.Where(a => a.UnitId == unit && !db.ProgressReports.Any(r => r.AssignmentId == a.Id))
                .OrderBy(a => a.Id).FirstAsync();
            var author = await db.Users.Where(u => u.UserName == "baolongan").Select(u => u.Id).SingleAsync();
            var draft = new Lantoa.Domain.Tracking.ProgressReport(longAn, assignment.PlanId, assignment.Id, unit, author, DateTimeOffset.UtcNow);
            draft.SetNarrative("Bản nháp ban đầu");
            db.ProgressReports.Add(draft);
            await db.SaveChangesAsync();
            report = assignment.Id;
        }
        return pattern.Replace("{plan}", $"{plan}").Replace("{activity}", $"{activity}").Replace("{unit}", $"{unit}")
            .Replace("{group}", $"{group}").Replace("{user}", $"{user}").Replace("{norm}", $"{norm}").Replace("{report}", $"{report}");
    });
}
