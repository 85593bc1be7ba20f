using Lantoa.Domain.Budgets;
using Lantoa.Domain.Findings;

namespace Lantoa.Domain.Tests.Budgets;

public class EstimateTableReaderTests
{
    private static string Tsv(params string[] rows) => string.Join("\n", rows);

    private static Estimate ReadOk(string text, string? defaultTitle = null)
    {
        var result = EstimateTableReader.ReadText(text, defaultTitle);
        Assert.True(result.Success, string.Join("\n", result.Findings.Select(f => f.Message)));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
        return result.Estimate!;
    }

    private static Finding SingleError(EstimateReadResult result) => Assert.Single(result.Findings, f => f.Severity == Severity.Error);

    private static List<EstimateLine> Items(Estimate estimate) => estimate.Lines.Where(l => l.Kind == EstimateLineKind.Item).ToList();

    [Fact]
    public void Title_block_header_groups_items_and_total_are_read()
    {
        var estimate = ReadOk(Tsv(
            "Phụ lục II",
            "DỰ TRÙ KINH PHÍ THỰC HIỆN",
            "HỘI NGHỊ TỔNG KẾT",
            "(Kèm theo Kế hoạch số /KH-UBND ngày /9/2024 của UBND tỉnh)",
            "",
            "STT\tNỘI DUNG\tĐƠN VỊ TÍNH\tSỐ LƯỢNG\tĐƠN GIÁ (đồng)\tTHÀNH TIỀN (đồng)",
            "I\tHỘI NGHỊ\t\t\t\t",
            "1.\tNước uống\tNgười\t400\t40.000\t16.000.000",
            "2.\tHoa tươi\tDĩa\t4\t800.000\t3.200.000",
            "Tổng cộng\t\t\t\t\t19.200.000"));
        Assert.Equal("Phụ lục II", estimate.AppendixLabel);
        Assert.Equal("DỰ TRÙ KINH PHÍ THỰC HIỆN HỘI NGHỊ TỔNG KẾT", estimate.Title);
        Assert.Equal("(Kèm theo Kế hoạch số /KH-UBND ngày /9/2024 của UBND tỉnh)", estimate.AttachedTo);
        Assert.Equal(new Money(19_200_000), estimate.StatedTotal);
        Assert.Equal([EstimateLineKind.Group, EstimateLineKind.Item, EstimateLineKind.Item], estimate.Lines.Select(l => l.Kind));
        var flowers = estimate.Lines[2];
        Assert.Equal("2.", flowers.Label);
        Assert.Equal("Hoa tươi", flowers.Content);
        Assert.Equal("Dĩa", flowers.UnitOfMeasure);
        Assert.Equal(4m, flowers.Quantity);
        Assert.Equal(new Money(800_000), flowers.UnitPrice);
        Assert.Equal(new Money(3_200_000), flowers.StatedAmount);
    }

    [Fact]
    public void The_header_is_recognised_in_any_order_without_diacritics_and_abbreviated()
    {
        var estimate = ReadOk(Tsv(
            "tt\tThanh tien\tnoi dung\tSL\tĐVT\tđơn giá\tGhi chú\tNguồn kinh phí",
            "1\t1.500.000\tBảng tên\t30\tCái\t50.000\tin màu\tNgân sách tỉnh"));
        var line = Assert.Single(estimate.Lines);
        Assert.Equal("1", line.Label);
        Assert.Equal("Bảng tên", line.Content);
        Assert.Equal("Cái", line.UnitOfMeasure);
        Assert.Equal(30m, line.Quantity);
        Assert.Equal(new Money(50_000), line.UnitPrice);
        Assert.Equal(new Money(1_500_000), line.StatedAmount);
        Assert.Equal("in màu; Nguồn kinh phí: Ngân sách tỉnh", line.Note);
    }

