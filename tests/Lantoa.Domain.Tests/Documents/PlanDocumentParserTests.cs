using System.Text;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Dates;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Tests.Units;

namespace Lantoa.Domain.Tests.Documents;

/// <summary>The plan parser on made-up snippets, one form of the genre at a time.</summary>
public class PlanDocumentParserTests
{
    private static readonly ProvinceNames LongAn = ProvinceNames.Of("80");

    private const string Header = """
        ỦY BAN NHÂN DÂN
        TỈNH LONG AN

        Số: 140/KH-UBND

        Long An, ngày 13 tháng 7 năm 2024

        KẾ HOẠCH

        Tổ chức Ngày hội chuyển đổi số tỉnh Long An năm 2024


        """;

    private static ParsedPlan Parse(string text, bool withResolver = true) =>
        PlanDocumentParser.Parse(TextDocumentReader.Read("ke-hoach.txt", Encoding.UTF8.GetBytes(text)), withResolver ? LongAn.Resolver : null);

    private static string[] Keys(IEnumerable<ParsedUnit> units) =>
        units.Select(u => u.Match is { } m ? LongAn.KeyOf(m) : "?" + u.Written).ToArray();

    private static ParsedActivity Activity(ParsedPlan plan, string path) => Assert.Single(plan.AllActivities(), a => a.Path == path);

    private static int LineOf(string text, string start) =>
        Array.FindIndex(text.Replace("\r\n", "\n").Split('\n'), l => l.TrimStart('#', ' ', '*').StartsWith(start, StringComparison.Ordinal)) + 1;

    [Fact]
    public void The_header_gives_issuer_number_place_date_and_title()
    {
        var plan = Parse(Header + "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Lan tỏa chuyển đổi số.\n\n2. Yêu cầu\n\n- Tiết kiệm, hiệu quả.\n\nII. NỘI DUNG\n\n1. Hội thảo\n\na) Cơ quan chủ trì: Sở Thông tin và Truyền thông.\n");

        Assert.True(plan.IsPlan);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH LONG AN", plan.Issuer);
        Assert.Null(plan.ParentIssuer);
        Assert.Equal("140/KH-UBND", plan.DocumentNumber);
        Assert.Equal("KH", plan.Symbol!.TypeCode);
        Assert.Equal("140", plan.Symbol.Number);
        Assert.Equal("Long An", plan.Place);
        Assert.Equal(new PartialDate(2024, 7, 13), plan.IssuedOn);
        Assert.Equal("ngày 13 tháng 7 năm 2024", plan.IssuedOnText);
        Assert.Equal("KẾ HOẠCH", plan.DocumentType);
        Assert.Equal("Tổ chức Ngày hội chuyển đổi số tỉnh Long An năm 2024", plan.Title);
        Assert.Equal(["Lan tỏa chuyển đổi số."], plan.Purposes);
        Assert.Equal(["Tiết kiệm, hiệu quả."], plan.Requirements);
        Assert.Equal([SectionKind.Purposes, SectionKind.Content], plan.Sections.Select(s => s.Kind));
        Assert.DoesNotContain(plan.Findings, f => f.Severity != Severity.Info);
    }

    [Fact]
    public void A_department_plan_has_a_parent_issuer_and_a_draft_has_a_partial_date()
    {
        var plan = Parse("""
            UBND TỈNH LONG AN
            SỞ THÔNG TIN VÀ TRUYỀN THÔNG

            Số:      /KH-STTTT

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            Long An, ngày      tháng 9 năm 2024

            KẾ HOẠCH
            Tuyên truyền chuyển đổi số năm 2024

            I. NỘI DUNG

            1. Tuyên truyền trên báo chí
            a) Đơn vị chủ trì: Báo Long An.
            """);

        Assert.Equal("UBND TỈNH LONG AN", plan.ParentIssuer);
        Assert.Equal("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", plan.Issuer);
        Assert.Equal("/KH-STTTT", plan.DocumentNumber);
        Assert.Null(plan.Symbol!.Number);
        Assert.Equal(new PartialDate(2024, 9), plan.IssuedOn);
        Assert.Equal(DatePrecision.Month, plan.IssuedOn!.Value.Precision);
        Assert.Equal("Tuyên truyền chuyển đổi số năm 2024", plan.Title);
        Assert.Contains(plan.Findings, f => f.Code == "draft-number" && f.Severity == Severity.Info);
        Assert.Contains(plan.Findings, f => f.Code == "partial-date" && f.Severity == Severity.Info);
    }

    [Fact]
    public void Legal_bases_are_split_into_cited_documents_with_symbol_date_and_issuer()
    {
        var plan = Parse(Header + """
            Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia; Công văn số 3240/BTTTT-CĐSQG ngày 08/8/2024 của Bộ Thông tin và Truyền thông về thúc đẩy hoạt động của Tổ công nghệ số cộng đồng;

            Thực hiện Nghị quyết số 08-NQ/TU ngày 06/10/2021 của Tỉnh ủy về chuyển đổi số;

            Theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 12/TTr-STTTT ngày 01/3/2024.

            UBND tỉnh ban hành Kế hoạch như sau:

            I. NỘI DUNG

            1. Hội thảo
            a) Cơ quan chủ trì: Sở Thông tin và Truyền thông.
            """);

        Assert.Equal(["505/QĐ-TTg", "3240/BTTTT-CĐSQG", "08-NQ/TU"], plan.LegalBases.Select(b => b.Symbol));
        Assert.Equal(["Quyết định", "Công văn", "Nghị quyết"], plan.LegalBases.Select(b => b.DocumentType));
        Assert.Equal(new DateOnly(2022, 4, 22), plan.LegalBases[0].Date);
        // A submission is what the plan was proposed by, not a basis: kept apart, never written as "Căn cứ".
        var proposal = Assert.Single(plan.Proposals);
        Assert.Equal(("Tờ trình", "12/TTr-STTTT"), (proposal.DocumentType, proposal.Symbol));
        Assert.Equal(new DateOnly(2024, 3, 1), proposal.Date);
        Assert.Equal(["Thủ tướng Chính phủ", "Bộ Thông tin và Truyền thông", "Tỉnh ủy"], plan.LegalBases.Select(b => b.Issuer));
        Assert.Equal([12, 12, 14], plan.LegalBases.Select(b => b.Line));
        Assert.Equal(("Sở Thông tin và Truyền thông", 16), (proposal.Issuer, proposal.Line));
    }

