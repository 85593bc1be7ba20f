using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Lantoa.Domain;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Findings;
using Lantoa.Web.Features.Budgets;
using NPOI.SS.UserModel;
using NPOI.SS.Util;
using NPOI.XSSF.UserModel;

namespace Lantoa.Web.Tests.Features.Budgets;

/// <summary>Export and import of estimates as .xlsx. No database: these run anywhere.</summary>
public class EstimateWorkbookTests
{
    private const string Title = "DỰ TRÙ KINH PHÍ THỰC HIỆN HỘI NGHỊ ĐIỂN HÌNH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG";
    private const string AttachedTo = "(Kèm theo Kế hoạch số /KH-UBND ngày /9/2024 của UBND tỉnh)";
    private const string WrittenCalculation =
        "Văn nghệ chào mừng - Bồi dưỡng tập dượt văn nghệ: 14 người x 50.000 đồng/người/buổi x 7 buổi - Bồi dưỡng biểu diễn văn nghệ: 14 người x 100.000 đồng/người x 1 buổi";

    private static Money M(long dong) => new(dong);

    /// <summary>
    /// An estimate shaped like Phụ lục II of the Long An 2024 plan: two groups, quantity × price lines, a fractional
    /// quantity, a quantity with three decimals, a line whose amount is written out in its content, a line with only an
    /// amount and a note. Every amount is stated, as in the seed, and the group rows state their subtotals.
    /// </summary>
    private static Estimate SeedLikeEstimate()
    {
        var estimate = new Estimate(Title)
        {
            AppendixLabel = "Phụ lục II",
            AttachedTo = AttachedTo,
            StatedTotal = M(178_100_000),
        };
        var groupOne = EstimateLine.Group("I", "HỘI NGHỊ ĐIỂN HÌNH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG");
        groupOne.SetFigures(null, null, M(59_300_000));
        var groupTwo = EstimateLine.Group("II", "KHEN THƯỞNG CÁC TẬP THỂ, CÁ NHÂN TỔ CNSCĐ");
        groupTwo.SetFigures(null, null, M(118_800_000));
        var other = EstimateLine.Item("6.", "Chi khác phục vụ Hội nghị", statedAmount: M(1_000_000));
        other.Note = "Dự phòng";
        estimate.AddLines(
        [
            groupOne,
            EstimateLine.Item("1.", "Nước uống", "Người", 400, M(40_000), M(16_000_000)),
            EstimateLine.Item("2.", "Hỗ trợ tiền ăn", "Người", 400, M(80_000), M(32_000_000)),
            EstimateLine.Item("3.", "Phông nền hội trường", "m²", 12.5m, M(150_000), M(1_875_000)),
            EstimateLine.Item("4.", "Vận chuyển trang thiết bị", "Tấn", 2.125m, M(1_000_000), M(2_125_000)),
            WithWrittenFormula(EstimateLine.Item("5.", WrittenCalculation, statedAmount: M(6_300_000))),
            other,
            groupTwo,
            EstimateLine.Item("7.", "Mức chi kèm theo Bằng khen của Chủ tịch tỉnh (cá nhân)", "Bằng khen", 30, M(3_510_000), M(105_300_000)),
            EstimateLine.Item("8.", "Hoa trao giải thưởng", "Bó", 45, M(300_000), M(13_500_000)),
        ]);
        return estimate;
    }

    /// <summary>The line's written calculation, as <see cref="LineFormulaParser"/> reads it (two labelled terms).</summary>
    private static EstimateLine WithWrittenFormula(EstimateLine line)
    {
        Assert.NotNull(line.Formula);
        Assert.Equal(2, line.Formula!.Terms.Count);
        return line;
    }

    private static XSSFWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    private static string? Text(ISheet sheet, int row, int col) =>
        sheet.GetRow(row)?.GetCell(col) is { CellType: CellType.String } cell ? cell.StringCellValue : null;

    /// <summary>The 0-based row whose cell in <paramref name="col"/> reads <paramref name="text"/>.</summary>
    private static int RowOf(ISheet sheet, string text, int col = 1)
    {
        for (var r = 0; r <= sheet.LastRowNum; r++)
            if (Text(sheet, r, col) == text) return r;
        throw new Xunit.Sdk.XunitException($"No row with \"{text}\" in column {col}.");
    }

    private static ICell Amount(ISheet sheet, int row) => sheet.GetRow(row).GetCell(5);

    // ───────────────────────────── export ─────────────────────────────