    [Fact]
    public void Repeated_headers_and_the_column_number_row_are_skipped()
    {
        var result = EstimateTableReader.ReadText(Tsv(
            "STT\tNội dung\tThành tiền (đồng)\tGhi chú",
            "(1)\t(2)\t(3)\t(4)",
            "1\tThiết kế: 4 trang A4 x 400.000 đồng/trang A4\t1.600.000\t",
            "",
            "STT\tNội dung\tThành tiền (đồng)\tGhi chú",
            "2\tBàn trà: 5 bàn x 200.000 đồng/bàn\t1.000.000\t",
            "Tổng cộng\t\t2.600.000\t"));
        var estimate = result.Estimate!;
        Assert.Equal(["1", "2"], estimate.Lines.Select(l => l.Label));
        Assert.Equal([3, 6], result.LineRows);
        Assert.Equal(new Money(2_600_000), estimate.StatedTotal);
        Assert.Equal(new Money(1_000_000), estimate.Lines[1].ComputedAmount);
    }

    [Fact]
    public void Without_a_header_six_columns_are_stt_content_unit_quantity_price_amount()
    {
        var estimate = ReadOk(Tsv(
            "1.\tNước uống\tNgười\t400\t40.000\t16.000.000",
            "2.\tHỗ trợ tiền ăn\tNgười\t400\t80.000\t32.000.000"), defaultTitle: "Dự toán hội nghị");
        Assert.Equal("Dự toán hội nghị", estimate.Title);
        Assert.Null(estimate.AppendixLabel);
        Assert.Equal(2, estimate.Lines.Count);
        Assert.Equal(400m, estimate.Lines[1].Quantity);
        Assert.Equal(new Money(80_000), estimate.Lines[1].UnitPrice);
        Assert.Equal(new Money(32_000_000), estimate.Lines[1].StatedAmount);
    }

    [Fact]
    public void Without_a_header_seven_columns_add_a_note()
    {
        var line = Assert.Single(ReadOk("1\tNước uống\tNgười\t400\t40.000\t16.000.000\tTheo định mức").Lines);
        Assert.Equal("Theo định mức", line.Note);
        Assert.Equal(new Money(16_000_000), line.StatedAmount);
    }

    [Fact]
    public void Without_a_header_four_columns_are_stt_content_amount_note()
    {
        var estimate = ReadOk(Tsv(
            "1\tÂm thanh: 4.000.000 đồng/suất x 1 suất\t4.000.000\tThuê ngoài",
            "2\tThuê hội trường\t5.500.000"));
        Assert.Equal("Thuê ngoài", estimate.Lines[0].Note);
        Assert.Equal(new Money(4_000_000), estimate.Lines[0].ComputedAmount);
        Assert.Equal(new Money(5_500_000), estimate.Lines[1].StatedAmount);
        Assert.Null(estimate.Lines[1].Note);
    }

    [Fact]
    public void Without_a_header_three_and_two_columns_are_read()
    {
        var three = ReadOk(Tsv("1\tThuê hội trường\t5.500.000", "2\tVăn phòng phẩm\t1.200.000"));
        Assert.Equal(["1", "2"], three.Lines.Select(l => l.Label));
        Assert.Equal(new Money(1_200_000), three.Lines[1].StatedAmount);

        var two = ReadOk(Tsv("1. Thuê hội trường\t5.500.000", "2. Văn phòng phẩm\t1.200.000", "Tổng cộng\t6.700.000"));
        Assert.Equal(["1.", "2."], two.Lines.Select(l => l.Label));
        Assert.Equal("Văn phòng phẩm", two.Lines[1].Content);
        Assert.Equal(new Money(6_700_000), two.StatedTotal);
    }

    [Fact]
    public void Without_a_header_an_unknown_column_count_is_an_error_with_its_row()
    {
        var result = EstimateTableReader.ReadText(Tsv(
            "Phụ lục II",
            "1\tNước uống\tNgười\t400\t16.000.000",
            "2\tHoa\tDĩa\t4\t3.200.000"));
        Assert.Null(result.Estimate);
        var error = SingleError(result);
        Assert.Equal("unknown-columns", error.Code);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("Dòng 2: bảng có 5 cột", error.Message);
    }