    private const string Fields = Header + """
        II. CHỦ ĐỀ, KHẨU HIỆU

        1. Chủ đề: “Chuyển đổi số toàn dân, toàn diện”.

        2. Khẩu hiệu:

        - “Chuyển đổi số vì người dân”

        - “Dữ liệu là tài nguyên”

        III. NỘI DUNG CỤ THỂ

        1. Tổ chức truyền thông

        a) Cơ quan chủ trì: Sở Thông tin và Truyền thông; UBND các huyện, thị xã, thành phố.

        b) Cơ quan phối hợp: Báo Long An, Đài Phát thanh và Truyền hình Long An.

        c) Thời gian: Từ ngày 15/9/2024 đến ngày 31/10/2024; đợt cao điểm từ ngày 01/10/2024 đến ngày 10/10/2024.

        d) Nội dung:

        - Tuyên truyền trên báo chí.

        + Treo băng rôn.

        2. Hội nghị tổng kết

        Thời gian: 19h30, ngày 02/10/2024; Địa điểm: Hội trường UBND tỉnh; Thành phần: khoảng 200 đại biểu (Chi tiết theo Phụ lục I).

        - Đơn vị chủ trì: Văn phòng UBND tỉnh.

        - Kinh phí: 15.000.000 đồng; từ ngân sách tỉnh.

        3. Diễn tập an toàn thông tin (giao Công an tỉnh chủ trì thực hiện)

        a) Thời gian: Dự kiến ngày 09-10/10/2024.

        b) Hình thức: Trực tuyến.

        4. Triển lãm sản phẩm số (Sở TT&TT chủ trì, phối hợp với Văn phòng UBND tỉnh)

        Nội dung: Giới thiệu sản phẩm số.

        """;

    [Fact]
    public void Theme_and_slogans_are_read_from_their_part()
    {
        var plan = Parse(Fields);

        Assert.Equal("Chuyển đổi số toàn dân, toàn diện", plan.Theme);
        Assert.Equal(["Chuyển đổi số vì người dân", "Dữ liệu là tài nguyên"], plan.Slogans);
        Assert.Equal("Chuyển đổi số vì người dân", plan.Slogan);
    }

    [Fact]
    public void Lettered_fields_give_lead_coordinating_time_and_content()
    {
        var plan = Parse(Fields);
        var a = Activity(plan, "1");

        Assert.Equal("Tổ chức truyền thông", a.Title);
        Assert.Equal(["so-tttt", "ubnd-cap-huyen"], Keys(a.Lead));
        Assert.Equal(["bao-long-an", "dai-ptth"], Keys(a.Coordinating));
        Assert.Equal("Sở Thông tin và Truyền thông; UBND các huyện, thị xã, thành phố.", a.LeadText);
        Assert.Equal(new PartialDate(2024, 9, 15), a.Time!.Start);
        Assert.Equal(new PartialDate(2024, 10, 31), a.Time.End);
        Assert.StartsWith("Từ ngày 15/9/2024", a.TimeText);
        var peak = Assert.Single(a.ExtraTimes);
        Assert.Equal(new PartialDate(2024, 10, 1), peak.Start);
        Assert.Equal("- Tuyên truyền trên báo chí.\n+ Treo băng rôn.", a.Content);
        Assert.Equal(LineOf(Fields, "1. Tổ chức truyền thông"), a.Line);
    }

    [Fact]
    public void Fields_written_inline_and_as_bullets_are_read()
    {
        var plan = Parse(Fields);
        var a = Activity(plan, "2");

        Assert.Equal("Hội nghị tổng kết", a.Title);
        Assert.Equal(new PartialDate(2024, 10, 2), a.Time!.Start);
        Assert.Equal(new TimeOnly(19, 30), a.Time.StartTime);
        Assert.Equal("Hội trường UBND tỉnh", a.Location);
        Assert.Equal(200, a.ParticipantCount);
        Assert.Equal("Phụ lục I", a.ParticipantsAppendix);
        Assert.Equal(["van-phong-ubnd"], Keys(a.Lead));
        Assert.Equal(new Money(15_000_000), a.BudgetAmount);
        Assert.Equal("15.000.000 đồng; từ ngân sách tỉnh.", a.BudgetText);
    }

    [Fact]
    public void A_lead_hidden_in_a_parenthesis_is_found()
    {
        var plan = Parse(Fields);
        var drill = Activity(plan, "3");
        var fair = Activity(plan, "4");

        Assert.Equal(["cong-an"], Keys(drill.Lead));
        Assert.True(drill.LeadFromParenthesis);
        Assert.True(drill.Time!.Tentative);
        Assert.Equal(new PartialDate(2024, 10, 9), drill.Time.Start);
        Assert.Equal(new PartialDate(2024, 10, 10), drill.Time.End);
        Assert.Equal("Trực tuyến.", drill.Form);
        Assert.Equal(["so-tttt"], Keys(fair.Lead));
        Assert.Equal(["van-phong-ubnd"], Keys(fair.Coordinating));
        Assert.Equal("Giới thiệu sản phẩm số.", fair.Content);
        Assert.DoesNotContain(plan.Findings, f => f.Code == "activity-without-lead");
    }

    [Fact]
    public void A_referenced_appendix_that_is_not_attached_is_reported()
    {
        var plan = Parse(Fields);

        var missing = Assert.Single(plan.Findings, f => f.Code == "appendix-missing");
        Assert.Equal(Severity.Warning, missing.Severity);
        Assert.Contains("Phụ lục I", missing.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(Fields, "Thời gian: 19h30"), missing.Line);
    }

