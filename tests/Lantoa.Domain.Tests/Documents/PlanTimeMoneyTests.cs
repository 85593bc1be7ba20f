using System.Text;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Dates;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Tests.Documents;

/// <summary>
/// Time, money, responsibilities and citations as plans of other provinces write them: an agenda by day and half-day,
/// a plan-level window, milestones, a budget in prose with its sources, blocks of "Tổ chức thực hiện" pointing to
/// activities, nested citations and a Tờ trình.
/// </summary>
public class PlanTimeMoneyTests
{
    private static ParsedPlan ReadCorpus(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Documents", "Corpus", name);
        return PlanDocumentParser.Parse(TextDocumentReader.Read(name, File.ReadAllBytes(path)));
    }

    private static ParsedPlan Parse(string text) =>
        PlanDocumentParser.Parse(TextDocumentReader.Read("ke-hoach.txt", Encoding.UTF8.GetBytes(text)));

    private static ParsedPlan BinhDinh => ReadCorpus("binhdinh-2025-tuan-le-cds.txt");

    [Fact]
    public void An_agenda_by_day_and_half_day_becomes_child_activities_with_their_dates_and_sessions()
    {
        var plan = BinhDinh;

        var days = plan.AllActivities().Where(a => a.AgendaDay).ToList();
        Assert.Equal(["Ngày 09/10/2025 (thứ Năm)", "Ngày 10/10/2025 (thứ Sáu)", "Thứ Bảy, ngày 11/10/2025"], days.Select(d => d.Title));
        Assert.All(days, d => Assert.Equal("2", d.Path.Split('.')[0]));
        Assert.Equal([new DateOnly(2025, 10, 9), new DateOnly(2025, 10, 10), new DateOnly(2025, 10, 11)], days.Select(d => d.Time!.FirstDay!.Value));

        var sessions = days[0].Children;
        Assert.Equal(["Buổi sáng", "Buổi chiều", "Buổi tối"], sessions.Select(s => s.Time!.Session));
        Assert.All(sessions, s => Assert.Equal(new PartialDate(2025, 10, 9), s.Time!.Start));
        Assert.Equal("Buổi sáng (8h00 - 11h30)", sessions[0].SessionText);
        Assert.Equal("Buổi sáng (8h00 - 11h30), ngày 09/10/2025", sessions[0].Time!.Text);
        Assert.Equal(new TimeOnly(8, 0), sessions[0].Time!.StartTime);
        Assert.Equal("Hội thảo “Chính quyền số và dữ liệu số”", sessions[0].Title);
        Assert.Equal(new TimeOnly(19, 30), sessions[2].Time!.StartTime);
        var saturday = Assert.Single(days[2].Children);
        Assert.Equal(("Sáng", new TimeOnly(7, 30), new DateOnly(2025, 10, 11)), (saturday.Time!.Session, saturday.Time.StartTime!.Value, saturday.Time.FirstDay!.Value));
    }

    [Fact]
    public void Times_in_titles_parts_of_months_weeks_and_the_plan_window_are_read_with_their_words()
    {
        var plan = BinhDinh;

        var opening = plan.AllActivities().Single(a => a.Path == "1");
        Assert.Null(opening.TimeText);
        Assert.Equal((new DateOnly(2025, 10, 9), new TimeOnly(19, 30)), (opening.Time!.FirstDay!.Value, opening.Time.StartTime!.Value));
        Assert.Equal("19h30, ngày 09/10/2025", opening.Time.Text);

        var contest = plan.AllActivities().Single(a => a.Path == "3");
        Assert.Equal((new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 7)), (contest.Time!.FirstDay!.Value, contest.Time.LastDay!.Value));