    [Fact]
    public void Export_writes_the_layout_of_the_seed_appendices()
    {
        var estimate = SeedLikeEstimate();
        var workbook = Open(EstimateWorkbook.Export(estimate, "Kế hoạch số 140/KH-UBND"));
        var sheet = workbook.GetSheetAt(0);

        Assert.Equal(1, workbook.NumberOfSheets);
        Assert.Equal("Phụ lục II", sheet.SheetName);
        Assert.Equal("Phụ lục II", Text(sheet, 0, 0));
        Assert.Equal(Title, Text(sheet, 1, 0));
        Assert.True(sheet.GetRow(1).GetCell(0).CellStyle.GetFont(workbook).IsBold);
        Assert.Equal(AttachedTo, Text(sheet, 2, 0));
        Assert.True(sheet.GetRow(2).GetCell(0).CellStyle.GetFont(workbook).IsItalic);
        Assert.Null(sheet.GetRow(3));

        // The note column is there because one line has a note.
        string[] header = ["STT", "NỘI DUNG", "ĐƠN VỊ TÍNH", "SỐ LƯỢNG", "ĐƠN GIÁ (đồng)", "THÀNH TIỀN (đồng)", "GHI CHÚ"];
        Assert.Equal(header, Enumerable.Range(0, 7).Select(c => Text(sheet, 4, c)));
        Assert.True(sheet.GetRow(4).GetCell(1).CellStyle.GetFont(workbook).IsBold);
        Assert.Equal(BorderStyle.Thin, sheet.GetRow(4).GetCell(0).CellStyle.BorderLeft);
        Assert.Equal("Dự phòng", Text(sheet, RowOf(sheet, "Chi khác phục vụ Hội nghị"), 6));

        var group = RowOf(sheet, "HỘI NGHỊ ĐIỂN HÌNH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG");
        Assert.Equal(5, group);
        Assert.Equal("I", Text(sheet, group, 0));
        Assert.True(sheet.GetRow(group).GetCell(1).CellStyle.GetFont(workbook).IsBold);
        Assert.True(sheet.GetRow(group).GetCell(5).CellStyle.GetFont(workbook).IsBold);
        var water = RowOf(sheet, "Nước uống");
        Assert.Equal("1.", Text(sheet, water, 0));
        Assert.Equal("Người", Text(sheet, water, 2));
        Assert.Equal(400, sheet.GetRow(water).GetCell(3).NumericCellValue);
        Assert.Equal(40_000, sheet.GetRow(water).GetCell(4).NumericCellValue);
        Assert.Equal(EstimateWorkbook.NumberFormat, sheet.GetRow(water).GetCell(5).CellStyle.GetDataFormatString());
        Assert.True(sheet.GetRow(water).GetCell(1).CellStyle.WrapText);
        Assert.Equal(12.5, sheet.GetRow(RowOf(sheet, "Phông nền hội trường")).GetCell(3).NumericCellValue);

        var total = RowOf(sheet, "Tổng cộng", col: 0);
        Assert.True(sheet.GetRow(total).GetCell(0).CellStyle.GetFont(workbook).IsBold);
        Assert.Contains(Enumerable.Range(0, sheet.NumMergedRegions).Select(sheet.GetMergedRegion),
            m => m.FirstRow == total && m.FirstColumn == 0 && m.LastColumn == 4);

        Assert.True(sheet.PrintSetup.Landscape);
        Assert.True(sheet.FitToPage);
        Assert.Equal(1, sheet.PrintSetup.FitWidth);
        Assert.Equal(0, sheet.PrintSetup.FitHeight);
        Assert.Equal(9, sheet.PrintSetup.PaperSize); // A4 in Excel's numbering
        Assert.True(sheet.GetColumnWidth(1) > 40 * 256);
    }