    [Fact]
    public void Sub_activities_lettered_and_bulleted_form_a_tree()
    {
        var plan = Parse(Header + """
            III. NỘI DUNG

            1. Các hoạt động hưởng ứng

            a) Tập huấn an toàn thông tin.

            - Thời gian: tháng 10/2024.

            - Đơn vị chủ trì: Sở Thông tin và Truyền thông.

            b) Tổ chức các hội nghị chuyên đề:

            - Hội nghị chuyển đổi số ngành Y tế.

            - + Cơ quan chủ trì thực hiện: Sở Y tế.

            - + Thời gian tổ chức: dự kiến tháng 10/2024.

            - Tọa đàm về chuyển đổi số báo chí.

            - + Cơ quan chủ trì thực hiện: Báo Long An.

            """);

        var root = Assert.Single(plan.Activities);
        Assert.Equal(["a", "b"], root.Children.Select(c => c.Label));
        Assert.Equal(["so-tttt"], Keys(root.Children[0].Lead));
        Assert.Equal(new PartialDate(2024, 10), root.Children[0].Time!.Start);
        var b = root.Children[1];
        Assert.Equal("Tổ chức các hội nghị chuyên đề", b.Title);
        Assert.Equal(["Hội nghị chuyển đổi số ngành Y tế", "Tọa đàm về chuyển đổi số báo chí"], b.Children.Select(c => c.Title));
        Assert.Equal(["1.b.1", "1.b.2"], b.Children.Select(c => c.Path));
        Assert.Equal(["so-y-te"], Keys(b.Children[0].Lead));
        Assert.True(b.Children[0].Time!.Tentative);
        Assert.Equal(["bao-long-an"], Keys(b.Children[1].Lead));
    }

