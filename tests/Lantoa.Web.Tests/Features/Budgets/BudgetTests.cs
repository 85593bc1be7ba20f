using System.Net;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Plans;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Budgets;

public class BudgetTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly string Seed = File.ReadAllText(DemoBudgets.SeedFile("longan-2024-ngay-cds.txt")!);

    /// <summary>The demo DX Day plan of Long An, its estimates removed, so that a test builds them itself.</summary>
    private static async Task<int> EmptyDxDayPlanAsync(TestApp app) => await app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<LantoaDb>();
        var plan = await DemoIds.LongAnDxDayPlanAsync(db);
        db.Estimates.RemoveRange(db.Estimates.Where(e => e.PlanId == plan));
        await db.SaveChangesAsync();
        return plan;
    });

    private static async Task<int> ActivityIdAsync(TestApp app, int planId, string label) =>
        await app.DbAsync(db => db.Activities.Where(a => a.PlanId == planId && a.Label == label).Select(a => a.Id).SingleAsync());

    private static async Task<string> CreateEstimateAsync(TestApp.Client client, int planId, int? activityId)
    {
        var fields = new Dictionary<string, string> { ["title"] = "" };
        if (activityId is { } a) fields["activityId"] = a.ToString();
        var response = await client.PostFormAsync($"/Plans/{planId}/Budget?handler=CreateEstimate", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task The_demo_plan_carries_the_seed_budget_with_its_sources_and_no_errors()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("lanhdao");
        var planId = await app.DbAsync(db => DemoIds.LongAnDxDayPlanAsync(db));

        var budget = await client.GetPageAsync($"/Plans/{planId}/Budget");
        Assert.Equal("640.925.000 đồng", budget.QuerySelector("[data-testid=plan-total]")!.TextContent.Trim());
        Assert.Equal("640.925.000 đồng", budget.QuerySelector("[data-testid=plan-stated-total]")!.TextContent.Trim());
        Assert.Empty(budget.QuerySelectorAll("[data-testid=plan-findings] .text-danger"));
        var sources = budget.QuerySelector("[data-testid=by-source]")!.TextContent;
        Assert.Contains("Quyết định số 11789/QĐ-UBND ngày 12/12/2023", sources);
        Assert.Contains("446.350.000", sources);
        Assert.Contains("194.575.000", sources);
        Assert.Equal(4, budget.QuerySelectorAll("[data-testid=estimates] tbody tr").Length);
        Assert.Null(budget.QuerySelector("[data-testid=create-estimate]"));        // leadership reads only
    }

    [Fact]
    public async Task The_four_Long_An_appendices_pasted_table_by_table_give_the_plan_its_totals_by_estimate_and_by_lead_unit()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var planId = await EmptyDxDayPlanAsync(app);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");

        var expected = new (string Appendix, string Activity, long Total)[]
        {
            ("Phụ lục II", "2.1", 388_400_000), ("Phụ lục III", "3", 57_950_000), ("Phụ lục IV", "4", 63_365_000), ("Phụ lục V", "5", 131_210_000),
        };
        foreach (var (appendix, label, total) in expected)
        {
            var url = await CreateEstimateAsync(client, planId, await ActivityIdAsync(app, planId, label));
            var pasted = await client.PostFormAsync($"{url}?handler=Paste", new() { ["text"] = DemoBudgets.Cut(Seed, appendix), ["replace"] = "true" });
            Assert.Equal(HttpStatusCode.Redirect, pasted.StatusCode);
            var page = await client.GetPageAsync(url);
            Assert.Equal(new Money(total).ToDigits(), page.QuerySelector("[data-testid=total]")!.TextContent.Trim());
            Assert.Null(page.QuerySelector("[data-testid=stated-total]"));                // the stated total agrees
            Assert.Empty(page.QuerySelectorAll("[data-testid=findings] li.text-danger"));
        }

        var budget = await client.GetPageAsync($"/Plans/{planId}/Budget");
        Assert.Equal("640.925.000 đồng", budget.QuerySelector("[data-testid=plan-total]")!.TextContent.Trim());
        var byUnit = budget.QuerySelectorAll("[data-testid=by-unit] tbody tr")
            .ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[1].TextContent.Trim());
        Assert.Equal("446.350.000", byUnit["Sở Thông tin và Truyền thông"]);
        Assert.Equal("194.575.000", byUnit["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"]);   // Tỉnh Đoàn
        Assert.Null(budget.QuerySelector("[data-testid=plan-findings] [data-code=plan-total-mismatch]"));
        Assert.Null(budget.QuerySelector("[data-testid=plan-findings] [data-code=unit-total-mismatch]"));
    }

    [Fact]
    public async Task Changing_one_quantity_updates_the_amount_the_group_subtotal_and_the_total_and_a_wrong_written_amount_is_flagged()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var planId = await EmptyDxDayPlanAsync(app);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var url = await CreateEstimateAsync(client, planId, await ActivityIdAsync(app, planId, "2.1"));
        var paste = "STT\tNỘI DUNG\tĐƠN VỊ TÍNH\tSỐ LƯỢNG\tĐƠN GIÁ (đồng)\tTHÀNH TIỀN (đồng)\n" +
                    "I\tHỘI NGHỊ\t\t\t\t\n1.\tNước uống\tNgười\t400\t40.000\t16.000.000\n2.\tHỗ trợ tiền ăn\tNgười\t400\t80.000\t32.000.000\n" +
                    "II\tKHEN THƯỞNG\t\t\t\t\n3.\tHoa trao giải thưởng\tBó\t45\t300.000\t13.500.000\nTổng cộng\t\t\t\t\t61.500.000";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{url}?handler=Paste", new() { ["text"] = paste })).StatusCode);
        var lineId = await app.DbAsync(db => db.EstimateLines.Where(l => l.Content == "Nước uống").Select(l => l.Id).SingleAsync());

        var edited = await client.PostFormAsync($"{url}?handler=Line&lineId={lineId}", new()
        {
            ["Line.Label"] = "1.", ["Line.Content"] = "Nước uống", ["Line.UnitOfMeasure"] = "Người",
            ["Line.Quantity"] = "450", ["Line.UnitPrice"] = "40.000", ["Line.Amount"] = "16.000.000",
        }, htmx: true);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var table = await TestApp.Client.ParseAsync(await edited.Content.ReadAsStringAsync());
        var rows = table.QuerySelectorAll("[data-testid=line]").ToList();
        Assert.Equal("18.000.000", rows[1].QuerySelector("[data-testid=amount]")!.TextContent.Trim());   // 450 × 40.000
        Assert.Equal("50.000.000", rows[0].QuerySelector("[data-testid=amount]")!.TextContent.Trim());   // group I
        Assert.Equal("63.500.000", table.QuerySelector("[data-testid=total]")!.TextContent.Trim());
        Assert.Contains("61.500.000", table.QuerySelector("[data-testid=stated-total]")!.TextContent);   // the document said otherwise

        // A written amount that is not quantity × price is kept as written and flagged.
        var wrong = await client.PostFormAsync($"{url}?handler=Line", new()
        {
            ["Line.Label"] = "4.", ["Line.Content"] = "Bảng tên đại biểu", ["Line.UnitOfMeasure"] = "Cái",
            ["Line.Quantity"] = "30", ["Line.UnitPrice"] = "50.000", ["Line.Amount"] = "1.600.000",
        }, htmx: true);
        var flagged = await TestApp.Client.ParseAsync(await wrong.Content.ReadAsStringAsync());
        Assert.NotNull(flagged.QuerySelector("[data-testid=findings] [data-code=amount-mismatch]"));
        var last = flagged.QuerySelectorAll("[data-testid=line]").Last();
        Assert.Contains("table-danger", last.ClassName);
        Assert.Equal("65.100.000", flagged.QuerySelector("[data-testid=total]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Bad_figures_and_a_pasted_block_of_the_wrong_shape_are_refused_with_row_and_column_and_nothing_is_saved()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var planId = await EmptyDxDayPlanAsync(app);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var url = await CreateEstimateAsync(client, planId, await ActivityIdAsync(app, planId, "3"));
        var estimateId = int.Parse(url.Split('/').Last());
        async Task<int> Lines() => await app.DbAsync(db => db.EstimateLines.CountAsync(l => l.EstimateId == estimateId));

        var badPrice = await client.PostFormAsync($"{url}?handler=Line", new() { ["Line.Content"] = "Băng rôn", ["Line.Quantity"] = "2", ["Line.UnitPrice"] = "sáu trăm" }, htmx: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badPrice.StatusCode);
        Assert.Contains("Đơn giá: \"sáu trăm\" không phải là số tiền.", WebUtility.HtmlDecode(await badPrice.Content.ReadAsStringAsync()));

        var negative = await client.PostFormAsync($"{url}?handler=Line", new() { ["Line.Content"] = "Băng rôn", ["Line.Quantity"] = "-2", ["Line.UnitPrice"] = "600.000" }, htmx: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, negative.StatusCode);
        Assert.Contains("Số lượng không được âm.", WebUtility.HtmlDecode(await negative.Content.ReadAsStringAsync()));

        var overflow = await client.PostFormAsync($"{url}?handler=Line", new() { ["Line.Content"] = "Băng rôn", ["Line.Quantity"] = "1000000", ["Line.UnitPrice"] = "999.999.999.999" }, htmx: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overflow.StatusCode);

        // Five columns: no known layout (STT, content, unit, quantity, price, amount has six).
        var shape = await client.PostFormAsync($"{url}?handler=Paste", new() { ["text"] = "1.\tPano\tChiếc\t4\t12.000.000\n2.\tBăng rôn\tCái\t2\t1.200.000\n" }, htmx: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, shape.StatusCode);
        Assert.Contains("5 cột", WebUtility.HtmlDecode(await shape.Content.ReadAsStringAsync()));

        // A row wider than the others.
        var wide = await client.PostFormAsync($"{url}?handler=Paste", new() { ["text"] = "1.\tPano\tChiếc\t4\t3.000.000\t12.000.000\n2.\tBăng rôn\tCái\t2\t600.000\t1.200.000\tx\ty\tz\n" }, htmx: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wide.StatusCode);
        Assert.Contains("Dòng 2", WebUtility.HtmlDecode(await wide.Content.ReadAsStringAsync()));

        var badCell = await client.PostFormAsync($"{url}?handler=Paste", new() { ["text"] = "1.\tPano\tChiếc\t4\t3.000.000\t12.000.000\n2.\tBăng rôn\tCái\thai\t600.000\t1.200.000\n" }, htmx: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badCell.StatusCode);
        var message = WebUtility.HtmlDecode(await badCell.Content.ReadAsStringAsync());
        Assert.Contains("Dòng 2", message);
        Assert.Contains("SỐ LƯỢNG", message);
        Assert.Equal(0, await Lines());
    }

    [Fact]
    public async Task An_exported_workbook_imported_back_reproduces_the_estimate_exactly()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var planId = await EmptyDxDayPlanAsync(app);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var url = await CreateEstimateAsync(client, planId, await ActivityIdAsync(app, planId, "4"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{url}?handler=Paste", new() { ["text"] = DemoBudgets.Cut(Seed, "Phụ lục IV"), ["replace"] = "true" })).StatusCode);
        var estimateId = int.Parse(url.Split('/').Last());
        async Task<List<string>> Snapshot() => await app.InScopeAsync(async sp =>
        {
            var e = await sp.GetRequiredService<LantoaDb>().Estimates.AsNoTracking().Include(x => x.Lines).SingleAsync(x => x.Id == estimateId);
            return e.Lines.OrderBy(l => l.SortOrder)
                .Select(l => $"{l.Kind}|{l.Label}|{l.Content}|{l.UnitOfMeasure}|{l.Quantity}|{l.UnitPrice?.Dong}|{l.StatedAmount?.Dong}|{l.Note}|{l.Formula?.Value.Dong}")
                .Prepend($"{e.Title}|{e.AppendixLabel}|{e.AttachedTo}|{e.StatedTotal?.Dong}").ToList();
        });
        var before = await Snapshot();

        var export = await client.Http.GetAsync($"{url}?handler=Export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        var bytes = await export.Content.ReadAsByteArrayAsync();

        var imported = await client.PostFileAsync($"{url}?handler=Import", url, bytes, "du-toan.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task Uploads_that_are_not_an_estimate_or_too_large_are_refused_in_Vietnamese()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var planId = await EmptyDxDayPlanAsync(app);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var url = await CreateEstimateAsync(client, planId, null);

        var garbage = await client.PostFileAsync($"{url}?handler=Import", url, [0x50, 0x4B, 1, 2, 3, 4, 5], "du-toan.xlsx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, garbage.StatusCode);
        Assert.Contains("Excel", WebUtility.HtmlDecode(await garbage.Content.ReadAsStringAsync()));

        var huge = await client.PostFileAsync($"{url}?handler=Import", url, new byte[50 * 1024 * 1024], "du-toan.xlsx");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Contains("Tệp quá lớn", WebUtility.HtmlDecode(await huge.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_unit_officer_edits_the_estimate_of_its_own_activity_only_and_a_reviewer_approves_or_returns()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var planId = await EmptyDxDayPlanAsync(app);
        var coordinator = app.NewClient();
        await coordinator.LoginAsync("dieuphoi");
        var dxOffice = await CreateEstimateAsync(coordinator, planId, await ActivityIdAsync(app, planId, "2.1"));

        var youth = app.NewClient();
        await youth.LoginAsync("tinhdoan");
        var line = new Dictionary<string, string> { ["Line.Content"] = "Nước uống", ["Line.Quantity"] = "10", ["Line.UnitPrice"] = "40.000" };
        Assert.Equal(HttpStatusCode.OK, (await youth.GetAsync(dxOffice)).StatusCode);                 // reads
        Assert.Equal(HttpStatusCode.Forbidden, (await youth.PostFormAsync($"{dxOffice}?handler=Line", line)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await youth.PostFormAsync($"{dxOffice}?handler=Paste", new() { ["text"] = "1.\tX\t1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await youth.PostFormAsync($"/Plans/{planId}/Budget?handler=CreateEstimate",
            new() { ["activityId"] = (await ActivityIdAsync(app, planId, "2.1")).ToString() })).StatusCode);

        var own = await CreateEstimateAsync(youth, planId, await ActivityIdAsync(app, planId, "4"));
        Assert.Equal(HttpStatusCode.Redirect, (await youth.PostFormAsync($"{own}?handler=Line", line)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await youth.PostFormAsync($"{own}?handler=Approve", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await youth.PostFormAsync($"{own}?handler=Submit", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await youth.PostFormAsync($"{own}?handler=Line", line)).StatusCode);    // submitted: locked

        var reviewer = app.NewClient();
        await reviewer.LoginAsync("taichinh");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostFormAsync($"{own}?handler=Line", line)).StatusCode);
        var noComment = await reviewer.PostFormAsync($"{own}?handler=Return", new() { ["comment"] = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noComment.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync($"{own}?handler=Return", new() { ["comment"] = "Đơn giá nước uống theo định mức." })).StatusCode);
        Assert.Contains("Đơn giá nước uống theo định mức.", (await youth.GetPageAsync(own)).QuerySelector("[data-testid=review-comment]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await youth.PostFormAsync($"{own}?handler=Submit", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync($"{own}?handler=Approve", [])).StatusCode);
        Assert.Equal("Đã phê duyệt", (await youth.GetPageAsync(own)).QuerySelector("[data-testid=estimate-status]")!.TextContent.Trim());

        // Actual spending on the approved estimate; the lead unit records it, the variance follows.
        var lineId = await app.DbAsync(db => db.EstimateLines.Where(l => l.EstimateId == int.Parse(own.Split('/', StringSplitOptions.None).Last())).Select(l => l.Id).SingleAsync());
        var actual = await youth.PostFormAsync($"{own}/Actuals", new() { [$"actual[{lineId}]"] = "380.000", [$"note[{lineId}]"] = "Theo hóa đơn" });
        Assert.Equal(HttpStatusCode.Redirect, actual.StatusCode);
        var actuals = await youth.GetPageAsync($"{own}/Actuals");
        Assert.Equal("380.000", actuals.QuerySelector("[data-testid=actual-total]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostFormAsync($"{own}/Actuals", new() { [$"actual[{lineId}]"] = "1" })).StatusCode);

        // Leadership reads and changes nothing; another province's officer does not even see it.
        var leader = app.NewClient();
        await leader.LoginAsync("lanhdao");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(own)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostFormAsync($"{own}/Actuals", new() { [$"actual[{lineId}]"] = "1" })).StatusCode);
        var otherProvince = app.NewClient();
        await otherProvince.LoginAsync("dieuphoi.tg");
        Assert.Equal(HttpStatusCode.NotFound, (await otherProvince.GetAsync(own)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherProvince.PostFormAsync($"{own}?handler=Line", line)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherProvince.GetAsync($"/Plans/{planId}/Budget")).StatusCode);

        // Every change is in the audit trail, with who made it.
        var audited = await app.DbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "Estimate").Select(a => a.UserName).Distinct().ToListAsync());
        Assert.Contains("taichinh", audited);
        Assert.Contains("tinhdoan", audited);
    }

    [Fact]
    public async Task A_unit_price_above_the_norm_in_force_is_flagged_and_not_under_an_expired_norm()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var planId = await EmptyDxDayPlanAsync(app);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var csv = "Nội dung chi,Đơn vị tính,Mức chi tối đa,Hiệu lực từ,Hiệu lực đến,Căn cứ\n" +
                  "Bồi dưỡng tập luyện văn nghệ,người/buổi,\"40.000\",01/01/2024,,Nghị quyết số 99/2023/NQ-HĐND (thử)\n" +
                  "Thuê âm thanh,suất,\"3.000.000\",01/01/2020,31/12/2023,Nghị quyết số 01/2020/NQ-HĐND (thử)\n";
        var import = await client.PostFileAsync("/Budgets/Norms?handler=Import", "/Budgets/Norms", System.Text.Encoding.UTF8.GetBytes(csv), "dinh-muc.csv");
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);

        var url = await CreateEstimateAsync(client, planId, await ActivityIdAsync(app, planId, "5"));
        var paste = "1\tBồi dưỡng tập luyện văn nghệ: 20 người x 50.000 đồng/người/buổi x 5 buổi\t5.000.000\t\n" +
                    "2\tThuê âm thanh văn nghệ: 4.000.000 đồng/suất x 1 suất\t4.000.000\t\n";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{url}?handler=Paste", new() { ["text"] = paste })).StatusCode);
        var page = await client.GetPageAsync(url);
        var norms = page.QuerySelectorAll("[data-testid=findings] [data-code=norm-exceeded]").Select(e => e.TextContent).ToList();
        Assert.Single(norms);                                                 // the expired sound-system norm does not count
        Assert.Contains("40.000", norms[0]);

        var badCsv = "Nội dung chi,Đơn vị tính,Mức chi tối đa,Hiệu lực từ\nNước uống,người,bốn mươi nghìn,01/01/2024\n";
        var refused = await client.PostFileAsync("/Budgets/Norms?handler=Import", "/Budgets/Norms", System.Text.Encoding.UTF8.GetBytes(badCsv), "sai.csv");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Dòng 2, cột \"Mức chi tối đa\"", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.DbAsync(db => db.SpendingNorms.CountAsync(n => n.Name == "Nước uống" && n.LegalSource == null)));

        var officer = app.NewClient();
        await officer.LoginAsync("tinhdoan");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFileAsync("/Budgets/Norms?handler=Import", "/Budgets/Norms", System.Text.Encoding.UTF8.GetBytes(csv), "dinh-muc.csv")).StatusCode);
    }
}
