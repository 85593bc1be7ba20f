using System.Security.Cryptography;
using System.Text;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Tests.Units;

namespace Lantoa.Domain.Tests.Documents;

public class TextDocumentReaderTests
{
    private const string Sample = "KẾ HOẠCH\n\nTổ chức Ngày Chuyển đổi số năm 2024\n\nCăn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ;\n";

    private static SourceDocument Read(string text, string fileName = "plan.txt") => TextDocumentReader.Read(fileName, Encoding.UTF8.GetBytes(text));

    private static List<SourceParagraph> Paragraphs(SourceDocument document) => document.Blocks.OfType<SourceParagraph>().ToList();

    private static string[] Texts(SourceDocument document) => Paragraphs(document).Select(p => p.Text).ToArray();

    [Fact]
    public void Utf8_with_and_without_bom_and_utf16_with_bom_read_the_same()
    {
        var plain = Encoding.UTF8.GetBytes(Sample);
        var withBom = Encoding.UTF8.GetPreamble().Concat(plain).ToArray();
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray();
        var utf16BigEndian = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Sample)).ToArray();

        var expected = Texts(TextDocumentReader.Read("a.txt", plain));

        Assert.Equal(["KẾ HOẠCH", "Tổ chức Ngày Chuyển đổi số năm 2024", "Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ;"], expected);
        foreach (var bytes in new[] { withBom, utf16, utf16BigEndian })
        {
            var document = TextDocumentReader.Read("a.txt", bytes);
            Assert.Empty(document.Findings);
            Assert.Equal(expected, Texts(document));
        }
    }

    [Fact]
    public void Decomposed_input_comes_out_identical_to_composed_input()
    {
        var composed = Read(Sample);
        var decomposed = Read(Sample.Normalize(NormalizationForm.FormD));

        Assert.NotEqual(Sample, Sample.Normalize(NormalizationForm.FormD));
        Assert.Equal(Texts(composed), Texts(decomposed));
        Assert.All(Texts(decomposed), t => Assert.True(t.IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public void Each_line_is_a_paragraph_with_its_line_number_and_blank_lines_separate()
    {
        var document = Read("\n\nSố: /KH-UBND\n\nLong An, ngày   tháng 9 năm 2024\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n");

        var paragraphs = Paragraphs(document);
        Assert.Equal([3, 5, 6, 7], paragraphs.Select(p => p.Line));
        Assert.Equal(["Số: /KH-UBND", "Long An, ngày tháng 9 năm 2024", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_line_starting_in_lower_case_continues_the_line_above()
    {
        var document = Read("- Triển lãm, trưng bày, giới thiệu các giải pháp, sản phẩm về chuyển đổi\nsố: Tùy tình hình thực tế.\na) Cơ quan chủ trì: Sở Nội vụ.\n");

        Assert.Equal(
            ["- Triển lãm, trưng bày, giới thiệu các giải pháp, sản phẩm về chuyển đổi số: Tùy tình hình thực tế.", "a) Cơ quan chủ trì: Sở Nội vụ."],
            Texts(document));
    }

    [Fact]
    public void Markdown_and_html_debris_is_removed_and_whole_paragraph_emphasis_is_kept_as_flags()
    {
        var document = Read(string.Join("\n\n",
            "#### **IV. KINH PHÍ**",
            "**Nơi nhận:**",
            "*Nguyễn Thành Diệu*",
            "g) Kinh phí thực hiện: **63.365.000** đồng (*Chi tiết tại Phụ lục IV*).",
            "Phụ lục I**MỘT SỐ VĂN BẢN CẦN TẬP TRUNG TUYÊN TRUYỀN***(Kèm theo Kế hoạch số /KH-UBND)*",
            "<p>Mở chuyên mục trên <u>kênh truyền hình</u>;</p><br><p>Định kỳ hàng tuần</p>",
            "xây dựng Mô hình (*tại <https://langso.dx.gov.vn>*) và [Cổng](https://dx.gov.vn) &amp; Sở TT&TT",
            "2\\. Khẩu hiệu: “*Nhiệt liệt chào mừng*”.",
            "* một gạch đầu dòng Markdown"));

        var paragraphs = Paragraphs(document);
        Assert.Equal(
        [
            "IV. KINH PHÍ",
            "Nơi nhận:",
            "Nguyễn Thành Diệu",
            "g) Kinh phí thực hiện: 63.365.000 đồng (Chi tiết tại Phụ lục IV).",
            "Phụ lục I MỘT SỐ VĂN BẢN CẦN TẬP TRUNG TUYÊN TRUYỀN (Kèm theo Kế hoạch số /KH-UBND)",
            "Mở chuyên mục trên kênh truyền hình; Định kỳ hàng tuần",
            "xây dựng Mô hình (tại https://langso.dx.gov.vn) và Cổng (https://dx.gov.vn) & Sở TT&TT",
            "2. Khẩu hiệu: “Nhiệt liệt chào mừng”.",
            "- một gạch đầu dòng Markdown",
        ], paragraphs.Select(p => p.Text));
        Assert.True(paragraphs[0].Heading);
        Assert.True(paragraphs[0].Bold);
        Assert.True(paragraphs[1].Bold);
        Assert.False(paragraphs[1].Italic);
        Assert.True(paragraphs[2].Italic);
        Assert.False(paragraphs[2].Bold);
        Assert.False(paragraphs[3].Bold);
        Assert.False(paragraphs[3].Heading);
    }

    [Fact]
    public void Tab_separated_lines_form_tables_with_their_row_lines_and_a_blank_line_splits_them()
    {
        var document = Read(string.Join("\n",
            "Phụ lục II",
            "STT\tNội dung\tThành tiền (đồng)",
            "1\tNước uống\t16.000.000",
            "\t<p>Dòng không số</p>",
            "",
            "STT\tNội dung\tThành tiền (đồng)",
            "2\tHoa tươi\t3.200.000",
            "\tTổng cộng\t19.200.000"));

        var tables = document.Blocks.OfType<SourceTable>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(2, tables[0].Line);
        Assert.Equal([2, 3, 4], tables[0].RowLines);
        Assert.Equal(["STT", "Nội dung", "Thành tiền (đồng)"], tables[0].Rows[0]);
        Assert.Equal(["", "Dòng không số"], tables[0].Rows[2]);
        Assert.Equal([6, 7, 8], tables[1].RowLines);
        Assert.Equal(["", "Tổng cộng", "19.200.000"], tables[1].Rows[2]);
        Assert.Equal("Phụ lục II", Assert.Single(Paragraphs(document)).Text);
    }

    [Fact]
    public void A_line_without_tabs_between_two_rows_continues_a_cell_of_several_lines()
    {
        var document = Read("10.\tHội trường phục vụ Hội nghị:\n- Máy lạnh, điện nước;\n- Bàn, ghế đại biểu\tNgày\t1\t15.000.000\t15.000.000\n");

        var table = Assert.Single(document.Blocks.OfType<SourceTable>());
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["10.", "Hội trường phục vụ Hội nghị:\n- Máy lạnh, điện nước;"], table.Rows[0]);
        Assert.Equal([1, 3], table.RowLines);
        Assert.Empty(Paragraphs(document));
    }

    [Fact]
    public void A_single_indented_line_is_a_paragraph_not_a_table()
    {
        var document = Read("\tCăn cứ Quyết định số 505/QĐ-TTg;\n");

        Assert.Empty(document.Blocks.OfType<SourceTable>());
        Assert.Equal(["Căn cứ Quyết định số 505/QĐ-TTg;"], Texts(document));
    }

    [Fact]
    public void Markdown_pipe_tables_are_tables_without_their_alignment_row()
    {
        var document = Read("| STT | Đơn vị | Số lượng |\n|---|:---|---:|\n| 1 | Sở Nội vụ | 02 |\n", "plan.md");

        var table = Assert.Single(document.Blocks.OfType<SourceTable>());
        Assert.Equal(DocumentFormat.Markdown, document.Format);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["1", "Sở Nội vụ", "02"], table.Rows[1]);
        Assert.Equal([1, 3], table.RowLines);
    }

    [Fact]
    public void Stray_page_numbers_between_paragraphs_are_dropped_but_numbers_in_text_stay()
    {
        var document = Read("- Lưu: VT, KSTT.\n\n12\n\n- 3 -\n\nTrang 4\n\nKT. CHỦ TỊCH\n\n400 người\n");

        Assert.Equal(["- Lưu: VT, KSTT.", "KT. CHỦ TỊCH", "400 người"], Texts(document));
    }

    [Fact]
    public void Horizontal_rules_are_dropped()
    {
        var document = Read("ỦY BAN NHÂN DÂN\n-----\nSố: 12/KH-UBND\n***\n");

        Assert.Equal(["ỦY BAN NHÂN DÂN", "Số: 12/KH-UBND"], Texts(document));
    }

    [Fact]
    public void Content_hash_is_the_sha256_of_the_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample);

        var document = TextDocumentReader.Read("a.txt", bytes);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), document.ContentHash);
        Assert.Equal(64, document.ContentHash!.Length);
    }

    [Fact]
    public void Binary_content_is_refused_with_an_error_and_no_blocks()
    {
        byte[] withNul = [.. Encoding.UTF8.GetBytes("KẾ HOẠCH"), 0, 1, 2, 3, .. Encoding.UTF8.GetBytes("tiếp")];
        byte[] invalidUtf8 = [0x4B, 0xC3, 0x28, 0xFF, 0xFE, 0x20, 0x41];
        var controls = Encoding.UTF8.GetBytes(new string('\u0001', 50) + "abc");

        foreach (var (bytes, code) in new[] { (withNul, "binary"), (invalidUtf8, "invalid-encoding"), (controls, "binary") })
        {
            var document = TextDocumentReader.Read("x.txt", bytes);
            var error = Assert.Single(document.Findings);
            Assert.Equal(Severity.Error, error.Severity);
            Assert.Equal(code, error.Code);
            Assert.Empty(document.Blocks);
        }
    }

    /// <summary>TCVN3 (ABC) as a Latin-1 viewer shows it: "Cộng hòa xã hội chủ nghĩa Việt Nam / Độc lập - Tự do - Hạnh phúc / Kế hoạch tổ chức các hoạt động".</summary>
    private const string Tcvn3Text = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nKÕ ho¹ch tæ chøc c¸c ho¹t ®éng h­ëng øng Ngµy ChuyÓn ®æi sè\n";

    /// <summary>The same in VNI: a base letter followed by mark bytes.</summary>
    private const string VniText = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc\nKeá hoaïch toå chöùc caùc hoaït ñoäng höôûng öùng Ngaøy Chuyeån ñoåi soá\n";

    [Theory]
    [InlineData(Tcvn3Text, "TCVN3")]
    [InlineData(VniText, "VNI")]
    public void Legacy_vietnamese_encodings_are_refused_with_a_clear_message(string legacy, string name)
    {
        var rawBytes = Encoding.Latin1.GetBytes(legacy);
        var misDecoded = Encoding.UTF8.GetBytes(legacy);

        foreach (var bytes in new[] { rawBytes, misDecoded })
        {
            var document = TextDocumentReader.Read("cu.txt", bytes);
            var error = Assert.Single(document.Findings);
            Assert.Equal(Severity.Error, error.Severity);
            Assert.Equal("legacy-encoding", error.Code);
            Assert.Contains("bảng mã cũ (TCVN3/VNI)", error.Message, StringComparison.Ordinal);
            Assert.Contains("chuyển sang Unicode", error.Message, StringComparison.Ordinal);
            Assert.Contains(name, error.Message, StringComparison.Ordinal);
            Assert.Empty(document.Blocks);
        }
    }

    [Theory]
    [InlineData("longan-2024-ngay-cds.txt")]
    [InlineData("longan-2024-tuyen-truyen-cds.txt")]
    [InlineData("tiengiang-2024-ngay-cds.txt")]
    public void Real_plans_are_not_taken_for_legacy_encodings_and_read_without_findings(string seed)
    {
        var document = TextDocumentReader.Read(seed, Encoding.UTF8.GetBytes(SharedData.Seed(seed)));

        Assert.Equal(LegacyVietnameseEncoding.None, LegacyEncoding.Detect(SharedData.Seed(seed)));
        Assert.Empty(document.Findings);
        Assert.NotEmpty(document.Blocks.OfType<SourceTable>().Concat<SourceBlock>(Paragraphs(document)));
        Assert.DoesNotContain(Paragraphs(document), p => p.Text.Contains("**", StringComparison.Ordinal) || p.Text.StartsWith('#'));
    }

    [Fact]
    public void Input_over_the_size_limit_is_refused_before_it_is_read()
    {
        var bytes = new byte[TextDocumentReader.MaxBytes + 1];
        Array.Fill(bytes, (byte)'a');

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var document = TextDocumentReader.Read("big.txt", bytes);

        var error = Assert.Single(document.Findings);
        Assert.Equal("too-large", error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Empty(document.Blocks);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void An_empty_file_gives_an_empty_error()
    {
        var document = TextDocumentReader.Read("empty.txt", Encoding.UTF8.GetBytes("\n  \n\t\n"));

        Assert.Equal("empty", Assert.Single(document.Findings).Code);
        Assert.Empty(document.Blocks);
    }
}
