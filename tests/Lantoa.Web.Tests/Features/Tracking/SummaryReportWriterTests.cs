using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantoa.Domain.Dates;
using Lantoa.Web.Features.Documents;
using Lantoa.Web.Features.Tracking.Reports;
using Lantoa.Web.Tests.Features.Documents;

namespace Lantoa.Web.Tests.Features.Tracking;

/// <summary>
/// The summary report of the Long An 2024 DX Day plan (five activities, figures from a few units, two late units) written
/// as a Decree 30/2020 .docx and opened back with DocumentFormat.OpenXml, then by LibreOffice. No database.
/// </summary>
public class SummaryReportWriterTests
{
    private static readonly Lazy<byte[]> LongAnDocx = new(() => SummaryReportWriter.Write(LongAnReport.Document()));

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static Body BodyOf(WordprocessingDocument doc) => doc.MainDocumentPart!.Document.Body!;

    /// <summary>The texts of the body's own paragraphs (not those in tables), empty ones left out.</summary>
    private static List<string> BodyTexts(WordprocessingDocument doc) =>
        BodyOf(doc).Elements<Paragraph>().Select(PlanDocxWriterTests.TextOf).Where(t => t.Length > 0).ToList();

    private static List<List<string>> Cells(Table table) =>
        table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => PlanDocxWriterTests.TextOf(c)).ToList()).ToList();

    /// <summary>The first bordered table after the paragraph whose text starts with <paramref name="text"/>.</summary>
    private static Table TableAfter(WordprocessingDocument doc, string text) =>
        BodyOf(doc).Elements<Paragraph>().First(p => PlanDocxWriterTests.TextOf(p).StartsWith(text, StringComparison.Ordinal))
            .ElementsAfter().OfType<Table>().First();

    private static bool IsBold(Run r) => r.RunProperties?.Bold is not null;

    /// <summary>The properties of the section an element is in: its own or the next paragraph-held sectPr, else the body's last.</summary>
    private static SectionProperties SectionOf(OpenXmlElement element) =>
        new[] { element }.Concat(element.ElementsAfter())
            .Select(e => e as SectionProperties ?? (e as Paragraph)?.ParagraphProperties?.GetFirstChild<SectionProperties>())
            .First(s => s is not null)!;

    [Fact]
    public void The_report_is_valid_ooxml() => PlanDocxWriterTests.AssertValidOoxml(LongAnDocx.Value);

    [Fact]
    public void The_header_names_the_department_under_its_province_with_a_blank_number_and_the_date()
    {
        using var doc = Open(LongAnDocx.Value);
        var header = BodyOf(doc).Elements<Table>().First();
        var texts = header.Descendants<Paragraph>().Select(PlanDocxWriterTests.TextOf).Where(t => t.Length > 0).ToList();
        Assert.Equal(
            ["UBND TỈNH LONG AN", "SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Số:         /BC-STTTT", "Long An, ngày 05 tháng 11 năm 2024"],
            texts);
        Assert.Equal("Báo cáo kết quả thực hiện Kế hoạch số 140/KH-UBND ngày 20/9/2024 của UBND tỉnh về " + LongAnSeed.Subject[0..1].ToLowerInvariant() + LongAnSeed.Subject[1..],
            doc.PackageProperties.Title);
    }

    [Fact]
    public void The_title_is_bao_cao_with_the_subject_citing_the_plan()
    {
        using var doc = Open(LongAnDocx.Value);
        var paragraphs = BodyOf(doc).Elements<Paragraph>().ToList();
        var title = paragraphs.First(p => PlanDocxWriterTests.TextOf(p) == "BÁO CÁO");
        Assert.All(title.Elements<Run>(), r => Assert.True(IsBold(r)));
        Assert.Equal("Centered", title.ParagraphProperties?.ParagraphStyleId?.Val?.Value);

        var subject = PlanDocxWriterTests.TextOf(title.ElementsAfter().OfType<Paragraph>().First());
        Assert.Equal(
            "Kết quả thực hiện Kế hoạch số 140/KH-UBND ngày 20/9/2024 của UBND tỉnh về tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia trên địa bàn tỉnh Long An năm 2024",
            subject);
        Assert.Contains("Kế hoạch số", subject);
        Assert.True(subject.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void The_sections_come_in_the_decree_order_and_the_report_closes_with_the_end_mark()
    {
        using var doc = Open(LongAnDocx.Value);
        var texts = BodyTexts(doc);
        string[] expected =
        [
            "BÁO CÁO",
            "Thực hiện Kế hoạch số 140/KH-UBND ngày 20/9/2024 của UBND tỉnh về tổ chức các hoạt động",
            "I. KẾT QUẢ THỰC HIỆN",
            "1. Tổ chức các hoạt động truyền thông",
            "2. Họp mặt đại diện Tổ Công nghệ số cộng đồng toàn tỉnh",
            "3. Tổ chức triển lãm, trưng bày",
            "4. Tổ chức cuộc thi trực tuyến",
            "5. Tổ chức Ngày hội thanh niên chuyển đổi số",
            "II. ĐÁNH GIÁ CHUNG",
            "1. Ưu điểm",
            "2. Tồn tại, hạn chế",
            "III. ĐƠN VỊ CHẬM BÁO CÁO",
            "IV. ĐỀ XUẤT, KIẾN NGHỊ",
            "Trên đây là báo cáo kết quả thực hiện Kế hoạch số 140/KH-UBND",
        ];
        var at = 0;
        foreach (var e in expected)
        {
            var found = texts.FindIndex(at, t => t.StartsWith(e, StringComparison.Ordinal));
            Assert.True(found >= 0, $"\"{e}\" not found after paragraph {at}");
            at = found + 1;
        }

        Assert.EndsWith("năm 2024, Sở Thông tin và Truyền thông kính báo cáo UBND tỉnh./.", texts[at - 1]);
        var part = BodyOf(doc).Elements<Paragraph>().First(p => PlanDocxWriterTests.TextOf(p) == "I. KẾT QUẢ THỰC HIỆN");
        Assert.Equal("Part", part.ParagraphProperties?.ParagraphStyleId?.Val?.Value);

        // "Nơi nhận" and the signature close the document.
        var signature = BodyOf(doc).Elements<Table>().Last();
        var signatureText = PlanDocxWriterTests.TextOf(signature);
        Assert.Contains("Nơi nhận:", signatureText);
        Assert.Contains("- UBND tỉnh (b/c);", signatureText);
        Assert.Contains("- Lưu: VT, CĐS.", signatureText);
        Assert.Contains("KT. GIÁM ĐỐC", signatureText);
        Assert.Contains("Nguyễn Văn An", signatureText);
    }

    [Fact]
    public void Each_activity_tells_where_its_units_stand_and_prefixes_narratives_with_the_unit_when_several_reported()
    {
        using var doc = Open(LongAnDocx.Value);
        var texts = BodyTexts(doc);
        var media = texts.FindIndex(t => t == "1. Tổ chức các hoạt động truyền thông");
        Assert.Equal("Tình hình thực hiện (18 đơn vị): 12 hoàn thành, 4 đang thực hiện, 2 chưa báo cáo.", texts[media + 1]);
        Assert.StartsWith("- Sở Thông tin và Truyền thông: Đăng tải 45 tin, bài", texts[media + 2]);
        Assert.StartsWith("- Báo Long An: ", texts[media + 3]);
        // A narrative of two paragraphs: only its first carries the unit.
        Assert.StartsWith("Phối hợp với các doanh nghiệp viễn thông", texts[media + 5]);

        // Activity 3: only the department reported, no prefix.
        var fair = texts.FindIndex(t => t.StartsWith("3. Tổ chức triển lãm", StringComparison.Ordinal));
        Assert.Equal("Tình hình thực hiện (1 đơn vị): 1 hoàn thành, 0 đang thực hiện, 0 chưa báo cáo.", texts[fair + 1]);
        Assert.StartsWith("Phối hợp với VNPT Long An, Viettel Long An", texts[fair + 2]);

        // Activity 5 has a unit that had not started and one that gave up.
        Assert.Contains("Tình hình thực hiện (15 đơn vị): 11 hoàn thành, 1 đang thực hiện, 1 chưa bắt đầu, 1 không thực hiện, 1 chưa báo cáo.", texts);
    }

    [Fact]
    public void The_figures_table_has_a_column_per_figure_with_its_unit_and_a_total_row()
    {
        using var doc = Open(LongAnDocx.Value);
        var table = TableAfter(doc, "1. Tổ chức các hoạt động truyền thông");
        var cells = Cells(table);
        Assert.Equal(["Đơn vị", "Số bài viết (bài)", "Số băng rôn, khẩu hiệu (cái)", "Ghi chú"], cells[0]);
        Assert.Equal(["Sở Thông tin và Truyền thông", "45", "120", "Chuyên trang Chuyển đổi số"], cells[1]);
        Assert.Equal(["Báo Long An", "38", "", ""], cells[2]);
        Assert.Equal(["Tổng cộng", "121", "325", ""], cells[^1]);

        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(rows[^1].Descendants<Run>(), r => Assert.True(IsBold(r)));
        Assert.Equal(BorderValues.Single, table.GetFirstChild<TableProperties>()!.TableBorders!.InsideVerticalBorder!.Val!.Value);

        // Thousands with a dot, as Vietnamese documents write them.
        var quiz = Cells(TableAfter(doc, "4. Tổ chức cuộc thi trực tuyến"));
        Assert.Equal(["Đơn vị", "Số người tham dự (người)", "Số bài dự thi (bài)", "Ghi chú"], quiz[0]);
        Assert.Equal(["Tổng cộng", "15.230", "18.412", ""], quiz[^1]);

        var households = Cells(TableAfter(doc, "2. Họp mặt đại diện"));
        Assert.Equal(["Đơn vị", "Số người tham dự (người)", "Số hộ được hướng dẫn (hộ)", "Ghi chú"], households[0]);
        Assert.Equal(["Tổng cộng", "1.070", "12.850", ""], households[^1]);
    }

    [Fact]
    public void The_late_units_table_lists_each_unit_with_its_due_date_and_days_late()
    {
        using var doc = Open(LongAnDocx.Value);
        var cells = Cells(TableAfter(doc, "III. ĐƠN VỊ CHẬM BÁO CÁO"));
        Assert.Equal(["STT", "Đơn vị", "Nội dung phải báo cáo", "Hạn", "Số ngày chậm"], cells[0]);
        Assert.Equal(["1", "UBND huyện Tân Hưng", "Xây dựng và gửi kế hoạch tổ chức các hoạt động cấp huyện", "15/9/2024", "51"], cells[1]);
        Assert.Equal(["2", "UBND thị xã Kiến Tường", "Báo cáo kết quả thực hiện Kế hoạch", "31/10/2024", "5"], cells[2]);
        Assert.Equal(3, cells.Count);
    }

    [Fact]
    public void Pages_are_a4_portrait_with_the_decree_margins_and_no_number_on_the_first_page()
    {
        using var doc = Open(LongAnDocx.Value);
        var sections = BodyOf(doc).Descendants<SectionProperties>().ToList();
        var section = Assert.Single(sections);
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(1701u, section.GetFirstChild<PageMargin>()!.Left!.Value);
        Assert.NotNull(section.GetFirstChild<TitlePage>());
    }

    private static readonly FigureTable WideTable = new(
        new[] { "Số bài viết", "Số tin", "Số phóng sự", "Số tọa đàm", "Số băng rôn", "Số pa nô" }.Select(n => new FigureColumn(n, "cái")).ToList(),
        [new FigureRow("Báo Long An", [1, 2, 3, 4, 5, 6]), new FigureRow("Đài Phát thanh và Truyền hình Long An", [10, 20, 30, 40, 50, 60], "Phát sóng")]);

    private static PageOrientationValues OrientationOf(WordprocessingDocument doc, string paragraph) =>
        SectionOf(BodyOf(doc).Elements<Paragraph>().First(p => PlanDocxWriterTests.TextOf(p).StartsWith(paragraph, StringComparison.Ordinal)))
            .GetFirstChild<PageSize>()!.Orient!.Value;

    [Fact]
    public void A_wide_figures_table_gets_a_landscape_page_and_the_report_goes_on_in_portrait()
    {
        var longAn = LongAnReport.Document();
        var report = longAn with { Activities = [longAn.Activities[0] with { Figures = WideTable }, .. longAn.Activities.Skip(1)] };
        using var doc = Open(SummaryReportWriter.Write(report));
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));

        // The heading and the narratives stay in portrait; the table and its lead-in go on a landscape page, full width.
        Assert.Equal(PageOrientationValues.Portrait, OrientationOf(doc, "1. Tổ chức các hoạt động truyền thông"));
        Assert.Equal(PageOrientationValues.Portrait, OrientationOf(doc, "Phối hợp với các doanh nghiệp viễn thông"));
        var table = TableAfter(doc, "1. Tổ chức các hoạt động truyền thông");
        Assert.Equal(PageOrientationValues.Landscape, SectionOf(table).GetFirstChild<PageSize>()!.Orient!.Value);
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().ToList();
        Assert.Equal(8, grid.Count);
        Assert.Equal(16838 - 1701 - 850, grid.Sum(c => int.Parse(c.Width!.Value!)));
        Assert.Equal(["Tổng cộng", "11", "22", "33", "44", "55", "66", ""], Cells(table)[^1]);
        Assert.Equal(PageOrientationValues.Portrait, OrientationOf(doc, "2. Họp mặt đại diện"));
        Assert.Equal(["P", "L", "P"], BodyOf(doc).Descendants<SectionProperties>()
            .Select(s => s.GetFirstChild<PageSize>()!.Orient!.Value == PageOrientationValues.Landscape ? "L" : "P"));
    }

    [Fact]
    public void An_activity_that_is_only_a_wide_table_takes_its_heading_onto_the_landscape_page()
    {
        var report = LongAnReport.Document() with { Activities = [new ActivityResult("1", "Tổ chức các hoạt động truyền thông") { Figures = WideTable }] };
        using var doc = Open(SummaryReportWriter.Write(report));
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
        Assert.Equal(PageOrientationValues.Landscape, OrientationOf(doc, "I. KẾT QUẢ THỰC HIỆN"));
        Assert.Equal(PageOrientationValues.Landscape, OrientationOf(doc, "1. Tổ chức các hoạt động truyền thông"));
        Assert.Equal(PageOrientationValues.Portrait, OrientationOf(doc, "II. ĐÁNH GIÁ CHUNG"));
        Assert.Equal(3, BodyOf(doc).Descendants<SectionProperties>().Count());
    }

    [Fact]
    public void Parts_are_renumbered_over_those_with_content_and_a_draft_plan_leaves_its_number_blank()
    {
        var plan = new ReportedPlan(LongAnSeed.Subject) { NumberSymbol = "/KH-UBND", IssuedOn = new PartialDate(2024, 9), IssuerShortName = "UBND tỉnh" };
        var report = LongAnReport.Document() with
        {
            Subject = SummaryReportDocument.SubjectFor(plan),
            LateUnits = [],
            LateIntroduction = null,
            Strengths = [],
            Limitations = [" "],
        };
        Assert.StartsWith("Kết quả thực hiện Kế hoạch số      /KH-UBND ngày     /9/2024 của UBND tỉnh về tổ chức", report.Subject);
        Assert.Equal(["I. KẾT QUẢ THỰC HIỆN", "II. ĐỀ XUẤT, KIẾN NGHỊ"], report.Parts().Select(p => $"{p.Numeral}. {p.Heading}"));

        using var doc = Open(SummaryReportWriter.Write(report));
        var texts = BodyTexts(doc);
        Assert.Contains("II. ĐỀ XUẤT, KIẾN NGHỊ", texts);
        Assert.DoesNotContain(texts, t => t.Contains("ĐÁNH GIÁ CHUNG", StringComparison.Ordinal) || t.Contains("CHẬM BÁO CÁO", StringComparison.Ordinal));
    }

    [Fact]
    public void Texts_are_written_as_given_in_nfc()
    {
        var decomposed = "Đã hướng dẫn 5 * 3 = 15 hộ; *không* in nghiêng".Normalize(NormalizationForm.FormD);
        var report = LongAnReport.Document() with { Proposals = [decomposed] };
        using var doc = Open(SummaryReportWriter.Write(report));
        var paragraph = BodyOf(doc).Elements<Paragraph>().First(p => PlanDocxWriterTests.TextOf(p).StartsWith("Đã hướng dẫn", StringComparison.Ordinal));
        Assert.Equal(decomposed.Normalize(NormalizationForm.FormC), PlanDocxWriterTests.TextOf(paragraph));
        Assert.All(paragraph.Elements<Run>(), r => Assert.Null(r.RunProperties?.Italic));
    }

    [Fact]
    public void The_status_line_and_totals_skip_what_is_not_counted()
    {
        Assert.Equal("Tình hình thực hiện (3 đơn vị): 3 hoàn thành, 0 đang thực hiện, 0 chưa báo cáo.", new UnitStatusCounts(3, 0, 0).Describe());
        var table = new FigureTable(
            [new FigureColumn("Số bài viết", "bài"), new FigureColumn("Tỷ lệ trường được tuyên truyền", "%") { Summed = false }, new FigureColumn("Số tin")],
            [new FigureRow("A", [2, 50, null]), new FigureRow("B", [3.5m])]);
        Assert.Equal([5.5m, null, null], table.Totals());
        Assert.Equal("Tỷ lệ trường được tuyên truyền (%)", table.Columns[1].Header());
        Assert.Equal("Số tin", table.Columns[2].Header());
        Assert.Equal("5,5", DocxText.Number(5.5m));
    }

    /// <summary>LibreOffice opens the report and lays it out on at least one page (LANTOA_DOCX_KEEP keeps the files).</summary>
    [Fact]
    public async Task LibreOffice_converts_the_report_to_a_pdf()
    {
        var pages = await LibreOffice.PdfPagesAsync(LongAnDocx.Value, "longan-2024-ngay-cds-bao-cao.docx");
        Assert.True(pages >= 1, $"the PDF has {pages} page(s)");
    }
}

