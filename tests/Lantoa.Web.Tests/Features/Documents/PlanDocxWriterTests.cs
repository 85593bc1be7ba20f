using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Dates;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Tests;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Documents;

namespace Lantoa.Web.Tests.Features.Documents;

/// <summary>
/// The .docx export of a plan in the Decree 30/2020 layout, written from the Long An 2024 DX Day plan (the seed document,
/// with its four budget appendices read by <see cref="EstimateTableReader"/>) and opened back with DocumentFormat.OpenXml.
/// No database.
/// </summary>
public class PlanDocxWriterTests
{
    private static readonly Lazy<byte[]> LongAnDocx = new(() => PlanDocxWriter.Write(LongAnSeed.Document()));

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    internal static string TextOf(OpenXmlElement e) =>
        string.Concat(e.Descendants().Select(d => d switch
        {
            Text t => t.Text,
            Break => "\n",
            _ => "",
        }));

    private static List<Paragraph> BodyParagraphs(WordprocessingDocument doc) =>
        doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();

    private static List<string> BodyTexts(WordprocessingDocument doc) =>
        BodyParagraphs(doc).Select(TextOf).Where(t => t.Length > 0).ToList();

    private static string Collapse(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    private static bool IsBold(Run r) => r.RunProperties?.Bold is not null;

    private static bool IsItalic(Run r) => r.RunProperties?.Italic is not null;

    /// <summary>A plan written without an imported document: a deadline whose words start in lower case opens its own sentence.</summary>
    [Fact]
    public void The_closing_paragraph_never_starts_a_sentence_in_lower_case()
    {
        var plan = new Plan(1, "Tập huấn kỹ năng số năm 2025", PlanKind.Other, 2025, DateTimeOffset.UnixEpoch);
        plan.AddDeadline(new PlanDeadline(new DateOnly(2025, 11, 30), "báo cáo kết quả về UBND tỉnh", null));
        var closing = Assert.Single(PlanDocument.From(plan, []).Closing);
        Assert.Equal("Trên đây là Kế hoạch tập huấn kỹ năng số năm 2025. Báo cáo kết quả về UBND tỉnh trước ngày 30/11/2025./.", closing);
    }

    [Fact]
    public void The_document_is_valid_ooxml() => AssertValidOoxml(LongAnDocx.Value);

    /// <summary>No validation error for Office 2010 nor Office 2019; the first twenty listed otherwise.</summary>
    internal static void AssertValidOoxml(byte[] docx)
    {
        using var doc = Open(docx);
        foreach (var version in new[] { FileFormatVersions.Office2010, FileFormatVersions.Office2019 })
        {
            var errors = new OpenXmlValidator(version).Validate(doc).ToList();
            Assert.True(errors.Count == 0,
                $"{version}: " + string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        }
    }

    [Fact]
    public void Pages_are_A4_with_the_decree_margins_and_a_title_page_without_number()
    {
        using var doc = Open(LongAnDocx.Value);
        var sections = doc.MainDocumentPart!.Document.Body!.Descendants<SectionProperties>().ToList();
        Assert.True(sections.Count >= 2);
        foreach (var s in sections)
        {
            var size = s.GetFirstChild<PageSize>()!;
            var portrait = size.Orient is null || size.Orient.Value == PageOrientationValues.Portrait;
            Assert.Equal(portrait ? 11906u : 16838u, size.Width!.Value);
            Assert.Equal(portrait ? 16838u : 11906u, size.Height!.Value);
            var margin = s.GetFirstChild<PageMargin>()!;
            Assert.Equal(1134, margin.Top!.Value);      // 20 mm
            Assert.Equal(1134, margin.Bottom!.Value);   // 20 mm
            Assert.Equal(1701u, margin.Left!.Value);    // 30 mm
            Assert.Equal(850u, margin.Right!.Value);    // 15 mm
        }

        // The first section: different first page, whose header is empty; the others show the PAGE field, centred.
        var first = sections[0];
        Assert.NotNull(first.GetFirstChild<TitlePage>());
        var main = doc.MainDocumentPart;
        var firstHeader = (HeaderPart)main.GetPartById(first.Elements<HeaderReference>().Single(h => h.Type!.Value == HeaderFooterValues.First).Id!.Value!);
        Assert.Equal("", TextOf(firstHeader.Header));
        Assert.DoesNotContain(firstHeader.Header.Descendants<FieldCode>(), f => f.Text.Contains("PAGE"));
        foreach (var s in sections)
        {
            var id = s.Elements<HeaderReference>().Single(h => h.Type!.Value == HeaderFooterValues.Default).Id!.Value!;
            var header = (HeaderPart)main.GetPartById(id);
            Assert.Contains(header.Header.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");
        }

        Assert.Equal(1, sections.Count(s => s.GetFirstChild<TitlePage>() is not null));
    }

    [Fact]
    public void Fonts_are_times_new_roman_black_and_the_body_is_14pt_justified_with_a_1cm_indent()
    {
        using var doc = Open(LongAnDocx.Value);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var fonts = defaults.RunFonts!;
        Assert.Equal("Times New Roman", fonts.Ascii!.Value);
        Assert.Equal("Times New Roman", fonts.HighAnsi!.Value);
        Assert.Equal("Times New Roman", fonts.ComplexScript!.Value);
        Assert.Equal("000000", defaults.Color!.Val!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);

        // No run, style or part names another font or colour.
        var allRunFonts = doc.MainDocumentPart.Document.Descendants<RunFonts>().Concat(styles.Descendants<RunFonts>()).ToList();
        Assert.All(allRunFonts, f => Assert.Equal("Times New Roman", f.Ascii?.Value ?? "Times New Roman"));
        Assert.DoesNotContain(doc.MainDocumentPart.Document.Descendants<Color>(), c => c.Val?.Value is not ("000000" or "auto"));

        var body = styles.Elements<Style>().Single(s => s.StyleId == "Body");
        var pPr = body.StyleParagraphProperties!;
        Assert.Equal(JustificationValues.Both, pPr.Justification!.Val!.Value);
        Assert.Equal("567", pPr.Indentation!.FirstLine!.Value);
        Assert.Equal("120", pPr.SpacingBetweenLines!.After!.Value);

        var legal = BodyParagraphs(doc).First(p => TextOf(p).StartsWith("Căn cứ Quyết định số 505/QĐ-TTg", StringComparison.Ordinal));
        Assert.Equal("Body", legal.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
    }

    [Fact]
    public void The_header_is_a_borderless_two_column_table_with_body_number_nation_motto_and_date()
    {
        using var doc = Open(LongAnDocx.Value);
        var body = doc.MainDocumentPart!.Document.Body!;
        var header = Assert.IsType<Table>(body.ChildElements.First());
        Assert.All(header.GetFirstChild<TableProperties>()!.TableBorders!.Elements<BorderType>(), b => Assert.Equal(BorderValues.None, b.Val!.Value));
        Assert.Equal(2, header.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        var rows = header.Elements<TableRow>().ToList();
        Assert.Equal(2, rows.Count);

        var left = rows[0].Elements<TableCell>().First().Elements<Paragraph>().Select(TextOf).Where(t => t.Length > 0).ToList();
        Assert.Equal(["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"], left);
        var bodyRuns = rows[0].Elements<TableCell>().First().Descendants<Run>().ToList();
        Assert.All(bodyRuns, r => Assert.True(IsBold(r)));
        // The short rule under the issuing body: a thin paragraph with a bottom border, narrower than the cell.
        var rule = rows[0].Elements<TableCell>().First().Elements<Paragraph>().Last();
        Assert.NotNull(rule.ParagraphProperties!.ParagraphBorders?.BottomBorder);
        Assert.True(int.Parse(rule.ParagraphProperties.Indentation!.Left!.Value!) > 0);

        var right = rows[0].Elements<TableCell>().Last().Elements<Paragraph>().ToList();
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", TextOf(right[0]));
        Assert.Equal("24", right[0].Descendants<FontSize>().First().Val!.Value); // 12 pt
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", TextOf(right[1]));
        Assert.Null(right[1].ParagraphProperties!.ParagraphBorders);
        Assert.NotNull(right[2].ParagraphProperties!.ParagraphBorders?.BottomBorder); // the rule under the motto
        Assert.Equal("", TextOf(right[2]));
        Assert.All(right.SelectMany(p => p.Descendants<Run>()), r => Assert.True(IsBold(r)));

        Assert.Equal("Số: /KH-UBND", Collapse(TextOf(rows[1].Elements<TableCell>().First())));
        var date = rows[1].Elements<TableCell>().Last();
        Assert.Equal("Long An, ngày tháng 9 năm 2024", Collapse(TextOf(date)));
        Assert.Contains("ngày      tháng 9", TextOf(date), StringComparison.Ordinal); // the day left blank for the hand
        Assert.All(date.Descendants<Run>(), r => Assert.True(IsItalic(r)));
    }

    [Fact]
    public void Title_subject_legal_bases_and_parts_follow_the_header_in_order()
    {
        using var doc = Open(LongAnDocx.Value);
        var paragraphs = BodyParagraphs(doc);
        var texts = paragraphs.Select(TextOf).ToList();
        var title = texts.IndexOf("KẾ HOẠCH");
        Assert.True(title >= 0);
        Assert.True(paragraphs[title].Descendants<Run>().All(IsBold));
        Assert.Equal(JustificationValues.Center, Justification(paragraphs[title]));
        Assert.Equal(LongAnSeed.Subject, texts[title + 1]);
        Assert.True(paragraphs[title + 1].Descendants<Run>().All(IsBold));
        Assert.NotNull(paragraphs[title + 2].ParagraphProperties!.ParagraphBorders?.BottomBorder); // the rule under the subject

        var nonEmpty = BodyTexts(doc);
        string[] expected =
        [
            "KẾ HOẠCH",
            LongAnSeed.Subject,
            "Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022",
            "Căn cứ Quyết định số 8653/QĐ-UBND ngày 16/9/2022",
            "UBND tỉnh ban hành Kế hoạch",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "2. Yêu cầu",
            "II. CHỦ ĐỀ VÀ KHẨU HIỆU NĂM 2024",
            "1. Chủ đề: “Phổ cập hạ tầng số",
            "2. Khẩu hiệu: “Nhiệt liệt chào mừng Ngày Chuyển đổi số quốc gia 10/10/2024”.",
            "III. NỘI DUNG CỤ THỂ",
            "IV. KINH PHÍ THỰC HIỆN",
            "V. TỔ CHỨC THỰC HIỆN",
            "Trên đây là Kế hoạch",
        ];
        AssertInOrder(nonEmpty, expected);
        Assert.EndsWith("./.", nonEmpty.Last(t => t.StartsWith("Trên đây là Kế hoạch", StringComparison.Ordinal)));
        Assert.Equal("Part", paragraphs[texts.IndexOf("III. NỘI DUNG CỤ THỂ")].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
    }

    [Fact]
    public void Activities_are_numbered_with_their_lettered_fields_in_order()
    {
        using var doc = Open(LongAnDocx.Value);
        var texts = BodyTexts(doc);
        string[] expected =
        [
            "1. Tổ chức các hoạt động truyền thông",
            "a) Cơ quan chủ trì: Sở Thông tin và Truyền thông; UBND các huyện, thị xã, thành phố.",
            "b) Cơ quan phối hợp: Các sở, ngành tỉnh, Công an tỉnh",
            "c) Thời gian: Từ ngày 15/9/2024 đến ngày 31/10/2024; đợt cao điểm từ ngày 01/10/2024 đến ngày 10/10/2024.",
            "d) Nội dung:",
            "- Tổ chức tuyên truyền chủ đề Ngày Chuyển đổi số năm 2024",
            "2. Họp mặt đại diện Tổ Công nghệ số cộng đồng toàn tỉnh; phát động ra quân năm 2024",
            "2.1. Cấp tỉnh",
            "a) Cơ quan chủ trì: Sở Thông tin và Truyền thông.",
            "b) Cơ quan phối hợp: Văn phòng UBND tỉnh, Sở Nội vụ, UBND các huyện, thị xã, thành phố.",
            "c) Thời gian: Dự kiến ngày 10/10/2024, thứ Năm (có thư mời riêng).",
            "d) Địa điểm: Tại Trung tâm Văn hóa Nghệ thuật tỉnh hoặc Hội trường UBND tỉnh.",
            "đ) Nội dung:",
            "e) Thành phần tham dự: Khoảng 400 người",
            "g) Kinh phí thực hiện: 388.400.000 đồng; từ nguồn kinh phí ngân sách nhà nước",
            "2.2. Cấp huyện",
            "a) Cơ quan chủ trì: UBND huyện, thị xã, thành phố.",
            "3. Tổ chức triển lãm, trưng bày",
            "g) Kinh phí thực hiện: Từ nguồn ngân sách nhà nước",
            "4. Tổ chức cuộc thi trực tuyến",
            "a) Cơ quan chủ trì: Tỉnh Đoàn.",
            "d) Hình thức: Thi trắc nghiệm trực tuyến trên ứng dụng “Long An Số”.",
            "đ) Nội dung: Luật An ninh mạng năm 2018",
            "e) Thành phần tham dự: Cán bộ Đoàn, Đoàn viên, thanh thiếu niên toàn tỉnh.",
            "g) Kinh phí thực hiện: 63.365.000 đồng",
            "5. Tổ chức Ngày hội thanh niên chuyển đổi số",
            "g) Kinh phí thực hiện: 131.210.000 đồng",
            "IV. KINH PHÍ THỰC HIỆN",
        ];
        AssertInOrder(texts, expected);

        // The letter and the label are bold, the text is not; activity headings are bold, sub-activities bold italic.
        var paragraphs = BodyParagraphs(doc);
        var lead = paragraphs.First(p => TextOf(p).StartsWith("a) Cơ quan chủ trì: Sở Thông tin", StringComparison.Ordinal));
        var runs = lead.Elements<Run>().ToList();
        Assert.Equal("a) Cơ quan chủ trì: ", TextOf(runs[0]));
        Assert.True(IsBold(runs[0]));
        Assert.False(IsBold(runs[1]));
        var sub = paragraphs.First(p => TextOf(p) == "2.1. Cấp tỉnh");
        Assert.All(sub.Elements<Run>(), r => Assert.True(IsBold(r) && IsItalic(r)));
        // "**63.365.000** đồng" in the seed: the figure bold.
        var youth = paragraphs.First(p => TextOf(p).StartsWith("g) Kinh phí thực hiện: 63.365.000", StringComparison.Ordinal));
        Assert.Contains(youth.Elements<Run>(), r => TextOf(r) == "63.365.000" && IsBold(r));
    }

    [Fact]
    public void Budget_and_responsibilities_parts_carry_the_totals_per_unit_and_the_unit_blocks()
    {
        using var doc = Open(LongAnDocx.Value);
        var texts = BodyTexts(doc);
        AssertInOrder(texts,
        [
            "IV. KINH PHÍ THỰC HIỆN",
            "2. Tổng kinh phí do cơ quan cấp tỉnh chủ trì thực hiện: 640.925.000 đồng, trong đó:",
            "- Kinh phí thực hiện nhiệm vụ của Sở Thông tin và Truyền thông: 446.350.000 đồng",
            "- Kinh phí thực hiện nhiệm vụ của Tỉnh Đoàn: 194.575.000 đồng",
            "(Chi tiết tại Phụ lục II, III, IV và V)",
            "V. TỔ CHỨC THỰC HIỆN",
            "1. Sở Thông tin và Truyền thông",
            "2. Văn phòng UBND tỉnh",
            "6. Đề nghị Tỉnh Đoàn",
            "10. Các doanh nghiệp ngành Thông tin và Truyền thông",
            "Trên đây là Kế hoạch",
        ]);
    }

    [Fact]
    public void Recipients_and_the_signature_block_sit_side_by_side_after_the_closing_sentence()
    {
        using var doc = Open(LongAnDocx.Value);
        var body = doc.MainDocumentPart!.Document.Body!;
        var table = body.Elements<Table>().Single(t => TextOf(t).Contains("Nơi nhận:"));
        var closing = table.PreviousSibling<Paragraph>()!;
        Assert.StartsWith("Trên đây là Kế hoạch", TextOf(closing), StringComparison.Ordinal);
        Assert.EndsWith("trước ngày 31/10/2024 để tổng hợp, báo cáo theo quy định./.", TextOf(closing), StringComparison.Ordinal);
        Assert.All(table.GetFirstChild<TableProperties>()!.TableBorders!.Elements<BorderType>(), b => Assert.Equal(BorderValues.None, b.Val!.Value));

        var cells = table.Elements<TableRow>().Single().Elements<TableCell>().ToList();
        var left = cells[0].Elements<Paragraph>().ToList();
        Assert.Equal("Nơi nhận:", TextOf(left[0]));
        Assert.All(left[0].Descendants<Run>(), r => Assert.True(IsBold(r) && IsItalic(r)));
        Assert.Equal("24", left[0].Descendants<FontSize>().First().Val!.Value); // 12 pt
        Assert.Equal("- Bộ Thông tin và Truyền thông (b/c);", TextOf(left[1]));
        Assert.Equal("22", left[1].Descendants<FontSize>().First().Val!.Value); // 11 pt
        Assert.Equal("- Lưu: VT, STTTT, lt.", TextOf(left[^1]));
        Assert.All(left.Skip(1).SkipLast(1), p => Assert.EndsWith(";", TextOf(p), StringComparison.Ordinal));

        var right = cells[1].Elements<Paragraph>().Select(TextOf).ToList();
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Tấn Hòa"], right);
        Assert.All(cells[1].Descendants<Run>(), r => Assert.True(IsBold(r)));
        var name = cells[1].Elements<Paragraph>().Last();
        Assert.True(int.Parse(name.ParagraphProperties!.SpacingBetweenLines!.Before!.Value!) >= 1440); // room for the signature and seal
    }

    [Theory]
    [InlineData("Phụ lục II", "388.400.000", "Bằng chữ: Ba trăm tám mươi tám triệu bốn trăm nghìn đồng.", 6, true)]
    [InlineData("Phụ lục III", "57.950.000", "Bằng chữ: Năm mươi bảy triệu chín trăm năm mươi nghìn đồng.", 6, true)]
    [InlineData("Phụ lục IV", "63.365.000", "Bằng chữ: Sáu mươi ba triệu ba trăm sáu mươi lăm nghìn đồng.", 3, false)]
    [InlineData("Phụ lục V", "131.210.000", "Bằng chữ: Một trăm ba mươi mốt triệu hai trăm mười nghìn đồng.", 3, false)]
    public void Each_budget_appendix_has_its_title_block_table_total_and_words(string label, string total, string words, int columns, bool landscape)
    {
        using var doc = Open(LongAnDocx.Value);
        var body = doc.MainDocumentPart!.Document.Body!;
        var blocks = body.ChildElements.ToList();
        var start = blocks.FindIndex(e => e is Paragraph p && TextOf(p) == label);
        Assert.True(start > 0, label);
        var heading = (Paragraph)blocks[start];
        Assert.All(heading.Descendants<Run>(), r => Assert.True(IsBold(r)));
        Assert.Equal(JustificationValues.Center, Justification(heading));
        Assert.StartsWith("DỰ TRÙ KINH PHÍ THỰC HIỆN", TextOf(blocks[start + 1]), StringComparison.Ordinal);
        var attached = blocks.Skip(start).OfType<Paragraph>().First(p => TextOf(p).StartsWith("(Kèm theo", StringComparison.Ordinal));
        Assert.Equal("(Kèm theo Kế hoạch số /KH-UBND ngày /9/2024 của UBND tỉnh)", Collapse(TextOf(attached)));
        Assert.All(attached.Descendants<Run>(), r => Assert.True(IsItalic(r)));

        var table = blocks.Skip(start).OfType<Table>().First();
        Assert.Equal(columns, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        var rows = table.Elements<TableRow>().ToList();
        var header = rows[0].Elements<TableCell>().Select(TextOf).ToList();
        Assert.Equal("STT", header[0]);
        Assert.Equal("NỘI DUNG", header[1]);
        Assert.Equal("THÀNH TIỀN (đồng)", header[columns == 6 ? 5 : 2]);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(table.GetFirstChild<TableProperties>()!.TableBorders!.Elements<BorderType>(), b => Assert.Equal(BorderValues.Single, b.Val!.Value));

        var last = rows[^1].Elements<TableCell>().ToList();
        Assert.Equal("Tổng cộng", TextOf(last[0]));
        Assert.Equal(columns - 1, last[0].TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(total, TextOf(last[1]));
        Assert.All(rows[^1].Descendants<Run>(), r => Assert.True(IsBold(r)));
        Assert.Equal(JustificationValues.Right, Justification(last[1].Elements<Paragraph>().Single()));

        var after = table.NextSibling<Paragraph>()!;
        Assert.Equal(words, TextOf(after));
        Assert.All(after.Descendants<Run>(), r => Assert.True(IsItalic(r)));

        Assert.Equal(landscape, SectionOf(table).GetFirstChild<PageSize>()!.Orient?.Value == PageOrientationValues.Landscape);
    }

    [Fact]
    public void Appendix_II_rows_keep_the_plan_figures_and_bold_groups()
    {
        using var doc = Open(LongAnDocx.Value);
        var table = TableAfter(doc, "Phụ lục II");
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(TextOf).ToList()).ToList();
        Assert.Equal(["1.", "Nước uống", "Người", "400", "40.000", "16.000.000"], rows[2]);
        var groups = table.Elements<TableRow>().Where(r => TextOf(r.Elements<TableCell>().First()) is "I" or "II").ToList();
        Assert.Equal(2, groups.Count);
        Assert.All(groups.SelectMany(g => g.Descendants<Run>()), r => Assert.True(IsBold(r)));
        Assert.Equal("HỌP MẶT ĐẠI DIỆN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG", TextOf(groups[0].Elements<TableCell>().ElementAt(1)));
        // A group row shows its subtotal: 164.300.000 + 224.100.000 = 388.400.000.
        Assert.Equal("164.300.000", TextOf(groups[0].Elements<TableCell>().Last()));
        Assert.Equal("224.100.000", TextOf(groups[1].Elements<TableCell>().Last()));
        Assert.Contains(rows, r => r[1] == "Mức chi kèm theo Bằng khen của Chủ tịch tỉnh (cá nhân)" && r[5] == "105.300.000");
        // 24 items, 2 groups, the header and the total; the seed's repeated header row is not repeated as data.
        Assert.Equal(28, rows.Count);
    }

    [Fact]
    public void Budget_tables_of_six_columns_get_a_landscape_section_and_the_document_returns_to_portrait()
    {
        using var doc = Open(LongAnDocx.Value);
        var body = doc.MainDocumentPart!.Document.Body!;
        var orientations = body.Descendants<SectionProperties>()
            .Select(s => s.GetFirstChild<PageSize>()!.Orient?.Value == PageOrientationValues.Landscape ? "L" : "P").ToList();
        Assert.Equal(["P", "L", "P"], orientations);
        Assert.IsType<SectionProperties>(body.LastChild); // the final section: portrait
        Assert.Equal(PageOrientationValues.Portrait, ((SectionProperties)body.LastChild!).GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.All(body.Descendants<SectionProperties>(), s => Assert.Equal(SectionMarkValues.NextPage, s.GetFirstChild<SectionType>()!.Val!.Value));

        // Phụ lục I (3 columns) stays in the portrait body section; II and III share the landscape one; IV and V are portrait.
        Assert.Equal(PageOrientationValues.Portrait, SectionOf(TableAfter(doc, "Phụ lục I")).GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.Same(SectionOf(TableAfter(doc, "Phụ lục II")), SectionOf(TableAfter(doc, "Phụ lục III")));
        Assert.Same(SectionOf(TableAfter(doc, "Phụ lục IV")), SectionOf(TableAfter(doc, "Phụ lục V")));

        // Each appendix starts on a new page: a section break, or a page break before its label.
        var labels = BodyParagraphs(doc).Where(p => Regex.IsMatch(TextOf(p), @"^Phụ lục [IVX]+$")).ToList();
        Assert.Equal(5, labels.Count);
        foreach (var label in labels)
        {
            var breaksPage = label.ParagraphProperties?.PageBreakBefore is not null;
            var previous = label.PreviousSibling();
            var afterSection = previous is Paragraph p && p.ParagraphProperties?.GetFirstChild<SectionProperties>() is not null;
            Assert.True(breaksPage ^ afterSection, TextOf(label));
        }
    }

    [Fact]
    public void The_participant_appendix_keeps_its_groups_counts_and_total()
    {
        using var doc = Open(LongAnDocx.Value);
        var table = TableAfter(doc, "Phụ lục I");
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(TextOf).ToList()).ToList();
        Assert.Equal(["TT", "Đơn vị", "Số lượng đại biểu"], rows[0]);
        Assert.Equal(["I", "ĐẠI BIỂU NGOÀI TỈNH", "2"], rows[1]);
        Assert.Contains(["4", "Sở Nội vụ", "02"], rows);
        Assert.Equal(["", "TỔNG CỘNG", "400"], rows[^1]); // the count in its own column, so that the table reads back
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
    }

    [Fact]
    public void A_plan_entity_becomes_a_document_with_derived_responsibilities_budget_and_closing()
    {
        var (plan, estimates) = LongAnSeed.PlanEntity();
        var document = PlanDocument.From(plan, estimates);

        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH LONG AN", document.IssuingBody);
        Assert.Equal("UBND tỉnh", document.IssuerShortName);
        Assert.Equal(new PartialDate(2024, 9), document.IssuedOn);
        Assert.Equal("Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia;", document.LegalBases[0]);
        Assert.StartsWith("UBND tỉnh ban hành Kế hoạch tổ chức các hoạt động hưởng ứng", document.Preamble, StringComparison.Ordinal);
        Assert.Equal(["I", "II", "III", "IV", "V"], document.Parts().Select(p => p.Numeral));

        var first = document.Activities[0];
        Assert.Equal("Sở Thông tin và Truyền thông; UBND các huyện, thị xã, thành phố", first.Lead);
        Assert.Equal("Từ ngày 15/9/2024 đến ngày 31/10/2024", first.Time);
        var provincial = document.Activities[1].Children[0];
        Assert.Equal("2.1", provincial.Label);
        Assert.Equal("388.400.000 đồng (Chi tiết tại Phụ lục II)", provincial.Budget);
        Assert.Equal("Khoảng 400 người", provincial.Participants);

        Assert.Equal(
        [
            "Tổng kinh phí thực hiện Kế hoạch: **640.925.000 đồng** (Sáu trăm bốn mươi triệu chín trăm hai mươi lăm nghìn đồng), trong đó:",
            "- Kinh phí thực hiện nhiệm vụ của Sở Thông tin và Truyền thông: **446.350.000 đồng**;",
            "- Kinh phí thực hiện nhiệm vụ của Tỉnh Đoàn: **194.575.000 đồng**.",
            "(Chi tiết tại Phụ lục II và IV)",
        ], document.Budget);

        // Derived: leads in order of their first activity, then units that only coordinate.
        Assert.Equal(["Sở Thông tin và Truyền thông", "UBND các huyện, thị xã, thành phố", "Tỉnh Đoàn", "Văn phòng UBND tỉnh"],
            document.Responsibilities.Select(r => r.Heading));
        var dx = document.Responsibilities[0];
        Assert.Equal("- Chủ trì thực hiện các nhiệm vụ tại Mục 1 và khoản 2.1 Mục 2 Phần III kế hoạch này.", dx.Duties[0]);
        Assert.Equal("- Phối hợp thực hiện các nhiệm vụ tại khoản 2.2 Mục 2 và Mục 4 Phần III kế hoạch này.", dx.Duties[1]);
        Assert.Contains(dx.Duties, d => d.Contains("thanh, quyết toán kinh phí", StringComparison.Ordinal));
        Assert.Equal(["- Phối hợp thực hiện các nhiệm vụ tại khoản 2.1 Mục 2 Phần III kế hoạch này."], document.Responsibilities[3].Duties);

        Assert.Equal(
            "Trên đây là Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia trên địa bàn tỉnh Long An năm 2024. "
            + "UBND các huyện, thị xã, thành phố xây dựng và gửi kế hoạch trước ngày 15/9/2024. "
            + "Các sở, ngành tỉnh báo cáo kết quả về UBND tỉnh (thông qua Sở Thông tin và Truyền thông) trước ngày 31/10/2024./.",
            Assert.Single(document.Closing));
        Assert.Equal(["Phụ lục II", "Phụ lục IV"], document.Appendices.Select(a => a.Label));
        Assert.Equal("(Kèm theo Kế hoạch số      /KH-UBND ngày     /9/2024 của UBND tỉnh)", document.AttachedToLine());

        // And it writes a valid document.
        using var doc = Open(PlanDocxWriter.Write(document));
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
        AssertInOrder(BodyTexts(doc), ["V. TỔ CHỨC THỰC HIỆN", "1. Sở Thông tin và Truyền thông", "- Chủ trì thực hiện", "4. Văn phòng UBND tỉnh"]);
    }

    [Fact]
    public void An_estimate_without_a_label_gets_the_next_numeral_and_a_plan_without_theme_renumbers_its_parts()
    {
        var plan = new Plan(1, "Tuyên truyền chuyển đổi số năm 2025", PlanKind.Communications, 2025, DateTimeOffset.UnixEpoch)
        {
            IssuerName = "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
            IssuedOn = new PartialDate(2025, 3, 5),
            Place = "Tây Ninh",
            NumberSymbol = "12/KH-SKHCN",
        };
        var a = plan.AddActivity("1", "Viết bài", ActivityKind.Communications);
        var estimate = new Estimate("Dự trù kinh phí viết bài");
        estimate.AddLine(EstimateLine.Item("1", "Nhuận bút", "Bài", 10, new Money(500_000)));
        var participants = new ParticipantAppendix { Label = "Phụ lục I", Title = "THÀNH PHẦN", Rows = [new("1", "Sở", "2")], Total = "2" };

        var document = PlanDocument.From(plan, [estimate], otherAppendices: [participants]);

        Assert.Null(document.IssuerShortName);
        Assert.Null(document.Preamble);
        Assert.Equal(new[] { ("I", PlanPart.Activities), ("II", PlanPart.Budget) }, document.Parts().Select(p => (p.Numeral, p.Part)));
        Assert.Equal(["Phụ lục I", "Phụ lục II"], document.Appendices.Select(x => x.Label));
        Assert.Equal("(Kèm theo Kế hoạch số 12/KH-SKHCN ngày 05/3/2025)", document.AttachedToLine());
        Assert.Empty(document.Responsibilities); // no parties: nothing to derive
        _ = a;

        using var doc = Open(PlanDocxWriter.Write(document));
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
        var date = TextOf(doc.MainDocumentPart!.Document.Body!.Elements<Table>().First().Elements<TableRow>().Last().Elements<TableCell>().Last());
        Assert.Equal("Tây Ninh, ngày 05 tháng 3 năm 2025", date);
        // Too wide for its cell at 13 pt bold: two lines of about the same width, not a last word alone ("NGHỆ").
        var issuer = doc.MainDocumentPart.Document.Body.Elements<Table>().First().Descendants<TableCell>().First();
        Assert.Equal(["SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"], issuer.Elements<Paragraph>().Select(TextOf).Where(t => t.Length > 0));
        Assert.Contains(doc.MainDocumentPart.Document.Body.Descendants<Paragraph>(), p => TextOf(p) == "- Lưu: VT.");
    }

    [Fact]
    public void A_bare_document_and_task_and_other_tables_are_valid_with_the_task_table_on_a_landscape_page()
    {
        using (var bare = Open(PlanDocxWriter.Write(new PlanDocument { IssuingBody = "SỞ KHOA HỌC VÀ CÔNG NGHỆ", Subject = "Thử" })))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(bare));
            Assert.Contains(bare.MainDocumentPart!.Document.Body!.Descendants<Paragraph>(), p => Collapse(TextOf(p)) == "Số: /");
        }

        var document = new PlanDocument
        {
            IssuingBody = "ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG",
            ParentBody = null,
            Subject = "Tuyên truyền chuyển đổi số",
            Appendices =
            [
                new TaskAppendix
                {
                    Label = "Phụ lục I", Title = "DANH MỤC NHIỆM VỤ",
                    Rows = [new("I", "TUYÊN TRUYỀN", IsGroup: true), new("1", "Viết bài", "Báo Ấp Bắc", "Sở TT&TT", "Hàng tuần", "Ít nhất 01 bài/tuần")],
                },
                new TableAppendix
                {
                    Label = "Phụ lục II", Title = "VĂN BẢN LIÊN QUAN",
                    Headers = ["TT", "Văn bản", "Trích yếu"],
                    Rows = [new(["1", "Quyết định số 505/QĐ-TTg", "Về Ngày Chuyển đổi số quốc gia"])],
                },
            ],
        };
        using var doc = Open(PlanDocxWriter.Write(document));
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
        var tasks = TableAfter(doc, "Phụ lục I");
        Assert.Equal(["STT", "NHIỆM VỤ", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI GIAN", "GHI CHÚ"], tasks.Elements<TableRow>().First().Elements<TableCell>().Select(TextOf));
        Assert.Equal(["1", "Viết bài", "Báo Ấp Bắc", "Sở TT&TT", "Hàng tuần", "Ít nhất 01 bài/tuần"], tasks.Elements<TableRow>().Last().Elements<TableCell>().Select(TextOf));
        Assert.Equal(PageOrientationValues.Landscape, SectionOf(tasks).GetFirstChild<PageSize>()!.Orient!.Value);
        var other = TableAfter(doc, "Phụ lục II");
        Assert.Equal(PageOrientationValues.Portrait, SectionOf(other).GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.Equal(["P", "L", "P"], doc.MainDocumentPart!.Document.Body!.Descendants<SectionProperties>()
            .Select(s => s.GetFirstChild<PageSize>()!.Orient!.Value == PageOrientationValues.Landscape ? "L" : "P"));
    }

    [Theory]
    [InlineData(2020, 2, 5, "ngày 05 tháng 02 năm 2020")]
    [InlineData(2023, 7, 13, "ngày 13 tháng 7 năm 2023")]
    [InlineData(2024, 1, 9, "ngày 09 tháng 01 năm 2024")]
    [InlineData(2024, 9, null, "ngày      tháng 9 năm 2024")]
    [InlineData(2024, null, null, "ngày      tháng      năm 2024")]
    public void The_date_line_follows_decree_30(int year, int? month, int? day, string expected) =>
        Assert.Equal(expected, DocxText.DateWords(new PartialDate(year, month, day)));

    [Fact]
    public void Letters_skip_f_and_inline_marks_pair_up_or_stay_literal()
    {
        Assert.Equal("a b c d đ e g h i k", string.Join(" ", Enumerable.Range(0, 10).Select(DocxText.Letter)));
        Assert.Equal([("Kinh phí: ", false, false), ("640.925.000 đồng", true, false)], DocxText.Spans("Kinh phí: **640.925.000 đồng**"));
        Assert.Equal([("(", false, false), ("Chi tiết", false, true), (")", false, false)], DocxText.Spans("(*Chi tiết*)"));
        Assert.Equal([("5 * 3 = 15", false, false)], DocxText.Spans("5 * 3 = 15"));
        Assert.Equal(4, DocxText.FromRoman("IV"));
        Assert.Null(DocxText.FromRoman("IIII"));
        Assert.Equal(5, DocxText.AppendixNumber("Phụ lục V"));
    }

    /// <summary>
    /// LibreOffice opens the file and lays it out: the PDF has the body's pages and the appendices'. Set LANTOA_DOCX_KEEP
    /// to a folder to keep the .docx and the .pdf (scripts/render-docx.sh turns them into PNG pages).
    /// </summary>
    [Fact]
    public async Task LibreOffice_converts_the_document_to_a_pdf_of_several_pages()
    {
        var pages = await LibreOffice.PdfPagesAsync(LongAnDocx.Value, "longan-2024-ngay-cds.docx");
        Assert.True(pages > 1, $"the PDF has {pages} page(s)");
        Assert.True(pages >= 8, $"the body (about 6 pages) and five appendices need more than {pages} pages");
    }

    private static JustificationValues? Justification(Paragraph p)
    {
        if (p.ParagraphProperties?.Justification?.Val?.Value is { } own) return own;
        return p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Centered" ? JustificationValues.Center : null;
    }

    private static Table TableAfter(WordprocessingDocument doc, string label)
    {
        var start = doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().First(p => TextOf(p) == label);
        return start.ElementsAfter().OfType<Table>().First();
    }

    /// <summary>The properties of the section an element is in: the next paragraph-held sectPr, else the body's last.</summary>
    private static SectionProperties SectionOf(OpenXmlElement element)
    {
        foreach (var next in element.ElementsAfter())
            if (next is Paragraph p && p.ParagraphProperties?.GetFirstChild<SectionProperties>() is { } s) return s;
            else if (next is SectionProperties last) return last;
        throw new InvalidOperationException("no section");
    }

    /// <summary>Each expected text starts one of <paramref name="texts"/>, in this order.</summary>
    private static void AssertInOrder(IReadOnlyList<string> texts, IReadOnlyList<string> expected)
    {
        var at = 0;
        foreach (var e in expected)
        {
            var found = -1;
            for (var i = at; i < texts.Count; i++)
                if (texts[i].StartsWith(e, StringComparison.Ordinal))
                {
                    found = i;
                    break;
                }

            Assert.True(found >= 0, $"\"{e}\" not found after paragraph {at} (\"{(at > 0 && at <= texts.Count ? texts[at - 1] : "")}\")");
            at = found + 1;
        }
    }
}

/// <summary>
/// LibreOffice Writer, headless, opens a .docx and lays it out as a PDF. Set LANTOA_DOCX_KEEP to a folder to keep the
/// .docx and the .pdf (scripts/render-docx.sh turns them into PNG pages).
/// </summary>
internal static class LibreOffice
{
    /// <summary>The number of pages of the PDF LibreOffice makes of <paramref name="docx"/>; fails the test when it cannot.</summary>
    public static async Task<int> PdfPagesAsync(byte[] docx, string fileName)
    {
        var soffice = FindOnPath("soffice");
        if (soffice is null) Assert.Fail("soffice not found: apt-get install libreoffice-writer-nogui");
        var dir = Directory.CreateTempSubdirectory("lantoa-docx-");
        try
        {
            var path = Path.Combine(dir.FullName, fileName);
            File.WriteAllBytes(path, docx);
            var keep = Environment.GetEnvironmentVariable("LANTOA_DOCX_KEEP");
            if (!string.IsNullOrEmpty(keep))
            {
                Directory.CreateDirectory(keep);
                File.Copy(path, Path.Combine(keep, fileName), true);
            }

            var profileDir = Path.Combine(dir.FullName, "profile");
            if (await WarmProfile.Value is { } warm) CopyDirectory(warm, profileDir);
            var profile = new Uri(profileDir).AbsoluteUri;
            var start = new System.Diagnostics.ProcessStartInfo(soffice, ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.FullName, path])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = System.Diagnostics.Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("soffice did not finish within 3 minutes");
            }

            var said = $"{await stdout} {await stderr}";

            var pdf = Path.ChangeExtension(path, ".pdf");
            if (!File.Exists(pdf) && said.Contains("could not be loaded", StringComparison.Ordinal))
                Assert.Fail($"soffice cannot load .docx, LibreOffice Writer is missing: apt-get install libreoffice-writer-nogui ({said.Trim()})");
            Assert.True(File.Exists(pdf), $"no PDF written; soffice said: {said}");
            if (!string.IsNullOrEmpty(keep)) File.Copy(pdf, Path.Combine(keep, Path.GetFileName(pdf)), true);
            var content = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
            return Regex.Matches(content, @"/Type\s*/Page(?![a-zA-Z])").Count;
        }
        finally
        {
            dir.Delete(true);
        }
    }

    /// <summary>
    /// A user profile LibreOffice has initialised once per test process: each conversion starts from a copy of it (its
    /// own folder, so conversions may run at once) instead of building a profile from nothing. Null when it cannot be made.
    /// </summary>
    private static readonly Lazy<Task<string?>> WarmProfile = new(async () =>
    {
        if (FindOnPath("soffice") is not { } soffice) return null;
        var dir = Path.Combine(Path.GetTempPath(), $"lantoa-lo-profile-{Environment.ProcessId}");
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        var start = new System.Diagnostics.ProcessStartInfo(soffice,
            ["-env:UserInstallation=" + new Uri(dir).AbsoluteUri, "--headless", "--norestore", "--terminate_after_init"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), process.WaitForExitAsync(timeout.Token));
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return null;
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(dir, true); } catch (IOException) { } // a leftover temp folder is harmless
        };
        return process.ExitCode == 0 && Directory.Exists(Path.Combine(dir, "user")) ? dir : null;
    });

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var sub in Directory.EnumerateDirectories(from)) CopyDirectory(sub, Path.Combine(to, Path.GetFileName(sub)));
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}

/// <summary>
/// The Long An 2024 DX Day plan (data/seeds/longan-2024-ngay-cds.txt) as a <see cref="PlanDocument"/>: the body written
/// out as the seed has it (with its "**bold**" and "*italic*" marks), the participant table of Phụ lục I and the four
/// budget tables of Phụ lục II–V read from the seed text with <see cref="EstimateTableReader"/>.
/// </summary>
internal static class LongAnSeed
{
    public const string Subject = "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia trên địa bàn tỉnh Long An năm 2024";

    private const string Dx = "Sở Thông tin và Truyền thông";

    private static readonly Lazy<string> SeedText = new(() =>
    {
        var path = DemoBudgets.SeedFile("longan-2024-ngay-cds.txt");
        Assert.True(path is not null, "data/seeds/longan-2024-ngay-cds.txt not found");
        return File.ReadAllText(path!);
    });

    public static Estimate Budget(string label)
    {
        var read = EstimateTableReader.ReadText(DemoBudgets.Cut(SeedText.Value, label));
        Assert.True(read.Success, string.Join("\n", read.Findings.Select(f => f.Message)));
        return read.Estimate!;
    }

    public static ParticipantAppendix Participants()
    {
        var lines = DemoBudgets.Cut(SeedText.Value, "Phụ lục I").Replace("\r\n", "\n").Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("TT\t", StringComparison.Ordinal));
        var rows = new List<ParticipantEntry>();
        string? total = null;
        foreach (var line in lines.Skip(header + 1).Where(l => l.Trim().Length > 0))
        {
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (cells[1].StartsWith("TỔNG CỘNG", StringComparison.Ordinal))
            {
                total = cells[2];
                continue;
            }

            rows.Add(new ParticipantEntry(cells[0], cells[1], cells[2], IsGroup: DocxText.FromRoman(cells[0]) is not null));
        }

        return new ParticipantAppendix { Label = "Phụ lục I", Title = lines[1].Trim(), Rows = rows, Total = total };
    }

    public static PlanDocument Document() => new()
    {
        IssuingBody = "ỦY BAN NHÂN DÂN TỈNH LONG AN",
        IssuerShortName = "UBND tỉnh",
        NumberSymbol = "/KH-UBND",
        Place = "Long An",
        IssuedOn = new PartialDate(2024, 9),
        Subject = Subject,
        LegalBases =
        [
            "Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia; Quyết định số 934/QĐ-BTTTT ngày 07/6/2024 của Bộ trưởng Bộ Thông tin và Truyền thông phê duyệt Kế hoạch triển khai Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia năm 2024; Công văn số 3240/BTTTT-CĐSQG ngày 08/8/2024 của Bộ Thông tin và Truyền thông về thúc đẩy hoạt động của Tổ công nghệ số cộng đồng tại địa phương;",
            "Căn cứ Quyết định số 8653/QĐ-UBND ngày 16/9/2022 của UBND tỉnh về việc triển khai thực hiện Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia;",
        ],
        Preamble = "UBND tỉnh ban hành Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia trên địa bàn tỉnh Long An năm 2024, cụ thể như sau:",
        Purposes =
        [
            "- Tuyên truyền về Ngày Chuyển đổi số quốc gia - **Ngày 10 tháng 10** nhằm nâng cao nhận thức của toàn dân về ý nghĩa, vai trò, tầm quan trọng của chuyển đổi số trong sự phát triển kinh tế, văn hóa, xã hội. Đề cao ý nghĩa của chuyển đổi số như là một phương thức mới, mở ra những không gian mới cho sự phát triển của xã hội.",
            "- Lan tỏa và thu hút sự hưởng ứng tích cực của cả hệ thống chính trị và toàn xã hội đối với công cuộc chuyển đổi số của tỉnh; góp phần nâng cao chỉ số năng lực cạnh tranh, cải thiện môi trường đầu tư, kinh doanh, nâng cao hiệu lực, hiệu quả quản lý của chính quyền các cấp, hướng tới mục tiêu phục vụ tốt nhất cho người dân và doanh nghiệp.",
            "- Thông qua các hoạt động, tăng cường mối quan hệ hợp tác về công nghệ thông tin và truyền thông giữa tỉnh Long An với các các đối tác, doanh nghiệp trong thực hiện nhiệm vụ chuyển đổi số phục vụ phát triển kinh tế - xã hội.",
        ],
        Requirements =
        [
            "Tổ chức các hoạt động phải đảm bảo theo hướng dẫn của Bộ Thông tin và Truyền thông, gắn với điều kiện thực tế của tỉnh. Thực hiện đồng bộ từ tỉnh đến cơ sở; đảm bảo thiết thực, tiết kiệm, hiệu quả, huy động đa dạng các nguồn lực xã hội tham gia.",
        ],
        ThemeHeading = "CHỦ ĐỀ VÀ KHẨU HIỆU NĂM 2024",
        Theme = "Phổ cập hạ tầng số và sáng tạo ứng dụng số để phát triển kinh tế số - Động lực mới cho tăng trưởng kinh tế và năng suất lao động",
        Slogan = "Nhiệt liệt chào mừng Ngày Chuyển đổi số quốc gia 10/10/2024",
        Activities =
        [
            new("1", "Tổ chức các hoạt động truyền thông")
            {
                Lead = $"{Dx}; UBND các huyện, thị xã, thành phố",
                Coordinating = "Các sở, ngành tỉnh, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh, các cơ quan Trung ương đóng trên địa bàn tỉnh, Báo Long An, Đài Phát thanh và Truyền hình Long An",
                Time = "Từ ngày 15/9/2024 đến ngày 31/10/2024; đợt cao điểm từ ngày 01/10/2024 đến ngày 10/10/2024",
                Content =
                [
                    "- Tổ chức tuyên truyền chủ đề Ngày Chuyển đổi số năm 2024; tuyên truyền, lan tỏa thông điệp, đưa tin các hoạt động của Tổ công nghệ số cộng đồng hưởng ứng Ngày Chuyển đổi số quốc gia năm 2024 trên các phương tiện thông tin đại chúng của tỉnh, các các nền tảng số và mạng xã hội (facebook, zalo, youtube...), các Cổng/Trang thông tin điện tử của cơ quan nhà nước, hệ thống màn hình Led công cộng và chuyên trang Chuyển đổi số của tỉnh.",
                    "- Xây dựng chuyên trang, chuyên mục, phóng sự, tọa đàm... đưa tin về các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia trên địa bàn tỉnh.",
                    "- Tổ chức treo băng rôn, khẩu hiệu chào mừng Ngày Chuyển đổi quốc gia tại các cơ quan nhà nước, các tuyến đường trọng điểm, các cửa hàng, siêu thị kinh doanh các sản phẩm công nghệ thông tin và dịch vụ số trên địa bàn tỉnh.",
                ],
            },
            new("2", "Họp mặt đại diện Tổ Công nghệ số cộng đồng toàn tỉnh; phát động ra quân năm 2024")
            {
                Children =
                [
                    new("2.1", "Cấp tỉnh")
                    {
                        Lead = Dx,
                        Coordinating = "Văn phòng UBND tỉnh, Sở Nội vụ, UBND các huyện, thị xã, thành phố",
                        Time = "Dự kiến ngày 10/10/2024, thứ Năm (có thư mời riêng)",
                        Location = "Tại Trung tâm Văn hóa Nghệ thuật tỉnh hoặc Hội trường UBND tỉnh",
                        Content =
                        [
                            "- Tổ chức họp mặt cá nhân tiêu biểu Tổ Công nghệ số cộng đồng toàn tỉnh để động viên, trao đổi kinh nghiệm trong tổ chức các hoạt động chuyển đổi số tại xã, phường, thị trấn.",
                            "Tôn vinh, khen thưởng các tập thể, cá nhân có thành tích xuất sắc, mô hình, sáng kiến, cách làm hay trong chuyển đổi số và hoạt động của Tổ Công nghệ số cộng đồng:",
                            "+ Bằng khen của Chủ tịch UBND tỉnh cho **15** tập thể Tổ Công nghệ số cộng đồng (*toàn tỉnh có 996 Tổ CNSCD, mỗi huyện khen thưởng 01 Tổ CNSCD tiêu biểu*).",
                            "+ Bằng khen của Chủ tịch UBND tỉnh cho **30** cá nhân là thành viên Tổ Công nghệ số cộng đồng (*toàn tỉnh có 5.352 thành viên Tổ CNSCD, mỗi huyện khen thưởng 02 thành viên Tổ CNSCD tiêu biểu*).",
                            "- Tổ chức phát động, triển khai chiến dịch ra quân của Tổ Công nghệ số cộng đồng đi từng ngõ, gõ từng nhà, hướng dẫn từng người dân sử dụng dịch vụ, ứng dụng để phát triển kinh tế số, xã hội số.",
                        ],
                        Participants = "Khoảng 400 người, bao gồm: Lãnh đạo UBND tỉnh; đại diện sở, ban, ngành tỉnh; đại diện Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Tổ chức chính trị - xã hội tỉnh; đại diện UBND cấp huyện; đại diện cá nhân tiêu biểu Tổ Công nghệ số cộng đồng các xã, phường, thị trấn; đại diện các doanh nghiệp lĩnh vực thông tin và truyền thông (*Chi tiết theo Phụ lục I*)",
                        Budget = "388.400.000 đồng; từ nguồn kinh phí ngân sách nhà nước cấp cho Sở Thông tin và Truyền thông theo Quyết định số 11789/QĐ- UBND ngày 12/12/2023 của UBND tỉnh (*Chi tiết tại Phụ lục II*)",
                    },
                    new("2.2", "Cấp huyện")
                    {
                        Lead = "UBND huyện, thị xã, thành phố",
                        Coordinating = "Sở Thông tin và Truyền thông; các sở, ngành tỉnh",
                        Time = "Từ ngày 01/10/2024 đến ngày 10/10/2024",
                        Content =
                        [
                            "- Tổ chức họp mặt cá nhân tiêu biểu (hoặc toàn thể thành viên) Tổ Công nghệ số cộng đồng nhằm động viên, trao đổi kinh nghiệm trong tổ chức các hoạt động chuyển đổi số tại xã, phường, thị trấn gắn với nội dung nhân rộng mô hình chuyển đổi số cấp xã (*theo Công văn số 855/UBND-VHXX ngày 09/02/2023 của UBND tỉnh*); xây dựng Mô hình chuyển đổi số trong xây dựng nông thôn mới (*tại https://langso.dx.gov.vn*)",
                            "- Biểu dương, khen thưởng các cá nhân, tập thể Tổ Công nghệ số cộng đồng có thành tích xuất sắc trong chuyển đổi số (*theo tình hình thực tế quyết định số lượng tập thể, cá nhân phù hợp*).",
                            "- Ra quân “đi từng ngõ, gõ từng nhà, hướng dẫn từng người dân sử dụng dịch vụ, ứng dụng để phát triển kinh tế số” của Tổ công nghệ số cộng đồng (*Hướng dẫn sử dụng dịch vụ công trực tuyến; Mua sắm trực tuyến; Thanh toán trực tuyến; Tự bảo vệ mình trên không gian mạng và Sử dụng nền tảng số của địa phương*).",
                            "- Triển lãm, trưng bày, giới thiệu các giải pháp, sản phẩm về chuyển đổi số: Tùy tình hình thực tế, địa phương tổ chức với quy mô, hình thức phù hợp (*tổ chức các quầy trưng bày hoặc mời các doanh nghiệp công nghệ số giới thiệu các sản phẩm tại buổi họp mặt, phát động ra quân...*).",
                        ],
                        Budget = "Sử dụng kinh phí của địa phương theo quy định phân cấp ngân sách hiện hành",
                    },
                ],
            },
            new("3", "Tổ chức triển lãm, trưng bày, giới thiệu các giải pháp, sản phẩm công nghệ thông tin phục vụ chuyển đổi số")
            {
                Lead = Dx,
                Coordinating = "Các sở, ngành liên quan, các doanh nghiệp có giải pháp, nền tảng phục vụ phát triển xã hội số",
                Time = "Dự kiến ngày 09-10/10/2024",
                Location = "Trung tâm Văn hóa Nghệ thuật tỉnh hoặc Hội trường UBND tỉnh",
                Content = ["Tổ chức triển lãm, trưng bày, giới thiệu các giải pháp, sản phẩm về về chuyển đổi số trong các lĩnh vực."],
                Participants = "Mời các doanh nghiệp tham gia triển lãm, trưng bày, giới thiệu (dự kiến: VNPT Long An, Viettel Long An, MobiFone Long An và các doanh nghiệp khác có giải pháp, nền tảng phục vụ phát triển xã hội số). Khách tham quan: Cán bộ, công chức, viên chức trong cơ quan nhà nước",
                Budget = "Từ nguồn ngân sách nhà nước, nguồn xã hội hóa do các doanh nghiệp tham gia triển lãm tự đảm nhận thực hiện; trong đó, nguồn từ kinh phí ngân sách nhà nước cấp cho Sở Thông tin và Truyền thông theo Quyết định số 11789/QĐ- UBND ngày 12/12/2023 của UBND tỉnh là: **57.950.000** đồng (*Chi tiết tại Phụ lục III*)",
            },
            new("4", "Tổ chức cuộc thi trực tuyến tìm hiểu về chuyển đổi số, an toàn, an ninh thông tin trên không gian mạng")
            {
                Lead = "Tỉnh Đoàn",
                Coordinating = "Sở Thông tin và Truyền thông, các cơ quan, đơn vị, địa phương trên địa bàn tỉnh",
                Time = "Từ ngày 01/10/2024 đến ngày 09/11/2024",
                Form = "Thi trắc nghiệm trực tuyến trên ứng dụng “Long An Số”",
                Content = ["Luật An ninh mạng năm 2018, Bộ Quy tắc ứng xử trên không gian mạng, các chủ trương, chính sách liên quan đến chuyển đổi số."],
                Participants = "Cán bộ Đoàn, Đoàn viên, thanh thiếu niên toàn tỉnh",
                Budget = "**63.365.000** đồng; từ nguồn ngân sách tỉnh đã cấp cho Tỉnh Đoàn năm 2024 (*Chi tiết tại Phụ lục IV*)",
            },
            new("5", "Tổ chức Ngày hội thanh niên chuyển đổi số chào mừng Ngày Chuyển đổi số quốc gia 10/10/2024")
            {
                Lead = "Tỉnh Đoàn",
                Coordinating = Dx,
                Time = "01 ngày, trong khoảng thời gian từ ngày 01/10/2024 đến ngày 10/10/2024",
                Location = "Thành phố Tân An",
                Content =
                [
                    "- Lễ phát động ra quân đội hình “IT Xanh” hỗ trợ Tổ Công nghệ số cộng đồng tuyên truyền chuyên đổi số. Phát động ra quân 188 đội hình “IT Xanh” các xã, phường, thị trấn hỗ trợ Tổ Công nghệ số cộng đồng tại các địa phương hướng dẫn sử dụng dịch vụ công trực tuyến, mua sắm trực tuyến, thanh toán trực tuyến, tự bảo vệ mình trên không gian mạng; hỗ trợ, hướng dẫn cài đặt VneID; hướng dẫn cài đặt ứng dụng “Long An Số”; phối hợp với các doanh nghiệp công nghệ số hỗ trợ, hướng dẫn người dân cài đặt chữ ký số miễn phí.",
                    "- Ra quân đội hình “IT Xanh” cấp tỉnh trên địa bàn thành phố Tân An.",
                    "- Công bố ra mắt Trang thông tin số hoá lịch sử tuổi trẻ Long An; trao bằng công trình thanh niên số hóa di tích lịch sử - văn hóa.",
                    "- Tập huấn nâng cao năng lực số cho đoàn viên, sinh viên, học sinh.",
                ],
                Participants = "Khoảng 400 người, trong đó: Đại biểu khách mời (dự kiến 50 đại biểu); triệu tập Đoàn viên thanh niên (dự kiến 350 người)",
                Budget = "131.210.000 đồng; từ nguồn ngân sách tỉnh đã cấp cho Tỉnh Đoàn năm 2024 (*Chi tiết tại Phụ lục V*)",
            },
        ],
        Budget =
        [
            "1. Nguồn kinh phí tổ chức Ngày Chuyển đổi số quốc gia năm 2024 trên địa bàn tỉnh được bố trí từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và từ các nguồn kinh phí xã hội hóa, tài trợ, hỗ trợ của các tổ chức, doanh nghiệp.",
            "2. Tổng kinh phí do cơ quan cấp tỉnh chủ trì thực hiện: **640.925.000 đồng**, trong đó:",
            "- Kinh phí thực hiện nhiệm vụ của Sở Thông tin và Truyền thông: **446.350.000 đồng**; sử dụng từ nguồn dự toán ngân sách giao cho Sở Thông tin và Truyền thông theo Quyết định số 11789/QĐ- UBND ngày 12/12/2023 của UBND tỉnh.",
            "- Kinh phí thực hiện nhiệm vụ của Tỉnh Đoàn: **194.575.000 đồng**, từ nguồn Ngân sách tỉnh đã cấp cho Tỉnh Đoàn năm 2024.",
            "(Chi tiết tại Phụ lục II, III, IV và V)",
            "3. Kinh phí thực hiện nhiệm vụ của UBND cấp huyện và các sở, ngành, đơn vị liên quan: Các cơ quan, đơn vị cân đối nguồn kinh phí của cơ quan, đơn vị để thực hiện nhiệm vụ theo phân cấp ngân sách hiện hành.",
            "4. Đề nghị các doanh nghiệp bố trí, sử dụng kinh phí của doanh nghiệp để thiết lập các gian hàng trưng bày, giới thiệu các giải pháp, sản phẩm công nghệ thông tin phục vụ chuyên đổi số, quà tặng đại biểu tham dự triển lãm (nếu có).",
        ],
        Responsibilities =
        [
            new(Dx,
            [
                "- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện hoàn thành kế hoạch này. Theo dõi, tổng hợp tình hình, kịp thời báo cáo, tham mưu UBND tỉnh chỉ đạo thực hiện.",
                "- Trực tiếp triển khai, thực hiện các nhiệm vụ tại Mục 1, khoản 2.1 Mục 2 và Mục 3 Phần III kế hoạch này.",
                "- Tổ chức thực hiện và đảm bảo thanh, quyết toán kinh phí được cấp theo quy định hiện hành.",
            ]),
            new("Văn phòng UBND tỉnh",
            [
                "- Phối hợp với Sở Thông tin và Truyền thông tham mưu UBND tỉnh bố trí lịch tham dự các hoạt động.",
                "- Thẩm định các bài phát biểu của Lãnh đạo tỉnh tại các sự kiện.",
            ]),
            new("Sở Tài chính",
            [
                "Phối hợp với các cơ quan, đơn vị rà soát, lồng ghép các nguồn kinh phí thường xuyên, sắp xếp trong dự toán được giao đầu năm, huy động các nguồn lực tài chính hợp pháp khác để thực hiện kế hoạch trên tinh thần tiết kiệm hiệu quả, tham mưu UBND tỉnh bố trí kinh phí thực hiện theo quy định hiện hành.",
            ]),
            new("Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)",
            [
                "Phối hợp với Sở Thông tin và Truyền thông đề xuất tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân Tổ Công nghệ số công đồng; in bằng khen và thực hiện nghi thức trao thưởng.",
            ]),
            new("Trân trọng đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Tổ chức chính trị - xã hội tỉnh",
            [
                "Phối hợp tuyên truyền, vận động đoàn viên, hội viên và các tầng lớp nhân dân tích cực tham gia các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia trên địa bàn tỉnh do Sở Thông tin và Truyền thông phối hợp với Tỉnh Đoàn, các doanh nghiệp bưu chính, viễn thông trên địa bàn tỉnh tổ chức, như: Hướng dẫn người dân sử dụng dịch vụ công trực tuyến; cài đặt, sử dụng ứng dụng “Long An Số”; hướng dẫn người dân các kỹ năng sử dụng nền tảng, các kỹ năng liên quan đến thương mại điện tử, quảng bá sản phẩm trên môi trường số, thanh toán số...",
            ]),
            new("Đề nghị Tỉnh Đoàn",
            [
                "Xây dựng kế hoạch cụ thể và triển khai các hoạt động được phân công tại Mục 4, Mục 5 Phần III kế hoạch này và thanh, quyết toán kinh phí triển khai các hoạt động theo đúng quy định hiện hành.",
            ]),
            new("Báo Long An, Đài Phát thanh và Truyền hình Long An",
            [
                "Xây dựng chuyên đề, chuyên mục, phóng sự, tọa đàm, trình chiếu phim tư liệu chuyển đổi số; đưa tin về các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2024, triển khai có hiệu quả các nội dung tuyên truyền về các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2024 tới các tầng lớp nhân dân.",
            ]),
            new("Các sở, ngành tỉnh, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, các cơ quan trung ương đóng trên địa bàn tỉnh",
            [
                "- Căn cứ kế hoạch này và điều kiện thực tế của từng đơn vị tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2024 đạt hiệu quả, gắn với sinh hoạt chính trị tại cơ quan, đơn vị.",
                "- Tổ chức tuyên truyền tới toàn thể đội ngũ cán bộ, công chức, viên chức, người lao động trong cơ quan, đơn vị về mục đích, ý nghĩa, tinh thần cũng như chủ đề của Ngày Chuyển đổi số quốc gia năm 2024.",
                "- Treo băng rôn, khẩu hiệu chào mừng Ngày Chuyển đổi số quốc gia năm 2024.",
            ]),
            new("UBND các huyện, thị xã, thành phố",
            [
                "- Trên cơ sở nội dung kế hoạch này (*các nhiệm vụ tại Mục 1 và Khoản 2.2 Mục 2 Phần III*) và các văn bản hướng dẫn liên quan, xây dựng và triển khai kế hoạch tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2024 trên địa bàn đảm bảo đủ nội dung, thiết thực, hiệu quả phù hợp với yêu cầu thực tế của địa phương, gửi báo cáo UBND tỉnh (thông qua Sở Thông tin và Truyền thông) **trước ngày 15/9/2024**.",
                "- Chỉ đạo Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thông tin và Truyền thanh cấp huyện hướng dẫn, đẩy mạnh công tác tuyên truyền về Ngày Chuyển đổi số quốc gia năm 2024 trên các phương tiện truyền thông.",
                "- Chỉ đạo UBND cấp xã trực thuộc ban hành và triển khai kế hoạch cho Tổ công nghệ số cộng đồng lên phương án ra quân tại các điểm xã, phường, thị trấn; hướng dẫn người dân sử dụng các dịch vụ số, ứng dụng thiết thực để phát triển kinh tế số, xã hội số.",
                "- Tuyên truyền, hướng dẫn các cửa hàng, doanh nghiệp, hộ kinh doanh lĩnh vực thông tin và truyền thông (in, phát hành, điện tử, máy tính, siêu thị điện máy...) trên địa bàn có băng rôn, khẩu hiệu chào mừng Ngày Chuyển đổi số quốc gia năm 2024 phù hợp với quy định, theo hướng dẫn của Sở Thông tin và Truyền thông.",
            ]),
            new("Các doanh nghiệp ngành Thông tin và Truyền thông",
            [
                "- Tổ chức hoạt động của doanh nghiệp hưởng ứng Ngày Chuyển đổi số quốc gia năm 2024; triển khai các chính sách ưu đãi, giảm giá, khuyến khích người tiêu dùng sử dụng sản phẩm, dịch vụ số do doanh nghiệp cung cấp.",
                "- Tổ chức truyền thông, lan truyền thông điệp Ngày Chuyển đổi số quốc gia năm 2024 trên môi trường số, gồm các trang mạng xã hội, trang thông tin điện tử, cổng thông tin điện tử, nền tảng số do doanh nghiệp mình là chủ quản; trên các phương tiện vận chuyển của đơn vị, có băng rôn, khẩu hiệu chào mừng Ngày Chuyển đổi số quốc gia năm 2024 phù hợp với quy định của pháp luật.",
                "- Treo băng rôn, khẩu hiệu chào mừng Ngày Chuyển đổi quốc gia năm 2024 tại trụ sở đơn vị.",
            ]),
        ],
        Closing =
        [
            "Trên đây là Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2024, Thủ trưởng các sở, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố nghiêm túc triển khai thực hiện và báo cáo kết quả về UBND tỉnh (thông qua Sở Thông tin và Truyền thông) trước ngày 31/10/2024 để tổng hợp, báo cáo theo quy định./.",
        ],
        Recipients =
        [
            "Bộ Thông tin và Truyền thông (b/c);",
            "TT.TU, TT.HĐND tỉnh (b/c);",
            "CT, các PCT.UBND tỉnh;",
            "Ban Tuyên giáo Tỉnh ủy;",
            "Ủy ban MTTQVN tỉnh và các Tổ chức chính trị - xã hội tỉnh;",
            "Văn phòng Tỉnh ủy;",
            "Văn phòng Đoàn ĐBQH và HĐND tỉnh;",
            "Tòa án nhân dân tỉnh; Viện Kiểm sát nhân dân tỉnh; Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Cục Thuế tỉnh; Cục Thống kê tỉnh; Cục Hải Quan Long An; Cục Thi hành án dân sự tỉnh; Bảo Hiểm xã hội tỉnh;",
            "Các sở, ngành, đơn vị trực thuộc UBND tỉnh;",
            "Báo Long An, Đài PT và TH Long An;",
            "UBND các huyện, thị xã, thành phố;",
            "Các doanh nghiệp: Bưu điện tỉnh, VNPT Long An, Viettel Long An, MobiFone tỉnh Long An, Chi nhánh SCTV Long An, Chi nhánh VTVcab Long An, Chi nhánh FPT Long An, Chi nhánh Bưu chính Viettel Long An, Công ty cổ phần In Long An;",
            "CVP, các Phó CVP;",
            "Các phòng, ban, trung tâm thuộc VP;",
            "Lưu: VT, STTTT, lt.",
        ],
        Signer = new SignatureBlock("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Tấn Hòa"),
        Appendices =
        [
            Participants(),
            BudgetAppendix.Of(Budget("Phụ lục II")),
            BudgetAppendix.Of(Budget("Phụ lục III")),
            BudgetAppendix.Of(Budget("Phụ lục IV")),
            BudgetAppendix.Of(Budget("Phụ lục V")),
        ],
    };

    /// <summary>
    /// The same plan as Lantoa stores it (a <see cref="Plan"/> with activities, parties, unit budgets and deadlines, no
    /// responsibilities), with two of its estimates attached to activities 2.1 and 4.
    /// </summary>
    public static (Plan Plan, IReadOnlyList<Estimate> Estimates) PlanEntity()
    {
        var plan = new Plan(80, Subject, PlanKind.DxDay, 2024, DateTimeOffset.UnixEpoch)
        {
            IssuerName = "ỦY BAN NHÂN DÂN TỈNH LONG AN",
            NumberSymbol = "/KH-UBND",
            Place = "Long An",
            IssuedOn = new PartialDate(2024, 9),
            Theme = "Phổ cập hạ tầng số và sáng tạo ứng dụng số để phát triển kinh tế số",
            Slogan = "Nhiệt liệt chào mừng Ngày Chuyển đổi số quốc gia 10/10/2024",
            Purposes = "Tuyên truyền về Ngày Chuyển đổi số quốc gia.\nLan tỏa và thu hút sự hưởng ứng tích cực.",
            Requirements = "Thiết thực, tiết kiệm, hiệu quả.",
            SignerAuthority = "TM. ỦY BAN NHÂN DÂN",
            SignerPrefix = "KT. CHỦ TỊCH",
            SignerTitle = "PHÓ CHỦ TỊCH",
            SignerName = "Phạm Tấn Hòa",
            StatedBudgetTotal = new Money(640_925_000),
        };
        plan.ReplaceLegalBases([new PlanLegalBasis("Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia", "Quyết định", "505/QĐ-TTg", null, null, null)]);
        plan.SetRecipients(["Bộ Thông tin và Truyền thông (b/c);", "Lưu: VT, STTTT."]);
        plan.AddDeadline(new PlanDeadline(new DateOnly(2024, 10, 31), "Báo cáo kết quả về UBND tỉnh (thông qua Sở Thông tin và Truyền thông)", "Các sở, ngành tỉnh"));
        plan.AddDeadline(new PlanDeadline(new DateOnly(2024, 9, 15), "Xây dựng và gửi kế hoạch", "UBND các huyện, thị xã, thành phố"));
        plan.SetUnitBudget(1, new Money(446_350_000), Dx);
        plan.SetUnitBudget(2, new Money(194_575_000), "Tỉnh Đoàn");

        var media = plan.AddActivity("1", "Tổ chức các hoạt động truyền thông", ActivityKind.Communications);
        media.Time = TimeWindow.Between(new PartialDate(2024, 9, 15), new PartialDate(2024, 10, 31), "Từ ngày 15/9/2024 đến ngày 31/10/2024");
        media.SetParties([ActivityParty.ForUnit(PartyRole.Lead, 1, Dx), ActivityParty.ForGroup(PartyRole.Lead, 7, "UBND các huyện, thị xã, thành phố")]);
        var meeting = plan.AddActivity("2", "Họp mặt đại diện Tổ Công nghệ số cộng đồng toàn tỉnh", ActivityKind.MeetingCeremony);
        var provincial = plan.AddActivity("2.1", "Cấp tỉnh", ActivityKind.MeetingCeremony, meeting);
        provincial.SetParties([ActivityParty.ForUnit(PartyRole.Lead, 1, Dx), ActivityParty.ForUnit(PartyRole.Coordinating, 3, "Văn phòng UBND tỉnh")]);
        provincial.SetExpectedParticipants(400);
        provincial.StatedBudget = new Money(388_400_000);
        var district = plan.AddActivity("2.2", "Cấp huyện", ActivityKind.FieldCampaign, meeting);
        district.SetParties([ActivityParty.ForGroup(PartyRole.Lead, 7, "UBND huyện, thị xã, thành phố"), ActivityParty.ForUnit(PartyRole.Coordinating, 1, Dx)]);
        var quiz = plan.AddActivity("4", "Tổ chức cuộc thi trực tuyến", ActivityKind.QuizContest);
        quiz.SetParties([ActivityParty.ForUnit(PartyRole.Lead, 2, "Tỉnh Đoàn"), ActivityParty.ForUnit(PartyRole.Coordinating, 1, Dx)]);

        // Ids as the database would give them, so that estimates can point at their activities.
        var id = 0;
        foreach (var a in plan.Activities) a.WithId(++id);

        var meetingBudget = Budget("Phụ lục II");
        var quizBudget = Budget("Phụ lục IV");
        var estimates = new[] { (quizBudget, quiz), (meetingBudget, provincial) }
            .Select(x =>
            {
                var e = new Estimate(80, 1, x.Item2.Id, x.Item1.Title, DateTimeOffset.UnixEpoch) { AppendixLabel = x.Item1.AppendixLabel, StatedTotal = x.Item1.StatedTotal };
                e.ReplaceLines(x.Item1.Lines.Select(l => l.CloneFigures()));
                return e;
            }).ToList();
        return (plan, estimates);
    }
}