        var window = plan.Window!;
        Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2025, 11, 15)), (window.Window.FirstDay!.Value, window.Window.LastDay!.Value));
        Assert.Equal(DatePrecision.Month, window.Window.Start!.Value.Precision);
        Assert.StartsWith("từ tháng 9/2025 đến ngày 15/11/2025", window.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Milestones_are_kept_and_a_report_due_at_the_end_of_november_is_a_deadline_in_its_last_days()
    {
        var plan = BinhDinh;

        Assert.Equal(4, plan.Milestones.Count);
        Assert.Equal(["Tháng 9/2025", "Từ ngày 01/10/2025 đến ngày 15/11/2025", "Cuối tháng 11/2025", "Đầu tháng 12/2025"], plan.Milestones.Select(m => m.TimeText));
        Assert.Equal([false, false, true, true], plan.Milestones.Select(m => m.IsReport));
        var november = plan.Deadlines.Single(d => d.Due!.Value.Month == 11);
        Assert.Equal(new DateOnly(2025, 11, 30), november.Window.LastDay);
        Assert.Equal(new DateOnly(2025, 11, 21), november.Window.FirstDay);
        Assert.Equal("Cuối tháng 11/2025", november.Window.Text);
        Assert.Equal(["Các sở, ngành", "UBND các huyện, thị xã, thành phố"], november.Units.Select(u => u.Written));
        Assert.Equal(["Sở Khoa học và Công nghệ"], plan.Deadlines.Single(d => d.Due!.Value.Month == 12).Units.Select(u => u.Written));
    }

    [Fact]
    public void A_date_that_does_not_exist_is_a_finding_at_its_line()
    {
        var plan = BinhDinh;

        var finding = Assert.Single(plan.Findings, f => f.Code == "time-not-understood");
        Assert.Contains("31/9/2025", finding.Message, StringComparison.Ordinal);
        Assert.Contains("tháng 9/2025 chỉ có 30 ngày", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(LineOf("binhdinh-2025-tuan-le-cds.txt", "b) Thời gian: ngày 31/9/2025"), finding.Line);
        Assert.Null(plan.AllActivities().Single(a => a.Path == "5").Time);
    }

    [Fact]
    public void The_prose_total_is_read_and_checked_against_its_words_and_the_sources_carry_their_amounts_and_decision()
    {
        var budget = BinhDinh.BudgetSection!;

        Assert.Equal(new Money(1_500_000_000), budget.StatedTotal);
        Assert.Equal("Một tỷ năm trăm triệu đồng", budget.StatedTotalWords);
        Assert.DoesNotContain(BinhDinh.Findings, f => f.Code == "amount-words-mismatch");
        Assert.Equal(
        [
            (FundingKind.StateBudget, "Ngân sách tỉnh", (Money?)new Money(1_200_000_000)),
            (FundingKind.Sponsorship, "Xã hội hóa", new Money(200_000_000)),
            (FundingKind.OwnBudget, "Kinh phí chi thường xuyên của các cơ quan, đơn vị", new Money(100_000_000)),
        ], budget.Sources.Select(s => (s.Kind, s.Name, s.Amount)));
        Assert.StartsWith("Quyết định số 3050/QĐ-UBND ngày 25/12/2024", budget.Sources[0].Decision, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kinh phí thực hiện Kế hoạch dự kiến khoảng 2.350.000.000 đồng (Hai tỷ ba trăm năm mươi triệu đồng) từ nguồn ngân sách nhà nước và nguồn xã hội hóa.", 2_350_000_000L, null)]
    [InlineData("Tổng kinh phí: 1.235.000.000 đồng (Một tỷ hai trăm ba mươi lăm triệu đồng).", 1_235_000_000L, null)]
    [InlineData("Tổng kinh phí dự kiến: 1.500.000.000 đồng (Một tỷ năm mươi triệu đồng).", 1_500_000_000L, "amount-words-mismatch")]
    [InlineData("Tổng kinh phí dự kiến khoảng 1.000 đồng.", null, "truncated-amount")]
    [InlineData("Tổng kinh phí dự kiến: khoảng 1.000.", null, "truncated-amount")]
    public void A_total_written_in_prose(string sentence, long? total, string? finding)
    {
        var text = PlanWith($"""
            IV. KINH PHÍ

            {sentence}
            """);
        var plan = Parse(text);

        Assert.Equal(total is { } t ? new Money(t) : null, plan.BudgetSection!.StatedTotal);
        if (finding is null) Assert.DoesNotContain(plan.Findings, f => f.Code is "amount-words-mismatch" or "truncated-amount");
        else Assert.Contains(plan.Findings, f => f.Code == finding && f.Line == LineIn(text, sentence));
    }

    [Fact]
    public void Sources_written_in_one_sentence_are_each_a_source()
    {
        var plan = Parse(PlanWith("""
            IV. KINH PHÍ THỰC HIỆN

            Kinh phí thực hiện từ nguồn ngân sách nhà nước theo Quyết định số 45/QĐ-UBND ngày 10/01/2024 của UBND tỉnh, nguồn kinh phí chi thường xuyên của các cơ quan, đơn vị và nguồn xã hội hóa.
            """));

        Assert.Equal([FundingKind.StateBudget, FundingKind.OwnBudget, FundingKind.Sponsorship], plan.BudgetSection!.Sources.Select(s => s.Kind));
        Assert.StartsWith("Quyết định số 45/QĐ-UBND", plan.BudgetSection.Sources[0].Decision, StringComparison.Ordinal);
        Assert.All(plan.BudgetSection.Sources, s => Assert.Null(s.Amount));
    }

    [Fact]
    public void Responsibility_blocks_point_to_the_activities_they_name_or_to_none()
    {
        var plan = BinhDinh;

        Assert.Equal(
        [
            ("Sở Khoa học và Công nghệ", "1:Lead,2:Lead"),
            ("Tỉnh Đoàn", "3:Lead"),
            ("Sở Tài chính", ""),
            ("Sở Văn hóa, Thể thao và Du lịch", "2:Coordinating"),
        ], plan.Responsibilities.Select(r => (r.Heading!, string.Join(",", r.Activities.Select(a => $"{a.Path}:{a.Role}")))));
    }

    [Fact]
    public void A_reference_to_an_activity_that_does_not_exist_is_a_finding_and_other_parts_are_not_activities()
    {
        var plan = Parse(PlanWith("""
            III. NỘI DUNG

            1. Hội nghị triển khai

            a) Đơn vị chủ trì: Sở Khoa học và Công nghệ.

            IV. TỔ CHỨC THỰC HIỆN

            1. Sở Khoa học và Công nghệ

            Chủ trì thực hiện nhiệm vụ tại Mục 1 và Mục 7 Phần III; thực hiện chế độ báo cáo theo khoản 2 Điều 5 Quyết định số 10/QĐ-UBND; bố trí kinh phí tại Mục 2 Phần V.
            """));

        var block = Assert.Single(plan.Responsibilities);
        Assert.Equal(["1"], block.Activities.Select(a => a.Path));
        Assert.Contains(plan.Findings, f => f.Code == "unknown-activity-reference" && f.Message.Contains("“7”", StringComparison.Ordinal));
    }

    [Fact]
    public void Nested_citations_are_legal_bases_and_a_submission_is_a_proposal_never_a_legal_basis()
    {
        var plan = BinhDinh;

        Assert.Equal(
        [
            ("Kế hoạch", "12/KH-UBND", new DateOnly(2025, 1, 20), (string?)null),
            ("Quyết định", "505/QĐ-TTg", new DateOnly(2022, 4, 22), "12/KH-UBND"),
            ("Công văn", "2105/BKHCN-CĐSQG", new DateOnly(2025, 6, 10), null),
        ], plan.LegalBases.Select(b => (b.DocumentType!, b.Symbol!, b.Date!.Value, b.CitedWithin)));
        var proposal = Assert.Single(plan.Proposals);
        Assert.Equal(("Tờ trình", "87/TTr-SKHCN", new DateOnly(2025, 8, 5), "Giám đốc Sở Khoa học và Công nghệ"),
            (proposal.DocumentType!, proposal.Symbol!, proposal.Date!.Value, proposal.Issuer!));
    }

    [Fact]
    public void A_letter_named_in_a_proposal_is_a_proposal_and_a_repeated_nested_citation_is_listed_once()
    {
        var plan = Parse("""
            ỦY BAN NHÂN DÂN
            TỈNH NGHỆ AN

            Số: 77/KH-UBND

            Nghệ An, ngày 03 tháng 3 năm 2026

            KẾ HOẠCH

            Chuyển đổi số tỉnh Nghệ An năm 2026

            Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia;

            Căn cứ Kế hoạch số 900/KH-UBND ngày 30/12/2025 của UBND tỉnh về việc triển khai Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ, Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;

            Xét đề nghị của Sở Khoa học và Công nghệ tại Công văn số 310/SKHCN-CĐS ngày 20/02/2026.

            I. NỘI DUNG

            1. Hội nghị triển khai

            a) Đơn vị chủ trì: Sở Khoa học và Công nghệ.
            """);

        // 505/QĐ-TTg is cited on its own and inside 900/KH-UBND: once. 57-NQ/TW is cited only inside: it is a basis too.
        Assert.Equal(["505/QĐ-TTg", "900/KH-UBND", "57-NQ/TW"], plan.LegalBases.Select(b => b.Symbol));
        Assert.Equal([null, null, true], plan.LegalBases.Select(b => b.CitedWithin is null ? (bool?)null : true));
        Assert.Equal(["310/SKHCN-CĐS"], plan.Proposals.Select(b => b.Symbol));
    }

    [Fact]
    public void A_date_of_another_year_than_the_plan_is_a_finding_at_its_line()
    {
        var text = PlanWith("""
            III. NỘI DUNG

            1. Hội nghị triển khai

            a) Đơn vị chủ trì: Sở Khoa học và Công nghệ.

            b) Thời gian: ngày 15/3/2023.

            2. Hội thi

            a) Thời gian: tháng 10.
            """);
        var plan = Parse(text);

        var finding = Assert.Single(plan.Findings, f => f.Code == "year-mismatch");
        Assert.Equal(LineIn(text, "b) Thời gian: ngày 15/3/2023."), finding.Line);
        Assert.Contains("2023", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2025", finding.Message, StringComparison.Ordinal);
        Assert.Equal(new PartialDate(2025, 10), plan.AllActivities().Single(a => a.Path == "2").Time!.Start);
    }

    [Theory]
    [InlineData("cuối tháng 2/2024", "2024-02-21", "2024-02-29")]
    [InlineData("giữa tháng 10 năm 2025", "2025-10-11", "2025-10-20")]
    [InlineData("Đầu tháng 12/2025", "2025-12-01", "2025-12-10")]
    [InlineData("tuần đầu tháng 12", "2025-12-01", "2025-12-07")]
    [InlineData("tuần thứ hai của tháng 9/2025", "2025-09-08", "2025-09-14")]
    [InlineData("tuần cuối tháng 11/2025", "2025-11-24", "2025-11-30")]
    [InlineData("từ tháng 9/2025 đến ngày 15/11/2025", "2025-09-01", "2025-11-15")]
    [InlineData("Dự kiến từ cuối tháng 9 đến giữa tháng 10/2025", "2025-09-21", "2025-10-20")]
    public void Parts_of_months_and_weeks(string text, string first, string last)
    {
        var parse = TimeWindowParser.Parse(text, 2025);

        Assert.True(parse.Understood, parse.Problem);
        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)),
            (parse.Window.FirstDay!.Value, parse.Window.LastDay!.Value));
        Assert.Equal(text, parse.Window.Text);
    }

    [Theory]
    [InlineData("Một tỷ năm trăm triệu đồng", 1_500_000_000L)]
    [InlineData("Hai trăm linh năm triệu đồng", 205_000_000L)]
    [InlineData("Ba mươi mốt nghìn năm trăm đồng", 31_500L)]
    [InlineData("Bằng chữ: Sáu trăm bốn mươi triệu chín trăm hai mươi lăm nghìn đồng", 640_925_000L)]
    [InlineData("mười lăm ngàn đồng chẵn", 15_000L)]
    [InlineData("Một nghìn hai trăm tỉ đồng", 1_200_000_000_000L)]
    [InlineData("Hai mươi tư triệu đồng", 24_000_000L)]
    public void Amounts_in_words(string words, long dong)
    {
        Assert.True(AmountInText.TryParseWords(words, out var amount));
        Assert.Equal(new Money(dong), amount);
    }

    [Theory]
    [InlineData(1_500_000_000L)]
    [InlineData(640_925_000L)]
    [InlineData(1_005_000L)]
    [InlineData(21L)]
    [InlineData(999_999_999_999_999L)]
    public void Words_read_back_what_Lantoa_writes(long dong) =>
        Assert.True(AmountInText.TryParseWords(MoneyWords.ToWords(new Money(dong)), out var read) && read == new Money(dong));

    [Fact]
    public void Words_that_are_not_a_number_are_not_read() =>
        Assert.False(AmountInText.TryParseWords("theo dự toán được duyệt", out _));

    [Fact]
    public void A_schedule_block_inside_the_responsibilities_part_gives_milestones_not_duties()
    {
        var plan = Parse(PlanWith("""
            III. NỘI DUNG

            1. Hội nghị triển khai

            a) Đơn vị chủ trì: Sở Khoa học và Công nghệ.

            IV. TỔ CHỨC THỰC HIỆN

            1. Sở Khoa học và Công nghệ

            Chủ trì, theo dõi việc thực hiện Kế hoạch.

            2. Tiến độ thực hiện

            - Giữa tháng 10/2025: Tổ chức hội nghị.

            - Tuần đầu tháng 12: Các sở, ngành báo cáo kết quả về Sở Khoa học và Công nghệ.

            3. Sở Tài chính

            Bố trí kinh phí.
            """));

        Assert.Equal(["Sở Khoa học và Công nghệ", "Sở Tài chính"], plan.Responsibilities.Select(r => r.Heading));
        Assert.Equal(["Chủ trì, theo dõi việc thực hiện Kế hoạch."], plan.Responsibilities[0].Duties);
        Assert.Equal([(new DateOnly(2025, 10, 11), false), (new DateOnly(2025, 12, 1), true)], plan.Milestones.Select(m => (m.Window!.FirstDay!.Value, m.IsReport)));
        var deadline = Assert.Single(plan.Deadlines);
        Assert.Equal(new DateOnly(2025, 12, 7), deadline.Window.LastDay);
        Assert.DoesNotContain(plan.Findings, f => f.Code == "numbering-gap");
    }

    [Fact]
    public void A_header_date_or_a_deadline_that_does_not_exist_is_named_as_such()
    {
        var text = PlanWith("""
            III. NỘI DUNG

            1. Hội nghị triển khai

            a) Đơn vị chủ trì: Sở Khoa học và Công nghệ.

            IV. TỔ CHỨC THỰC HIỆN

            Các đơn vị báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 31/9/2025.
            """).Replace("ngày 10 tháng 02 năm 2025", "ngày 30 tháng 02 năm 2025", StringComparison.Ordinal);
        var plan = Parse(text);

        Assert.Contains(plan.Findings, f => f.Code == "date-not-understood" && f.Message.Contains("không có thật", StringComparison.Ordinal) && f.Message.Contains("chỉ có 28 ngày", StringComparison.Ordinal));
        Assert.Contains(plan.Findings, f => f.Code == "time-not-understood" && f.Line == LineIn(text, "Các đơn vị báo cáo") && f.Message.Contains("tháng 9/2025 chỉ có 30 ngày", StringComparison.Ordinal));
        Assert.Empty(plan.Deadlines);
    }

    [Fact]
    public void The_check_json_carries_the_window_milestones_sources_proposals_and_links()
    {
        var root = System.Text.Json.JsonDocument.Parse(PlanCheckJson.From(BinhDinh).ToJson()).RootElement;

        Assert.Equal("2025-09", root.GetProperty("window").GetProperty("start").GetString());
        Assert.Equal("2025-11-15", root.GetProperty("window").GetProperty("endDay").GetString());
        var november = root.GetProperty("milestones")[2];
        Assert.Equal(("Cuối tháng 11/2025", "2025-11-30", true), (november.GetProperty("timeText").GetString(), november.GetProperty("endDay").GetString(), november.GetProperty("isReport").GetBoolean()));
        Assert.Equal(["stateBudget", "sponsorship", "ownBudget"], root.GetProperty("fundingSources").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(1_200_000_000, root.GetProperty("fundingSources")[0].GetProperty("amount").GetInt64());
        Assert.Equal("Một tỷ năm trăm triệu đồng", root.GetProperty("statedTotalWords").GetString());
        Assert.Equal("87/TTr-SKHCN", root.GetProperty("proposals")[0].GetProperty("symbol").GetString());
        Assert.Equal("12/KH-UBND", root.GetProperty("legalBases")[1].GetProperty("citedWithin").GetString());
        Assert.Equal("coordinating", root.GetProperty("responsibilityLinks")[2].GetProperty("activities")[0].GetProperty("role").GetString());
        var session = root.GetProperty("activities")[1].GetProperty("children")[0].GetProperty("children")[0];
        Assert.Equal(("Buổi sáng", "08:00", "2025-10-09"), (session.GetProperty("session").GetString(), session.GetProperty("startTime").GetString(), session.GetProperty("start").GetString()));
        Assert.True(root.GetProperty("activities")[1].GetProperty("children")[0].GetProperty("agendaDay").GetBoolean());
    }

    [Fact]
    public void A_2023_plan_with_lettered_agenda_days_a_time_part_and_a_budget_sentence()
    {
        var plan = ReadCorpus("quangnam-2023-ngay-hoi-cds.txt");

        Assert.Equal((new DateOnly(2023, 10, 2), new DateOnly(2023, 10, 4), true),
            (plan.Window!.Window.FirstDay!.Value, plan.Window.Window.LastDay!.Value, plan.Window.Window.Tentative));
        var opening = plan.AllActivities().Single(a => a.Path == "1");
        Assert.Equal((new DateOnly(2023, 10, 2), new TimeOnly(19, 30)), (opening.Time!.FirstDay!.Value, opening.Time.StartTime!.Value));

        var days = plan.AllActivities().Where(a => a.AgendaDay).ToList();
        Assert.Equal(["2.a", "2.b"], days.Select(d => d.Path));
        Assert.Equal([new DateOnly(2023, 10, 3), new DateOnly(2023, 10, 4)], days.Select(d => d.Time!.FirstDay!.Value));
        Assert.Equal([("Sáng", "2023-10-03"), ("Chiều", "2023-10-03")], days[0].Children.Select(c => (c.Time!.Session!, c.Time.FirstDay!.Value.ToString("yyyy-MM-dd"))));
        Assert.Equal(new TimeOnly(14, 0), days[0].Children[1].Time!.StartTime);
        Assert.Equal(["Buổi sáng", "Buổi tối"], days[1].Children.Select(c => c.Time!.Session));

        Assert.Equal(new Money(800_000_000), plan.BudgetSection!.StatedTotal);
        Assert.Equal("Tám trăm triệu đồng", plan.BudgetSection.StatedTotalWords);
        Assert.Equal([FundingKind.StateBudget, FundingKind.Sponsorship], plan.BudgetSection.Sources.Select(s => s.Kind));

        Assert.Equal(["162/TTr-STTTT"], plan.Proposals.Select(p => p.Symbol));
        Assert.Equal(["505/QĐ-TTg"], plan.LegalBases.Select(p => p.Symbol));
        Assert.Equal([("Sở Thông tin và Truyền thông", "1:Lead,2:Lead"), ("Tỉnh Đoàn", "2:Coordinating"), ("Các sở, ban, ngành", "")],
            plan.Responsibilities.Select(r => (r.Heading!, string.Join(",", r.Activities.Select(a => $"{a.Path}:{a.Role}")))));
        Assert.DoesNotContain(plan.Findings, f => f.Code is "year-mismatch" or "time-not-understood" or "section-not-read");
    }

    [Fact]
    public void A_total_stated_outside_a_budget_part_is_read_with_its_sources()
    {
        var plan = Parse(PlanWith("""
            III. NỘI DUNG

            1. Hội nghị triển khai

            a) Đơn vị chủ trì: Sở Khoa học và Công nghệ.

            IV. TỔ CHỨC THỰC HIỆN

            1. Sở Khoa học và Công nghệ

            Chủ trì thực hiện Kế hoạch.

            2. Kinh phí thực hiện

            Tổng kinh phí dự kiến khoảng 450.000.000 đồng (Bốn trăm năm mươi triệu đồng), trong đó:

            - Ngân sách tỉnh: 400.000.000 đồng;

            - Nguồn xã hội hóa: 50.000.000 đồng.
            """));

        Assert.Equal(new Money(450_000_000), plan.BudgetSection!.StatedTotal);
        Assert.Equal([(FundingKind.StateBudget, (Money?)new Money(400_000_000)), (FundingKind.Sponsorship, new Money(50_000_000))],
            plan.BudgetSection.Sources.Select(s => (s.Kind, s.Amount)));
    }

    private static string PlanWith(string body) => $"""
        ỦY BAN NHÂN DÂN
        TỈNH HÀ TĨNH

        Số: 40/KH-UBND

        Hà Tĩnh, ngày 10 tháng 02 năm 2025

        KẾ HOẠCH

        Chuyển đổi số tỉnh Hà Tĩnh năm 2025

        I. MỤC ĐÍCH, YÊU CẦU

        Nâng cao nhận thức về chuyển đổi số.

        II. CHỦ ĐỀ

        Chủ đề: “Chuyển đổi số toàn dân”.

        {body}
        """;

    private static int LineIn(string text, string start) =>
        Array.FindIndex(text.Replace("\r\n", "\n").Split('\n'), l => l.TrimStart().StartsWith(start, StringComparison.Ordinal)) + 1;

    private static int LineOf(string corpus, string start) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Documents", "Corpus", corpus)), l => l.StartsWith(start, StringComparison.Ordinal)) + 1;
}
