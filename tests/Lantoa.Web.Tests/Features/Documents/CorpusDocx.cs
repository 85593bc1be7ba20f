using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Lantoa.Web.Tests.Features.Documents;

/// <summary>
/// The .docx documents of the corpus (tests/corpus/plans/README.md), written at run time the way Word saves a plan a
/// civil servant typed: a styles part (Normal, Heading 1, Title), a numbering part whose lists number the parts
/// (upper Roman "I."), the activities ("1.", "1.1.", restarted in each part) and the bullets ("-"), the header as a
/// borderless two-column table, and appendix tables with borders. The letters "a)", "b)" are typed, as Vietnamese
/// plans do (Word's letters skip "đ").
/// </summary>
/// <remarks>
/// Each document is a list of lines: "#I text" a part (Roman list), "#1 text" an activity, "#1.1 text" a sub-activity,
/// "- text" a bullet, "|a|b|c" a table row (consecutive rows make one table), "!text" a bold centred line,
/// "^text" an italic centred line, "" nothing, anything else a justified body paragraph.
/// </remarks>
internal static class CorpusDocx
{
    public static readonly string[] Names = ["haiduong-2024-hoi-thao.docx", "tayninh-2026-nhiem-vu.docx", "laocai-2025-tuan-le.docx"];

    public static byte[] Write(string name) => name switch
    {
        "haiduong-2024-hoi-thao.docx" => Build(HaiDuong2024Document),
        "tayninh-2026-nhiem-vu.docx" => Build(TayNinh2026Document),
        "laocai-2025-tuan-le.docx" => Build(LaoCai2025Document),
        _ => throw new ArgumentException($"no corpus .docx named {name}", nameof(name)),
    };

    private const int PartsList = 1, ActivitiesList = 2, BulletsList = 3;