    [Fact]
    public void A_row_wider_than_the_header_is_an_error_with_its_row()
    {
        var result = EstimateTableReader.ReadText(Tsv(
            "STT\tNội dung\tThành tiền",
            "1\tThuê hội trường\t5.500.000",
            "2\tVăn phòng phẩm\t1.200.000\t3\t4"));
        Assert.Null(result.Estimate);
        var error = SingleError(result);
        Assert.Equal("inconsistent-columns", error.Code);
        Assert.Equal(3, error.Line);
        Assert.Contains("Dòng 3 có 5 cột", error.Message);
    }

    [Fact]
    public void A_row_whose_amount_falls_in_a_text_column_is_an_error_with_its_row()
    {
        var result = EstimateTableReader.ReadText(Tsv(
            "1.\tNước uống\tNgười\t400\t40.000\t16.000.000",
            "2.\tBảng tên\t1.500.000",
            "3.\tHoa tươi\tDĩa\t4\t800.000\t3.200.000"));
        Assert.Null(result.Estimate);
        var error = SingleError(result);
        Assert.Equal("inconsistent-columns", error.Code);
        Assert.Equal(2, error.Line);
        Assert.Contains("cột ĐƠN VỊ TÍNH", error.Message);
    }

    [Theory]
    [InlineData("1\tNước\tNgười\t400\tabc\t16.000.000", "invalid-number", "Dòng 2, cột ĐƠN GIÁ: \"abc\" không phải là số tiền.")]
    [InlineData("1\tNước\tNgười\t400\t40.000\t-16.000.000", "negative-number", "Dòng 2, cột THÀNH TIỀN: số tiền \"-16.000.000\" không được âm.")]
    [InlineData("1\tNước\tNgười\t400\t40.000\t9.999.999.999.999.999", "number-too-large", "Dòng 2, cột THÀNH TIỀN: Số tiền \"9.999.999.999.999.999\" quá lớn (tối đa 999.999 tỷ đồng).")]
    [InlineData("1\tNước\tNgười\tbốn trăm\t40.000\t16.000.000", "invalid-number", "Dòng 2, cột SỐ LƯỢNG: \"bốn trăm\" không phải là số.")]
    [InlineData("1\tNước\tNgười\t-4\t40.000\t16.000.000", "negative-number", "Dòng 2, cột SỐ LƯỢNG: số lượng \"-4\" không được âm.")]
    public void A_bad_cell_is_an_error_naming_its_row_and_column(string row, string code, string message)
    {
        var result = EstimateTableReader.ReadText(Tsv("STT\tNỘI DUNG\tĐVT\tSỐ LƯỢNG\tĐƠN GIÁ\tTHÀNH TIỀN", row));
        var error = SingleError(result);
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
        Assert.Equal(2, error.Line);
        Assert.Equal("dòng 2", error.Location);

        // The rest of the table is still read; the bad figure is left empty.
        var line = Assert.Single(result.Estimate!.Lines);
        Assert.Equal("Nước", line.Content);
        Assert.True(line.Quantity is null || line.UnitPrice is null || line.StatedAmount is null);
    }

    [Fact]
    public void Group_rows_are_roman_numerals_or_capitals_without_figures_and_may_state_their_subtotal()
    {
        var estimate = ReadOk(Tsv(
            "STT\tNội dung\tThành tiền",
            "I\tHội nghị\t20.000.000",
            "1\tNước uống\t16.000.000",
            "2\tHoa\t4.000.000",
            "\tKHEN THƯỞNG TẬP THỂ\t",
            "3\tBằng khen\t7.020.000",
            "Tổng cộng\t\t27.020.000"));
        var groups = estimate.Lines.Where(l => l.Kind == EstimateLineKind.Group).ToList();
        Assert.Equal(2, groups.Count);
        Assert.Equal("I", groups[0].Label);
        Assert.Equal("Hội nghị", groups[0].Content);
        Assert.Equal(new Money(20_000_000), groups[0].StatedAmount);
        Assert.Null(groups[1].Label);
        Assert.Equal("KHEN THƯỞNG TẬP THỂ", groups[1].Content);
        Assert.Null(groups[1].StatedAmount);
        Assert.Same(groups[1], EstimateAnalyzer.Analyze(estimate).Lines[^1].Group);
    }

