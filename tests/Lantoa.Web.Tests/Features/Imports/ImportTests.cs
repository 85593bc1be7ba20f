using System.IO.Compression;
using System.Net;
using System.Text;
using Lantoa.Domain.Plans;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Documents;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Imports;

public class ImportTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static byte[] Seed(string name) => File.ReadAllBytes(DemoBudgets.SeedFile(name)!);

    private static Task<int> PlanCountAsync(TestApp app) => app.DbAsync(db => db.Plans.CountAsync());

    private static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> UploadAsync(TestApp.Client client, byte[] bytes, string name)
    {
        var response = await client.PostFileAsync("/Plans/Import?handler=Upload", "/Plans/Import", bytes, name);
        return (response, await TestApp.Client.ParseAsync(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_seed_plan_is_reviewed_then_created_and_the_same_file_again_updates_the_draft_instead_of_duplicating_it()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var before = await PlanCountAsync(app);

        var (response, page) = await UploadAsync(client, Seed("longan-2024-ngay-cds.txt"), "ke-hoach-ngay-cds.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("7 hoạt động", page.QuerySelector("[data-testid=import-summary]")!.TextContent);
        Assert.Contains("Tổ chức triển lãm", page.QuerySelector("[data-testid=parsed-activities]")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=source] #L81"));            // the source, line by line
        Assert.NotNull(page.QuerySelector("[data-testid=same-file]"));              // the demo data imported this very file
        Assert.Equal(before, await PlanCountAsync(app));                            // nothing written yet

        var token = page.QuerySelector("input[name=token]")!.GetAttribute("value")!;
        var created = await client.PostFormAsync("/Plans/Import?handler=Confirm", new() { ["token"] = token, ["replacePlanId"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planId = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        Assert.Equal(before + 1, await PlanCountAsync(app));

        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var plan = await db.Plans.Include(p => p.Activities).ThenInclude(a => a.Parties).Include(p => p.Deadlines).Include(p => p.UnitBudgets)
                .AsSplitQuery().SingleAsync(p => p.Id == planId);
            Assert.Equal(PlanStatus.Draft, plan.Status);
            Assert.Equal(7, plan.Activities.Count);
            var fair = plan.Activities.Single(a => a.Label == "3");
            Assert.Equal(new Lantoa.Domain.Budgets.Money(57_950_000), fair.StatedBudget);
            Assert.Equal(new DateOnly(2024, 10, 9), fair.Time.FirstDay);
            Assert.Equal(4, await db.Estimates.CountAsync(e => e.PlanId == planId));
            Assert.Equal(new Lantoa.Domain.Budgets.Money(640_925_000), plan.StatedBudgetTotal);
            Assert.Equal(2, plan.UnitBudgets.Count);
            Assert.Contains(plan.Deadlines, d => d.DueOn == new DateOnly(2024, 10, 31));
            Assert.Equal(400, plan.Activities.Single(a => a.Label == "2.1").ParticipantTable!.StatedTotal);
            Assert.Equal("ke-hoach-ngay-cds.txt", (await db.PlanImports.SingleAsync(i => i.PlanId == planId)).FileName);
            return 0;
        });

        // The same file again: the draft it made is offered for update, and updating replaces it.
        var (_, again) = await UploadAsync(client, Seed("longan-2024-ngay-cds.txt"), "ban-sua.txt");
        Assert.Contains($"/Plans/{planId}", again.QuerySelector("[data-testid=same-file]")!.InnerHtml);
        var token2 = again.QuerySelector("input[name=token]")!.GetAttribute("value")!;
        var updated = await client.PostFormAsync("/Plans/Import?handler=Confirm", new() { ["token"] = token2, ["replacePlanId"] = planId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        Assert.Equal(before + 1, await PlanCountAsync(app));

        // A token is single-use and belongs to its user.
        var reused = await client.PostFormAsync("/Plans/Import?handler=Confirm", new() { ["token"] = token2 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
    }

    [Fact]
    public async Task An_unknown_unit_is_resolved_by_picking_a_suggestion_and_remembered_as_an_alias()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var text = string.Join("\n",
            "ỦY BAN NHÂN DÂN", "TỈNH LONG AN", "Số: 15/KH-UBND", "Long An, ngày 05 tháng 3 năm 2025", "",
            "KẾ HOẠCH", "Tập huấn kỹ năng số cho cán bộ năm 2025", "",
            "Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia;", "",
            "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao kỹ năng số cho cán bộ, công chức.", "",
            "II. NỘI DUNG", "1. Tập huấn kỹ năng số", "a) Đơn vị chủ trì: Trung tâm Chuyển đổi số tỉnh Long An", "b) Thời gian: tháng 4/2025", "",
            "III. TỔ CHỨC THỰC HIỆN", "Các đơn vị báo cáo kết quả trước ngày 30/6/2025.", "",
            "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A");
        var (response, page) = await UploadAsync(client, Encoding.UTF8.GetBytes(text), "tap-huan.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var unknown = page.QuerySelector("[data-testid=unknown-units]")!;
        Assert.Contains("Trung tâm Chuyển đổi số tỉnh Long An", unknown.TextContent);
        var dxOffice = await app.DbAsync(db => db.Units.Where(u => u.Name == "Sở Thông tin và Truyền thông" && db.Provinces.Any(p => p.Id == u.ProvinceId && p.Code == "80")).Select(u => u.Id).SingleAsync());

        var created = await client.PostFormAsync("/Plans/Import?handler=Confirm", new()
        {
            ["token"] = page.QuerySelector("input[name=token]")!.GetAttribute("value")!,
            ["choices[0].Written"] = unknown.QuerySelector("input[type=hidden]")!.GetAttribute("value")!,
            ["choices[0].Target"] = $"u:{dxOffice}",
            ["choices[0].SaveAlias"] = "true",
        });
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var planId = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var lead = await db.ActivityParties.Where(p => db.Activities.Any(a => a.Id == p.ActivityId && a.PlanId == planId) && p.Role == PartyRole.Lead).SingleAsync();
            Assert.Equal(dxOffice, lead.UnitId);
            Assert.Equal("Trung tâm Chuyển đổi số tỉnh Long An", lead.WrittenName);
            Assert.Contains("Trung tâm Chuyển đổi số tỉnh Long An", (await db.Units.SingleAsync(u => u.Id == dxOffice)).Aliases);
            Assert.True(await db.Assignments.AnyAsync(a => a.PlanId == planId && a.UnitId == dxOffice));
            return 0;
        });

        // A unit id typed into the form from another province is refused, nothing written.
        var (_, page2) = await UploadAsync(client, Encoding.UTF8.GetBytes(text.Replace("Tập huấn kỹ năng số cho cán bộ", "Tập huấn lần hai")), "lan-hai.txt");
        var foreign = await app.DbAsync(db => db.Units.Where(u => !db.Provinces.Any(p => p.Id == u.ProvinceId && p.Code == "80")).Select(u => u.Id).FirstAsync());
        var count = await PlanCountAsync(app);
        var refused = await client.PostFormAsync("/Plans/Import?handler=Confirm", new()
        {
            ["token"] = page2.QuerySelector("input[name=token]")!.GetAttribute("value")!,
            ["choices[0].Written"] = "bất kỳ", ["choices[0].Target"] = $"u:{foreign}",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(count, await PlanCountAsync(app));
    }

    public static TheoryData<string, byte[], string> BadFiles()
    {
        var data = new TheoryData<string, byte[], string>
        {
            { "rong.txt", [], "tệp rỗng" },
            { "rac.txt", [0x00, 0x01, 0xFF, 0x00, 0x42, 0x99, 0x00], "" },
            { "cu.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], ".doc" },
            { "ke-hoach.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), "" },
            { "quyet-dinh.txt", Encoding.UTF8.GetBytes("ỦY BAN NHÂN DÂN TỈNH LONG AN\nSố: 12/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc phê duyệt danh mục\n\nĐiều 1. Phê duyệt danh mục.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n"), "" },
            { "tcvn3.txt", Encoding.Latin1.GetBytes("KÕ ho¹ch tæ chøc c¸c ho¹t ®éng h­ëng øng Ngµy ChuyÓn ®æi sè quèc gia\nUû ban nh©n d©n tØnh Long An\n"), "" },
        };
        // A .docx whose document.xml inflates far beyond the limit (a zip bomb).
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using (var s = entry.Open())
            {
                var chunk = new byte[1024 * 1024];
                for (var i = 0; i < 200; i++) s.Write(chunk);
            }

            archive.CreateEntry("[Content_Types].xml");
        }
        data.Add("bom.docx", zip.ToArray(), "");
        return data;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Files_that_are_not_plans_are_refused_with_a_Vietnamese_message_and_nothing_is_written(string name, byte[] bytes, string mention)
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var before = await PlanCountAsync(app);
        var (response, page) = await UploadAsync(client, bytes, name);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = page.QuerySelector("[data-testid=import-errors]")!.TextContent.Trim();
        Assert.NotEmpty(errors);
        Assert.Contains(mention, errors);
        Assert.DoesNotContain("Exception", errors);
        Assert.Equal(before, await PlanCountAsync(app));
        Assert.Equal(0, await app.DbAsync(db => db.PlanImports.CountAsync(i => i.FileName == name)));
    }

    [Fact]
    public async Task A_hundred_megabyte_file_gets_a_clear_refusal()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var response = await client.PostFileAsync("/Plans/Import?handler=Upload", "/Plans/Import", new byte[100 * 1024 * 1024], "lon.docx");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("giới hạn là 20 MB", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Only_coordinators_import_and_a_plan_document_is_downloaded_only_within_its_province()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var officer = app.NewClient();
        await officer.LoginAsync("benluc");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/Plans/Import")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFileAsync("/Plans/Import?handler=Upload", "/Account/ChangePassword", Seed("longan-2024-ngay-cds.txt"), "x.txt")).StatusCode);

        var planId = await app.DbAsync(db => DemoIds.LongAnDxDayPlanAsync(db));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Plans/{planId}?handler=Docx")).StatusCode);
        var other = app.NewClient();
        await other.LoginAsync("dieuphoi.tg");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Plans/{planId}?handler=Docx")).StatusCode);
    }

    [Fact]
    public async Task A_plan_exported_to_docx_and_imported_back_has_the_same_structure()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var planId = await app.DbAsync(db => DemoIds.LongAnDxDayPlanAsync(db));
        var docx = await client.Http.GetAsync($"/Plans/{planId}?handler=Docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var bytes = await docx.Content.ReadAsByteArrayAsync();

        var (response, page) = await UploadAsync(client, bytes, "ke-hoach-xuat.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = await client.PostFormAsync("/Plans/Import?handler=Confirm", new() { ["token"] = page.QuerySelector("input[name=token]")!.GetAttribute("value")! });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var copyId = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());

        async Task<List<string>> Structure(int id) => await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var plan = await db.Plans.AsNoTracking().Include(p => p.Activities).ThenInclude(a => a.Parties).Include(p => p.Deadlines)
                .Include(p => p.LegalBases).Include(p => p.UnitBudgets).AsSplitQuery().SingleAsync(p => p.Id == id);
            var estimates = await db.Estimates.AsNoTracking().Include(e => e.Lines).Where(e => e.PlanId == id).ToListAsync();
            var lines = new List<string>
            {
                $"{plan.Title}|{plan.NumberSymbol}|{plan.IssuedOn}|{plan.Theme}|{plan.SignerPrefix}|{plan.SignerTitle}|{plan.SignerName}|{plan.Recipients.Count}",
                $"bases {string.Join(";", plan.LegalBases.OrderBy(b => b.SortOrder).Select(b => b.Symbol))}",
                $"deadlines {string.Join(";", plan.Deadlines.Select(d => d.DueOn).Order())}",
                $"budget {plan.StatedBudgetTotal} {string.Join(";", plan.UnitBudgets.Select(b => $"{b.UnitId}={b.Amount}").Order())}",
            };
            lines.AddRange(plan.ActivitiesInOrder().Select(a =>
                $"{a.Label}|{a.Title}|{a.Time.FirstDay}|{a.Time.LastDay}|{a.Location}|{a.ExpectedParticipants}|{a.StatedBudget}|" +
                string.Join(",", a.Parties.OrderBy(p => p.Role).ThenBy(p => p.UnitId).ThenBy(p => p.GroupId).Select(p => $"{p.Role}:{p.UnitId}:{p.GroupId}"))));
            lines.AddRange(estimates.Select(e => $"{e.AppendixLabel}|{e.Lines.Count}|{e.StatedTotal}|{Lantoa.Domain.Budgets.EstimateAnalyzer.Analyze(e).ComputedTotal}").Order());
            return lines;
        });
        var (original, copy) = (await Structure(planId), await Structure(copyId));
        Assert.Equal(original.Count, copy.Count);
        for (var i = 0; i < original.Count; i++) Assert.Equal(original[i], copy[i]);
    }
}