    private static byte[] Build((string Left, string Right)[] header, string[] lines)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                Abstract(PartsList, (NumberFormatValues.UpperRoman, "%1.", 0)),
                Abstract(ActivitiesList, (NumberFormatValues.Decimal, "%1.", 0), (NumberFormatValues.Decimal, "%1.%2.", 1)),
                Abstract(BulletsList, (NumberFormatValues.Bullet, "-", 0)));
            var body = new Body();
            body.Append(HeaderTable(header));

            var activityNum = 0;
            var nextNum = 10;
            var rows = new List<string[]>();
            void FlushTable()
            {
                if (rows.Count == 0) return;
                body.Append(Table(rows));
                rows.Clear();
            }

            foreach (var line in lines)
            {
                if (line.StartsWith('|'))
                {
                    rows.Add(line[1..].Split('|'));
                    continue;
                }

                FlushTable();
                if (line.Length == 0) continue;
                if (line.StartsWith("#I ", StringComparison.Ordinal))
                {
                    body.Append(ListParagraph(line[3..], PartsList, 0, bold: true, style: "Heading1"));
                    // The activities of each part are numbered from 1 again: a new list instance restarting its levels.
                    activityNum = nextNum++;
                }
                else if (line.StartsWith("#1.1 ", StringComparison.Ordinal)) body.Append(ListParagraph(line[5..], activityNum, 1, bold: false, italic: true));
                else if (line.StartsWith("#1 ", StringComparison.Ordinal)) body.Append(ListParagraph(line[3..], activityNum, 0, bold: true));
                else if (line.StartsWith("- ", StringComparison.Ordinal)) body.Append(ListParagraph(line[2..], BulletsList, 0, bold: false));
                else if (line.StartsWith('!')) body.Append(Centred(line[1..], bold: true, italic: false));
                else if (line.StartsWith('^')) body.Append(Centred(line[1..], bold: false, italic: true));
                else body.Append(Paragraph(line));
            }

            FlushTable();
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
            foreach (var id in new[] { PartsList, BulletsList })
                numbering.Numbering.Append(new NumberingInstance(new AbstractNumId { Val = id }) { NumberID = id });
            for (var id = 10; id < nextNum; id++)
                numbering.Numbering.Append(new NumberingInstance(new AbstractNumId { Val = ActivitiesList },
                    new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 },
                    new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 1 }) { NumberID = id });
        }

        return stream.ToArray();
    }

    private static AbstractNum Abstract(int id, params (NumberFormatValues Format, string Text, int Level)[] levels)
    {
        var abs = new AbstractNum { AbstractNumberId = id };
        abs.Append(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel });
        foreach (var (format, text, level) in levels)
            abs.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "0", FirstLine = "567" })) { LevelIndex = level });
        return abs;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        RunProperties Font(bool bold, int halfPoints) => new(
            new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
            bold ? new Bold() : new Bold { Val = false }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(Font(false, 28))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Both }, new SpacingBetweenLines { After = "120" }),
                Font(false, 28)) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 0 }), Font(true, 28)) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }), Font(true, 28)) { Type = StyleValues.Paragraph, StyleId = "Title" });
    }

    private static Run TextRun(string text, bool bold = false, bool italic = false)
    {
        var props = new RunProperties();
        if (bold) props.Append(new Bold());
        if (italic) props.Append(new Italic());
        return new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Paragraph ListParagraph(string text, int numId, int level, bool bold, bool italic = false, string? style = null)
    {
        var props = new ParagraphProperties();
        if (style is not null) props.Append(new ParagraphStyleId { Val = style });
        props.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId }));
        return new Paragraph(props, TextRun(text, bold, italic));
    }

    private static Paragraph Paragraph(string text) =>
        new(new ParagraphProperties(new Indentation { FirstLine = "567" }), TextRun(text));

    private static Paragraph Centred(string text, bool bold, bool italic) =>
        new(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), TextRun(text, bold, italic));

    private static Table HeaderTable((string Left, string Right)[] header)
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })),
            new TableGrid(new GridColumn { Width = "3600" }, new GridColumn { Width = "5755" }));
        TableCell Cell(string text, int width) => new(new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
            text.Length == 0 ? new Paragraph() : new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                TextRun(text, bold: text == text.ToUpperInvariant() && !text.StartsWith("Số", StringComparison.Ordinal), italic: text.Contains(", ngày", StringComparison.Ordinal))));
        foreach (var (left, right) in header) table.Append(new TableRow(Cell(left, 3600), Cell(right, 5755)));
        return table;
    }

    private static Table Table(List<string[]> rows)
    {
        var border = new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var width = rows.Max(r => r.Length);
        var grid = new TableGrid();
        for (var i = 0; i < width; i++) grid.Append(new GridColumn { Width = (9355 / width).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border), grid);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new TableRow();
            if (r == 0) row.Append(new TableRowProperties(new TableHeader()));
            for (var c = 0; c < width; c++)
            {
                var text = c < rows[r].Length ? rows[r][c] : "";
                row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = (9355 / width).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                    text.Length == 0 ? new Paragraph() : new Paragraph(TextRun(text, bold: r == 0))));
            }

            table.Append(row);
        }

        return table;
    }

    // ─────────────────────────── the documents ───────────────────────────

    private static readonly (string, string)[] HaiDuongHeader =
    [
        ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("TỈNH HẢI DƯƠNG", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 3512/KH-UBND", "Hải Dương, ngày 23 tháng 9 năm 2024"),
    ];

    private static byte[] Build(Func<((string, string)[] Header, string[] Lines)> document)
    {
        var (header, lines) = document();
        return Build(header, lines);
    }

    private static ((string, string)[], string[]) HaiDuong2024Document() => (HaiDuongHeader,
    [
        "!KẾ HOẠCH",
        "!Tổ chức Hội thảo “Chuyển đổi số trong doanh nghiệp nhỏ và vừa” tỉnh Hải Dương năm 2024",
        "Căn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030;",
        "Theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 88/TTr-STTTT ngày 16/9/2024, UBND tỉnh ban hành Kế hoạch như sau:",
        "#I MỤC ĐÍCH, YÊU CẦU",
        "- Hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận các nền tảng số Việt Nam.",
        "- Kết nối doanh nghiệp công nghệ số với doanh nghiệp sản xuất, kinh doanh trên địa bàn tỉnh.",
        "#I NỘI DUNG",
        "#1 Hội thảo chuyên đề tại thành phố Hải Dương",
        "a) Cơ quan chủ trì: Sở Thông tin và Truyền thông.",
        "b) Cơ quan phối hợp: Sở Kế hoạch và Đầu tư; Hiệp hội Doanh nghiệp tỉnh Hải Dương; Công ty Cổ phần MISA.",
        "c) Thời gian: ngày 15/10/2024.",
        "d) Địa điểm: Trung tâm Hội nghị tỉnh, phường Trần Phú, thành phố Hải Dương.",
        "đ) Thành phần tham dự: khoảng 200 đại biểu.",
        "e) Kinh phí: 96.000.000 đồng (chi tiết tại Phụ lục).",
        "#1 Gian trưng bày giải pháp số cho doanh nghiệp",
        "a) Cơ quan chủ trì: Hiệp hội Doanh nghiệp tỉnh Hải Dương.",
        "b) Cơ quan phối hợp: Viettel Hải Dương; VNPT Hải Dương; Công ty TNHH Phần mềm FPT.",
        "c) Thời gian: ngày 15/10/2024.",
        "#I TỔ CHỨC THỰC HIỆN",
        "Sở Thông tin và Truyền thông chủ trì tổ chức Hội thảo; Sở Tài chính thẩm định kinh phí; UBND thành phố Hải Dương bảo đảm an ninh trật tự.",
        "Trên đây là Kế hoạch tổ chức Hội thảo “Chuyển đổi số trong doanh nghiệp nhỏ và vừa” tỉnh Hải Dương năm 2024. Sở Thông tin và Truyền thông báo cáo kết quả về UBND tỉnh trước ngày 31/10/2024./.",
        "Nơi nhận:",
        "- Bộ Thông tin và Truyền thông (b/c);",
        "- Các sở, ngành tỉnh;",
        "- Lưu: VT, Hiếu (10b).",
        "!TM. ỦY BAN NHÂN DÂN",
        "!KT. CHỦ TỊCH",
        "!PHÓ CHỦ TỊCH",
        "!Lưu Văn Bản",
        "!Phụ lục",
        "!DỰ TOÁN KINH PHÍ TỔ CHỨC HỘI THẢO",
        "^(Kèm theo Kế hoạch số 3512/KH-UBND ngày 23/9/2024 của UBND tỉnh)",
        "|STT|Nội dung|Đơn vị tính|Số lượng|Đơn giá|Thành tiền",
        "|1|Thuê hội trường, âm thanh, ánh sáng|Ngày|1|30.000.000|30.000.000",
        "|2|Báo cáo viên chuyên đề|Người|4|3.000.000|12.000.000",
        "|3|Tài liệu hội thảo|Bộ|200|70.000|14.000.000",
        "|4|Trang trí, khánh tiết|Gói|1|20.000.000|20.000.000",
        "|5|Nước uống đại biểu|Người|200|100.000|20.000.000",
        "|Tổng cộng|||||96.000.000",
    ]);

    private static ((string, string)[], string[]) TayNinh2026Document() => (
    [
        ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("TỈNH TÂY NINH", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 58/KH-UBND", "Tây Ninh, ngày 09 tháng 3 năm 2026"),
    ],
    [
        "!KẾ HOẠCH",
        "!Phát triển xã hội số tỉnh Tây Ninh năm 2026",
        "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND tỉnh về chuyển đổi số năm 2026;",
        "Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 40/TTr-SKHCN ngày 02/3/2026.",
        "#I MỤC TIÊU",
        "- 80% người dân trưởng thành có điện thoại thông minh sử dụng ứng dụng định danh điện tử.",
        "- 100% xã, phường có điểm hỗ trợ dịch vụ công trực tuyến.",
        "#I NHIỆM VỤ",
        "#1 Phổ cập kỹ năng số cho người dân",
        "a) Đơn vị chủ trì: UBND các xã, phường.",
        "b) Đơn vị phối hợp: Tỉnh Đoàn; Hội Liên hiệp Phụ nữ tỉnh; Công ty TNHH MTV Xổ số kiến thiết Tây Ninh.",
        "c) Thời gian: năm 2026.",
        "#1 Các nhiệm vụ khác theo Phụ lục kèm theo",
        "#I TIẾN ĐỘ THỰC HIỆN",
        "- Quý II/2026: hoàn thành điểm hỗ trợ dịch vụ công tại 96 xã, phường.",
        "- Cuối tháng 11/2026: sơ kết, đánh giá kết quả.",
        "#I TỔ CHỨC THỰC HIỆN",
        "Sở Khoa học và Công nghệ theo dõi, đôn đốc; các cơ quan, đơn vị báo cáo kết quả trước ngày 05/12/2026.",
        "Trên đây là Kế hoạch phát triển xã hội số tỉnh Tây Ninh năm 2026; các cơ quan, đơn vị, địa phương báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 05/12/2026./.",
        "Nơi nhận:",
        "- Bộ Khoa học và Công nghệ (b/c);",
        "- UBND các xã, phường;",
        "- Lưu: VT.",
        "!TM. ỦY BAN NHÂN DÂN",
        "!CHỦ TỊCH",
        "!Nguyễn Văn Út",
        "!Phụ lục",
        "!NHIỆM VỤ PHÁT TRIỂN XÃ HỘI SỐ NĂM 2026",
        "^(Kèm theo Kế hoạch số 58/KH-UBND ngày 09/3/2026 của UBND tỉnh)",
        "|STT|Nhiệm vụ|Cơ quan chủ trì|Cơ quan phối hợp|Thời gian|Ghi chú",
        "|1|Triển khai nền tảng “Bình dân học vụ số”|Sở Khoa học và Công nghệ|Sở Giáo dục và Đào tạo|Quý II/2026|",
        "|2|Thanh toán không dùng tiền mặt tại chợ truyền thống|Sở Công Thương|Ngân hàng Nhà nước Khu vực 13; Công ty Cổ phần Thanh toán Quốc gia Việt Nam (NAPAS)|Tháng 10/2026|",
        "|3|Hồ sơ sức khỏe điện tử cho người dân|Sở Y tế|Bảo hiểm xã hội tỉnh|Thường xuyên|",
    ]);

    private static ((string, string)[], string[]) LaoCai2025Document() => (
    [
        ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("TỈNH LÀO CAI", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 402/KH-UBND", "Lào Cai, ngày 24 tháng 9 năm 2025"),
    ],
    [
        "!KẾ HOẠCH",
        "!Tổ chức Tuần lễ hưởng ứng Ngày Chuyển đổi số quốc gia năm 2025 trên địa bàn tỉnh Lào Cai",
        "Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia;",
        "Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 115/TTr-SKHCN ngày 19/9/2025.",
        "#I MỤC ĐÍCH, YÊU CẦU",
        "Lan tỏa phong trào chuyển đổi số trên toàn tỉnh sau hợp nhất tỉnh Lào Cai và tỉnh Yên Bái; tổ chức thiết thực, tiết kiệm.",
        "#I THÔNG TIN CHUNG",
        "- Thời gian: từ ngày 06/10/2025 đến ngày 10/10/2025.",
        "- Địa điểm chính: Quảng trường Yên Bái, phường Yên Bái; các điểm cầu tại xã, phường.",
        "- Cơ quan thường trực: Sở Khoa học và Công nghệ.",
        "#I CHƯƠNG TRÌNH",
        "#1 Ngày 06/10/2025",
        "#1.1 Buổi sáng: Lễ phát động Tuần lễ hưởng ứng Ngày Chuyển đổi số",
        "a) Cơ quan chủ trì: Sở Khoa học và Công nghệ.",
        "b) Cơ quan phối hợp: Văn phòng UBND tỉnh; Báo và Phát thanh, Truyền hình Lào Cai.",
        "#1.1 Buổi chiều: Hội thảo “Du lịch thông minh vùng Tây Bắc”",
        "a) Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
        "b) Cơ quan phối hợp: Công ty Cổ phần Dịch vụ Cáp treo Fansipan Sa Pa; Hiệp hội Du lịch tỉnh Lào Cai.",
        "#1 Ngày 08/10/2025",
        "#1.1 Buổi sáng: Tập huấn kỹ năng số cho cán bộ cấp xã",
        "a) Cơ quan chủ trì: Sở Nội vụ.",
        "b) Thành phần tham dự: 300 cán bộ, công chức các xã, phường.",
        "#1 Ngày 10/10/2025",
        "#1.1 Buổi tối: Chương trình nghệ thuật “Lào Cai - Khát vọng số”",
        "a) Cơ quan chủ trì: Tỉnh Đoàn.",
        "#I TỔ CHỨC THỰC HIỆN",
        "- Sở Khoa học và Công nghệ: chủ trì, tổng hợp báo cáo.",
        "- UBND các xã, phường: tổ chức điểm cầu và tuyên truyền tại địa phương.",
        "Trên đây là Kế hoạch tổ chức Tuần lễ hưởng ứng Ngày Chuyển đổi số quốc gia năm 2025 trên địa bàn tỉnh Lào Cai. Sở Khoa học và Công nghệ báo cáo kết quả về UBND tỉnh trước ngày 20/10/2025./.",
        "Nơi nhận:",
        "- Bộ Khoa học và Công nghệ (b/c);",
        "- Lưu: VT, KGVX.",
        "!KT. CHỦ TỊCH",
        "!PHÓ CHỦ TỊCH",
        "!Hoàng Giang",
    ]);
}