    [Fact]
    public void Amounts_are_real_formulas_that_evaluate_to_the_domain_sums()
    {
        var estimate = SeedLikeEstimate();
        var workbook = Open(EstimateWorkbook.Export(estimate, null));
        var sheet = workbook.GetSheetAt(0);
        var evaluator = new XSSFFormulaEvaluator(workbook);
        var items = estimate.Lines.Where(l => l.Kind == EstimateLineKind.Item).ToList();

        var water = RowOf(sheet, "Nước uống");
        var cell = Amount(sheet, water);
        Assert.Equal(CellType.Formula, cell.CellType);
        Assert.Equal($"D{water + 1}*E{water + 1}", cell.CellFormula);
        Assert.Equal(16_000_000, evaluator.Evaluate(cell).NumberValue);

        var backdrop = RowOf(sheet, "Phông nền hội trường");
        Assert.Equal($"ROUND(D{backdrop + 1}*E{backdrop + 1},0)", Amount(sheet, backdrop).CellFormula);
        Assert.Equal(1_875_000, evaluator.Evaluate(Amount(sheet, backdrop)).NumberValue);

        var written = RowOf(sheet, WrittenCalculation);
        var line = estimate.Lines.Single(l => l.Content == WrittenCalculation);
        Assert.Equal(CellType.Formula, Amount(sheet, written).CellType);
        Assert.Equal(EstimateWorkbook.FactorFormula(line.Formula!), Amount(sheet, written).CellFormula);
        Assert.Equal(6_300_000, evaluator.Evaluate(Amount(sheet, written)).NumberValue);

        var other = RowOf(sheet, "Chi khác phục vụ Hội nghị");
        Assert.Equal(CellType.Numeric, Amount(sheet, other).CellType);
        Assert.Equal(1_000_000, Amount(sheet, other).NumericCellValue);

        var groupOne = RowOf(sheet, "HỘI NGHỊ ĐIỂN HÌNH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG");
        var groupTwo = RowOf(sheet, "KHEN THƯỞNG CÁC TẬP THỂ, CÁ NHÂN TỔ CNSCĐ");
        var total = RowOf(sheet, "Tổng cộng", col: 0);
        Assert.Equal($"SUM(F{groupOne + 2}:F{groupTwo})", Amount(sheet, groupOne).CellFormula);
        Assert.Equal($"SUM(F{groupTwo + 2}:F{total})", Amount(sheet, groupTwo).CellFormula);
        Assert.Equal($"SUM(F{groupOne + 2}:F{groupTwo},F{groupTwo + 2}:F{total})", Amount(sheet, total).CellFormula);

        var sumOne = Money.Sum(items.Take(6).Select(l => l.Amount));
        var sumTwo = Money.Sum(items.Skip(6).Select(l => l.Amount));
        var sumAll = Money.Sum(items.Select(l => l.Amount));
        Assert.Equal(M(59_300_000), sumOne);
        Assert.Equal(M(178_100_000), sumAll);

        // What a viewer that does not recalculate shows (the cached results) …
        Assert.Equal(sumOne.Dong, Amount(sheet, groupOne).NumericCellValue);
        Assert.Equal(sumTwo.Dong, Amount(sheet, groupTwo).NumericCellValue);
        Assert.Equal(sumAll.Dong, Amount(sheet, total).NumericCellValue);

        // … is what the formulas compute.
        Assert.Equal(sumOne.Dong, evaluator.Evaluate(Amount(sheet, groupOne)).NumberValue);
        Assert.Equal(sumTwo.Dong, evaluator.Evaluate(Amount(sheet, groupTwo)).NumberValue);
        Assert.Equal(sumAll.Dong, evaluator.Evaluate(Amount(sheet, total)).NumberValue);
        for (var r = 5; r < total; r++)
        {
            var amount = Amount(sheet, r);
            if (amount.CellType == CellType.Formula) Assert.Equal(amount.NumericCellValue, evaluator.Evaluate(amount).NumberValue);
        }
    }

    [Fact]
    public void Fractional_products_round_half_away_from_zero_like_Money()
    {
        var estimate = new Estimate("DỰ TRÙ KINH PHÍ");
        estimate.AddLine(EstimateLine.Item("1.", "Thảm trải", "m²", 1.5m, M(150_001)));
        var workbook = Open(EstimateWorkbook.Export(estimate, null));
        var sheet = workbook.GetSheetAt(0);
        var row = RowOf(sheet, "Thảm trải");
        var evaluator = new XSSFFormulaEvaluator(workbook);

        Assert.Equal(M(225_002), estimate.Lines[0].Amount); // 225.001,5 rounds up
        Assert.Equal(225_002, evaluator.Evaluate(Amount(sheet, row)).NumberValue);
        Assert.Equal(225_002, evaluator.Evaluate(Amount(sheet, RowOf(sheet, "Tổng cộng", col: 0))).NumberValue);
        Assert.Equal(EstimateWorkbook.FractionFormat, sheet.GetRow(row).GetCell(3).CellStyle.GetDataFormatString());
    }