    [Fact]
    public void Content_spilling_onto_rows_without_stt_or_figures_joins_the_line_above()
    {
        var result = EstimateTableReader.ReadText(Tsv(
            "STT\tNỘI DUNG\tĐƠN VỊ TÍNH\tSỐ LƯỢNG\tĐƠN GIÁ\tTHÀNH TIỀN",
            "10.\tHội trường phục vụ Hội nghị:\tNgày\t1\t15.000.000\t15.000.000",
            "\t- Máy lạnh, điện nước;\t\t\t\t",
            "- Bàn, ghế đại biểu",
            "11.\tÂm thanh\tNgày\t1\t7.000.000\t7.000.000"));
        var estimate = result.Estimate!;
        Assert.Equal(2, estimate.Lines.Count);
        Assert.Equal("Hội trường phục vụ Hội nghị: - Máy lạnh, điện nước; - Bàn, ghế đại biểu", estimate.Lines[0].Content);
        Assert.Equal([2, 5], result.LineRows);
    }

    [Fact]
    public void A_row_broken_inside_a_cell_is_put_back_together()
    {
        // Some exports end the row at a paragraph break inside the content cell and go on with the rest of the row.
        var estimate = ReadOk(Tsv(
            "STT\tNỘI DUNG\tĐƠN VỊ TÍNH\tSỐ LƯỢNG\tĐƠN GIÁ\tTHÀNH TIỀN",
            "10.\tHội trường phục vụ Hội nghị:",
            "- Máy lạnh, điện nước;",
            "- Bàn, ghế đại biểu\tNgày\t1\t15.000.000\t15.000.000",
            "11.\tÂm thanh\tNgày\t1\t7.000.000\t7.000.000"));
        Assert.Equal(2, estimate.Lines.Count);
        var hall = estimate.Lines[0];
        Assert.Equal("Hội trường phục vụ Hội nghị: - Máy lạnh, điện nước; - Bàn, ghế đại biểu", hall.Content);
        Assert.Equal("Ngày", hall.UnitOfMeasure);
        Assert.Equal(new Money(15_000_000), hall.StatedAmount);
    }

    [Fact]
    public void A_quoted_excel_cell_may_hold_line_breaks_and_tabs()
    {
        var result = EstimateTableReader.ReadText(
            "STT\tNội dung\tThành tiền\n1\t\"Thuê bàn, ghế:\n- Ghế \"\"banquet\"\"\tđỏ\"\t2.800.000\n2\t\"Nước\" uống\t500.000\n");
        var estimate = result.Estimate!;
        Assert.Equal("Thuê bàn, ghế: - Ghế \"banquet\" đỏ", estimate.Lines[0].Content);
        Assert.Equal(new Money(2_800_000), estimate.Lines[0].StatedAmount);
        Assert.Equal("\"Nước\" uống", estimate.Lines[1].Content);
        Assert.Equal([2, 4], result.LineRows);
    }

    [Theory]
    [InlineData("Tổng cộng\t\t\t\t\t19.200.000")]
    [InlineData("\tTỔNG CỘNG:\t\t\t\t19.200.000")]
    [InlineData("\t\tTổng cộng (I+II)\t\t\t19.200.000")]
    [InlineData("TỔNG SỐ\t19.200.000")]
    public void The_total_row_is_found_in_any_column(string totalRow)
    {
        var estimate = ReadOk(Tsv(
            "STT\tNỘI DUNG\tĐVT\tSL\tĐƠN GIÁ\tTHÀNH TIỀN",
            "1.\tNước uống\tNgười\t400\t40.000\t16.000.000",
            "2.\tHoa tươi\tDĩa\t4\t800.000\t3.200.000",
            totalRow));
        Assert.Equal(new Money(19_200_000), estimate.StatedTotal);
        Assert.Equal(2, estimate.Lines.Count);
    }

