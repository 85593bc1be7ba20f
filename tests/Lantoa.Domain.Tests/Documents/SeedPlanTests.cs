using System.Text;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Dates;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Tests.Units;

namespace Lantoa.Domain.Tests.Documents;

/// <summary>
/// The three real plans, read end to end with the demo catalogue of their province: what a person reading them would
/// list — every activity with its lead and coordinating units, dates, places and participants; the budgets and their
/// totals; the deadlines and who owes them; the signer and recipients; the legal bases.
/// </summary>
public class SeedPlanTests
{
    private const string DayPlan = "longan-2024-ngay-cds.txt";
    private const string CommunicationsPlan = "longan-2024-tuyen-truyen-cds.txt";
    private const string TienGiangPlan = "tiengiang-2024-ngay-cds.txt";

    private static readonly Dictionary<string, ParsedPlan> Cache = [];

    private static (ParsedPlan Plan, ProvinceNames Names) Read(string seed)
    {
        var names = ProvinceNames.Of(seed.StartsWith("tiengiang", StringComparison.Ordinal) ? "82" : "80");
        lock (Cache)
        {
            if (!Cache.TryGetValue(seed, out var plan))
            {
                var document = TextDocumentReader.Read(seed, Encoding.UTF8.GetBytes(SharedData.Seed(seed)));
                Cache[seed] = plan = PlanDocumentParser.Parse(document, names.Resolver);
            }

            return (plan, names);
        }
    }

    private static string[] Keys(ProvinceNames names, IEnumerable<ParsedUnit> units) =>
        units.Select(u => u.Match is { } m ? names.KeyOf(m) : "?" + u.Written).ToArray();

    private static ParsedActivity At(ParsedPlan plan, string path) => Assert.Single(plan.AllActivities(), a => a.Path == path);

    private static int LineOf(string seed, string start) =>
        Array.FindIndex(SharedData.Seed(seed).Replace("\r\n", "\n").Split('\n'), l => l.TrimStart('#', ' ', '*').StartsWith(start, StringComparison.Ordinal)) + 1;

    public static TheoryData<string> Seeds => new(DayPlan, CommunicationsPlan, TienGiangPlan);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Each_seed_is_a_plan_read_without_errors(string seed)
    {
        var (plan, _) = Read(seed);

        Assert.True(plan.IsPlan);
        Assert.DoesNotContain(plan.Findings, f => f.Severity == Severity.Error);
        Assert.Equal("KẾ HOẠCH", plan.DocumentType);
        Assert.All(plan.Findings, f => Assert.True(f.Message.IsNormalized(NormalizationForm.FormC)));
    }

    // ---------------------------------------------------------------- Long An, Digital Transformation Day 2024