    [Fact]
    public void A_written_calculation_becomes_a_formula_of_its_factors()
    {
        var formula = new LineFormula(
        [
            new FormulaTerm(null, [new Factor(14, "người"), new Factor(50_000, "đồng/người/buổi", true), new Factor(7, "buổi")]),
            new FormulaTerm(null, [new Factor(14, "người"), new Factor(100_000, "đồng/người", true), new Factor(1, "buổi")]),
        ]);
        Assert.Equal("14*50000*7+14*100000*1", EstimateWorkbook.FactorFormula(formula));

        var fractional = new LineFormula([new FormulaTerm(null, [new Factor(1.5m, "m"), new Factor(150_001, "đồng/m", true)])]);
        Assert.Equal("ROUND(1.5*150001,0)", EstimateWorkbook.FactorFormula(fractional));
        Assert.Null(EstimateWorkbook.FactorFormula(new LineFormula([new FormulaTerm(null, [])])));
    }

    [Fact]
    public void A_stated_figure_that_differs_from_the_computation_is_written_as_stated()
    {
        var estimate = new Estimate("DỰ TRÙ KINH PHÍ") { StatedTotal = M(1_000) };
        var group = EstimateLine.Group("I", "NHÓM MỘT");
        group.SetFigures(null, null, M(999));
        estimate.AddLines(
        [
            group,
            EstimateLine.Item("1.", "Sai số", "Cái", 2, M(100), M(250)),    // 2 × 100 = 200, the document says 250
            EstimateLine.Item("2.", "Đúng", "Cái", 3, M(100), M(300)),
        ]);
        var workbook = Open(EstimateWorkbook.Export(estimate, null));
        var sheet = workbook.GetSheetAt(0);

        var wrong = Amount(sheet, RowOf(sheet, "Sai số"));
        Assert.Equal(CellType.Numeric, wrong.CellType);
        Assert.Equal(250, wrong.NumericCellValue);
        Assert.Equal(CellType.Formula, Amount(sheet, RowOf(sheet, "Đúng")).CellType);
        Assert.Equal(999, Amount(sheet, RowOf(sheet, "NHÓM MỘT")).NumericCellValue);
        var total = Amount(sheet, RowOf(sheet, "Tổng cộng", col: 0));
        Assert.Equal(CellType.Numeric, total.CellType);
        Assert.Equal(1_000, total.NumericCellValue);

        // Without a stated total the total is the formula, and it counts the stated 250 as the domain does.
        estimate.StatedTotal = null;
        sheet = Open(EstimateWorkbook.Export(estimate, null)).GetSheetAt(0);
        total = Amount(sheet, RowOf(sheet, "Tổng cộng", col: 0));
        Assert.Equal(CellType.Formula, total.CellType);
        Assert.Equal(550, new XSSFFormulaEvaluator(sheet.Workbook).Evaluate(total).NumberValue);
        Assert.Equal(M(550), Money.Sum(estimate.Lines.Select(l => l.Amount)));
    }

    [Fact]
    public void The_attached_to_line_comes_from_the_argument_the_estimate_or_the_plan_reference()
    {
        var estimate = new Estimate("DỰ TRÙ KINH PHÍ") { AttachedTo = AttachedTo };
        string? KemTheo(byte[] bytes)
        {
            var sheet = Open(bytes).GetSheetAt(0);
            return Enumerable.Range(0, 3).Select(r => Text(sheet, r, 0)).FirstOrDefault(t => t?.StartsWith("(Kèm theo") == true);
        }

        Assert.Equal(AttachedTo, KemTheo(EstimateWorkbook.Export(estimate, "Kế hoạch số 1/KH-UBND")));
        Assert.Equal("(Kèm theo Kế hoạch số 140/KH-UBND ngày 13/9/2024 của UBND tỉnh)",
            KemTheo(EstimateWorkbook.Export(estimate, null, "Kèm theo Kế hoạch số 140/KH-UBND ngày 13/9/2024 của UBND tỉnh")));
        estimate.AttachedTo = null;
        Assert.Equal("(Kèm theo Kế hoạch số 140/KH-UBND ngày 13/9/2024 của UBND tỉnh)",
            KemTheo(EstimateWorkbook.Export(estimate, "Kế hoạch số 140/KH-UBND ngày 13/9/2024 của UBND tỉnh")));
        Assert.Null(KemTheo(EstimateWorkbook.Export(estimate, null)));

        // No appendix label, no note: the title is the first row, the sheet has a default name and six columns.
        var sheet = Open(EstimateWorkbook.Export(estimate, null)).GetSheetAt(0);
        Assert.Equal("Dự toán", sheet.SheetName);
        Assert.Equal("DỰ TRÙ KINH PHÍ", Text(sheet, 0, 0));
        Assert.Equal("THÀNH TIỀN (đồng)", Text(sheet, 2, 5));
        Assert.Null(Text(sheet, 2, 6));
    }