    [Fact]
    public void Cong_as_a_unit_of_measure_is_not_a_total_and_a_long_text_starting_with_tong_cong_is_content()
    {
        var estimate = ReadOk(Tsv(
            "STT\tNỘI DUNG\tĐVT\tSL\tĐƠN GIÁ\tTHÀNH TIỀN",
            "1.\tThuê nhân công dựng sân khấu\tCông\t10\t300.000\t3.000.000",
            "2.\tTổng cộng các khoản hỗ trợ khác\tGói\t1\t500.000\t500.000",
            "Tổng cộng\t\t\t\t\t3.500.000"));
        Assert.Equal(2, estimate.Lines.Count);
        Assert.Equal("Công", estimate.Lines[0].UnitOfMeasure);
        Assert.Equal(new Money(3_500_000), estimate.StatedTotal);
    }

    [Fact]
    public void Cong_rows_close_a_group_with_its_subtotal()
    {
        var estimate = ReadOk(Tsv(
            "STT\tNội dung\tThành tiền",
            "I\tHỘI NGHỊ\t",
            "1\tNước uống\t16.000.000",
            "\tCộng\t16.000.000",
            "II\tKHEN THƯỞNG\t",
            "2\tBằng khen\t7.020.000",
            "\tCộng\t7.020.000",
            "\tTổng cộng\t23.020.000"));
        var groups = estimate.Lines.Where(l => l.Kind == EstimateLineKind.Group).ToList();
        Assert.Equal([new Money(16_000_000), new Money(7_020_000)], groups.Select(g => g.StatedAmount!.Value));
        Assert.Equal(new Money(23_020_000), estimate.StatedTotal);
        Assert.Equal(4, estimate.Lines.Count);
    }

    [Fact]
    public void The_amount_in_words_under_the_table_is_kept_and_later_rows_are_reported()
    {
        var result = EstimateTableReader.ReadText(Tsv(
            "STT\tNội dung\tThành tiền",
            "1\tNước uống\t16.000.000",
            "Tổng cộng\t\t16.000.000",
            "(Bằng chữ: Mười sáu triệu đồng chẵn)",
            "",
            "Phụ lục III"));
        Assert.Equal("Mười sáu triệu đồng chẵn", result.StatedTotalInWords);
        var after = Assert.Single(result.Findings, f => f.Code == "rows-after-total");
        Assert.Equal(Severity.Info, after.Severity);
        Assert.Equal(6, after.Line);
        Assert.Single(result.Estimate!.Lines);
    }

    [Fact]
    public void A_sponsored_line_without_amount_is_an_item()
    {
        var estimate = ReadOk(Tsv(
            "STT\tNội dung\tThành tiền (đồng)\tGhi chú",
            "6\tPhần mềm trắc nghiệm: Đề nghị VNPT Long An tài trợ.\t\t",
            "7\tIn giấy chứng nhận: 23 tờ x 25.000 đồng/tờ\t575.000\t"));
        var sponsored = estimate.Lines[0];
        Assert.Equal(EstimateLineKind.Item, sponsored.Kind);
        Assert.Null(sponsored.StatedAmount);
        Assert.Null(sponsored.ComputedAmount);
        Assert.Equal(2, estimate.Lines.Count);
    }

    [Fact]
    public void Amounts_in_millions_follow_the_header_or_the_unit_line()
    {
        var byHeader = ReadOk(Tsv("STT\tNội dung\tKinh phí (triệu đồng)", "1\tHội nghị\t388,4", "2\tTriển lãm\t57,95"));
        Assert.Equal([new Money(388_400_000), new Money(57_950_000)], byHeader.Lines.Select(l => l.StatedAmount!.Value));

        var byUnitLine = ReadOk(Tsv("DỰ TOÁN KINH PHÍ", "Đơn vị tính: nghìn đồng", "STT\tNội dung\tThành tiền", "1\tHội nghị\t388.400"));
        Assert.Equal(new Money(388_400_000), byUnitLine.Lines[0].StatedAmount);
        Assert.Equal("DỰ TOÁN KINH PHÍ", byUnitLine.Title);
    }

    [Fact]
    public void A_stray_page_number_between_pages_is_ignored()
    {
        var result = EstimateTableReader.ReadText(Tsv(
            "STT\tNội dung\tThành tiền",
            "1\tNước uống\t16.000.000",
            "2",
            "STT\tNội dung\tThành tiền",
            "2\tHoa\t3.200.000"));
        Assert.Equal(["1", "2"], result.Estimate!.Lines.Select(l => l.Label));
        Assert.Equal(3, Assert.Single(result.Findings, f => f.Code == "ignored-row").Line);
    }