/// <summary>
/// The summary report of the Long An 2024 DX Day plan as the department of information and communications would send it
/// to the province on 5 November 2024: its five activities with the units' narratives and figures, two units late.
/// The plan's number and day (140/KH-UBND, 20/9/2024) are test values: the seed document leaves them blank.
/// </summary>
internal static class LongAnReport
{
    private const string Dx = "Sở Thông tin và Truyền thông";

    public static readonly ReportedPlan Plan = new(LongAnSeed.Subject)
    {
        NumberSymbol = "140/KH-UBND",
        IssuedOn = new PartialDate(2024, 9, 20),
        IssuerShortName = "UBND tỉnh",
    };

    public static SummaryReportDocument Document() => new()
    {
        ParentBody = "UBND TỈNH LONG AN",
        IssuingBody = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        NumberSymbol = "/BC-STTTT",
        Place = "Long An",
        IssuedOn = new PartialDate(2024, 11, 5),
        Subject = SummaryReportDocument.SubjectFor(Plan),
        Introduction = [SummaryReportDocument.IntroductionFor(Plan, Dx)],
        Activities =
        [
            new ActivityResult("1", "Tổ chức các hoạt động truyền thông")
            {
                Status = new UnitStatusCounts(12, 4, 2),
                Narratives =
                [
                    new UnitNarrative(Dx, "Đăng tải 45 tin, bài về Ngày Chuyển đổi số quốc gia trên chuyên trang Chuyển đổi số của tỉnh; treo 120 băng rôn, khẩu hiệu tại các tuyến đường trọng điểm."),
                    new UnitNarrative("Báo Long An", "Mở chuyên mục “Chuyển đổi số” trên báo in và báo điện tử, đăng 38 bài viết trong đợt cao điểm từ ngày 01/10/2024 đến ngày 10/10/2024."),
                    new UnitNarrative("UBND huyện Đức Hòa", "Treo 205 băng rôn, khẩu hiệu tại trụ sở UBND các xã, thị trấn.\nPhối hợp với các doanh nghiệp viễn thông tuyên truyền qua tin nhắn đến thuê bao trên địa bàn huyện."),
                ],
                Figures = new FigureTable(
                    [new FigureColumn("Số bài viết", "bài"), new FigureColumn("Số băng rôn, khẩu hiệu", "cái")],
                    [
                        new FigureRow(Dx, [45, 120], "Chuyên trang Chuyển đổi số"),
                        new FigureRow("Báo Long An", [38, null]),
                        new FigureRow("Đài Phát thanh và Truyền hình Long An", [26, null], "Phóng sự, tọa đàm"),
                        new FigureRow("UBND huyện Đức Hòa", [12, 205]),
                    ]),
            },
            new ActivityResult("2", "Họp mặt đại diện Tổ Công nghệ số cộng đồng toàn tỉnh; phát động ra quân năm 2024")
            {
                Status = new UnitStatusCounts(13, 2, 1),
                Narratives =
                [
                    new UnitNarrative(Dx, "Tổ chức họp mặt đại diện Tổ Công nghệ số cộng đồng toàn tỉnh ngày 10/10/2024 tại Hội trường UBND tỉnh với 400 đại biểu; khen thưởng 15 tập thể và 30 cá nhân tiêu biểu."),
                    new UnitNarrative("UBND huyện Cần Giuộc", "Ra quân tại 15 xã, thị trấn; Tổ Công nghệ số cộng đồng hướng dẫn người dân cài đặt, kích hoạt định danh điện tử mức độ 2 và ứng dụng “Long An Số”."),
                    new UnitNarrative("UBND huyện Bến Lức", "Ra quân đồng loạt tại 15 xã, thị trấn vào ngày 12/10/2024."),
                ],
                Figures = new FigureTable(
                    [new FigureColumn("Số người tham dự", "người"), new FigureColumn("Số hộ được hướng dẫn", "hộ")],
                    [
                        new FigureRow(Dx, [400, null], "Họp mặt cấp tỉnh"),
                        new FigureRow("UBND huyện Cần Giuộc", [350, 6_420]),
                        new FigureRow("UBND huyện Bến Lức", [320, 6_430]),
                    ]),
            },
            new ActivityResult("3", "Tổ chức triển lãm, trưng bày, giới thiệu các giải pháp, sản phẩm công nghệ thông tin phục vụ chuyển đổi số")
            {
                Status = new UnitStatusCounts(1, 0, 0),
                Narratives =
                [
                    new UnitNarrative(Dx, "Phối hợp với VNPT Long An, Viettel Long An, MobiFone tỉnh Long An và FPT Long An trưng bày 12 gian giới thiệu giải pháp, sản phẩm công nghệ số tại Trung tâm Văn hóa Nghệ thuật tỉnh."),
                ],
                Figures = new FigureTable(
                    [new FigureColumn("Số gian trưng bày", "gian"), new FigureColumn("Số lượt khách tham quan", "lượt")],
                    [new FigureRow(Dx, [12, 1_850])]),
            },
            new ActivityResult("4", "Tổ chức cuộc thi trực tuyến tìm hiểu về chuyển đổi số, an toàn, an ninh thông tin trên không gian mạng")
            {
                Status = new UnitStatusCounts(1, 0, 0),
                Narratives =
                [
                    new UnitNarrative("Tỉnh Đoàn", "Tổ chức cuộc thi trắc nghiệm trực tuyến trên ứng dụng “Long An Số” từ ngày 23/9/2024 đến ngày 07/10/2024; trao 01 giải nhất, 02 giải nhì, 03 giải ba và 10 giải khuyến khích."),
                ],
                Figures = new FigureTable(
                    [new FigureColumn("Số người tham dự", "người"), new FigureColumn("Số bài dự thi", "bài")],
                    [new FigureRow("Tỉnh Đoàn", [15_230, 18_412], "Thi trực tuyến")]),
            },
            new ActivityResult("5", "Tổ chức Ngày hội thanh niên chuyển đổi số chào mừng Ngày Chuyển đổi số quốc gia 10/10/2024")
            {
                Status = new UnitStatusCounts(11, 1, 1) { NotStarted = 1, NotDone = 1 },
                Narratives =
                [
                    new UnitNarrative("Tỉnh Đoàn", "Tổ chức Ngày hội thanh niên chuyển đổi số tại Quảng trường tỉnh ngày 06/10/2024."),
                    new UnitNarrative("Huyện Đoàn Thủ Thừa", "Đoàn viên, thanh niên hướng dẫn người dân thanh toán không dùng tiền mặt tại chợ Thủ Thừa."),
                ],
                Figures = new FigureTable(
                    [new FigureColumn("Số người tham dự", "người"), new FigureColumn("Số hộ được hướng dẫn", "hộ")],
                    [
                        new FigureRow("Tỉnh Đoàn", [1_200, 860]),
                        new FigureRow("Huyện Đoàn Thủ Thừa", [150, 340]),
                    ]),
            },
        ],
        Strengths =
        [
            "Các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia được triển khai đồng bộ từ tỉnh đến cơ sở, thu hút đông đảo người dân, doanh nghiệp tham gia; công tác tuyên truyền được thực hiện đa dạng trên các phương tiện thông tin đại chúng và nền tảng số.",
            "Tổ Công nghệ số cộng đồng phát huy vai trò hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.",
        ],
        Limitations =
        [
            "Một số đơn vị chưa gửi báo cáo đúng hạn; số liệu báo cáo của một số địa phương chưa đầy đủ, chưa phản ánh hết kết quả thực hiện.",
        ],
        LateIntroduction = "Đến ngày 05/11/2024, còn 02 đơn vị chưa gửi báo cáo theo yêu cầu của Kế hoạch:",
        LateUnits =
        [
            new LateReport("UBND huyện Tân Hưng", "Xây dựng và gửi kế hoạch tổ chức các hoạt động cấp huyện", new DateOnly(2024, 9, 15), 51),
            new LateReport("UBND thị xã Kiến Tường", "Báo cáo kết quả thực hiện Kế hoạch", new DateOnly(2024, 10, 31), 5),
        ],
        Proposals =
        [
            "Đề nghị UBND tỉnh chỉ đạo UBND huyện Tân Hưng, UBND thị xã Kiến Tường khẩn trương gửi báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông để tổng hợp.",
            "Đề nghị các sở, ngành, địa phương tiếp tục duy trì hoạt động của Tổ Công nghệ số cộng đồng sau đợt cao điểm.",
        ],
        Closing = [SummaryReportDocument.ClosingFor(Plan, Dx, "UBND tỉnh")],
        Recipients = ["UBND tỉnh (b/c);", "Bộ Thông tin và Truyền thông (b/c);", "Ban Giám đốc Sở;", "Lưu: VT, CĐS."],
        Signer = new SignatureBlock(null, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"),
    };
}
