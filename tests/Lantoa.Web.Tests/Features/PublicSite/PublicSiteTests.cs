using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Publishing;
using Lantoa.Domain.Tracking;
using Lantoa.Web.Features.PublicSite;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.PublicSite;

/// <summary>The province's public site: what it shows, what it never shows, publishing, caching, the public API.</summary>
public class PublicSiteTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_home_page_shows_the_published_campaign_with_its_timeline_and_open_graph_tags()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var anonymous = app.NewClient();

        var response = await anonymous.GetAsync("/tinh/long-an");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await TestApp.Client.ParseAsync(html);
        var (theme, published) = await app.DbAsync(async db =>
        {
            var pub = await db.Set<PlanPublication>().Include(p => p.Activities).SingleAsync(p => p.PlanId == ids.LaPlan);
            var titles = await db.Activities.Where(a => pub.Activities.Select(x => x.ActivityId).Contains(a.Id)).Select(a => a.Title).ToListAsync();
            return (pub.Theme ?? await db.Plans.Where(p => p.Id == ids.LaPlan).Select(p => p.Title).SingleAsync(), titles);
        });
        Assert.NotEmpty(published);
        Assert.Equal(theme, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Chiến dịch chuyển đổi số năm 2024", html);
        var timeline = page.QuerySelectorAll("[data-testid=timeline] li").Select(li => li.QuerySelector("h3")!.TextContent.Trim()).ToList();
        foreach (var title in published) Assert.Contains(title, timeline);
        var days = page.QuerySelectorAll("[data-testid=timeline] time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.NotEmpty(days);
        Assert.All(page.QuerySelectorAll("[data-testid=timeline] time"), t => Assert.Matches(@"^\d{2}/\d{2}/\d{4}$", t.TextContent));

        string? Meta(string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
        Assert.Equal(theme, Meta("og:title"));
        Assert.Equal(new Uri(app.BaseAddress, "/tinh/long-an").ToString(), Meta("og:url"));
        Assert.Equal("website", Meta("og:type"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("og:description")));
        Assert.Null(page.QuerySelector("link[href*=bootstrap]"));
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Contains("lang=\"vi\"", html);

        var plan = await anonymous.GetAsync($"/tinh/long-an/ke-hoach/{ids.LaPlan}");
        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        var planPage = await TestApp.Client.ParseAsync(await plan.Content.ReadAsStringAsync());
        Assert.Equal("article", planPage.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Contains("218/KH-UBND", planPage.Body!.TextContent);
        Assert.Contains("13/09/2024", planPage.Body!.TextContent);
    }

    [Fact]
    public async Task Provinces_have_slugs_codes_redirect_and_unknown_ones_answer_404()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var anonymous = app.NewClient();

        var list = await anonymous.GetPageAsync("/tinh");
        var links = list.QuerySelectorAll("[data-testid=provinces] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/tinh/long-an", links);
        Assert.Contains("/tinh/tien-giang", links);

        var byCode = await anonymous.GetAsync("/tinh/80");
        Assert.Equal(HttpStatusCode.MovedPermanently, byCode.StatusCode);
        Assert.Equal("/tinh/long-an", byCode.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/tinh/khong-co-tinh-nay")).StatusCode);
        // Tiền Giang publishes nothing: its site says so, and Long An's plan is not reachable under Tiền Giang's name.
        var tg = await anonymous.GetPageAsync("/tinh/tien-giang");
        Assert.NotNull(tg.QuerySelector("[data-testid=empty]"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/tinh/tien-giang/ke-hoach/{ids.LaPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/tinh/tien-giang/ke-hoach/{ids.TgPlan}")).StatusCode);
    }

    [Fact]
    public async Task Only_an_issued_plan_can_be_published_and_publishing_is_audited()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var draftId = await app.DbAsync(async db =>
        {
            var draft = new Plan(ids.LongAn, "Kế hoạch dự thảo chưa ban hành", PlanKind.Other, 2024, DateTimeOffset.UtcNow);
            draft.AddActivity("1", "Hoạt động của dự thảo", ActivityKind.Other);
            db.Plans.Add(draft);
            await db.SaveChangesAsync();
            return draft.Id;
        });
        var coordinator = app.NewClient();
        await coordinator.LoginAsync("dieuphoi");

        var refused = await coordinator.PostFormAsync($"/Plans/{draftId}/Publish?handler=Publish", new() { ["Form.Theme"] = "Chủ đề dự thảo" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Chỉ công bố được kế hoạch đã ban hành", await refused.Content.ReadAsStringAsync());
        Assert.False(await app.DbAsync(db => db.Set<PlanPublication>().AnyAsync(p => p.PlanId == draftId)));
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync($"/tinh/long-an/ke-hoach/{draftId}")).StatusCode);

        // Tiền Giang's issued plan, published by its coordinator with one activity.
        var tgCoordinator = app.NewClient();
        await tgCoordinator.LoginAsync("dieuphoi.tg");
        var activity = await app.DbAsync(db => db.Activities.Where(a => a.PlanId == ids.TgPlan).OrderBy(a => a.Id).Select(a => new { a.Id, a.Title }).FirstAsync());
        var published = await tgCoordinator.PostFormAsync($"/Plans/{ids.TgPlan}/Publish?handler=Publish",
            new() { ["Form.Theme"] = "Tiền Giang số, vì người dân", ["Form.Slogan"] = "Chung tay chuyển đổi số", ["Form.ActivityIds"] = activity.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var home = await app.NewClient().GetPageAsync("/tinh/tien-giang");
        Assert.Equal("Tiền Giang số, vì người dân", home.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(activity.Title, home.QuerySelector("[data-testid=timeline]")!.TextContent);

        var audit = await PublicationAuditAsync(app, ids.TienGiang);
        Assert.Contains(audit, e => e.UserName == "dieuphoi.tg" && e.Changes.Contains("IsPublished"));
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "PublishedActivity" && e.UserName == "dieuphoi.tg")));

        var unpublished = await tgCoordinator.PostFormAsync($"/Plans/{ids.TgPlan}/Publish?handler=Unpublish", new() { ["Form.ActivityIds"] = activity.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.NotNull((await app.NewClient().GetPageAsync("/tinh/tien-giang")).QuerySelector("[data-testid=empty]"));
        Assert.Equal(2, (await PublicationAuditAsync(app, ids.TienGiang)).Count(e => e.Changes.Contains("IsPublished")));

        // An activity of another plan cannot be slipped into the publication.
        var foreign = await app.DbAsync(db => db.Activities.Where(a => a.PlanId == ids.LaPlan).Select(a => a.Id).FirstAsync());
        var smuggled = await tgCoordinator.PostFormAsync($"/Plans/{ids.TgPlan}/Publish", new() { ["Form.ActivityIds"] = foreign.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, smuggled.StatusCode);
        Assert.Contains("không thuộc kế hoạch này", await smuggled.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_preview_renders_the_saved_choices_before_publishing_marked_and_uncached()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var tg = app.NewClient();
        await tg.LoginAsync("dieuphoi.tg");
        var activity = await app.DbAsync(db => db.Activities.Where(a => a.PlanId == ids.TgPlan).OrderBy(a => a.Id).Select(a => new { a.Id, a.Title }).FirstAsync());
        var saved = await tg.PostFormAsync($"/Plans/{ids.TgPlan}/Publish", new() { ["Form.Theme"] = "Chủ đề xem trước", ["Form.ActivityIds"] = activity.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var preview = await tg.GetPageAsync($"/Plans/{ids.TgPlan}/Publish/Preview");
        Assert.Contains("Bản xem trước", preview.QuerySelector("[data-testid=preview-banner]")!.TextContent);
        Assert.Contains(activity.Title, preview.QuerySelector("[data-testid=timeline]")!.TextContent);
        var home = await tg.GetPageAsync($"/Plans/{ids.TgPlan}/Publish/Preview?view=home");
        Assert.Equal("Chủ đề xem trước", home.QuerySelector("h1")!.TextContent.Trim());
        var raw = await tg.GetAsync($"/Plans/{ids.TgPlan}/Publish/Preview");
        Assert.Contains("no-store", raw.Headers.CacheControl!.ToString());
        // Not yet published: the public site still shows nothing.
        Assert.NotNull((await app.NewClient().GetPageAsync("/tinh/tien-giang")).QuerySelector("[data-testid=empty]"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync($"/tinh/tien-giang/ke-hoach/{ids.TgPlan}")).StatusCode);
    }

    [Fact]
    public async Task Pages_are_cached_per_province_and_publishing_evicts_only_that_province()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var anonymous = app.NewClient();
        var before = await H1Async(anonymous, "/tinh/long-an");
        var apiBefore = await anonymous.Http.GetStringAsync("/api/v1/provinces/80/public");

        // Changed behind the application's back: the cached page does not see it…
        await app.DbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE plan_publications SET theme = 'Chủ đề đổi thẳng trong CSDL' WHERE plan_id = {0}", ids.LaPlan));
        Assert.Equal(before, await H1Async(anonymous, "/tinh/long-an"));
        Assert.Equal(apiBefore, await anonymous.Http.GetStringAsync("/api/v1/provinces/80/public"));
        // (another query string is another cache entry: it is rendered afresh)
        Assert.Equal("Chủ đề đổi thẳng trong CSDL", await H1Async(app.NewClient(), "/tinh/long-an?nguon=zalo"));
        // …a signed-in coordinator is never served from (nor stored into) the cache…
        var coordinator = app.NewClient();
        await coordinator.LoginAsync("dieuphoi");
        Assert.Equal("Chủ đề đổi thẳng trong CSDL", await H1Async(coordinator, "/tinh/long-an"));
        Assert.Equal(before, await H1Async(anonymous, "/tinh/long-an"));

        // …publishing in Tiền Giang evicts Tiền Giang's pages only…
        var tg = app.NewClient();
        await tg.LoginAsync("dieuphoi.tg");
        Assert.NotNull((await anonymous.GetPageAsync("/tinh/tien-giang")).QuerySelector("[data-testid=empty]"));
        Assert.Equal(HttpStatusCode.Redirect, (await tg.PostFormAsync($"/Plans/{ids.TgPlan}/Publish?handler=Publish", new() { ["Form.Theme"] = "Tiền Giang công bố" })).StatusCode);
        Assert.Equal("Tiền Giang công bố", await H1Async(anonymous, "/tinh/tien-giang"));
        Assert.Equal(before, await H1Async(anonymous, "/tinh/long-an"));

        // …and saving Long An's publication evicts Long An's pages and API response.
        var form = await coordinator.GetPageAsync($"/Plans/{ids.LaPlan}/Publish");
        var fields = new Dictionary<string, string> { ["Form.Theme"] = "Long An số sau khi công bố" };
        var version = form.QuerySelector("input[name='Form.Version']")?.GetAttribute("value");
        if (version is not null) fields["Form.Version"] = version;
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync($"/Plans/{ids.LaPlan}/Publish", fields)).StatusCode);
        Assert.Equal("Long An số sau khi công bố", await H1Async(anonymous, "/tinh/long-an"));
        Assert.Contains("Long An số sau khi công bố", Decoded(await anonymous.Http.GetStringAsync("/api/v1/provinces/80/public")));
    }

    [Fact]
    public async Task The_public_api_returns_the_published_campaign_and_a_vietnamese_problem_for_an_unknown_province()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var anonymous = app.NewClient();
        var response = await anonymous.GetAsync("/api/v1/provinces/80/public");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("long-an", (string?)json["province"]!["slug"]);
        var plans = json["plans"]!.AsArray();
        Assert.Contains(plans, p => (int)p!["id"]! == ids.LaPlan && (string?)p["url"] == $"/tinh/long-an/ke-hoach/{ids.LaPlan}" && (string?)p["issuedOn"] == "2024-09-13");
        var activityIds = await app.DbAsync(db => db.Set<PublishedActivity>().Select(a => a.ActivityId).ToListAsync());
        var returned = json["activities"]!.AsArray().Select(a => (int)a!["id"]!).ToList();
        Assert.Equal(activityIds.Order(), returned.Order());
        foreach (var name in new[] { "quizzes", "contests" }) Assert.Empty(json[name]!.AsArray()); // events: the Events module fills them (EventsApiTests)

        var tg = JsonNode.Parse(await anonymous.Http.GetStringAsync("/api/v1/provinces/82/public"))!;
        Assert.Empty(tg["plans"]!.AsArray());
        Assert.Empty(tg["activities"]!.AsArray());

        var missing = await anonymous.GetAsync("/api/v1/provinces/99/public");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await missing.Content.ReadAsStringAsync())!;
        Assert.Equal("Không tìm thấy tỉnh", (string?)problem["title"]);
        Assert.Equal(404, (int)problem["status"]!);
    }

    [Fact]
    public async Task Sections_of_other_modules_come_through_the_seam_and_render_nothing_without_one()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var html = await app.NewClient().Http.GetStringAsync("/tinh/long-an");
        // Only the registered module's section (Events) renders; quizzes and contests have none yet.
        Assert.DoesNotContain("data-testid=\"section-", html.Replace("data-testid=\"section-su-kien\"", ""));

        var campaign = await app.InScopeAsync(async sp =>
        {
            var queries = ActivatorUtilities.CreateInstance<PublicCampaignQueries>(sp, (IEnumerable<IPublicSection>)[new SampleContests()]);
            var province = await queries.ByCodeAsync("80", default);
            return await queries.CampaignAsync(province!, null, default);
        });
        Assert.Equal(["Cuộc thi đang mở", "Cuộc thi đã kết thúc"], campaign.Sections.Select(s => s.Heading));
        Assert.Equal(2, campaign.SectionItems[PublicSectionKind.Contests].Count);
        Assert.Empty(campaign.SectionItems[PublicSectionKind.Events]);
    }

    private sealed class SampleContests : IPublicSection
    {
        public PublicSectionKind Kind => PublicSectionKind.Contests;

        public Task<IReadOnlyList<PublicSectionItem>> ItemsAsync(PublicProvince province, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<PublicSectionItem>>(
            [
                new(1, "Cuộc thi video clip chuyển đổi số", "Đến 30/10/2024", null, "/tinh/long-an/cuoc-thi/1", "Đang nhận bài"),
                new(2, "Cuộc thi vẽ tranh bằng AI", "Đã kết thúc 01/10/2024", null, null, "Đã công bố kết quả", Past: true),
            ]);
    }

    [Fact]
    public async Task The_home_page_weighs_under_60_KB_with_every_stylesheet_and_script_it_links()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var anonymous = app.NewClient();
        var html = await anonymous.Http.GetByteArrayAsync("/tinh/long-an");
        var page = await TestApp.Client.ParseAsync(System.Text.Encoding.UTF8.GetString(html));
        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)).ToList();
        Assert.NotEmpty(assets);
        long total = html.Length;
        foreach (var url in assets)
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            total += (await response.Content.ReadAsByteArrayAsync()).Length;
        }
        Assert.True(total < 60 * 1024, $"home page with its CSS and JS: {total} bytes");
        Assert.True(html.Length > 2_000, "the page has its content");
    }

    /// <summary>
    /// Everything the office has not published — unpublished activities, activity notes and budget texts, participants,
    /// estimate lines, report texts, the plan's purposes and budget notes, a draft (even one with a publication row), an
    /// issued plan of another province that is not published — is seeded with a distinctive string, and no public page
    /// (found by following every link from /tinh) nor any API response contains one.
    /// </summary>
    [Fact]
    public async Task Nothing_unpublished_appears_on_any_public_page_or_api_response()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var tgPlanTitle = await app.DbAsync(db => db.Plans.Where(p => p.Id == ids.TgPlan).Select(p => p.Title).SingleAsync());
        var secrets = new List<string>
        {
            "Hoạt động nội bộ KÍN-7781", "Ghi chú nội bộ KÍN-7782", "Kinh phí theo văn bản KÍN-7783", "Thành phần KÍN-7784",
            "Dòng dự toán KÍN-7785", "987.654.321", "Báo cáo của đơn vị KÍN-7786", "Mục đích nội bộ KÍN-7787", "Ghi chú kinh phí KÍN-7788",
            "Dự thảo KÍN-7789", "Chủ đề của dự thảo KÍN-7790", "Hoạt động dự thảo KÍN-7791", "Dự toán KÍN-7792", tgPlanTitle,
        };
        var shownTitle = await app.DbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var plan = await db.Plans.Include(p => p.Activities).SingleAsync(p => p.Id == ids.LaPlan);
            plan.Purposes = "Mục đích nội bộ KÍN-7787";
            plan.BudgetNotes = "Ghi chú kinh phí KÍN-7788";
            var hidden = plan.AddActivity("99", "Hoạt động nội bộ KÍN-7781", ActivityKind.Other);
            hidden.Location = "Thành phần KÍN-7784";
            var publication = await db.Set<PlanPublication>().Include(p => p.Activities).SingleAsync(p => p.PlanId == ids.LaPlan);
            var shown = plan.Activities.First(a => publication.Shows(a.Id));
            shown.Notes = "Ghi chú nội bộ KÍN-7782";
            shown.BudgetText = "Kinh phí theo văn bản KÍN-7783";
            shown.ParticipantsText = "Thành phần KÍN-7784";
            shown.StatedBudget = new Money(987_654_321);

            var estimate = new Estimate(ids.LongAn, ids.LaPlan, shown.Id, "Dự toán KÍN-7792", now);
            estimate.AddLine(EstimateLine.Item("1", "Dòng dự toán KÍN-7785", "gói", 1, new Money(987_654_321)));
            db.Estimates.Add(estimate);

            var assignment = await db.Assignments.OrderBy(a => a.Id).FirstAsync(a => a.PlanId == ids.LaPlan);
            var report = ProgressReport.For(assignment, ids.LongAn, ids.TargetUser, now);
            report.SetNarrative("Báo cáo của đơn vị KÍN-7786");
            db.ProgressReports.Add(report);

            var draft = new Plan(ids.LongAn, "Dự thảo KÍN-7789", PlanKind.DxDay, 2024, now);
            draft.AddActivity("1", "Hoạt động dự thảo KÍN-7791", ActivityKind.Other);
            db.Plans.Add(draft);
            await db.SaveChangesAsync();
            // A draft with a publication row marked published (as a plan withdrawn after publishing would have).
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO plan_publications (plan_id, province_id, is_published, published_at, theme) VALUES ({0}, {1}, true, now(), 'Chủ đề của dự thảo KÍN-7790')",
                draft.Id, ids.LongAn);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO published_activities (publication_id, activity_id) SELECT p.id, a.id FROM plan_publications p JOIN activities a ON a.plan_id = p.plan_id WHERE p.plan_id = {0}",
                draft.Id);
            return shown.Title;
        });

        var anonymous = app.NewClient();
        var seen = new Dictionary<string, string>();
        var queue = new Queue<string>(["/tinh"]);
        while (queue.Count > 0 && seen.Count < 200)
        {
            var url = queue.Dequeue();
            if (seen.ContainsKey(url)) continue;
            var response = await anonymous.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.MovedPermanently)
            {
                queue.Enqueue(response.Headers.Location!.OriginalString);
                seen[url] = "";
                continue;
            }
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            seen[url] = html;
            foreach (Match m in Regex.Matches(html, "href=\"(/tinh[^\"#?]*)\""))
                if (!seen.ContainsKey(m.Groups[1].Value)) queue.Enqueue(m.Groups[1].Value);
        }
        Assert.Contains($"/tinh/long-an/ke-hoach/{ids.LaPlan}", seen.Keys);
        Assert.Contains("/tinh/tien-giang", seen.Keys);
        Assert.True(seen.Count >= 5, string.Join(", ", seen.Keys));
        foreach (var code in new[] { "80", "82" })
            seen["/api/v1/provinces/" + code + "/public"] = Decoded(await anonymous.Http.GetStringAsync($"/api/v1/provinces/{code}/public"));

        var leaks = (from page in seen from secret in secrets where page.Value.Contains(secret, StringComparison.Ordinal) select $"{page.Key}: {secret}").ToList();
        Assert.True(leaks.Count == 0, "unpublished content on public pages:\n" + string.Join("\n", leaks));
        // The walk is not vacuous: the published activity is there, on the home page, the plan page and in the API.
        Assert.Contains(shownTitle, seen["/tinh/long-an"]);
        Assert.Contains(shownTitle, seen[$"/tinh/long-an/ke-hoach/{ids.LaPlan}"]);
        Assert.Contains(shownTitle, seen["/api/v1/provinces/80/public"]);
    }

    private static Task<List<Lantoa.Domain.Audit.AuditEntry>> PublicationAuditAsync(TestApp app, int provinceId) =>
        app.DbAsync(db => db.AuditEntries.Where(e => e.EntityType == "PlanPublication" && e.ProvinceId == provinceId).ToListAsync());

    private static async Task<string> H1Async(TestApp.Client client, string url) =>
        (await client.GetPageAsync(url)).QuerySelector("h1")!.TextContent.Trim();

    /// <summary>The JSON with its \u escapes undone, so that Vietnamese strings can be searched in it.</summary>
    private static string Decoded(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
