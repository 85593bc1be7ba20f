using System.Net;
using Lantoa.Domain.Plans;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features;

public class PlanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_coordinator_creates_a_plan_and_an_activity_led_by_a_group_that_fans_out_to_its_members()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");

        var created = await client.PostFormAsync("/Plans/Create", new()
        {
            ["Form.Title"] = "Tuần lễ chuyển đổi số tỉnh Long An năm 2024",
            ["Form.Kind"] = "DxWeek",
            ["Form.Year"] = "2024",
            ["Form.IssuedOn"] = "20/09/2024",
            ["Form.LegalBases"] = "Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia",
            ["Form.Deadlines"] = "31/10/2024: Báo cáo kết quả | UBND cấp huyện",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planUrl = created.Headers.Location!.OriginalString;

        var activity = await client.PostFormAsync($"{planUrl}/Activities/New", new()
        {
            ["Form.Label"] = "1",
            ["Form.Title"] = "Ra quân Tổ công nghệ số cộng đồng",
            ["Form.Kind"] = "FieldCampaign",
            ["Form.Lead"] = "UBND các huyện, thị xã, thành phố",
            ["Form.Coordinating"] = "Sở TT&TT; Tỉnh Đoàn",
            ["Form.TimeText"] = "Từ ngày 01/10/2024 đến ngày 10/10/2024",
            ["Form.ExpectedParticipants"] = "500",
        });
        Assert.Equal(HttpStatusCode.Redirect, activity.StatusCode);

        var planId = int.Parse(planUrl.Split('/').Last());
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var plan = await db.Plans.Include(p => p.LegalBases).Include(p => p.Deadlines).SingleAsync(p => p.Id == planId);
            Assert.Equal("505/QĐ-TTg", plan.LegalBases.Single().Symbol);
            Assert.Equal(new DateOnly(2022, 4, 22), plan.LegalBases.Single().DocumentDate);
            Assert.Equal(new DateOnly(2024, 10, 31), plan.Deadlines.Single().DueOn);
            var a = await db.Activities.SingleAsync(x => x.PlanId == planId);
            Assert.Equal(new DateOnly(2024, 10, 1), a.Time.FirstDay);
            Assert.Equal(new DateOnly(2024, 10, 10), a.Time.LastDay);
            var assignments = await db.Assignments.Where(x => x.ActivityId == a.Id).ToListAsync();
            var leads = assignments.Where(x => x.Role == PartyRole.Lead).ToList();
            Assert.Equal(15, leads.Count);                              // the 15 district committees of 2024
            Assert.All(leads, l => Assert.NotNull(l.ViaGroupId));
            Assert.Equal(2, assignments.Count(x => x.Role == PartyRole.Coordinating));
            return 0;
        });

        var page = await client.GetPageAsync(planUrl);
        Assert.Contains("Ra quân Tổ công nghệ số cộng đồng", page.QuerySelector("[data-testid=activity-tree]")!.TextContent);
        Assert.Contains("UBND huyện Bến Lức", page.QuerySelector("[data-testid=by-unit]")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=timeline] td.on"));
    }

    [Fact]
    public async Task Invalid_forms_come_back_with_Vietnamese_messages_and_422_and_save_nothing()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var plans = await app.DbAsync(db => db.Plans.CountAsync());

        var noTitle = await client.PostFormAsync("/Plans/Create", new() { ["Form.Title"] = "", ["Form.Year"] = "20x4", ["Form.IssuedOn"] = "31/02/2024" });
        var body = await noTitle.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noTitle.StatusCode);
        Assert.Contains("Nhập trích yếu kế hoạch.", body);
        Assert.Contains("Ngày ban hành phải có dạng dd/MM/yyyy", body);
        Assert.Contains("không hợp lệ", body);
        Assert.Equal(plans, await app.DbAsync(db => db.Plans.CountAsync()));

        var planId = await app.DbAsync(db => db.Plans.Select(p => p.Id).FirstAsync());
        var activities = await app.DbAsync(db => db.Activities.CountAsync());
        var bad = await client.PostFormAsync($"/Plans/{planId}/Activities/New", new()
        {
            ["Form.Title"] = "Hoạt động lỗi",
            ["Form.Lead"] = "Sở Du hành Vũ trụ và Thiên văn",
            ["Form.Start"] = "10/10/2024",
            ["Form.End"] = "01/10/2024",
        });
        var text = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.", text);
        Assert.Contains("Không nhận ra đơn vị", text);
        Assert.Equal(activities, await app.DbAsync(db => db.Activities.CountAsync()));
    }

    [Fact]
    public async Task Inline_editing_returns_fragments_not_the_layout()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var (planId, activityId) = await app.InScopeAsync(async sp =>
        {
            var a = await sp.GetRequiredService<LantoaDb>().Activities.Where(x => x.Label == "4").FirstAsync();
            return (a.PlanId, a.Id);
        });

        var editor = await client.GetAsync($"/Plans/{planId}/Activities/{activityId}", htmx: true);
        var editorHtml = await editor.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
        Assert.StartsWith("<tr", editorHtml.TrimStart().Split("*@").Last().TrimStart());
        Assert.DoesNotContain("<html", editorHtml);
        Assert.Contains("hx-post", editorHtml);

        var saved = await client.PostFormAsync($"/Plans/{planId}/Activities/{activityId}", new()
        {
            ["Form.Label"] = "4",
            ["Form.Title"] = "Cuộc thi trực tuyến (đã sửa)",
            ["Form.Kind"] = "QuizContest",
            ["Form.Lead"] = "Tỉnh Đoàn",
            ["Form.TimeText"] = "Từ ngày 01/10/2024 đến ngày 09/11/2024",
        }, htmx: true);
        var row = await saved.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains($"id=\"activity-{activityId}\"", row);
        Assert.Contains("Cuộc thi trực tuyến (đã sửa)", row);
        Assert.DoesNotContain("<html", row);
        Assert.Equal("HX-Request", saved.Headers.Vary.Single());
    }

    [Fact]
    public async Task Every_change_is_audited_with_old_and_new_values()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var planId = await app.DbAsync(db => DemoIds.LongAnCommunicationsPlanAsync(db));

        var edit = await client.PostFormAsync($"/Plans/{planId}/Edit", new()
        {
            ["Form.Title"] = "Tuyên truyền về chuyển đổi số năm 2024 (sửa đổi)",
            ["Form.Kind"] = "Communications",
            ["Form.Year"] = "2024",
        });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);

        var admin = app.NewClient();
        await admin.LoginAsync("quantri.longan");
        var audit = await admin.GetPageAsync($"/Admin/Audit?entity=Plan&entityId={planId}");
        var text = audit.QuerySelector("[data-testid=audit-list]")!.TextContent;
        Assert.Contains("dieuphoi", text);
        Assert.Contains("Tuyên truyền về chuyển đổi số trên địa bàn tỉnh Long An năm 2024", text);   // old value
        Assert.Contains("Tuyên truyền về chuyển đổi số năm 2024 (sửa đổi)", text);              // new value
        Assert.Contains($"Kế hoạch #{planId}", text);                                              // records and fields in Vietnamese
        Assert.Contains("Tên:", text);
        Assert.DoesNotContain("{\"", text);                                                        // no raw JSON
    }

    [Fact]
    public async Task Closing_a_plan_makes_it_read_only()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var planId = await app.DbAsync(db => DemoIds.LongAnCommunicationsPlanAsync(db));

        var wrongStep = await client.PostFormAsync($"/Plans/{planId}?handler=Status", new() { ["next"] = "Draft" });
        Assert.Equal(HttpStatusCode.Conflict, wrongStep.StatusCode);
        Assert.Contains("Không thể chuyển kế hoạch sang", await wrongStep.Content.ReadAsStringAsync());

        var close = await client.PostFormAsync($"/Plans/{planId}?handler=Status", new() { ["next"] = "Closed" });
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        Assert.Equal(PlanStatus.Closed, await app.DbAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync()));

        var edit = await client.PostFormAsync($"/Plans/{planId}/Edit", new() { ["Form.Title"] = "Sửa sau khi kết thúc", ["Form.Year"] = "2024" });
        var add = await client.PostFormAsync($"/Plans/{planId}/Activities/New", new() { ["Form.Title"] = "Thêm sau khi kết thúc" });
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.False(await app.DbAsync(db => db.Activities.AnyAsync(a => a.Title == "Thêm sau khi kết thúc")));
    }

    [Fact]
    public async Task Time_written_in_words_that_cannot_be_read_is_refused_with_a_Vietnamese_message()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var planId = await app.DbAsync(db => DemoIds.LongAnDxDayPlanAsync(db));

        var response = await client.PostFormAsync($"/Plans/{planId}/Activities/New", new() { ["Form.Title"] = "Hoạt động", ["Form.TimeText"] = "khi nào rảnh" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await TestApp.Client.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Chưa hiểu thời gian \"khi nào rảnh\"", page.QuerySelector(".validation-summary-errors")!.TextContent);
    }

    [Theory]
    [InlineData("/Plans?year=abc")]
    [InlineData("/Plans?status=Khong")]
    public async Task An_unreadable_filter_in_the_address_gets_the_Vietnamese_400_page(string url)
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("lanhdao");

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_ids_get_the_Vietnamese_not_found_page_without_a_stack_trace()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("lanhdao");

        foreach (var url in new[] { "/Plans/987654", "/Units/987654", "/Plans/1/Activities/987654", "/Units/abc", "/Khong/Co/Trang" })
        {
            var response = await client.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound || (url.Contains("Activities") && response.StatusCode == HttpStatusCode.Forbidden), url);
            Assert.Contains(response.StatusCode == HttpStatusCode.NotFound ? "Không tìm thấy" : "Không có quyền", html);
            Assert.DoesNotContain("Exception", html);
            Assert.DoesNotContain("   at ", html);
        }
    }
}