    [Fact]
    public void A_grid_of_cells_is_read_like_text()
    {
        var rows = new List<IReadOnlyList<string?>>
        {
            new[] { "Phụ lục IV", null, null },
            new string?[] { },
            new[] { "STT", "Nội dung", "Thành tiền (đồng)" },
            new[] { "1", "Bàn trà đại biểu: 5 bàn x 200.000 đồng/bàn", "1.000.000" },
            new[] { "2", "Giải khát: 120 người x 20.000 đồng/người/buổi", "abc" },
            new[] { null, "Tổng cộng", "3.400.000" },
        };
        var result = EstimateTableReader.Read(rows, "Hội thi");
        Assert.Equal("Phụ lục IV", result.Estimate!.AppendixLabel);
        Assert.Equal("Hội thi", result.Estimate.Title);
        Assert.Equal(new Money(3_400_000), result.Estimate.StatedTotal);
        Assert.Equal(new Money(2_400_000), result.Estimate.Lines[1].ComputedAmount);
        var error = SingleError(result);
        Assert.Equal("Dòng 5, cột THÀNH TIỀN: \"abc\" không phải là số tiền.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void Empty_input_is_an_error(string text)
    {
        var result = EstimateTableReader.ReadText(text);
        Assert.Null(result.Estimate);
        Assert.Equal("empty-input", SingleError(result).Code);
    }

    [Fact]
    public void Text_without_a_table_is_an_error()
    {
        var result = EstimateTableReader.ReadText(Tsv("Phụ lục II", "DỰ TRÙ KINH PHÍ THỰC HIỆN", "(Kèm theo Kế hoạch số /KH-UBND)"));
        Assert.Null(result.Estimate);
        Assert.Equal("no-table", SingleError(result).Code);
    }

    [Fact]
    public void A_markdown_table_is_read()
    {
        var estimate = ReadOk(Tsv(
            "| STT | Nội dung | Thành tiền |",
            "|---|:---|---:|",
            "| 1 | Nước uống: 400 người x 40.000 đồng/người | 16.000.000 |",
            "| | Tổng cộng | 16.000.000 |"));
        var line = Assert.Single(estimate.Lines);
        Assert.Equal(new Money(16_000_000), line.ComputedAmount);
        Assert.Equal(new Money(16_000_000), estimate.StatedTotal);
    }

    [Fact]
    public void Text_in_one_column_is_not_a_table()
    {
        var result = EstimateTableReader.ReadText(Tsv("1. Nước uống 400 người 16.000.000", "2. Hoa tươi 4 dĩa 3.200.000"));
        Assert.Null(result.Estimate);
        Assert.Equal("no-table", SingleError(result).Code);
    }

    [Fact]
    public void A_header_without_content_column_is_an_error()
    {
        var result = EstimateTableReader.ReadText(Tsv("STT\tĐơn vị tính\tThành tiền", "1\tNgười\t16.000.000"));
        Assert.Null(result.Estimate);
        Assert.Equal("missing-column", SingleError(result).Code);
    }

    [Fact]
    public void A_table_without_total_row_is_noted()
    {
        var result = EstimateTableReader.ReadText(Tsv("STT\tNội dung\tThành tiền", "1\tNước uống\t16.000.000"));
        Assert.Null(result.Estimate!.StatedTotal);
        Assert.Equal(Severity.Info, Assert.Single(result.Findings, f => f.Code == "no-total").Severity);
    }

    [Fact]
    public void Windows_line_ends_and_trailing_tabs_are_accepted()
    {
        var estimate = ReadOk("STT\tNội dung\tThành tiền\t\t\r\n1\tNước uống\t16.000.000\t\t\r\nTổng cộng\t\t16.000.000\t\t\r\n");
        Assert.Equal(new Money(16_000_000), estimate.StatedTotal);
        Assert.Single(estimate.Lines);
    }
}