    [Fact]
    public void Gaps_in_activity_letter_and_appendix_numbering_are_reported()
    {
        var text = Header + """
            III. NỘI DUNG

            1. Hội thảo
            a) Cơ quan chủ trì: Sở Nội vụ.

            2. Hội nghị
            a) Hội nghị cấp tỉnh (Sở Nội vụ chủ trì)
            b) Hội nghị cấp huyện (giao UBND cấp huyện chủ trì)
            d) Hội nghị cấp xã (giao UBND cấp xã chủ trì)

            4. Triển lãm
            a) Cơ quan chủ trì: Sở Nội vụ.
            b) Kinh phí: 1.000.000 đồng (Chi tiết tại Phụ lục III).

            Trên đây là Kế hoạch ./.

            Phụ lục I
            DANH SÁCH ĐẠI BIỂU

            TT	Đơn vị	Số lượng
            1	Sở Nội vụ	2

            Phụ lục III
            DỰ TOÁN

            STT	Nội dung	Thành tiền (đồng)
            1	Nước uống	1.000.000
            	Tổng cộng	1.000.000
            """;

        var plan = Parse(text);

        var gaps = plan.Findings.Where(f => f.Code == "numbering-gap").ToList();
        Assert.Contains(gaps, f => f.Line == LineOf(text, "4. Triển lãm") && f.Message.Contains("từ 2 lên 4", StringComparison.Ordinal));
        Assert.Contains(gaps, f => f.Line == LineOf(text, "d) Hội nghị cấp xã"));
        Assert.Contains(gaps, f => f.Line == LineOf(text, "Phụ lục III") && f.Message.Contains("Phụ lục III", StringComparison.Ordinal));
        Assert.All(gaps, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal(["Phụ lục I", "Phụ lục III"], plan.Appendices.Select(a => a.Label));
        Assert.DoesNotContain(plan.Findings, f => f.Code == "appendix-missing");
        Assert.Equal("Phụ lục III", Activity(plan, "4").BudgetAppendix);
    }

    [Fact]
    public void A_decision_is_not_a_plan_and_nothing_more_is_read()
    {
        var plan = Parse("""
            ỦY BAN NHÂN DÂN
            TỈNH LONG AN

            Số: 1234/QĐ-UBND

            Long An, ngày 05 tháng 3 năm 2024

            QUYẾT ĐỊNH
            Về việc thành lập Tổ công tác chuyển đổi số tỉnh

            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LONG AN

            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;

            QUYẾT ĐỊNH:

            Điều 1. Thành lập Tổ công tác chuyển đổi số tỉnh.

            Điều 2. Giao Sở Thông tin và Truyền thông chủ trì, báo cáo trước ngày 30/6/2024.

            Nơi nhận:
            - Như Điều 2;
            - Lưu: VT.

            CHỦ TỊCH

            Nguyễn Văn Út
            """);

        var error = Assert.Single(plan.Findings);
        Assert.Equal(("not-a-plan", Severity.Error), (error.Code, error.Severity));
        Assert.Contains("Quyết định", error.Message, StringComparison.Ordinal);
        Assert.False(plan.IsPlan);
        Assert.Empty(plan.Activities);
        Assert.Empty(plan.Deadlines);
        Assert.Empty(plan.LegalBases);
        Assert.Null(plan.DocumentNumber);
        Assert.Null(plan.Signer);
    }

    [Fact]
    public void An_official_letter_is_not_a_plan()
    {
        var plan = Parse("""
            ỦY BAN NHÂN DÂN TỈNH LONG AN

            Số: 855/UBND-VHXX
            V/v nhân rộng mô hình chuyển đổi số cấp xã

            Long An, ngày 09 tháng 02 năm 2023

            Kính gửi: UBND các huyện, thị xã, thành phố.

            Thực hiện Công văn số 100/BTTTT-CĐSQG ngày 10/01/2023 của Bộ Thông tin và Truyền thông, UBND tỉnh đề nghị UBND các huyện triển khai, báo cáo kết quả trước ngày 30/6/2023.

            1. Sở Thông tin và Truyền thông hướng dẫn.

            2. UBND các huyện thực hiện.

            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            """);

        var error = Assert.Single(plan.Findings);
        Assert.Equal("not-a-plan", error.Code);
        Assert.Contains("Công văn", error.Message, StringComparison.Ordinal);
        Assert.Empty(plan.Activities);
    }

    [Fact]
    public void A_plan_without_its_title_is_still_read_when_it_has_activities()
    {
        var plan = Parse("""
            I. MỤC ĐÍCH

            - Lan tỏa.

            II. NỘI DUNG

            1. Hội thảo
            a) Cơ quan chủ trì: Sở Nội vụ.
            b) Thời gian: tháng 10/2024.
            """);

        Assert.True(plan.IsPlan);
        Assert.Contains(plan.Findings, f => f.Code == "missing-title" && f.Severity == Severity.Warning);
        Assert.Equal(["so-noi-vu"], Keys(Assert.Single(plan.Activities).Lead));
    }

    [Fact]
    public void Money_that_looks_truncated_or_is_not_money_is_reported_not_believed()
    {
        var text = Header + """
            III. NỘI DUNG

            1. Hội thảo A
            a) Cơ quan chủ trì: Sở Nội vụ.
            b) Kinh phí: khoảng 1.000 đồng.

            2. Hội thảo B
            a) Cơ quan chủ trì: Sở Nội vụ.
            b) Kinh phí: khoảng 1.000

            3. Hội thảo C
            a) Cơ quan chủ trì: Sở Nội vụ.
            b) Kinh phí: 150.000.000 theo Quyết định số 11789/QĐ-UBND ngày 12/12/2023.

            4. Hội thảo D
            a) Cơ quan chủ trì: Sở Nội vụ.
            b) Kinh phí: khoảng 1.500.000.000 đồng (Một tỷ năm trăm triệu đồng).
            """;

        var plan = Parse(text);

        Assert.Null(Activity(plan, "1").BudgetAmount);
        Assert.Null(Activity(plan, "2").BudgetAmount);
        Assert.Null(Activity(plan, "3").BudgetAmount);
        Assert.Equal(new Money(1_500_000_000), Activity(plan, "4").BudgetAmount);
        Assert.Equal([LineOf(text, "b) Kinh phí: khoảng 1.000 đồng"), LineOf(text, "2. Hội thảo B") + 2],
            plan.Findings.Where(f => f.Code == "truncated-amount").Select(f => f.Line));
        var notMoney = Assert.Single(plan.Findings, f => f.Code == "money-not-understood");
        Assert.Equal(LineOf(text, "b) Kinh phí: 150.000.000"), notMoney.Line);
        Assert.Equal(LineOf(text, "3. Hội thảo C") + 2, Activity(plan, "3").BudgetLine);
        Assert.Equal(Severity.Warning, notMoney.Severity);
    }

    [Fact]
    public void A_truncated_amount_in_running_text_among_large_ones_is_reported_but_rates_are_not()
    {
        var text = Header + """
            III. NỘI DUNG

            1. Hội thi
            a) Cơ quan chủ trì: Tỉnh Đoàn.
            b) Nội dung: trao 10 giải, mỗi giải 500.000 đồng/giải; hỗ trợ khoảng 1.000 đồng cho đơn vị đạt giải.
            c) Kinh phí: 150.000.000 đồng.
            """;

        var plan = Parse(text);

        var finding = Assert.Single(plan.Findings, f => f.Code == "truncated-amount");
        Assert.Contains("1.000 đồng", finding.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(text, "b) Nội dung: trao 10 giải"), finding.Line);
        Assert.Equal(new Money(150_000_000), Activity(plan, "1").BudgetAmount);
    }

    [Fact]
    public void Time_that_cannot_be_read_and_activities_without_a_lead_are_reported()
    {
        var text = Header + """
            III. NỘI DUNG

            1. Hội thảo A
            a) Thời gian: sau khi có ý kiến của lãnh đạo.

            2. Hội thảo B
            a) Cơ quan chủ trì: Phòng chưa có trong danh mục.
            b) Thời gian: Thường xuyên.
            """;

        var plan = Parse(text);

        var time = Assert.Single(plan.Findings, f => f.Code == "time-not-understood");
        Assert.Equal(LineOf(text, "a) Thời gian: sau khi"), time.Line);
        Assert.Null(Activity(plan, "1").Time);
        Assert.Equal("sau khi có ý kiến của lãnh đạo.", Activity(plan, "1").TimeText);
        var noLead = Assert.Single(plan.Findings, f => f.Code == "activity-without-lead");
        Assert.Equal(LineOf(text, "1. Hội thảo A"), noLead.Line);
        var unknown = Assert.Single(plan.Findings, f => f.Code == "unknown-unit");
        Assert.Contains("Phòng chưa có trong danh mục", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("Gần nhất:", unknown.Message, StringComparison.Ordinal);
        Assert.NotEmpty(Activity(plan, "2").Lead[0].Suggestions);
        Assert.True(Activity(plan, "2").Time!.Ongoing);
    }

    private const string Closing = Header + """
        III. NỘI DUNG

        1. Hội thảo
        a) Cơ quan chủ trì: Sở Thông tin và Truyền thông.
        b) Thời gian: Cuộc thi hoàn thành trước ngày 30/10/2024.

        IV. TỔ CHỨC THỰC HIỆN

        1. Sở Tài chính

        Phối hợp bố trí kinh phí.

        **2. Đài Phát thanh và Truyền hình Long An, đề nghị Báo Long An:** tổ chức thông tin, tuyên truyền.

        3. UBND các huyện, thị xã, thành phố

        a) Xây dựng kế hoạch của địa phương, gửi Sở Thông tin và Truyền thông chậm nhất ngày 20 tháng 9 năm 2024.

        b) Báo cáo kết quả định kỳ hàng quý.

        Trên đây là Kế hoạch tổ chức Ngày hội chuyển đổi số, Thủ trưởng các sở, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố triển khai thực hiện và báo cáo kết quả về UBND tỉnh trước ngày 31/10/2024./.

        Nơi nhận:
        - Bộ Thông tin và Truyền thông (b/c);
        - TT.TU, TT.HĐND tỉnh;
        - UBND các huyện, thị xã, thành phố;
        - Lưu: VT, STTTT.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH

        (Đã ký)

        Nguyễn Văn Út
        """;

    [Fact]
    public void Responsibilities_name_one_or_several_units_with_their_duties()
    {
        var plan = Parse(Closing);

        Assert.Equal(["1", "2", "3"], plan.Responsibilities.Select(r => r.Label));
        Assert.Equal(["so-tai-chinh"], Keys(plan.Responsibilities[0].Units));
        Assert.Equal(["Phối hợp bố trí kinh phí."], plan.Responsibilities[0].Duties);
        Assert.Equal(["dai-ptth", "bao-long-an"], Keys(plan.Responsibilities[1].Units));
        Assert.Equal(["tổ chức thông tin, tuyên truyền."], plan.Responsibilities[1].Duties);
        Assert.Equal(["ubnd-cap-huyen"], Keys(plan.Responsibilities[2].Units));
        Assert.Equal(2, plan.Responsibilities[2].Duties.Count);
        Assert.Equal(LineOf(Closing, "3. UBND các huyện"), plan.Responsibilities[2].Line);
    }

    [Fact]
    public void Deadlines_are_found_anywhere_with_who_owes_them()
    {
        var plan = Parse(Closing);

        Assert.Equal(
            [new PartialDate(2024, 10, 30), new PartialDate(2024, 9, 20), new PartialDate(2024, 10, 31)],
            plan.Deadlines.Select(d => d.Due));
        Assert.Equal(["so-tttt"], Keys(plan.Deadlines[0].Units));
        Assert.Equal(["ubnd-cap-huyen"], Keys(plan.Deadlines[1].Units));
        Assert.Equal(["cac-so-nganh", "ubnd-cap-huyen"], Keys(plan.Deadlines[2].Units));
        Assert.Equal(LineOf(Closing, "a) Xây dựng kế hoạch của địa phương"), plan.Deadlines[1].Line);
        Assert.StartsWith("Xây dựng kế hoạch của địa phương", plan.Deadlines[1].Text, StringComparison.Ordinal);
        Assert.True(plan.Deadlines.All(d => d.Window.DeadlineOnly));
        Assert.True(Activity(plan, "1").Time!.DeadlineOnly);
    }

    [Fact]
    public void Recipients_archive_line_and_signer_are_read()
    {
        var plan = Parse(Closing);

        Assert.Equal(["Bộ Thông tin và Truyền thông (b/c)", "TT.TU, TT.HĐND tỉnh", "UBND các huyện, thị xã, thành phố"], plan.Recipients);
        Assert.Equal("Lưu: VT, STTTT.", plan.ArchiveNote);
        Assert.Equal(new ParsedSigner("TM. ỦY BAN NHÂN DÂN", null, "CHỦ TỊCH", "Nguyễn Văn Út", LineOf(Closing, "TM. ỦY BAN")), plan.Signer);
    }

    private const string Appendices = Header + """
        III. NỘI DUNG

        1. Họp mặt
        a) Cơ quan chủ trì: Sở Thông tin và Truyền thông.
        b) Thành phần: Khoảng 50 người (Chi tiết theo Phụ lục I).
        c) Kinh phí thực hiện: 2.000.000 đồng (Chi tiết tại Phụ lục II).

        2. Cuộc thi
        a) Cơ quan chủ trì: Tỉnh Đoàn.
        b) Kinh phí thực hiện: 3.000.000 đồng.

        IV. KINH PHÍ

        1. Nguồn ngân sách tỉnh.

        2. Tổng kinh phí: 6.000.000 đồng, trong đó:

        - Kinh phí thực hiện nhiệm vụ của Sở Thông tin và Truyền thông: 2.000.000 đồng;

        - Kinh phí thực hiện nhiệm vụ của Tỉnh Đoàn: 4.000.000 đồng.

        Trên đây là Kế hoạch./.

        Phụ lục I
        DANH SÁCH THÀNH PHẦN
        (Kèm theo Kế hoạch số 140/KH-UBND)

        TT	Đơn vị	Số lượng đại biểu
        I	CẤP TỈNH	30
        1	Sở Nội vụ	10
        2	Sở Tài chính	10

        TT	Đơn vị	Số lượng đại biểu
        3	Công an tỉnh	5
        II	CẤP HUYỆN	15
        1	UBND huyện Bến Lức	15
        	TỔNG CỘNG:	45

        Phụ lục II
        DỰ TRÙ KINH PHÍ

        STT	NỘI DUNG	ĐƠN VỊ TÍNH	SỐ LƯỢNG	ĐƠN GIÁ (đồng)	THÀNH TIỀN (đồng)
        1.	Nước uống	Người	50	20.000	1.000.000
        2.	Tài liệu	Bộ	50	20.000	1.100.000
        Tổng cộng					2.000.000
        """;

    [Fact]
    public void Participant_tables_split_by_a_page_break_are_merged_and_checked()
    {
        var plan = Parse(Appendices);

        var table = Assert.Single(plan.ParticipantTables);
        Assert.Equal("Phụ lục I", table.Label);
        Assert.Equal("DANH SÁCH THÀNH PHẦN", table.Title);
        Assert.Equal(["I", "1", "2", "3", "II", "1"], table.Rows.Select(r => r.Label));
        Assert.Equal([true, false, false, false, true, false], table.Rows.Select(r => r.IsGroup));
        Assert.Equal(45, table.StatedTotal);
        Assert.Equal(40, table.ComputedTotal);
        Assert.Equal("cong-an", LongAn.KeyOf(table.Rows[3].Unit.Match!));
        Assert.Contains(plan.Findings, f => f.Code == "participant-subtotal-mismatch" && f.Line == LineOf(Appendices, "I\tCẤP TỈNH"));
        Assert.Contains(plan.Findings, f => f.Code == "participant-total-mismatch");
        Assert.Contains(plan.Findings, f => f.Code == "participant-count-mismatch" && f.Line == LineOf(Appendices, "1. Họp mặt"));
        Assert.Equal(AppendixKind.Participants, plan.Appendices[0].Kind);
        Assert.Equal("(Kèm theo Kế hoạch số 140/KH-UBND)", plan.Appendices[0].AttachedTo);
    }

    [Fact]
    public void Budget_appendices_are_read_and_their_arithmetic_checked_with_source_lines()
    {
        var plan = Parse(Appendices);

        var table = Assert.Single(plan.BudgetTables);
        Assert.Equal("Phụ lục II", table.Label);
        Assert.Equal(new Money(2_000_000), table.StatedTotal);
        Assert.Equal(new Money(2_100_000), table.ComputedTotal);
        Assert.Equal(2, table.Estimate!.Lines.Count);
        var mismatch = Assert.Single(plan.Findings, f => f.Code == "amount-mismatch");
        Assert.Equal(Severity.Error, mismatch.Severity);
        Assert.Equal(LineOf(Appendices, "2.\tTài liệu"), mismatch.Line);
        Assert.StartsWith("Phụ lục II: ", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains(plan.Findings, f => f.Code == "total-mismatch" && f.Severity == Severity.Error);
        Assert.Equal([LineOf(Appendices, "1.\tNước uống"), LineOf(Appendices, "2.\tTài liệu")], table.LineSources);
    }

    [Fact]
    public void Plan_totals_are_checked_against_activities_and_units()
    {
        var plan = Parse(Appendices);

        var budget = plan.BudgetSection!;
        Assert.Equal(new Money(6_000_000), budget.StatedTotal);
        Assert.Equal(new Money(5_000_000), budget.ActivitiesTotal);
        Assert.Equal(["so-tttt", "tinh-doan"], Keys(budget.Units.Select(u => u.Unit)));
        Assert.Contains(plan.Findings, f => f.Code == "plan-total-mismatch" && f.Severity == Severity.Warning);
        Assert.Contains(plan.Findings, f => f.Code == "unit-total-mismatch" && f.Message.Contains("Tỉnh Đoàn", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Findings, f => f.Code == "unit-split-mismatch");
        Assert.DoesNotContain(plan.Findings, f => f.Code == "activity-budget-mismatch");
    }

    [Fact]
    public void An_activity_budget_differing_from_its_appendix_is_reported()
    {
        var plan = Parse(Appendices.Replace("c) Kinh phí thực hiện: 2.000.000 đồng", "c) Kinh phí thực hiện: 2.500.000 đồng", StringComparison.Ordinal));

        var finding = Assert.Single(plan.Findings, f => f.Code == "activity-budget-mismatch");
        Assert.Contains("Phụ lục II", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_table_becomes_the_activity_list_when_the_body_has_none()
    {
        var text = Header + """
            I. MỤC ĐÍCH, YÊU CẦU

            - Lan tỏa chuyển đổi số.

            II. TỔ CHỨC THỰC HIỆN

            1. Sở Thông tin và Truyền thông

            Theo dõi, đôn đốc thực hiện các nhiệm vụ tại Phụ lục.

            Trên đây là Kế hoạch./.

            PHỤ LỤC
            PHÂN CÔNG NHIỆM VỤ

            STT	Nhiệm vụ	Đơn vị chủ trì	Đơn vị phối hợp	Thời gian	Ghi chú
            1	Tuyên truyền trên báo chí			
            1.1	Mở chuyên mục trên Báo Long An	Báo Long An	Sở Thông tin và Truyền thông	Hàng tuần	
            1.2	Phát sóng phóng sự	Đài Phát thanh và Truyền hình Long An	Sở Thông tin và Truyền thông	Quý I đến Quý IV	
            	Phát sóng trên truyền thanh cơ sở	UBND cấp huyện		Quý I đến Quý IV	
            2	Tổng kết, trao giải	Sở Thông tin và Truyền thông	Tỉnh Đoàn	Tháng 12/2024	Trước ngày 20/12/2024
            """;

        var plan = Parse(text);

        Assert.Equal(["1", "2"], plan.Activities.Select(a => a.Label));
        var first = plan.Activities[0];
        Assert.Equal("Tuyên truyền trên báo chí", first.Title);
        Assert.Equal(["1.1", "1.2", "1.2"], first.Children.Select(c => c.Label));
        Assert.Equal(["1.1", "1.2", "1.2(2)"], first.Children.Select(c => c.Path));
        Assert.Equal(["bao-long-an"], Keys(first.Children[0].Lead));
        Assert.Equal(Lantoa.Domain.Plans.Recurrence.Weekly, first.Children[0].Time!.Recurrence);
        Assert.Equal(new PartialDate(2024, quarter: 1), first.Children[1].Time!.Start);
        Assert.Equal(["ubnd-cap-huyen"], Keys(first.Children[2].Lead));
        Assert.All(plan.AllActivities(), a => Assert.Equal("Phụ lục", a.FromAppendix));
        var task = Assert.Single(plan.TaskTables);
        Assert.Equal(5, task.Rows.Count);
        Assert.True(task.Rows[0].IsHeading);
        var deadline = Assert.Single(plan.Deadlines);
        Assert.Equal(new PartialDate(2024, 12, 20), deadline.Due);
        Assert.Equal(["so-tttt"], Keys(deadline.Units));
        Assert.DoesNotContain(plan.Findings, f => f.Code == "activity-without-lead");
    }

    [Fact]
    public void Without_a_resolver_names_are_kept_as_written_and_not_reported()
    {
        var plan = Parse(Fields, withResolver: false);

        var a = Activity(plan, "1");
        Assert.Equal(["Sở Thông tin và Truyền thông", "UBND các huyện, thị xã, thành phố"], a.Lead.Select(u => u.Written));
        Assert.All(a.Lead, u => Assert.False(u.IsResolved));
        Assert.Equal(["Báo Long An", "Đài Phát thanh và Truyền hình Long An"], a.Coordinating.Select(u => u.Written));
        Assert.DoesNotContain(plan.Findings, f => f.Code == "unknown-unit");
    }

    [Fact]
    public void A_sentence_split_by_a_page_break_is_joined()
    {
        var plan = Parse(Header + """
            III. NỘI DUNG

            1. Triển lãm
            a) Cơ quan chủ trì: Sở Thông tin và Truyền thông.
            b) Nội dung: Triển lãm, giới thiệu các sản phẩm về chuyển đổi

            số trong các lĩnh vực.
            """);

        Assert.Equal("Triển lãm, giới thiệu các sản phẩm về chuyển đổi số trong các lĩnh vực.", Activity(plan, "1").Content);
    }

    [Fact]
    public void A_docx_shaped_document_with_list_labels_and_header_tables_is_read()
    {
        var document = new SourceDocument("ke-hoach.docx", DocumentFormat.Docx,
        [
            new SourceTable(1, [["ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 52/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLong An, ngày 02 tháng 10 năm 2024"]]),
            new SourceParagraph(2, "KẾ HOẠCH", Bold: true),
            new SourceParagraph(3, "Tổ chức Ngày Chuyển đổi số", Bold: true),
            new SourceParagraph(4, "NỘI DUNG", ListLabel: "I."),
            new SourceParagraph(5, "Hội thảo chuyển đổi số", ListLabel: "1."),
            new SourceParagraph(6, "Cơ quan chủ trì: Sở Nội vụ.", ListLabel: "a)"),
            new SourceParagraph(7, "Thời gian: ngày 10/10/2024.", ListLabel: "b)"),
            new SourceParagraph(8, "Trên đây là Kế hoạch./."),
            new SourceTable(9, [["Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn B"]]),
        ], []);

        var plan = PlanDocumentParser.Parse(document, LongAn.Resolver);

        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH LONG AN", plan.Issuer);
        Assert.Equal("52/KH-UBND", plan.DocumentNumber);
        Assert.Equal(new PartialDate(2024, 10, 2), plan.IssuedOn);
        var activity = Assert.Single(plan.Activities);
        Assert.Equal(("1", "Hội thảo chuyển đổi số", 5), (activity.Label, activity.Title, activity.Line));
        Assert.Equal(["so-noi-vu"], Keys(activity.Lead));
        Assert.Equal(new PartialDate(2024, 10, 10), activity.Time!.Start);
        Assert.Equal(["Sở Nội vụ"], plan.Recipients);
        Assert.Equal(new ParsedSigner(null, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn B", 9), plan.Signer);
    }

    [Fact]
    public void Layout_tables_exported_as_tab_separated_lines_are_read_column_by_column()
    {
        var text = string.Join("\n",
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH LONG AN\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 77/KH-UBND\tLong An, ngày 02 tháng 10 năm 2024",
            "",
            "KẾ HOẠCH",
            "Tổ chức Ngày Chuyển đổi số",
            "",
            "I. NỘI DUNG",
            "",
            "1. Hội thảo",
            "a) Cơ quan chủ trì: Sở Nội vụ.",
            "",
            "II. TỔ CHỨC THỰC HIỆN",
            "",
            "a) Sở Tài chính: bố trí kinh phí thực hiện.",
            "b) Sở Nội vụ: đề xuất khen thưởng.",
            "",
            "Nơi nhận:\tKT. CHỦ TỊCH",
            "- Sở Nội vụ;\tPHÓ CHỦ TỊCH",
            "- Sở Tài chính;\t",
            "- Lưu: VT.\tTrần Văn B");

        var plan = Parse(text);

        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH LONG AN", plan.Issuer);
        Assert.Equal("77/KH-UBND", plan.DocumentNumber);
        Assert.Equal(("Long An", new PartialDate(2024, 10, 2)), (plan.Place, plan.IssuedOn!.Value));
        Assert.Equal(["Sở Nội vụ", "Sở Tài chính"], plan.Recipients);
        Assert.Equal("Lưu: VT.", plan.ArchiveNote);
        Assert.Equal(("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn B"), (plan.Signer!.Prefix, plan.Signer.Title, plan.Signer.Name));
        Assert.Equal([["so-tai-chinh"], ["so-noi-vu"]], plan.Responsibilities.Select(r => Keys(r.Units)));
        Assert.Equal(["a", "b"], plan.Responsibilities.Select(r => r.Label));
        Assert.Equal(["bố trí kinh phí thực hiện."], plan.Responsibilities[0].Duties);
    }

    private const string OtherProvince = """
        UỶ BAN NHÂN DÂN
        TỈNH QUẢNG NGÃI
        Số: 115/KH-UBND

        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Quảng Ngãi, ngày 13 tháng 7 năm 2023

        KẾ HOẠCH
        Tổ chức Tuần lễ chuyển đổi số tỉnh Quảng Ngãi năm 2023
        _______________

        Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia;
        Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 45/TTr-STTTT ngày 05/7/2023,
        Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

        I. MỤC TIÊU
        - Nâng cao nhận thức về chuyển đổi số.

        II. THÔNG TIN CHUNG
        1. Chủ đề: "Chuyển đổi số - Đổi mới để phát triển"
        2. Thời gian: từ ngày 02/10/2023 đến ngày 08/10/2023.

        III. CÁC HOẠT ĐỘNG CHÍNH
        1. Lễ khai mạc Tuần lễ chuyển đổi số (giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng UBND tỉnh)
        Thời gian: 19h30, ngày 02/10/2023; Địa điểm: Quảng trường Phạm Văn Đồng; Thành phần: khoảng 500 người.
        2. Hội thảo chuyển đổi số doanh nghiệp
        + Đơn vị chủ trì: Sở Kế hoạch và Đầu tư.
        + Đơn vị phối hợp: Sở Tài chính, Hiệp hội doanh nghiệp tỉnh.
        + Thời gian: Buổi sáng ngày 03/10/2023.
        + Kinh phí: 120.000.000 đồng (Chi tiết tại Phụ lục 01).
        3. Triển lãm sản phẩm số
        + Đơn vị chủ trì: Sở Thông tin và Truyền thông.
        + Thời gian: Quý IV/2023.
        5. Tổng kết
        + Đơn vị chủ trì: Sở Thông tin và Truyền thông.
        + Thời gian: chậm nhất ngày 30/11/2023.

        IV. KINH PHÍ
        Tổng kinh phí: khoảng 1.000 đồng.

        V. TỔ CHỨC THỰC HIỆN
        1. Sở Thông tin và Truyền thông: chủ trì tổ chức; tổng hợp báo cáo UBND tỉnh trước ngày 15/12/2023.
        2. Các sở, ban ngành, UBND các huyện, thị xã, thành phố: phối hợp thực hiện.

        Nơi nhận:
        - Bộ TT&TT;
        - Lưu: VT, KGVX.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH

        Đặng Văn Minh

        PHỤ LỤC 01
        DỰ TOÁN KINH PHÍ HỘI THẢO
        STT	Nội dung	Đơn vị tính	Số lượng	Đơn giá	Thành tiền
        1	Thuê hội trường	Ngày	1	20.000.000	20.000.000
        2	Tài liệu	Bộ	200	500.000	100.000.000
        	Tổng cộng				120.000.000
        """;

    [Fact]
    public void A_plan_written_in_another_province_s_style_is_read()
    {
        var plan = Parse(OtherProvince);

        Assert.Equal(("UỶ BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "115/KH-UBND", "Quảng Ngãi"), (plan.Issuer, plan.DocumentNumber, plan.Place));
        Assert.Equal(new PartialDate(2023, 7, 13), plan.IssuedOn);
        Assert.Equal("Tổ chức Tuần lễ chuyển đổi số tỉnh Quảng Ngãi năm 2023", plan.Title);
        Assert.Equal("Chuyển đổi số - Đổi mới để phát triển", plan.Theme);
        Assert.Equal(["505/QĐ-TTg"], plan.LegalBases.Select(b => b.Symbol));
        Assert.Equal(["45/TTr-STTTT"], plan.Proposals.Select(b => b.Symbol));
        Assert.Equal("Giám đốc Sở Thông tin và Truyền thông", plan.Proposals[0].Issuer);
        Assert.Equal(["Nâng cao nhận thức về chuyển đổi số."], plan.Purposes);

        Assert.Equal(["1", "2", "3", "5"], plan.Activities.Select(a => a.Label));
        var opening = plan.Activities[0];
        Assert.Equal(["so-tttt"], Keys(opening.Lead));
        Assert.Equal(["van-phong-ubnd"], Keys(opening.Coordinating));
        Assert.Equal(new TimeOnly(19, 30), opening.Time!.StartTime);
        Assert.Equal("Quảng trường Phạm Văn Đồng", opening.Location);
        Assert.Equal(500, opening.ParticipantCount);
        var workshop = plan.Activities[1];
        Assert.Equal(["so-khdt"], Keys(workshop.Lead));
        Assert.Equal(["so-tai-chinh", "?Hiệp hội doanh nghiệp tỉnh"], Keys(workshop.Coordinating));
        Assert.Equal("Buổi sáng", workshop.Time!.Session);
        Assert.Equal(new Money(120_000_000), workshop.BudgetAmount);
        Assert.Equal("Phụ lục 1", workshop.BudgetAppendix);
        Assert.Equal(new PartialDate(2023, quarter: 4), plan.Activities[2].Time!.Start);

        // "Tổng kinh phí: khoảng 1.000 đồng" is flagged and not believed, so it is not compared with the activities.
        Assert.Null(plan.BudgetSection!.StatedTotal);
        Assert.Equal("1.000 đồng", plan.BudgetSection.StatedTotalText);
        Assert.Contains(plan.Findings, f => f.Code == "truncated-amount" && f.Line == LineOf(OtherProvince, "Tổng kinh phí"));
        Assert.DoesNotContain(plan.Findings, f => f.Code == "plan-total-mismatch");
        Assert.Contains(plan.Findings, f => f.Code == "numbering-gap" && f.Line == LineOf(OtherProvince, "5. Tổng kết"));

        Assert.Equal([new PartialDate(2023, 11, 30), new PartialDate(2023, 12, 15)], plan.Deadlines.Select(d => d.Due));
        Assert.Equal([["cac-so-nganh", "ubnd-cap-huyen"]], plan.Responsibilities.Skip(1).Select(r => Keys(r.Units)));
        Assert.Equal(new ParsedSigner("TM. ỦY BAN NHÂN DÂN", null, "CHỦ TỊCH", "Đặng Văn Minh", LineOf(OtherProvince, "TM. ỦY BAN")), plan.Signer);
        var budget = Assert.Single(plan.BudgetTables);
        Assert.Equal(("Phụ lục 1", 120_000_000L), (budget.Label!, budget.ComputedTotal!.Value.Dong));
        Assert.DoesNotContain(plan.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Reader_errors_stop_the_parser_and_an_empty_document_is_an_error()
    {
        var legacy = PlanDocumentParser.Parse(TextDocumentReader.Read("cu.txt", Encoding.Latin1.GetBytes("Céng hoµ x· héi chñ nghÜa ViÖt Nam\nKÕ ho¹ch tæ chøc c¸c ho¹t ®éng\n")));
        var empty = PlanDocumentParser.Parse(new SourceDocument("x.txt", DocumentFormat.Text, [], []));
        var docxLegacy = PlanDocumentParser.Parse(new SourceDocument("cu.docx", DocumentFormat.Docx,
            [new SourceParagraph(1, "Céng hoµ x· héi chñ nghÜa ViÖt Nam §éc lËp - Tù do - H¹nh phóc KÕ ho¹ch tæ chøc c¸c ho¹t ®éng")], []));

        Assert.Equal("legacy-encoding", Assert.Single(legacy.Findings).Code);
        Assert.Equal("empty", Assert.Single(empty.Findings).Code);
        Assert.Equal("legacy-encoding", Assert.Single(docxLegacy.Findings).Code);
        Assert.All(new[] { legacy, empty, docxLegacy }, p => Assert.False(p.IsPlan));
    }
}