    [Fact]
    public void Day_plan_header_title_theme_and_slogan()
    {
        var (plan, _) = Read(DayPlan);

        Assert.Equal("/KH-UBND", plan.DocumentNumber);
        Assert.Null(plan.Symbol!.Number);
        Assert.Equal("UBND", plan.Symbol.Issuer);
        Assert.Equal("Long An", plan.Place);
        Assert.Equal(new PartialDate(2024, 9), plan.IssuedOn);
        Assert.Null(plan.Issuer);
        Assert.Equal("Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia trên địa bàn tỉnh Long An năm 2024", plan.Title);
        Assert.Equal("Phổ cập hạ tầng số và sáng tạo ứng dụng số để phát triển kinh tế số - Động lực mới cho tăng trưởng kinh tế và năng suất lao động", plan.Theme);
        Assert.Equal("Nhiệt liệt chào mừng Ngày Chuyển đổi số quốc gia 10/10/2024", plan.Slogan);
        Assert.Equal(3, plan.Purposes.Count);
        Assert.Single(plan.Requirements);
        Assert.Equal(
            [SectionKind.Purposes, SectionKind.General, SectionKind.Content, SectionKind.Budget, SectionKind.Responsibilities],
            plan.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void Day_plan_legal_bases()
    {
        var (plan, _) = Read(DayPlan);

        Assert.Equal(
        [
            ("Quyết định", "505/QĐ-TTg", new DateOnly(2022, 4, 22), "Thủ tướng Chính phủ"),
            ("Quyết định", "934/QĐ-BTTTT", new DateOnly(2024, 6, 7), "Bộ trưởng Bộ Thông tin và Truyền thông"),
            ("Công văn", "3240/BTTTT-CĐSQG", new DateOnly(2024, 8, 8), "Bộ Thông tin và Truyền thông"),
            ("Quyết định", "8653/QĐ-UBND", new DateOnly(2022, 9, 16), "UBND tỉnh"),
        ], plan.LegalBases.Select(b => (b.DocumentType!, b.Symbol!, b.Date!.Value, b.Issuer!)));
    }

    [Fact]
    public void Day_plan_activities_with_their_units_times_places_and_participants()
    {
        var (plan, names) = Read(DayPlan);

        Assert.Equal(["1", "2", "2.1", "2.2", "3", "4", "5"], plan.AllActivities().Select(a => a.Path));

        var media = At(plan, "1");
        Assert.Equal("Tổ chức các hoạt động truyền thông", media.Title);
        Assert.Equal(["so-tttt", "ubnd-cap-huyen"], Keys(names, media.Lead));
        Assert.Equal(["cac-so-nganh", "cong-an", "bchqs", "bdbp", "mttq-ctxh", "co-quan-tw", "bao-long-an", "dai-ptth"], Keys(names, media.Coordinating));
        Assert.Equal((new PartialDate(2024, 9, 15), new PartialDate(2024, 10, 31)), (media.Time!.Start!.Value, media.Time.End!.Value));
        var peak = Assert.Single(media.ExtraTimes);
        Assert.Equal((new PartialDate(2024, 10, 1), new PartialDate(2024, 10, 10)), (peak.Start!.Value, peak.End!.Value));

        var meeting = At(plan, "2");
        Assert.Equal("Họp mặt đại diện Tổ Công nghệ số cộng đồng toàn tỉnh; phát động ra quân năm 2024", meeting.Title);
        Assert.Empty(meeting.Lead);

        var province = At(plan, "2.1");
        Assert.Equal("Cấp tỉnh", province.Title);
        Assert.Equal(["so-tttt"], Keys(names, province.Lead));
        Assert.Equal(["van-phong-ubnd", "so-noi-vu", "ubnd-cap-huyen"], Keys(names, province.Coordinating));
        Assert.Equal(TimeWindow.On(new PartialDate(2024, 10, 10)).Start, province.Time!.Start);
        Assert.Equal(new PartialDate(2024, 10, 10), province.Time.End);
        Assert.True(province.Time.Tentative);
        Assert.Equal("Tại Trung tâm Văn hóa Nghệ thuật tỉnh hoặc Hội trường UBND tỉnh.", province.Location);
        Assert.Equal(400, province.ParticipantCount);
        Assert.Equal("Phụ lục I", province.ParticipantsAppendix);
        Assert.Equal(new Money(388_400_000), province.BudgetAmount);
        Assert.Equal("Phụ lục II", province.BudgetAppendix);

        var district = At(plan, "2.2");
        Assert.Equal(["ubnd-cap-huyen"], Keys(names, district.Lead));
        Assert.Equal(["so-tttt", "cac-so-nganh"], Keys(names, district.Coordinating));
        Assert.Equal((new PartialDate(2024, 10, 1), new PartialDate(2024, 10, 10)), (district.Time!.Start!.Value, district.Time.End!.Value));
        Assert.Null(district.BudgetAmount);
        Assert.StartsWith("Sử dụng kinh phí của địa phương", district.BudgetText, StringComparison.Ordinal);

        var fair = At(plan, "3");
        Assert.Equal(["so-tttt"], Keys(names, fair.Lead));
        Assert.Equal(["cac-so-nganh", "?các doanh nghiệp có giải pháp, nền tảng phục vụ phát triển xã hội số"], Keys(names, fair.Coordinating));
        Assert.Equal((new PartialDate(2024, 10, 9), new PartialDate(2024, 10, 10)), (fair.Time!.Start!.Value, fair.Time.End!.Value));
        Assert.True(fair.Time.Tentative);
        Assert.Equal("Trung tâm Văn hóa Nghệ thuật tỉnh hoặc Hội trường UBND tỉnh.", fair.Location);
        Assert.Equal(new Money(57_950_000), fair.BudgetAmount);
        Assert.Equal("Phụ lục III", fair.BudgetAppendix);

        var contest = At(plan, "4");
        Assert.Equal(["tinh-doan"], Keys(names, contest.Lead));
        Assert.Equal(["so-tttt", "?các cơ quan, đơn vị, địa phương trên địa bàn tỉnh"], Keys(names, contest.Coordinating));
        Assert.Equal((new PartialDate(2024, 10, 1), new PartialDate(2024, 11, 9)), (contest.Time!.Start!.Value, contest.Time.End!.Value));
        Assert.Equal("Thi trắc nghiệm trực tuyến trên ứng dụng “Long An Số”.", contest.Form);
        Assert.Equal(new Money(63_365_000), contest.BudgetAmount);

        var youth = At(plan, "5");
        Assert.Equal(["tinh-doan"], Keys(names, youth.Lead));
        Assert.Equal(["so-tttt"], Keys(names, youth.Coordinating));
        Assert.Equal(1, youth.Time!.DurationDays);
        Assert.Equal((new PartialDate(2024, 10, 1), new PartialDate(2024, 10, 10)), (youth.Time.Start!.Value, youth.Time.End!.Value));
        Assert.Equal("Thành phố Tân An.", youth.Location);
        Assert.Equal(400, youth.ParticipantCount);
        Assert.Equal(new Money(131_210_000), youth.BudgetAmount);
        Assert.Equal("Phụ lục V", youth.BudgetAppendix);
        Assert.Equal(LineOf(DayPlan, "5. Tổ chức Ngày hội"), youth.Line);
    }

    [Fact]
    public void Day_plan_budget_tables_match_their_stated_totals_and_the_plan_total()
    {
        var (plan, names) = Read(DayPlan);

        Assert.Equal(
        [
            ("Phụ lục II", 388_400_000L),
            ("Phụ lục III", 57_950_000L),
            ("Phụ lục IV", 63_365_000L),
            ("Phụ lục V", 131_210_000L),
        ], plan.BudgetTables.Select(t => (t.Label!, t.StatedTotal!.Value.Dong)));
        Assert.All(plan.BudgetTables, t => Assert.Equal(t.StatedTotal, t.ComputedTotal));
        Assert.Equal([24, 12, 23, 19], plan.BudgetTables.Select(t => t.Estimate!.Lines.Count(l => l.Kind == EstimateLineKind.Item)));

        var budget = plan.BudgetSection!;
        Assert.Equal(new Money(640_925_000), budget.StatedTotal);
        Assert.Equal(new Money(640_925_000), budget.ActivitiesTotal);
        Assert.Equal(["so-tttt", "tinh-doan"], Keys(names, budget.Units.Select(u => u.Unit)));
        Assert.Equal([new Money(446_350_000), new Money(194_575_000)], budget.Units.Select(u => u.Amount));
        Assert.DoesNotContain(plan.Findings, f => f.Code is "plan-total-mismatch" or "unit-total-mismatch" or "unit-split-mismatch" or "activity-budget-mismatch");
    }

    [Fact]
    public void Day_plan_participant_appendix_totals_400()
    {
        var (plan, names) = Read(DayPlan);

        var table = Assert.Single(plan.ParticipantTables);
        Assert.Equal("Phụ lục I", table.Label);
        Assert.Equal("DANH SÁCH THÀNH PHẦN THAM DỰ HỢP MẶT", table.Title);
        Assert.Equal(400, table.StatedTotal);
        Assert.Equal(400, table.ComputedTotal);
        Assert.Equal(["I", "II", "III", "IV"], table.Rows.Where(r => r.IsGroup).Select(r => r.Label));
        Assert.Equal([2, 361, 7, 30], table.Rows.Where(r => r.IsGroup).Select(r => r.Count!.Value));
        var home = Assert.Single(table.Rows, r => r.Unit.Written == "Sở Thông tin và Truyền thông");
        Assert.Equal(40, home.Count);
        Assert.Equal("so-tttt", names.KeyOf(home.Unit.Match!));
        Assert.Equal(2, Assert.Single(table.Rows, r => r.Unit.Written == "Sở Nội vụ").Count);

        // STT 5 is followed by 8 in group II: a real gap in the source, reported, not an error.
        var gap = Assert.Single(plan.Findings, f => f.Code == "numbering-gap");
        Assert.Equal(Severity.Warning, gap.Severity);
        Assert.Equal(LineOf(DayPlan, "8\tMặt trận"), gap.Line);
    }

    [Fact]
    public void Day_plan_appendices_in_order()
    {
        var (plan, _) = Read(DayPlan);

        Assert.Equal(
        [
            ("Phụ lục I", AppendixKind.Participants),
            ("Phụ lục II", AppendixKind.Budget),
            ("Phụ lục III", AppendixKind.Budget),
            ("Phụ lục IV", AppendixKind.Budget),
            ("Phụ lục V", AppendixKind.Budget),
        ], plan.Appendices.Select(a => (a.Label, a.Kind)));
        Assert.All(plan.Appendices, a => Assert.Equal("(Kèm theo Kế hoạch số /KH-UBND ngày /9/2024 của UBND tỉnh)", a.AttachedTo));
        Assert.DoesNotContain(plan.Findings, f => f.Code == "appendix-missing");
    }

    [Fact]
    public void Day_plan_responsibilities_deadlines_recipients_and_signer()
    {
        var (plan, names) = Read(DayPlan);

        Assert.Equal(
        [
            ["so-tttt"], ["van-phong-ubnd"], ["so-tai-chinh"], ["so-noi-vu"], ["mttq-ctxh"], ["tinh-doan"], ["bao-long-an", "dai-ptth"],
            ["cac-so-nganh", "cong-an", "bchqs", "bdbp", "co-quan-tw"], ["ubnd-cap-huyen"], ["dn-bcvt"],
        ], plan.Responsibilities.Select(r => Keys(names, r.Units)));
        Assert.Equal(3, plan.Responsibilities[0].Duties.Count);
        Assert.Equal("Ban Thi đua - Khen thưởng tỉnh", plan.Responsibilities[3].Units[0].Note);

        Assert.Equal([new PartialDate(2024, 9, 15), new PartialDate(2024, 10, 31)], plan.Deadlines.Select(d => d.Due));
        Assert.Equal(["ubnd-cap-huyen"], Keys(names, plan.Deadlines[0].Units));
        Assert.Equal(LineOf(DayPlan, "- Trên cơ sở nội dung kế hoạch này"), plan.Deadlines[0].Line);
        Assert.Equal(["cac-so-nganh", "ubnd-cap-huyen"], Keys(names, plan.Deadlines[1].Units));
        Assert.Equal(LineOf(DayPlan, "Trên đây là Kế hoạch"), plan.Deadlines[1].Line);
        Assert.Contains("báo cáo kết quả về UBND tỉnh", plan.Deadlines[1].Text, StringComparison.Ordinal);

        Assert.Equal(14, plan.Recipients.Count);
        Assert.Equal("Bộ Thông tin và Truyền thông (b/c)", plan.Recipients[0]);
        Assert.Equal("UBND các huyện, thị xã, thành phố", plan.Recipients[10]);
        Assert.Equal("Các phòng, ban, trung tâm thuộc VP", plan.Recipients[^1]);
        Assert.Equal("Lưu: VT, STTTT, lt.", plan.ArchiveNote);
        Assert.Equal(new ParsedSigner("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Tấn Hòa", LineOf(DayPlan, "TM. ỦY BAN")), plan.Signer);
    }

    [Fact]
    public void Day_plan_remaining_warnings_are_the_real_ones()
    {
        var (plan, _) = Read(DayPlan);

        Assert.Equal(
            ["numbering-gap", "unknown-unit", "unknown-unit"],
            plan.Findings.Where(f => f.Severity == Severity.Warning).Select(f => f.Code).Order());
    }

    // ---------------------------------------------------------------- Long An, communications plan 2024

    [Fact]
    public void Communications_plan_header_and_legal_bases()
    {
        var (plan, _) = Read(CommunicationsPlan);

        Assert.Equal(new PartialDate(2024, 2), plan.IssuedOn);
        Assert.Equal("Tuyên truyền về chuyển đổi số trên địa bàn tỉnh Long An năm 2024", plan.Title);
        Assert.Equal(
        [
            ("Chương trình", "3288/CTr-UBND", new DateOnly(2021, 10, 8), "UBND tỉnh"),
            ("Kế hoạch", "3848/KH-UBND", new DateOnly(2023, 12, 29), "UBND tỉnh"),
        ], plan.LegalBases.Select(b => (b.DocumentType!, b.Symbol!, b.Date!.Value, b.Issuer!)));
        Assert.Equal(2, plan.Purposes.Count);
        Assert.Equal(2, plan.Requirements.Count);
    }

    [Fact]
    public void Communications_plan_task_table_becomes_activities_with_leads()
    {
        var (plan, names) = Read(CommunicationsPlan);

        var table = Assert.Single(plan.TaskTables);
        Assert.Equal("Phụ lục II", table.Label);
        Assert.Equal("MỘT SỐ NHIỆM VỤ TRỌNG TÂM", table.Title);
        Assert.Equal(21, table.Rows.Count);
        Assert.Equal(3, table.Rows.Count(r => r.IsHeading));

        // Body activity 1 is task 1 of the table: it gets the sub-tasks 1.1–1.3.
        var inside = At(plan, "1");
        Assert.Equal("Tuyên truyền, phổ biến, quán triệt trong cơ quan nhà nước", inside.Title);
        Assert.Equal(["cac-so-nganh", "ubnd-cap-huyen"], Keys(names, inside.Lead));
        Assert.True(inside.Time!.Ongoing);
        Assert.Equal(["1.1", "1.2", "1.3"], inside.Children.Select(c => c.Path));
        Assert.Equal(["so-tttt"], Keys(names, At(plan, "1.3").Lead));
        Assert.Equal(["cac-so-nganh", "ubnd-cap-huyen"], Keys(names, At(plan, "1.3").Coordinating));
        Assert.Equal((new PartialDate(2024, quarter: 1), new PartialDate(2024, quarter: 4)), (At(plan, "1.2").Time!.Start!.Value, At(plan, "1.2").Time!.End!.Value));

        // Body activity 2 hands its work to Phụ lục II ("Phân công nhiệm vụ cụ thể tại Phụ lục II"): tasks 2–6 go under it.
        var society = At(plan, "2");
        Assert.Empty(society.Lead);
        Assert.Equal("Phân công nhiệm vụ cụ thể tại Phụ lục II kèm theo.", society.LeadText);
        Assert.Equal((new PartialDate(2024, 2), new PartialDate(2024, 12)), (society.Time!.Start!.Value, society.Time.End!.Value));
        Assert.Equal(["2/2", "2/3", "2/4", "2/5", "2/6"], society.Children.Select(c => c.Path));
        Assert.All(society.Children, c => Assert.Equal("Phụ lục II", c.FromAppendix));

        var expected = new Dictionary<string, (string[] Lead, string[] Coordinating)>
        {
            ["2/2.1"] = (["so-tttt"], ["dai-ptth", "ubnd-cap-huyen"]),
            ["2/2.2"] = (["bao-long-an"], ["so-tttt", "cac-so-nganh", "ubnd-cap-huyen"]),
            ["2/2.3"] = (["dai-ptth"], ["so-tttt", "cac-so-nganh", "ubnd-cap-huyen"]),
            ["2/2.4"] = (["dai-ptth"], ["so-tttt", "cac-so-nganh", "ubnd-cap-huyen"]),
            ["2/2.5"] = (["ubnd-cap-huyen"], ["so-tttt"]),
            ["2/2.6"] = (["so-tttt", "ubnd-cap-huyen"], ["bao-long-an", "dai-ptth", "cac-so-nganh", "ubnd-cap-huyen"]),
            ["2/3.1"] = (["van-phong-ubnd"], ["cac-so-nganh", "ubnd-cap-huyen"]),
            ["2/3.2"] = (["so-tttt"], ["cac-so-nganh", "ubnd-cap-huyen"]),
            ["2/3.2(2)"] = (["ubnd-cap-huyen"], ["cac-so-nganh"]),
            ["2/3.3"] = (["cac-so-nganh", "ubnd-cap-huyen", "trung-tam-pvhcc"], ["so-tttt"]),
            ["2/3.4"] = (["cac-so-nganh", "ubnd-cap-huyen", "trung-tam-pvhcc", "tt-hcc-cap-huyen"], ["so-tttt"]),
            ["2/3.5"] = (["cac-so-nganh", "ubnd-cap-huyen", "ubnd-cap-xa", "trung-tam-pvhcc", "tt-hcc-cap-huyen"], ["so-tttt"]),
            ["2/4"] = (["cac-so-nganh", "ubnd-cap-huyen"], ["so-tttt"]),
            ["2/5"] = (["so-gddt"], ["so-tttt", "ubnd-cap-huyen"]),
            ["2/6"] = (["tinh-doan", "ubnd-cap-huyen"], ["cac-so-nganh"]),
        };
        foreach (var (path, (lead, coordinating)) in expected)
        {
            var a = At(plan, path);
            Assert.Equal(lead, Keys(names, a.Lead));
            Assert.Equal(coordinating, Keys(names, a.Coordinating));
        }

        Assert.Equal((new PartialDate(2024, 1), new PartialDate(2024, 9)), (At(plan, "2/2.1").Time!.Start!.Value, At(plan, "2/2.1").Time!.End!.Value));
        Assert.Equal(Recurrence.Weekly, At(plan, "2/2.2").Time!.Recurrence);
        Assert.True(At(plan, "2/3.4").Time!.Ongoing);
        Assert.Equal(LineOf(CommunicationsPlan, "3.4\t"), At(plan, "2/3.4").Line);
        Assert.DoesNotContain(plan.Findings, f => f.Code is "activity-without-lead" or "unknown-unit" or "time-not-understood");
    }

    [Fact]
    public void Communications_plan_legal_document_list_deadline_responsibilities_and_closing()
    {
        var (plan, names) = Read(CommunicationsPlan);

        var list = Assert.Single(plan.LegalDocumentLists);
        Assert.Equal("Phụ lục I", list.Label);
        Assert.Equal("MỘT SỐ VĂN BẢN CẦN TẬP TRUNG TUYÊN TRUYỀN", list.Title);
        Assert.Equal(17, list.Items.Count(i => i.Group == "Văn bản của Trung ương"));
        Assert.Equal(22, list.Items.Count(i => i.Group == "Văn bản cấp tỉnh"));
        var first = list.Items[0].Citations.Single();
        Assert.Equal(("749/QĐ-TTg", new DateOnly(2020, 6, 3), "Thủ tướng Chính phủ"), (first.Symbol!, first.Date!.Value, first.Issuer!));
        Assert.Contains(list.Items.SelectMany(i => i.Citations), c => c.Symbol == "20/2023/QH15");
        var twoInOneCell = Assert.Single(list.Items, i => i.Label is null);
        Assert.Equal(["27/2023/QĐ-UBND", "6366/QĐ-UBND"], twoInOneCell.Citations.Select(c => c.Symbol));
        Assert.Equal([AppendixKind.LegalDocuments, AppendixKind.Tasks], plan.Appendices.Select(a => a.Kind));

        var deadline = Assert.Single(plan.Deadlines);
        Assert.Equal(new PartialDate(2024, 8, 28), deadline.Due);
        Assert.Equal(["so-tttt"], Keys(names, deadline.Units));
        Assert.Equal("Tổng kết, trao giải thưởng trước ngày 28/8/2024", deadline.Text);

        Assert.Equal(
            [["cac-so-nganh", "ubnd-cap-huyen"], ["so-tttt"], ["so-tai-chinh"], ["buu-dien"], ["bao-long-an", "dai-ptth"]],
            plan.Responsibilities.Select(r => Keys(names, r.Units)));
        Assert.Equal(14, plan.Recipients.Count);
        Assert.Equal("Phòng: VHXH+THKSTTHC+HCQT", plan.Recipients[^1]);
        Assert.Equal("Lưu: VT, STTTT, lvt.", plan.ArchiveNote);
        Assert.Equal(("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Tấn Hòa"),
            (plan.Signer!.Authority, plan.Signer.Prefix, plan.Signer.Title, plan.Signer.Name));
        Assert.Empty(plan.BudgetTables);
        Assert.Null(plan.BudgetSection!.StatedTotal);
        Assert.DoesNotContain(plan.Findings, f => f.Severity == Severity.Warning);
    }

    // ---------------------------------------------------------------- Tiền Giang, Digital Transformation Day 2024

    [Fact]
    public void Tien_giang_plan_has_no_number_nor_date_and_cites_three_decisions()
    {
        var (plan, _) = Read(TienGiangPlan);

        Assert.Null(plan.DocumentNumber);
        Assert.Null(plan.IssuedOn);
        Assert.Contains(plan.Findings, f => f.Code == "no-number" && f.Severity == Severity.Info);
        Assert.Equal("Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia, Ngày Chuyển đổi số tỉnh Tiền Giang năm 2024", plan.Title);
        Assert.Equal("Phổ cập hạ tầng số và sáng tạo ứng dụng số để phát triển kinh tế số - Động lực mới cho tăng trưởng kinh tế và năng suất lao động", plan.Theme);
        Assert.Equal(
        [
            ("505/QĐ-TTg", new DateOnly(2022, 4, 22), "Thủ tướng Chính phủ"),
            ("934/QĐ-BTTTT", new DateOnly(2024, 6, 7), "Bộ Thông tin và Truyền thông"),
            ("2380/QĐ-UBND", new DateOnly(2022, 8, 29), "Ủy ban nhân dân tỉnh"),
        ], plan.LegalBases.Select(b => (b.Symbol!, b.Date!.Value, b.Issuer!)));
        Assert.Equal(3, plan.Purposes.Count);
    }

    [Fact]
    public void Tien_giang_activities_with_their_units_times_and_places()
    {
        var (plan, names) = Read(TienGiangPlan);

        Assert.Equal(["1", "2", "2.a", "2.b", "2.c", "2.d", "2.đ", "2.e", "2.g", "2.g.1", "2.g.2"], plan.AllActivities().Select(a => a.Path));

        var media = At(plan, "1");
        Assert.Equal(["so-nganh-doan-the", "?các hội, hiệp hội", "doanh-nghiep", "ubnd-cap-huyen", "bao-ap-bac", "dai-ptth"], Keys(names, media.Lead));
        Assert.Equal((new PartialDate(2024, 9, 15), new PartialDate(2024, 10, 10)), (media.Time!.Start!.Value, media.Time.End!.Value));
        Assert.Equal(2, media.ExtraTimes.Count);

        var drill = At(plan, "2.a");
        Assert.Empty(drill.Lead);
        Assert.Equal(new PartialDate(2024, 10), drill.Time!.Start);
        Assert.True(drill.Time.Tentative);
        Assert.Equal(6, drill.Time.DurationDays);
        Assert.Equal("Trung tâm Hội nghị tỉnh Tiền Giang.", drill.Location);
        Assert.Equal(100, drill.ParticipantCount);
        Assert.Contains("Hội Tin học tỉnh", drill.ParticipantsText, StringComparison.Ordinal);

        var contest = At(plan, "2.b");
        Assert.Equal(["so-tttt"], Keys(names, contest.Lead));
        Assert.Equal(["so-nganh-doan-the", "ubnd-cap-huyen"], Keys(names, contest.Coordinating));
        Assert.True(contest.Time!.DeadlineOnly);
        Assert.Equal(new PartialDate(2024, 10, 30), contest.Time.End);

        var campaign = At(plan, "2.c");
        Assert.Equal(["ubnd-cap-huyen"], Keys(names, campaign.Lead));
        Assert.Equal(["tinh-doan", "hoi-lhpn", "dn-bcvt", "?các ngân hàng trên địa phương"], Keys(names, campaign.Coordinating));
        Assert.Equal((new PartialDate(2024, 10, 1), new PartialDate(2024, 10, 10)), (campaign.Time!.Start!.Value, campaign.Time.End!.Value));

        Assert.Equal(["dn-bcvt"], Keys(names, At(plan, "2.d").Lead));
        Assert.Equal((new PartialDate(2024, 9, 15), new PartialDate(2024, 10, 15)), (At(plan, "2.d").Time!.Start!.Value, At(plan, "2.d").Time!.End!.Value));
        Assert.Equal(["ubnd-cap-huyen"], Keys(names, At(plan, "2.đ").Lead));
        Assert.Equal(["dn-bcvt"], Keys(names, At(plan, "2.đ").Coordinating));
        Assert.Equal((new PartialDate(2024, 9), new PartialDate(2024, 10)), (At(plan, "2.đ").Time!.Start!.Value, At(plan, "2.đ").Time!.End!.Value));

        var identity = At(plan, "2.e");
        Assert.Equal(["cong-an"], Keys(names, identity.Lead));
        Assert.Equal(["ubnd-cap-huyen"], Keys(names, identity.Coordinating));
        Assert.Equal("trực tiếp tại các trường học, điểm đông dân cư,...", identity.Location);

        var health = At(plan, "2.g.1");
        Assert.Equal("Hội nghị chuyển đổi số ngành Y tế trong công tác khám, chữa bệnh", health.Title);
        Assert.Equal(["so-y-te"], Keys(names, health.Lead));
        Assert.Equal(["cac-so-nganh"], Keys(names, health.Coordinating));
        Assert.Equal(new PartialDate(2024, 10), health.Time!.Start);
        var press = At(plan, "2.g.2");
        Assert.Equal(["bao-ap-bac"], Keys(names, press.Lead));
        Assert.Equal(["so-tttt"], Keys(names, press.Coordinating));
    }

    [Fact]
    public void Tien_giang_responsibilities_deadlines_recipients_and_signer()
    {
        var (plan, names) = Read(TienGiangPlan);

        Assert.Equal(
        [
            ["so-tttt"], ["so-vhttdl"], ["tinh-doan"], ["ubnd-cap-huyen"], ["dai-ptth", "bao-ap-bac"], ["dn-bcvt"],
            ["so-nganh-doan-the", "ubnd-cap-huyen", "dai-ptth", "bao-ap-bac", "doanh-nghiep"],
        ], plan.Responsibilities.Select(r => Keys(names, r.Units)));
        Assert.StartsWith("tổ chức thông tin, tuyên truyền", plan.Responsibilities[4].Duties[0], StringComparison.Ordinal);

        Assert.Equal([new PartialDate(2024, 10, 30), new PartialDate(2024, 10, 16)], plan.Deadlines.Select(d => d.Due));
        Assert.Equal(["so-tttt"], Keys(names, plan.Deadlines[0].Units));
        Assert.Equal(["so-nganh-doan-the", "ubnd-cap-huyen", "dai-ptth", "bao-ap-bac", "doanh-nghiep"], Keys(names, plan.Deadlines[1].Units));
        Assert.Equal(LineOf(TienGiangPlan, "c) Báo cáo kết quả"), plan.Deadlines[1].Line);

        Assert.Equal(11, plan.Recipients.Count);
        Assert.Equal("Đài PTTH tỉnh, Báo Ấp Bắc", plan.Recipients[^1]);
        Assert.Equal(new ParsedSigner(null, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thành Diệu", LineOf(TienGiangPlan, "KT. CHỦ TỊCH")), plan.Signer);
        Assert.Empty(plan.Appendices);
        Assert.Equal(
            ["activity-without-lead", "unknown-unit", "unknown-unit"],
            plan.Findings.Where(f => f.Severity == Severity.Warning).Select(f => f.Code).Order());
    }
}
