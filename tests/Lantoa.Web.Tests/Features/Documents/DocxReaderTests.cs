using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Findings;
using Lantoa.Web.Features.Documents;
using SourceFormat = Lantoa.Domain.Documents.DocumentFormat;

namespace Lantoa.Web.Tests.Features.Documents;

/// <summary>
/// <see cref="DocxReader"/> and <see cref="DocumentReader"/> on real .docx files built here with DocumentFormat.OpenXml,
/// on the Long An seed turned into a .docx, and on bad input (none of which may throw).
/// </summary>
public class DocxReaderTests
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // ───────────────────────────── text and formatting ─────────────────────────────

    [Fact]
    public void Paragraphs_are_bold_or_italic_when_all_their_text_is_through_direct_formatting_and_styles()
    {
        var styles = new Styles(
            ParagraphStyle("Normal", "Normal", isDefault: true),
            ParagraphStyle("BoldBase", "Bold base", bold: true),
            ParagraphStyle("BoldChild", "Bold child", basedOn: "BoldBase"),
            ParagraphStyle("Heading1", "heading 1", basedOn: "Normal", bold: true, outline: 0),
            CharacterStyle("Emphasis", "Emphasis", italic: true),
            CharacterStyle("Strong", "Strong", bold: true));
        var document = Read(Docx([
            P(R("KẾ HOẠCH", bold: true)),
            P(R("Tổ chức ", bold: true), R("các hoạt động", bold: true)),
            P(R("Long An, ", italic: true), R("ngày 13 tháng 9 năm 2024", italic: true)),
            P(R("Căn cứ ", bold: true), R("Quyết định số 505/QĐ-TTg")),
            P("BoldChild", R("Đậm theo kiểu đoạn (kế thừa basedOn)")),
            P("BoldChild", new Run(new RunProperties(new Bold { Val = false }), new Text("Bỏ đậm trực tiếp"))),
            P(new Run(new RunProperties(new RunStyle { Val = "Emphasis" }), new Text("Nghiêng theo kiểu ký tự"))),
            // Bold is a toggle property: a bold character style inside a bold paragraph style flips it off, as in Word.
            P("BoldChild", new Run(new RunProperties(new RunStyle { Val = "Strong" }), new Text("Đậm hai lần"))),
            P("Heading1", R("I. MỤC ĐÍCH, YÊU CẦU")),
            P(R("Đậm", bold: true), R("   ")),
            P(),
            P(R("Hết")),
        ], styles));

        Assert.Empty(document.Findings);
        Assert.Equal(SourceFormat.Docx, document.Format);
        var paragraphs = document.Blocks.Cast<SourceParagraph>().ToList();
        Assert.Equal(
            [
                (1, "KẾ HOẠCH", true, false, false),
                (2, "Tổ chức các hoạt động", true, false, false),
                (3, "Long An, ngày 13 tháng 9 năm 2024", false, true, false),
                (4, "Căn cứ Quyết định số 505/QĐ-TTg", false, false, false),
                (5, "Đậm theo kiểu đoạn (kế thừa basedOn)", true, false, false),
                (6, "Bỏ đậm trực tiếp", false, false, false),
                (7, "Nghiêng theo kiểu ký tự", false, true, false),
                (8, "Đậm hai lần", false, false, false),
                (9, "I. MỤC ĐÍCH, YÊU CẦU", true, false, true),
                (10, "Đậm", true, false, false),
                (12, "Hết", false, false, false), // line 11 is the empty paragraph: counted, not emitted
            ],
            paragraphs.Select(p => (p.Line, p.Text, p.Bold, p.Italic, p.Heading)).ToList());
    }

    [Fact]
    public void Runs_give_the_text_Word_shows()
    {
        var document = Read(Docx([
            P(R("Số:"), new Run(new TabChar()), R("140/KH-UBND")),
            P(R("KT. CHỦ TỊCH", bold: true), new Run(new Break()), R("PHÓ CHỦ TỊCH", bold: true), new Run(new Break()), R("Phạm Tấn Hòa")),
            P(R("Trang "), new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), new Run(new FieldCode(" PAGE ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), R("3"),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }), R(" của 7")),
            P(R("Kế hoạch số "), new SimpleField(R("140/KH-UBND")) { Instruction = " DOCPROPERTY SoKyHieu " }),
            P(R("Xem "), new Hyperlink(R("Cổng thông tin điện tử tỉnh")) { Anchor = "cong" }, R(".")),
            Xml($"""<w:p xmlns:w="{WordNs}"><w:r><w:t xml:space="preserve">Tại </w:t></w:r><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place"><w:r><w:t>Long An</w:t></w:r></w:smartTag></w:p>"""),
            P(R("Thời gian: "), new InsertedRun(R("15/9/2024")) { Id = "1", Author = "Sở TT&TT" },
                new DeletedRun(new Run(new DeletedText("01/9/2024"))) { Id = "2", Author = "Sở TT&TT" }),
            P(R("Hiện"), new Run(new RunProperties(new Vanish()), new Text(" và ẩn"))),
            P(new Run(new RunProperties(new Caps()), new Text("ủy ban nhân dân tỉnh long an"))),
            P(R("Độc\u00A0lập  -  Tự do"), new Run(new NoBreakHyphen()), R("Hạnh phúc\u200B ")),
        ]));

        Assert.Equal(
            [
                (1, "Số: 140/KH-UBND", false),
                (2, "KT. CHỦ TỊCH", true), // a line break splits the paragraph; each piece keeps its line and formatting
                (2, "PHÓ CHỦ TỊCH", true),
                (2, "Phạm Tấn Hòa", false),
                (3, "Trang 3 của 7", false),
                (4, "Kế hoạch số 140/KH-UBND", false),
                (5, "Xem Cổng thông tin điện tử tỉnh.", false),
                (6, "Tại Long An", false),
                (7, "Thời gian: 15/9/2024", false),
                (8, "Hiện", false),
                (9, "ỦY BAN NHÂN DÂN TỈNH LONG AN", false),
                (10, "Độc lập - Tự do-Hạnh phúc", false),
            ],
            document.Blocks.Cast<SourceParagraph>().Select(p => (p.Line, p.Text, p.Bold)).ToList());
        var finding = Assert.Single(document.Findings);
        Assert.Equal(("docx-tracked-changes", Severity.Info), (finding.Code, finding.Severity));
    }

    [Fact]
    public void A_hyperlink_with_a_malformed_address_does_not_spoil_the_document()
    {
        // System.IO.Packaging refuses a package whose relationships hold a malformed URI, as Word writes for an e-mail
        // address typed with a slip; the reader opens such a package again with the addresses rewritten.
        byte[] bytes;
        using (var stream = new MemoryStream())
        {
            using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            {
                var main = document.AddMainDocumentPart();
                var link = main.AddHyperlinkRelationship(new Uri("mailto:placeholder@example.com"), true);
                main.Document = new Document(new Body(P(R("Liên hệ: "), new Hyperlink(R("văn thư")) { Id = link.Id })));
            }

            bytes = stream.ToArray();
        }

        bytes = RewriteEntry(bytes, "word/_rels/document.xml.rels", xml => xml.Replace("mailto:placeholder@example.com", "mailto:vanthu@@longan .gov.vn"));
        var read = Read(bytes);

        Assert.Empty(read.Findings);
        Assert.Equal("Liên hệ: văn thư", Assert.IsType<SourceParagraph>(Assert.Single(read.Blocks)).Text);
    }

    [Fact]
    public void Decomposed_text_comes_out_NFC()
    {
        var decomposed = "Ủy ban nhân dân tỉnh Long An".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Ủy ban nhân dân tỉnh Long An", decomposed);
        var document = Read(Docx([
            P(R(decomposed)),
            Table(Row(Cell(decomposed), Cell("Sở Thông tin và Truyền thông".Normalize(NormalizationForm.FormD)))),
        ]));

        Assert.Equal("Ủy ban nhân dân tỉnh Long An", Assert.IsType<SourceParagraph>(document.Blocks[0]).Text);
        Assert.Equal(["Ủy ban nhân dân tỉnh Long An", "Sở Thông tin và Truyền thông"], Assert.IsType<SourceTable>(document.Blocks[1]).Rows[0]);
    }

    [Fact]
    public void Strict_Open_XML_markup_is_read_as_transitional()
    {
        var bytes = RewriteEntry(Docx([P(R("Kế hoạch", bold: true)), N(1, 0, "Mục đích")],
                numbering: new Numbering(Abstract(1, Level(0, NumberFormatValues.Decimal, "%1.")), Num(1, 1))),
            "word/document.xml", xml => xml.Replace(WordNs, "http://purl.oclc.org/ooxml/wordprocessingml/main"));

        Assert.Equal([("Kế hoạch", true, (string?)null), ("Mục đích", false, "1.")],
            Read(bytes).Blocks.Cast<SourceParagraph>().Select(p => (p.Text, p.Bold, p.ListLabel)));
    }

    [Fact]
    public void The_content_hash_is_the_SHA256_of_the_file()
    {
        var bytes = Docx([P(R("Một đoạn"))]);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Equal(expected, Read(bytes).ContentHash);
        Assert.Equal(64, expected.Length);
    }

    // ───────────────────────────── lists ─────────────────────────────

    [Fact]
    public void Numbered_paragraphs_carry_the_label_Word_shows()
    {
        var numbering = new Numbering(
            Abstract(1,
                Level(0, NumberFormatValues.UpperRoman, "%1."),
                Level(1, NumberFormatValues.Decimal, "%2."),
                Level(2, NumberFormatValues.Decimal, "%2.%3"),
                Level(3, NumberFormatValues.LowerLetter, "%4)"),
                Level(4, NumberFormatValues.Bullet, "-"),
                Level(5, NumberFormatValues.Bullet, "\uF0B7")), // a Symbol-font dot: the second bullet level reads "+"
            Abstract(2, Level(0, NumberFormatValues.Bullet, "•"), Level(1, NumberFormatValues.Bullet, "+")),
            Abstract(3, Level(0, NumberFormatValues.Decimal, "%1.")),
            Abstract(4, Level(0, NumberFormatValues.Decimal, "Mục %1.", paragraphStyle: "Muc")),
            Num(1, 1),
            Num(2, 1, (1, 1)), // the same list, level 2 restarted at 1 (Word's "Restart at 1")
            Num(3, 2),
            Num(4, 3),
            Num(5, 3, (0, 1)),
            Num(6, 4));
        var styles = new Styles(
            ParagraphStyle("Normal", "Normal", isDefault: true),
            new Style(new StyleName { Val = "Muc" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 6 })))
            {
                Type = StyleValues.Paragraph,
                StyleId = "Muc",
            });
        var document = Read(Docx([
            N(1, 0, "MỤC ĐÍCH, YÊU CẦU"),
            N(1, 1, "Mục đích"),
            N(1, 1, "Yêu cầu"),
            N(1, 2, "Yêu cầu chung"),
            N(1, 2, "Yêu cầu riêng"),
            N(1, 3, "Cơ quan chủ trì"),
            N(1, 3, "Cơ quan phối hợp"),
            N(1, 4, "Tuyên truyền trên báo chí"),
            N(1, 5, "Báo Long An"),
            N(1, 0, "NỘI DUNG"),
            N(1, 1, "Tổ chức các hoạt động truyền thông"),
            N(1, 3, "Cơ quan chủ trì"),
            N(2, 1, "Khởi động lại từ 1"),
            N(2, 1, "Tiếp theo"),
            N(3, 0, "Gạch đầu dòng"),
            N(3, 1, "Cộng"),
            N(4, 0, "Một"),
            N(4, 0, ""), // an empty numbered paragraph: not emitted, but it takes its number as in Word
            N(4, 0, "Ba"),
            N(5, 0, "Lại một"),
            N(5, 0, "Lại hai"),
            P("Muc", R("Theo kiểu đoạn có đánh số")),
            N(4, 0, "Tiếp tục danh sách 3"),
            P(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 0 })),
                R("numId 0: không đánh số")),
        ], styles, numbering));

        Assert.Equal(
            [
                ("I.", 0, "MỤC ĐÍCH, YÊU CẦU"),
                ("1.", 1, "Mục đích"),
                ("2.", 1, "Yêu cầu"),
                ("2.1", 2, "Yêu cầu chung"),
                ("2.2", 2, "Yêu cầu riêng"),
                ("a)", 3, "Cơ quan chủ trì"),
                ("b)", 3, "Cơ quan phối hợp"),
                ("-", 4, "Tuyên truyền trên báo chí"),
                ("+", 5, "Báo Long An"),
                ("II.", 0, "NỘI DUNG"),
                ("1.", 1, "Tổ chức các hoạt động truyền thông"),
                ("a)", 3, "Cơ quan chủ trì"),
                ("1.", 1, "Khởi động lại từ 1"),
                ("2.", 1, "Tiếp theo"),
                ("-", 0, "Gạch đầu dòng"),
                ("+", 1, "Cộng"),
                ("1.", 0, "Một"),
                ("3.", 0, "Ba"),
                ("1.", 0, "Lại một"),
                ("2.", 0, "Lại hai"),
                ("Mục 1.", 0, "Theo kiểu đoạn có đánh số"),
                ("3.", 0, "Tiếp tục danh sách 3"), // num 4 and num 5 share abstractNum 3: one sequence, as in Word
                (null, 0, "numId 0: không đánh số"),
            ],
            document.Blocks.Cast<SourceParagraph>().Select(p => ((string?)p.ListLabel, p.ListLevel, p.Text)).ToList());
        Assert.Equal("2.1 Yêu cầu chung", ((SourceParagraph)document.Blocks[3]).Display);
    }

    [Fact]
    public void Word_letters_are_kept_and_hand_typed_Vietnamese_letters_stay_in_the_text()
    {
        var numbering = new Numbering(Abstract(1, Level(0, NumberFormatValues.LowerLetter, "%1)")), Num(1, 1));
        var body = Enumerable.Range(1, 7).Select(i => N(1, 0, $"Mục {i}")).ToList<OpenXmlElement>();
        body.Add(P(R("đ) Kinh phí: nguồn ngân sách tỉnh")));
        var paragraphs = Read(Docx(body, numbering: numbering)).Blocks.Cast<SourceParagraph>().ToList();

        Assert.Equal(["a)", "b)", "c)", "d)", "e)", "f)", "g)", null], paragraphs.Select(p => p.ListLabel));
        Assert.Equal("đ) Kinh phí: nguồn ngân sách tỉnh", paragraphs[^1].Text);
    }

    // ───────────────────────────── tables and the header ─────────────────────────────

    [Fact]
    public void Tables_give_rows_of_cell_texts_with_merged_cells_once()
    {
        var nested = Table(Row(Cell("Trưởng ban"), Cell("01 người")), Row(Cell("Thành viên"), Cell("03 người")));
        var document = Read(Docx([
            P(R("Phụ lục I", bold: true)),
            Table(
                Row(Cell("STT"), Cell("Nội dung"), Cell("Đơn vị tính"), Cell("Ghi chú")),
                Row(Cell("I"), Cell(new TableCellProperties(new GridSpan { Val = 2 }), P(R("CÁC CƠ QUAN TỈNH"))),
                    Cell(new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }), P(R("Dự kiến")))),
                Row(Cell("1"), Cell("Sở Nội vụ"), Cell(P(R("02")), P(R("người"))),
                    Cell(new TableCellProperties(new VerticalMerge()), P())),
                Row(Cell("2"), Cell(P(R("Ban Tổ chức")), nested, P()), Cell("05"),
                    Cell(new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Continue }), P()))),
            Table(Row(Cell(P(R("Khung một ô: đoạn một")), P(R("đoạn hai", italic: true))))),
            P(R("Sau bảng")),
        ]));

        Assert.Equal(5, document.Blocks.Count);
        var table = Assert.IsType<SourceTable>(document.Blocks[1]);
        Assert.Equal(2, table.Line);
        Assert.Null(table.RowLines);
        Assert.Equal(
            [
                ["STT", "Nội dung", "Đơn vị tính", "Ghi chú"],
                ["I", "CÁC CƠ QUAN TỈNH", "Dự kiến"], // gridSpan: the merged cell once
                ["1", "Sở Nội vụ", "02\nngười", ""], // vMerge continuation: empty; cell paragraphs joined by \n
                ["2", "Ban Tổ chức\nTrưởng ban\t01 người\nThành viên\t03 người", "05", ""], // nested table flattened
            ],
            table.Rows.Select(r => r.ToArray()).ToArray());

        // A one-cell table is a frame: its paragraphs come out as paragraphs at the table's line.
        Assert.Equal([(3, "Khung một ô: đoạn một", false), (3, "đoạn hai", true), (4, "Sau bảng", false)],
            document.Blocks.Skip(2).Cast<SourceParagraph>().Select(p => (p.Line, p.Text, p.Italic)));
    }

    [Fact]
    public void A_borderless_Decree_30_header_table_comes_out_as_a_two_column_table()
    {
        var none = new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        var header = new Table(new TableProperties(none),
            Row(
                Cell(P(R("ỦY BAN NHÂN DÂN TỈNH LONG AN", bold: true)), P(R("Số: 140/KH-UBND"))),
                Cell(P(R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true)), P(R("Độc lập - Tự do - Hạnh phúc", bold: true)),
                    P(R("Long An, ngày 13 tháng 9 năm 2024", italic: true)))));
        var document = Read(Docx([header, P(), P(R("KẾ HOẠCH", bold: true)), P(R("Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia", bold: true))]));

        var table = Assert.IsType<SourceTable>(document.Blocks[0]);
        Assert.Equal(1, table.Line);
        var row = Assert.Single(table.Rows);
        Assert.Equal(
            ["ỦY BAN NHÂN DÂN TỈNH LONG AN\nSố: 140/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLong An, ngày 13 tháng 9 năm 2024"],
            row);
        Assert.Equal([(3, "KẾ HOẠCH"), (4, "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia")],
            document.Blocks.Skip(1).Cast<SourceParagraph>().Select(p => (p.Line, p.Text)));
    }

    [Fact]
    public void A_header_in_text_boxes_comes_out_once_before_the_anchoring_paragraph()
    {
        const string box = "<w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>ỦY BAN NHÂN DÂN TỈNH LONG AN</w:t></w:r></w:p>"
                           + "<w:p><w:r><w:t>Số: 140/KH-UBND</w:t></w:r></w:p></w:txbxContent>";
        var anchored = Xml($"""
            <w:p xmlns:w="{WordNs}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
                 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
                 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
                 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml">
              <w:r><mc:AlternateContent>
                <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
                  <wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
                <mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>
              </mc:AlternateContent></w:r>
              <w:r><w:t>KẾ HOẠCH</w:t></w:r>
            </w:p>
            """);
        var document = Read(Docx([anchored, P(R("Căn cứ Luật Tổ chức chính quyền địa phương"))]));

        Assert.Equal(
            [(1, "ỦY BAN NHÂN DÂN TỈNH LONG AN", true), (1, "Số: 140/KH-UBND", false), (1, "KẾ HOẠCH", false),
                (2, "Căn cứ Luật Tổ chức chính quyền địa phương", false)],
            document.Blocks.Cast<SourceParagraph>().Select(p => (p.Line, p.Text, p.Bold)));
    }

    // ───────────────────────────── the seed as a .docx ─────────────────────────────

    [Fact]
    public void The_Long_An_seed_as_a_docx_reads_back_line_for_line()
    {
        var lines = File.ReadAllText(SeedPath("longan-2024-ngay-cds.txt")).Replace("\r\n", "\n").Split('\n');
        if (lines[^1].Length == 0) lines = lines[..^1];

        // Each line a paragraph (empty lines too), each run of tab-separated lines a table; and what reading should give.
        var body = new List<OpenXmlElement>();
        var expected = new List<(int Line, string Kind, string Text)>();
        for (var i = 0; i < lines.Length;)
        {
            if (lines[i].Contains('\t'))
            {
                var rows = new List<string[]>();
                for (; i < lines.Length && lines[i].Contains('\t'); i++) rows.Add(lines[i].Split('\t'));
                body.Add(Table(rows.Select(r => Row(r.Select(c => Cell(c)).ToArray())).ToArray()));
                expected.Add((body.Count, "table", string.Join("\n", rows.Select(r => string.Join("\t", r)))));
                continue;
            }

            body.Add(P(R(lines[i])));
            if (lines[i].Trim().Length > 0) expected.Add((body.Count, "paragraph", lines[i].Trim()));
            i++;
        }

        var document = Read(Docx(body));

        Assert.Empty(document.Findings);
        Assert.Equal(expected.Count(e => e.Kind == "table"), document.Blocks.OfType<SourceTable>().Count());
        Assert.Equal(lines.Count(l => l.Trim().Length > 0 && !l.Contains('\t')), document.Blocks.OfType<SourceParagraph>().Count());
        Assert.Equal(expected, document.Blocks.Select(b => b switch
        {
            SourceTable t => (t.Line, "table", string.Join("\n", t.Rows.Select(r => string.Join("\t", r)))),
            SourceParagraph p => (p.Line, "paragraph", p.Text),
            _ => throw new InvalidOperationException(),
        }).ToList());

        // Until the first table, a paragraph's Line is the seed's line number.
        var firstTable = Array.FindIndex(lines, l => l.Contains('\t'));
        Assert.All(document.Blocks.TakeWhile(b => b is SourceParagraph),
            b => Assert.Equal(lines[b.Line - 1].Trim(), ((SourceParagraph)b).Text));
        Assert.True(document.Blocks.TakeWhile(b => b is SourceParagraph).Last().Line < firstTable + 1);
    }

    // ───────────────────────────── bad input ─────────────────────────────

    public static TheoryData<string, string> BadInputs => new()
    {
        { "random bytes", "docx-corrupt" },
        { "empty", "empty" },
        { "a .doc", "unsupported-format" },
        { "a password-protected .docx", "docx-encrypted" },
        { "a PDF", "unsupported-format" },
        { "a zip without word/document.xml", "unsupported-format" },
        { "an .xlsx", "unsupported-format" },
        { "an .odt", "unsupported-format" },
        { "a truncated .docx", "docx-corrupt" },
        { "a document.xml that is not XML", "docx-corrupt" },
        { "a zip bomb", "too-large" },
        { "a part with a DTD", "docx-dtd" },
        { "60.000 paragraphs", "too-long" },
        { "6 million characters", "too-long" },
        { "nesting 300 deep", "too-complex" },
        { "a file over 20 MB", "too-large" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_gives_one_Vietnamese_error_and_no_blocks(string input, string code)
    {
        var document = DocxReader.Read("ke-hoach.docx", BadInput(input));

        Assert.Empty(document.Blocks);
        var finding = Assert.Single(document.Findings);
        Assert.Equal((Severity.Error, code), (finding.Severity, finding.Code));
        Assert.True(finding.Message.IsNormalized(NormalizationForm.FormC));
        Assert.Matches("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", finding.Message.ToLowerInvariant());
    }

    [Fact]
    public void The_refusals_say_what_to_do()
    {
        Assert.Equal("Tệp rỗng.", Message("empty"));
        Assert.Equal("Tệp .doc (Word 97-2003) chưa được hỗ trợ, hãy lưu lại dưới dạng .docx.", Message("a .doc"));
        Assert.Equal("Định dạng PDF chưa được hỗ trợ. Lantoa đọc .docx, .txt và .md.", Message("a PDF"));
        Assert.Contains("50.000 đoạn", Message("60.000 paragraphs"));
        Assert.Contains("20 MB", Message("a file over 20 MB"));

        static string Message(string input) => DocxReader.Read("ke-hoach.docx", BadInput(input)).Findings.Single().Message;
    }

    [Fact]
    public void A_zip_bomb_that_understates_its_size_is_refused()
    {
        var bomb = BadInput("a zip bomb");
        var name = "word/document.xml"u8;
        for (var i = 0; i + 46 < bomb.Length; i++)
        {
            if (bomb[i] != 0x50 || bomb[i + 1] != 0x4B || bomb[i + 2] != 0x01 || bomb[i + 3] != 0x02) continue;
            var nameLength = BitConverter.ToUInt16(bomb, i + 28);
            if (!bomb.AsSpan(i + 46, nameLength).SequenceEqual(name)) continue;
            BitConverter.GetBytes(1000u).CopyTo(bomb, i + 24); // the uncompressed size in the central directory
        }

        var document = DocxReader.Read("ke-hoach.docx", bomb);

        Assert.Empty(document.Blocks);
        Assert.Equal("too-large", Assert.Single(document.Findings).Code);
    }

    // ───────────────────────────── DocumentReader ─────────────────────────────

    public static TheoryData<string, string, string> Dispatches => new()
    {
        { "ke-hoach.pdf", "a PDF", "unsupported-format" },
        { "ke-hoach.doc", "a .doc", "unsupported-format" },
        { "ke-hoach.odt", "an .odt", "unsupported-format" },
        { "ke-hoach.rtf", "an RTF", "unsupported-format" },
        { "anh-chup.png", "a PNG", "unsupported-format" },
        { "ke-hoach.bin", "random bytes", "unsupported-format" },
        { "ke-hoach", "random bytes", "unsupported-format" },
        { "ke-hoach.txt", "a PDF", "unsupported-format" },
        { "ke-hoach.txt", "empty", "empty" },
        { "ke-hoach.md", "a file over 20 MB", "too-large" },
        { "ke-hoach.docx", "random bytes", "docx-corrupt" },
    };

    [Theory]
    [MemberData(nameof(Dispatches))]
    public void DocumentReader_refuses_what_Lantoa_cannot_read(string fileName, string input, string code)
    {
        var document = DocumentReader.Read(fileName, BadInput(input));

        Assert.Empty(document.Blocks);
        var finding = Assert.Single(document.Findings);
        Assert.Equal((Severity.Error, code), (finding.Severity, finding.Code));
        if (code == "unsupported-format") Assert.Contains("chưa được hỗ trợ", finding.Message);
    }

    [Fact]
    public void DocumentReader_reads_a_docx_by_its_bytes_whatever_its_name()
    {
        var bytes = Docx([P(R("KẾ HOẠCH", bold: true))]);
        foreach (var name in new[] { "ke-hoach.docx", "ke-hoach.txt", "ke-hoach" })
        {
            var document = DocumentReader.Read(name, bytes);
            Assert.Equal(SourceFormat.Docx, document.Format);
            Assert.Equal("KẾ HOẠCH", Assert.IsType<SourceParagraph>(Assert.Single(document.Blocks)).Text);
        }

        Assert.Equal("Định dạng PDF chưa được hỗ trợ. Lantoa đọc .docx, .txt và .md.",
            DocumentReader.Read("ke-hoach.pdf", BadInput("a PDF")).Findings.Single().Message);
        Assert.Equal("Định dạng .xyz chưa được hỗ trợ. Lantoa đọc .docx, .txt và .md.",
            DocumentReader.Read("ke-hoach.xyz", BadInput("random bytes")).Findings.Single().Message);
    }

    // ───────────────────────────── building documents ─────────────────────────────

    private static SourceDocument Read(byte[] bytes) => DocxReader.Read("ke-hoach.docx", bytes);

    private static byte[] Docx(IEnumerable<OpenXmlElement> body, Styles? styles = null, Numbering? numbering = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            if (styles is not null) main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            if (numbering is not null) main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        }

        return stream.ToArray();
    }

    /// <summary>A .docx whose document.xml is the given XML (fed as is, so that it may be anything).</summary>
    private static byte[] DocxWithDocumentXml(Func<Stream> documentXml)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            using var xml = documentXml();
            main.FeedData(xml);
        }

        return stream.ToArray();
    }

    private static MemoryStream Utf8(string s) => new(Encoding.UTF8.GetBytes(s));

    private static Paragraph P(params OpenXmlElement[] content) => new(content);

    private static Paragraph P(string style, params OpenXmlElement[] content) =>
        new(new OpenXmlElement[] { new ParagraphProperties(new ParagraphStyleId { Val = style }) }.Concat(content));

    /// <summary>A paragraph numbered by num <paramref name="numId"/> at level <paramref name="ilvl"/>.</summary>
    private static Paragraph N(int numId, int ilvl, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = ilvl }, new NumberingId { Val = numId })), R(text));

    private static Run R(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold) properties.Append(new Bold());
            if (italic) properties.Append(new Italic());
            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Paragraph Xml(string outerXml) => new(outerXml);

    private static Table Table(params TableRow[] rows) => new(rows);

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text) => new(P(R(text)));

    private static TableCell Cell(params OpenXmlElement[] content) => new(content);

    private static Style ParagraphStyle(string id, string name, string? basedOn = null, bool isDefault = false, bool bold = false, int? outline = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        if (outline is not null) style.Append(new StyleParagraphProperties(new OutlineLevel { Val = outline }));
        if (bold) style.Append(new StyleRunProperties(new Bold()));
        return style;
    }

    private static Style CharacterStyle(string id, string name, bool bold = false, bool italic = false)
    {
        var properties = new StyleRunProperties();
        if (bold) properties.Append(new Bold());
        if (italic) properties.Append(new Italic());
        return new Style(new StyleName { Val = name }, properties) { Type = StyleValues.Character, StyleId = id };
    }

    private static AbstractNum Abstract(int id, params Level[] levels) => new(levels) { AbstractNumberId = id };

    private static Level Level(int ilvl, NumberFormatValues format, string text, int start = 1, string? paragraphStyle = null)
    {
        var level = new Level(new StartNumberingValue { Val = start }, new NumberingFormat { Val = format }) { LevelIndex = ilvl };
        if (paragraphStyle is not null) level.Append(new ParagraphStyleIdInLevel { Val = paragraphStyle });
        level.Append(new LevelText { Val = text });
        return level;
    }

    private static NumberingInstance Num(int numId, int abstractId, params (int Level, int Start)[] startOverrides)
    {
        var num = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId };
        foreach (var (level, start) in startOverrides)
            num.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level });
        return num;
    }

    private static byte[] BadInput(string input) => input switch
    {
        "random bytes" => RandomBytes(4096),
        "empty" => [],
        "a .doc" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4088]],
        "a password-protected .docx" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024],
            .. Encoding.Unicode.GetBytes("EncryptedPackage"), .. new byte[1024]],
        "a PDF" => [.. "%PDF-1.7\n%âãÏÓ\n1 0 obj\n"u8, .. RandomBytes(1024)],
        "an RTF" => [.. @"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times New Roman;}} Kế hoạch}"u8],
        "a PNG" => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. RandomBytes(512)],
        "a zip without word/document.xml" => Zip(("[Content_Types].xml", "<Types/>"), ("ghi-chu.txt", "Kế hoạch")),
        "an .xlsx" => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")),
        "an .odt" => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")),
        "a truncated .docx" => Docx([P(R("Kế hoạch"))])[..300],
        "a document.xml that is not XML" => DocxWithDocumentXml(() => Utf8($"<w:document xmlns:w=\"{WordNs}\"><w:body><w:p>")),
        "a zip bomb" => DocxWithDocumentXml(() => new PaddedXml(DocxReader.MaxXmlBytes + 1024 * 1024)),
        "a part with a DTD" => DocxWithDocumentXml(() => Utf8(
            "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]>"
            + $"<w:document xmlns:w=\"{WordNs}\"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>")),
        "60.000 paragraphs" => DocxWithDocumentXml(() => Utf8(
            $"<w:document xmlns:w=\"{WordNs}\"><w:body>"
            + string.Concat(Enumerable.Range(1, 60_000).Select(i => $"<w:p><w:r><w:t>Đoạn {i}</w:t></w:r></w:p>"))
            + "</w:body></w:document>")),
        "6 million characters" => DocxWithDocumentXml(() => Utf8(
            $"<w:document xmlns:w=\"{WordNs}\"><w:body><w:p><w:r><w:t>{new string('a', 6_000_000)}</w:t></w:r></w:p></w:body></w:document>")),
        "nesting 300 deep" => DocxWithDocumentXml(() => Utf8(
            $"<w:document xmlns:w=\"{WordNs}\"><w:body>"
            + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 150)) + "<w:p><w:r><w:t>Sâu</w:t></w:r></w:p>"
            + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 150)) + "</w:body></w:document>")),
        "a file over 20 MB" => [.. Docx([P(R("Kế hoạch"))]), .. new byte[DocxReader.MaxBytes]],
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
    };

    private static byte[] RewriteEntry(byte[] zip, string name, Func<string, string> rewrite)
    {
        using var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry(name) ?? throw new InvalidOperationException($"No {name}.");
            string content;
            using (var reader = new StreamReader(entry.Open())) content = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(name).Open());
            writer.Write(rewrite(content));
        }

        return stream.ToArray();
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        bytes[0] = (byte)'x'; // never a signature
        return bytes;
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A small well-formed document.xml followed by spaces up to <c>length</c> bytes, produced without holding them.</summary>
    private sealed class PaddedXml(long length) : Stream
    {
        private readonly byte[] _head = Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{WordNs}\"><w:body><w:p><w:r><w:t>Bom</w:t></w:r></w:p></w:body></w:document>");
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
            {
                var at = _position + i;
                buffer[offset + i] = at < _head.Length ? _head[at] : (byte)' ';
            }

            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A seed plan: the repository's copy in data/seeds (see DemoBudgets.SeedFile).</summary>
    private static string SeedPath(string fileName) =>
        Lantoa.Web.DemoData.DemoBudgets.SeedFile(fileName) ?? throw new FileNotFoundException($"No data/seeds/{fileName} above the test binaries.");
}
