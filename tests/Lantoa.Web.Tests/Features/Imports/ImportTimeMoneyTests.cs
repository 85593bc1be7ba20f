using System.Net;
using System.Text;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Plans;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Imports;

/// <summary>
/// A plan written with an agenda, a plan-level window, milestones, a budget in prose and blocks of "Tổ chức thực
/// hiện", uploaded and confirmed over HTTP, then read back from PostgreSQL.
/// </summary>
public class ImportTimeMoneyTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Plan = """
        ỦY BAN NHÂN DÂN
        TỈNH LONG AN

        Số: 188/KH-UBND

        Long An, ngày 05 tháng 6 năm 2025

        KẾ HOẠCH

        Tổ chức Tuần lễ Chuyển đổi số tỉnh Long An năm 2025

        Thực hiện Kế hoạch số 3848/KH-UBND ngày 29/12/2024 của UBND tỉnh triển khai Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia;

        Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 41/TTr-SKHCN ngày 20/5/2025.

        Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

        I. MỤC ĐÍCH, YÊU CẦU

        Nâng cao nhận thức về chuyển đổi số.

        II. THÔNG TIN CHUNG

        1. Chủ đề: “Chuyển đổi số - Dữ liệu cho mọi người”.

        2. Thời gian: từ tháng 9/2025 đến ngày 15/11/2025.

        III. NỘI DUNG

        1. Chuỗi sự kiện Tuần lễ Chuyển đổi số

        a) Đơn vị chủ trì: Sở Khoa học và Công nghệ.

        b) Chương trình:

        Ngày 09/10/2025 (thứ Năm)

        - Buổi sáng (8h00): Hội thảo chính quyền số.

        - Buổi chiều: Tập huấn kỹ năng số cho cán bộ cấp xã.

        Ngày 10/10/2025 (thứ Sáu)

        - Buổi tối (19h30): Chương trình nghệ thuật “Long An số”.

        2. Tuyên truyền trên Báo Long An

        a) Đơn vị chủ trì: Báo Long An.

        b) Thời gian: Thường xuyên.

        IV. KINH PHÍ

        Tổng kinh phí dự kiến khoảng 1.500.000.000 đồng (Một tỷ năm trăm triệu đồng), trong đó:

        - Ngân sách tỉnh: 1.200.000.000 đồng, theo Quyết định số 3050/QĐ-UBND ngày 25/12/2024 của UBND tỉnh;

        - Nguồn xã hội hóa: 300.000.000 đồng.

        V. TIẾN ĐỘ THỰC HIỆN

        - Tháng 9/2025: Xây dựng kế hoạch chi tiết.

        - Cuối tháng 11/2025: UBND các huyện, thị xã, thành phố báo cáo kết quả về Sở Khoa học và Công nghệ.

        VI. TỔ CHỨC THỰC HIỆN

        1. Sở Khoa học và Công nghệ

        Chủ trì thực hiện các nhiệm vụ tại Mục 1 Phần III; theo dõi, đôn đốc việc thực hiện Kế hoạch.

        2. Sở Tài chính

        Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch.

        3. Tỉnh Đoàn

        Phối hợp thực hiện nhiệm vụ tại Mục 1 Phần III.

        4. UBND các huyện, thị xã, thành phố

        Tuyên truyền, hưởng ứng Tuần lễ Chuyển đổi số trên địa bàn.

        Trên đây là Kế hoạch tổ chức Tuần lễ Chuyển đổi số tỉnh Long An năm 2025./.

        Nơi nhận:
        - Bộ Khoa học và Công nghệ;
        - Lưu: VT.

        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH

        Nguyễn Minh Lâm
        """;

    [Fact]
    public async Task An_agenda_milestones_a_prose_budget_and_responsibilities_become_activities_an_obligation_sources_and_assignments()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");

        var upload = await client.PostFileAsync("/Plans/Import?handler=Upload", "/Plans/Import", Encoding.UTF8.GetBytes(Plan), "tuan-le-cds-2025.txt");
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var page = await TestApp.Client.ParseAsync(await upload.Content.ReadAsStringAsync());
        Assert.Contains("Cuối tháng 11/2025", page.QuerySelector("[data-testid=parsed-milestones]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Buổi sáng (8h00), ngày 09/10/2025", page.QuerySelector("[data-testid=parsed-activities]")!.TextContent, StringComparison.Ordinal);
        var token = page.QuerySelector("input[name=token]")!.GetAttribute("value")!;
        var created = await client.PostFormAsync("/Plans/Import?handler=Confirm", new() { ["token"] = token, ["replacePlanId"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planId = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());

        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var plan = await db.Plans.Include(p => p.Activities).ThenInclude(a => a.Parties).Include(p => p.Deadlines).Include(p => p.Milestones)
                .Include(p => p.LegalBases).Include(p => p.Responsibilities).AsSplitQuery().SingleAsync(p => p.Id == planId);
            var unitId = await db.Units.Where(u => u.ProvinceId == plan.ProvinceId).ToDictionaryAsync(u => u.Name, u => u.Id);

            // The agenda: two days under activity 1, their sessions under them, with dates and sessions.
            var chain = plan.Activities.Single(a => a.Parent is null && a.Label == "1");
            var days = plan.ActivitiesInOrder().Where(a => a.Parent == chain).ToList();
            Assert.Equal(["Ngày 09/10/2025 (thứ Năm)", "Ngày 10/10/2025 (thứ Sáu)"], days.Select(d => d.Title));
            var thursday = plan.ActivitiesInOrder().Where(a => a.Parent == days[0]).ToList();
            Assert.Equal([("Hội thảo chính quyền số", "Buổi sáng"), ("Tập huấn kỹ năng số cho cán bộ cấp xã", "Buổi chiều")], thursday.Select(s => (s.Title, s.Time.Session!)));
            Assert.All(thursday, s => Assert.Equal(new DateOnly(2025, 10, 9), s.Time.FirstDay));
            Assert.Equal(new TimeOnly(8, 0), thursday[0].Time.StartTime);
            var evening = Assert.Single(plan.Activities, a => a.Parent == days[1]);
            Assert.Equal((new DateOnly(2025, 10, 10), new TimeOnly(19, 30), "Buổi tối"), (evening.Time.FirstDay!.Value, evening.Time.StartTime!.Value, evening.Time.Session!));

            // The plan's own window and its milestones.
            Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2025, 11, 15)), (plan.Window.FirstDay!.Value, plan.Window.LastDay!.Value));
            Assert.Equal("từ tháng 9/2025 đến ngày 15/11/2025.", plan.Window.Text);
            Assert.Equal(["Tháng 9/2025", "Cuối tháng 11/2025"], plan.Milestones.OrderBy(m => m.SortOrder).Select(m => m.TimeText));

            // "Cuối tháng 11/2025": a deadline and an obligation due in the last days of November, owed by the district group.
            var obligation = await db.Obligations.Include(o => o.Parties).SingleAsync(o => o.PlanId == planId);
            Assert.Equal(new DateOnly(2025, 11, 30), obligation.Schedule.DueDates().Single());
            Assert.Contains("báo cáo kết quả", obligation.Title, StringComparison.Ordinal);
            var districts = await db.UnitGroups.Where(g => g.ProvinceId == plan.ProvinceId && g.Name == "UBND cấp huyện").Select(g => g.Id).SingleAsync();
            Assert.Equal([districts], obligation.Parties.Select(p => p.GroupId));

            // Nested citation and the proposal, kept apart.
            Assert.Equal([("3848/KH-UBND", LegalBasisKind.Basis, (string?)null), ("505/QĐ-TTg", LegalBasisKind.Basis, "3848/KH-UBND"), ("41/TTr-SKHCN", LegalBasisKind.Proposal, null)],
                plan.LegalBases.OrderBy(b => b.SortOrder).Select(b => (b.Symbol!, b.Kind, b.CitedWithin)));

            // The prose budget: the stated total and the sources with their amounts.
            Assert.Equal(new Money(1_500_000_000), plan.StatedBudgetTotal);
            var sources = await db.FundingSources.Where(s => s.PlanId == planId).OrderBy(s => s.Id).ToListAsync();
            Assert.Equal([(FundingKind.StateBudget, "Ngân sách tỉnh", (Money?)new Money(1_200_000_000)), (FundingKind.Sponsorship, "Xã hội hóa", new Money(300_000_000))],
                sources.Select(s => (s.Kind, s.Name, s.StatedAmount)));
            Assert.StartsWith("Quyết định số 3050/QĐ-UBND", sources[0].Decision, StringComparison.Ordinal);

            // Responsibilities: the blocks pointing to Mục 1 make their units parties of it (Tỉnh Đoàn coordinating) ...
            Assert.Contains(chain.Parties, p => p.UnitId == unitId["Sở Khoa học và Công nghệ"] && p.Role == PartyRole.Lead);
            Assert.Contains(chain.Parties, p => p.UnitId == unitId["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"] && p.Role == PartyRole.Coordinating);
            Assert.Contains(await db.Assignments.Where(a => a.ActivityId == chain.Id).Select(a => new { a.UnitId, a.Role }).ToListAsync(),
                a => a.UnitId == unitId["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"] && a.Role == PartyRole.Coordinating);

            // ... and the blocks that name no activity are work on the plan: Sở Tài chính, and every district of the day.
            var onPlan = await db.PlanAssignments.Where(a => a.PlanId == planId).ToListAsync();
            var finance = plan.Responsibilities.Single(r => r.WrittenUnit == "Sở Tài chính");
            Assert.Equal([unitId["Sở Tài chính"]], onPlan.Where(a => a.ResponsibilityId == finance.Id).Select(a => a.UnitId));
            var districtBlock = plan.Responsibilities.Single(r => r.WrittenUnit.StartsWith("UBND các huyện", StringComparison.Ordinal));
            var districtMembers = await db.Units.CountAsync(u => u.ProvinceId == plan.ProvinceId && u.Kind == Lantoa.Domain.Units.UnitKind.DistrictCommittee
                && (u.ValidTo == null || u.ValidTo >= new DateOnly(2025, 6, 5)) && (u.ValidFrom == null || u.ValidFrom <= new DateOnly(2025, 6, 5)));
            Assert.True(districtMembers > 5);
            Assert.Equal(districtMembers, onPlan.Count(a => a.ResponsibilityId == districtBlock.Id && a.ViaGroupId == districts));
            Assert.DoesNotContain(onPlan, a => a.ResponsibilityId == plan.Responsibilities.Single(r => r.WrittenUnit == "Sở Khoa học và Công nghệ").Id);
            return 0;
        });

        // The plan page shows the window, the milestones and the proposal apart from the legal bases.
        var details = await TestApp.Client.ParseAsync(await (await client.GetAsync($"/Plans/{planId}")).Content.ReadAsStringAsync());
        Assert.Contains("từ tháng 9/2025 đến ngày 15/11/2025", details.QuerySelector("[data-testid=plan-window]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Cuối tháng 11/2025", details.QuerySelector("[data-testid=milestones]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("41/TTr-SKHCN", details.QuerySelector("[data-testid=proposals]")!.TextContent, StringComparison.Ordinal);

        // The .docx writes no "Căn cứ Tờ trình …" and no second paragraph for the nested decision.
        var docx = await client.GetAsync($"/Plans/{planId}?handler=Docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        {
            var document = Lantoa.Web.Features.Documents.DocxReader.Read("x.docx", await docx.Content.ReadAsByteArrayAsync());
            var paragraphs = document.Blocks.OfType<Lantoa.Domain.Documents.SourceParagraph>().Select(p => p.Text).ToList();
            Assert.DoesNotContain(paragraphs, t => t.Contains("Tờ trình số 41/TTr-SKHCN", StringComparison.Ordinal) && t.StartsWith("Căn cứ", StringComparison.Ordinal));
            Assert.Single(paragraphs, t => t.Contains("505/QĐ-TTg", StringComparison.Ordinal));
        }
    }
}