    [Fact]
    public void The_total_in_words_is_written_under_the_table()
    {
        var estimate = SeedLikeEstimate();
        var sheet = Open(EstimateWorkbook.Export(estimate, null)).GetSheetAt(0);
        var total = RowOf(sheet, "Tổng cộng", col: 0);
        Assert.Equal("Bằng chữ: Một trăm bảy mươi tám triệu một trăm nghìn đồng", Text(sheet, total + 1, 0));
        Assert.True(sheet.GetRow(total + 1).GetCell(0).CellStyle.GetFont(sheet.Workbook).IsItalic);
    }

    // ───────────────────────────── reading ─────────────────────────────

    [Fact]
    public void ReadGrid_of_an_exported_estimate_gives_the_texts_the_reader_expects()
    {
        var grid = EstimateWorkbook.ReadGrid(new MemoryStream(EstimateWorkbook.Export(SeedLikeEstimate(), null)));

        Assert.Equal(["Phụ lục II"], grid[0]);
        Assert.Equal([Title], grid[1]); // merged across the table: read once, at its top-left cell
        Assert.Equal([AttachedTo], grid[2]);
        Assert.Empty(grid[3]);
        Assert.Equal(["STT", "NỘI DUNG", "ĐƠN VỊ TÍNH", "SỐ LƯỢNG", "ĐƠN GIÁ (đồng)", "THÀNH TIỀN (đồng)", "GHI CHÚ"], grid[4]);
        Assert.Equal(["I", "HỘI NGHỊ ĐIỂN HÌNH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG", null, null, null, "59300000"], grid[5]);
        Assert.Equal(["1.", "Nước uống", "Người", "400", "40000", "16000000"], grid[6]);
        Assert.Equal(["3.", "Phông nền hội trường", "m²", "12,5", "150000", "1875000"], grid[8]);
        Assert.Equal(["4.", "Vận chuyển trang thiết bị", "Tấn", "2,1250", "1000000", "2125000"], grid[9]);
        Assert.Equal(["5.", WrittenCalculation, null, null, null, "6300000"], grid[10]);
        Assert.Equal(["6.", "Chi khác phục vụ Hội nghị", null, null, null, "1000000", "Dự phòng"], grid[11]);
        Assert.Equal(["Tổng cộng", null, null, null, null, "178100000"], grid[15]);

        Assert.True(Money.TryReadNumber(grid[9][3]!, out var quantity));
        Assert.Equal(2.125m, quantity);
        Assert.True(Money.TryParse(grid[15][5], out var total));
        Assert.Equal(M(178_100_000), total);
    }

    [Theory]
    [InlineData(388_400_000d, "388400000", "388400000")]
    [InlineData(1.5d, "1,5", "1.5")]
    [InlineData(0.25d, "0,25", "0.25")]
    [InlineData(1.125d, "1,1250", "1.125")]
    [InlineData(1234.5d, "1234,5", "1234.5")]
    [InlineData(1500d, "1500", "1500")]
    [InlineData(0.1d + 0.2d, "0,3", "0.3")]
    [InlineData(999_999_999_999_999d, "999999999999999", "999999999999999")]
    public void Numbers_are_rendered_so_that_Money_reads_them_back_exactly(double value, string text, string expected)
    {
        Assert.Equal(text, EstimateWorkbook.NumberText(value));
        Assert.True(Money.TryReadNumber(text, out var read));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), read);
    }

    [Fact]
    public void ReadGrid_evaluates_formulas_without_cached_results_and_reads_merged_cells_at_their_top_left()
    {
        var workbook = new XSSFWorkbook();
        var sheet = workbook.CreateSheet("Trang 1");
        var first = sheet.CreateRow(0);
        first.CreateCell(0).SetCellValue("Gộp");
        first.CreateCell(1).SetCellValue("Gộp"); // some writers repeat the value in the covered cells
        sheet.AddMergedRegion(new CellRangeAddress(0, 1, 0, 1));
        var second = sheet.CreateRow(2);
        second.CreateCell(0).SetCellValue(2);
        second.CreateCell(1).SetCellValue(1.5);
        second.CreateCell(2).SetCellFormula("A3*B3*1000"); // no cached result
        second.CreateCell(3).SetCellValue("   ");
        second.CreateCell(4).SetCellValue(new DateTime(2024, 10, 10));
        second.GetCell(4).CellStyle = workbook.CreateCellStyle();
        second.GetCell(4).CellStyle.DataFormat = workbook.CreateDataFormat().GetFormat("dd/mm/yyyy");
        second.CreateCell(7).SetCellType(CellType.Blank);
        using var output = new MemoryStream();
        workbook.Write(output);

        var grid = EstimateWorkbook.ReadGrid(new MemoryStream(output.ToArray()));

        Assert.Equal(3, grid.Count);
        Assert.Equal(["Gộp"], grid[0]);
        Assert.Empty(grid[1]);
        Assert.Equal(["2", "1,5", "3000", null, "10/10/2024"], grid[2]);
    }

    [Fact]
    public void ReadGrid_takes_the_first_sheet_that_holds_an_estimate_table()
    {
        var workbook = new XSSFWorkbook();
        workbook.CreateSheet("Hướng dẫn").CreateRow(0).CreateCell(0).SetCellValue("Điền bảng ở trang sau.");
        var table = workbook.CreateSheet("Dự toán");
        var header = table.CreateRow(2);
        header.CreateCell(0).SetCellValue("TT");
        header.CreateCell(1).SetCellValue("Nội dung");
        header.CreateCell(2).SetCellValue("Thành tiền (đồng)");
        using var output = new MemoryStream();
        workbook.Write(output);

        var grid = EstimateWorkbook.ReadGrid(new MemoryStream(output.ToArray()));

        Assert.Equal(3, grid.Count);
        Assert.Equal(["TT", "Nội dung", "Thành tiền (đồng)"], grid[2]);
    }

    [Fact]
    public void A_table_as_large_as_the_limits_allow_is_read()
    {
        var estimate = new Estimate("DỰ TRÙ KINH PHÍ");
        var count = EstimateWorkbook.MaxRows - 5; // title, empty row, header, total, words: the words are on the last row read
        estimate.AddLines(Enumerable.Range(1, count).Select(i =>
            EstimateLine.Item($"{i}.", $"Chi phí hội nghị, hội thảo, tập huấn chuyển đổi số cho cán bộ cấp xã, đợt {i}", "Người", 40, M(150_000 + i))));
        var bytes = EstimateWorkbook.Export(estimate, null);
        Assert.True(bytes.Length < EstimateWorkbook.MaxFileBytes);

        var grid = EstimateWorkbook.ReadGrid(new MemoryStream(bytes));

        Assert.Equal(EstimateWorkbook.MaxRows, grid.Count);
        Assert.Equal([$"{count}.", $"Chi phí hội nghị, hội thảo, tập huấn chuyển đổi số cho cán bộ cấp xã, đợt {count}", "Người", "40", $"{150_000 + count}", $"{(150_000 + count) * 40}"], grid[^3]);
        Assert.Equal("Tổng cộng", grid[^2][0]);
        Assert.StartsWith("Bằng chữ: ", grid[^1][0]);
    }

    // ───────────────────────────── bad input ─────────────────────────────

    public static TheoryData<string, string> BadFileNames() => new()
    {
        { "random bytes", "xlsx-not-xlsx" },
        { "empty", "xlsx-empty" },
        { "a zip that is not a workbook", "xlsx-not-xlsx" },
        { "a .docx", "xlsx-not-xlsx" },
        { "an .xls", "xlsx-legacy" },
        { "a PDF", "xlsx-not-xlsx" },
        { "a truncated .xlsx", "xlsx-corrupt" },
        { "a damaged .xlsx", "xlsx-corrupt" },
        { "a workbook without an estimate table", "xlsx-no-table" },
        { "a sheet with data beyond row 20.000", "xlsx-too-many-rows" },
        { "a zip bomb", "xlsx-too-large" },
        { "a zip bomb that understates its size", "xlsx-too-large" },
        { "a part with a DTD", "xlsx-dtd" },
        { "overlapping merged regions", "xlsx-corrupt" },
        { "a file over the size limit", "xlsx-too-large" },
    };

    /// <summary>The bad files by name (built in the test, not at discovery: some are megabytes).</summary>
    private static byte[] BadFile(string name)
    {
        switch (name)
        {
            case "random bytes":
                var random = new byte[4096];
                new Random(42).NextBytes(random);
                return random;
            case "empty": return [];
            case "a zip that is not a workbook": return Zip(("ghi-chu.txt", "Không phải bảng tính"u8.ToArray()));
            case "a .docx": return Docx();
            case "an .xls": return [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0];
            case "a PDF": return "%PDF-1.7 ..."u8.ToArray();
            case "a truncated .xlsx": return EstimateWorkbook.Export(SeedLikeEstimate(), null)[..2000];
            case "a damaged .xlsx": return DamagedWorkbook();
            case "a workbook without an estimate table":
                return WorkbookWith(sheet => sheet.CreateRow(0).CreateCell(0).SetCellValue("Danh sách đại biểu"));
            case "a sheet with data beyond row 20.000": return TooManyRows();
            case "a zip bomb": return ZipBomb();
            case "a zip bomb that understates its size": return UnderstatedZipBomb();
            case "a part with a DTD": return WorkbookWithDoctype();
            case "overlapping merged regions": return OverlappingMerges();
            case "a file over the size limit": return Oversize();
            default: throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }
    }

    [Theory]
    [MemberData(nameof(BadFileNames))]
    public void Bad_files_give_a_Vietnamese_failure_and_never_an_exception(string name, string code)
    {
        var bytes = BadFile(name);
        var result = EstimateWorkbook.Import(new MemoryStream(bytes));

        Assert.False(result.Success, name);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Matches("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", finding.Message);

        if (name == "a workbook without an estimate table")
            Assert.StartsWith("Tệp Excel không có bảng dự toán (không tìm thấy dòng tiêu đề STT | NỘI DUNG", finding.Message);
        else
            Assert.Equal(finding.Message, Assert.Throws<DomainException>(() => EstimateWorkbook.ReadGrid(new MemoryStream(bytes))).Message);
    }

    [Fact]
    public void Specific_bad_files_say_what_they_are()
    {
        string Message(byte[] bytes) => EstimateWorkbook.Import(new MemoryStream(bytes)).Findings.Single().Message;

        Assert.Contains("Word (.docx)", Message(Docx()));
        Assert.Contains(".xls", Message([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]));
        Assert.Contains("quá lớn", Message(Oversize()));
        Assert.Contains("20.000 dòng", Message(TooManyRows()));
        Assert.Contains("vùng gộp ô", Message(OverlappingMerges()));
        Assert.Equal("xlsx-too-large", EstimateWorkbook.Import(new MemoryStream(ZipBomb())).Findings.Single().Code);
    }

    [Fact]
    public void An_oversize_upload_is_refused_without_reading_it_all_even_when_the_stream_cannot_seek()
    {
        var stream = new EndlessStream();
        var result = EstimateWorkbook.Import(stream);

        Assert.False(result.Success);
        Assert.Equal("xlsx-too-large", result.Findings.Single().Code);
        Assert.True(stream.Served <= EstimateWorkbook.MaxFileBytes + 100_000);
    }

    // ───────────────────────────── round trip ─────────────────────────────

    /// <summary>Needs <see cref="EstimateTableReader"/> (being written in parallel): fails with NotImplementedException until it is merged.</summary>
    [Fact]
    public void Export_then_Import_reproduces_the_estimate_exactly()
    {
        var estimate = SeedLikeEstimate();
        var result = EstimateWorkbook.Import(new MemoryStream(EstimateWorkbook.Export(estimate, null)), defaultTitle: "Không dùng");

        Assert.True(result.Success, string.Join("; ", result.Findings.Select(f => f.Message)));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
        var read = result.Estimate!;
        Assert.Equal(estimate.Title, read.Title);
        Assert.Equal(estimate.AppendixLabel, read.AppendixLabel);
        Assert.Equal(estimate.AttachedTo, read.AttachedTo);
        Assert.Equal(estimate.StatedTotal, read.StatedTotal);
        Assert.Equal(estimate.Lines.Count, read.Lines.Count);
        for (var i = 0; i < estimate.Lines.Count; i++)
        {
            var (expected, actual) = (estimate.Lines[i], read.Lines[i]);
            var where = $"line {i + 1} ({expected.Content})";
            Assert.True(expected.Kind == actual.Kind, where);
            Assert.True(expected.Label == actual.Label, $"{where}: label {actual.Label}");
            Assert.True(expected.Content == actual.Content, $"{where}: content {actual.Content}");
            Assert.True(expected.UnitOfMeasure == actual.UnitOfMeasure, $"{where}: unit {actual.UnitOfMeasure}");
            Assert.True(expected.Quantity == actual.Quantity, $"{where}: quantity {actual.Quantity}");
            Assert.True(expected.UnitPrice == actual.UnitPrice, $"{where}: unit price {actual.UnitPrice}");
            Assert.True(expected.StatedAmount == actual.StatedAmount, $"{where}: stated amount {actual.StatedAmount}");
            Assert.True(expected.Note == actual.Note, $"{where}: note {actual.Note}");
        }
    }

    // ───────────────────────────── helpers ─────────────────────────────

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    private static byte[] Docx() =>
        Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", "<w:document/>"u8.ToArray()));

    private static byte[] WorkbookWith(Action<ISheet> fill)
    {
        var workbook = new XSSFWorkbook();
        fill(workbook.CreateSheet("Trang 1"));
        using var output = new MemoryStream();
        workbook.Write(output);
        return output.ToArray();
    }

    /// <summary>An exported workbook rebuilt part by part: <paramref name="change"/> gives each part's new content, or null to drop it.</summary>
    private static byte[] Rewrite(Func<string, byte[], byte[]?> change)
    {
        var source = new ZipArchive(new MemoryStream(EstimateWorkbook.Export(SeedLikeEstimate(), null)), ZipArchiveMode.Read);
        var parts = new List<(string, byte[])>();
        foreach (var entry in source.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            if (change(entry.FullName, copy.ToArray()) is { } content) parts.Add((entry.FullName, content));
        }

        return Zip([.. parts]);
    }

    private static byte[] TooManyRows() => WorkbookWith(sheet =>
    {
        sheet.CreateRow(0).CreateCell(0).SetCellValue("STT");
        sheet.GetRow(0).CreateCell(1).SetCellValue("NỘI DUNG");
        sheet.CreateRow(EstimateWorkbook.MaxRows).CreateCell(0).SetCellValue("1."); // row 20.001
    });

    private static byte[] DamagedWorkbook() =>
        Rewrite((name, content) => name == "xl/worksheets/sheet1.xml" ? "<worksheet><sheetData><row"u8.ToArray() : content);

    /// <summary>A small file (about 50 KB) whose sheet inflates past the limit, with spaces.</summary>
    private static byte[] ZipBomb() => Rewrite((name, content) =>
    {
        if (name != "xl/worksheets/sheet1.xml") return content;
        var padded = new byte[EstimateWorkbook.MaxUncompressedBytes + 1024 * 1024];
        Array.Fill(padded, (byte)' ');
        content.CopyTo(padded, 0);
        return padded;
    });

    /// <summary>
    /// The zip bomb with the sheet's size in the central directory patched to 1.000 bytes: System.IO.Compression
    /// believes it, NPOI's reader (the local headers) does not.
    /// </summary>
    private static byte[] UnderstatedZipBomb()
    {
        var bytes = ZipBomb();
        var name = "xl/worksheets/sheet1.xml"u8;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            if (bytes[i] != 0x50 || bytes[i + 1] != 0x4B || bytes[i + 2] != 0x01 || bytes[i + 3] != 0x02) continue;
            var nameLength = BitConverter.ToUInt16(bytes, i + 28);
            if (!bytes.AsSpan(i + 46, nameLength).SequenceEqual(name)) continue;
            BitConverter.GetBytes(1000u).CopyTo(bytes, i + 24); // uncompressed size
            using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            Assert.Equal(1000, archive.GetEntry("xl/worksheets/sheet1.xml")!.Length);
            return bytes;
        }

        throw new InvalidOperationException("No central directory entry for the sheet.");
    }

    /// <summary>A thousand merges of the whole readable area: a sound file cannot have them, and marking them would be slow.</summary>
    private static byte[] OverlappingMerges() => Rewrite((name, content) =>
    {
        if (name != "xl/worksheets/sheet1.xml") return content;
        var merges = string.Concat(Enumerable.Repeat("<mergeCell ref=\"A1:ZZ50000\"/>", 1000));
        var xml = Regex.Replace(Encoding.UTF8.GetString(content), "<mergeCells[^>]*>.*</mergeCells>", $"<mergeCells count=\"1000\">{merges}</mergeCells>");
        return Encoding.UTF8.GetBytes(xml);
    });

    private static byte[] WorkbookWithDoctype() => Rewrite((name, content) =>
        name == "xl/sharedStrings.xml"
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace("?>",
                "?><!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"))
            : content);

    /// <summary>A valid .xlsx padded past the size limit with an incompressible picture-like part.</summary>
    private static byte[] Oversize()
    {
        var noise = new byte[EstimateWorkbook.MaxFileBytes + 1024];
        new Random(7).NextBytes(noise);
        return Rewrite((_, content) => content).Concat(noise).ToArray();
    }

    /// <summary>A stream that never ends and cannot seek, like a slow upload without a length.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'x', offset, count);
            Served += count;
            return count;
        }
    }
}
