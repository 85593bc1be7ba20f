using System.Collections;
using System.Globalization;
using System.Text;
using Lantoa.Domain;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Text;
using NPOI.SS.UserModel;
using NPOI.SS.Util;
using NPOI.XSSF.UserModel;

namespace Lantoa.Web.Features.Budgets;

/// <summary>
/// An estimate (dự toán) as an Excel workbook, in the layout of the appendices of the seed plans: "Phụ lục II", the
/// title in bold capitals, the italic "(Kèm theo Kế hoạch số … ngày … của …)" line, the table STT | NỘI DUNG |
/// ĐƠN VỊ TÍNH | SỐ LƯỢNG | ĐƠN GIÁ (đồng) | THÀNH TIỀN (đồng) [| GHI CHÚ], group rows with their subtotals, the
/// "Tổng cộng" row and the amount in words under it. Amounts are live formulas; <see cref="Import"/> reads such a
/// workbook (or one a province made by hand) back into an estimate.
/// </summary>
/// <remarks>
/// <para><b>Amounts.</b> THÀNH TIỀN is <c>=D{r}*E{r}</c> when the line has a quantity and a unit price, the written
/// calculation as a formula (<c>=14*50000*7+14*100000*1</c>) when it has only that, and the plain number otherwise.
/// A product with a fractional factor is wrapped in <c>ROUND(…,0)</c>, which rounds half away from zero as
/// <see cref="Money.Times"/> does. A group row is <c>=SUM(</c> its items <c>)</c>; "Tổng cộng" is the SUM of the item
/// ranges (never of the group rows, so nothing counts twice). Where the estimate states a figure that differs from what
/// the formula would give (a line, a group subtotal or the total), the stated figure is written as a plain number:
/// the workbook shows what the document says, its totals agree with <see cref="EstimateLine.Amount"/>, and importing it
/// again lets the analyzer flag the difference as before. Formula cells carry their values as cached results, so viewers
/// that do not recalculate still show the totals; the workbook also asks Excel to recalculate on opening.</para>
/// <para><b>Number formats.</b> Amounts, unit prices and whole quantities use <see cref="NumberFormat"/>
/// (<c>[$-42A]#,##0</c>), fractional quantities <see cref="FractionFormat"/>. A format cannot force the dot as the
/// grouping mark in every program (a literal "." in the format breaks numbers of other lengths), so the format is marked
/// Vietnamese (<c>[$-42A]</c>): LibreOffice then writes 388.400.000 and 1,5 whatever its own locale, and Excel uses the
/// computer's regional settings (dots on a Vietnamese Windows, commas on an English one).</para>
/// <para><b>Reading.</b> <see cref="ReadGrid"/> renders numbers so that <see cref="Money.TryParse(string?, out Money)"/>
/// and <see cref="Money.TryReadNumber"/> read them back exactly: whole numbers as plain digits ("388400000"),
/// fractions with a decimal comma ("1,5"), and a fraction of exactly three digits padded with a zero ("1,1250"), since
/// "1,125" would read as one thousand one hundred twenty-five.</para>
/// <para><b>Limits.</b> Files over <see cref="MaxFileBytes"/>, archives that inflate beyond
/// <see cref="MaxUncompressedBytes"/> or hold more than <see cref="MaxZipEntries"/> parts, and sheets with data beyond
/// row <see cref="MaxRows"/> are refused with a Vietnamese message before or instead of being loaded; cells beyond column
/// <see cref="MaxColumns"/> are not read.</para>
/// </remarks>
public static class EstimateWorkbook
{
    /// <summary>The largest .xlsx accepted (10 MB). Callers should refuse larger uploads before reading them.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>
    /// The most the parts of an accepted .xlsx may inflate to, all together (24 MB): the zip-bomb guard, and a bound on
    /// memory, since NPOI holds every part as an XML tree (a full 20.000-row table inflates to about 10 MB and takes about
    /// 80 MB once loaded).
    /// </summary>
    public const long MaxUncompressedBytes = 24L * 1024 * 1024;

    /// <summary>The most parts (zip entries) an accepted .xlsx may have.</summary>
    public const int MaxZipEntries = 10_000;

    /// <summary>The last sheet row that may hold data.</summary>
    public const int MaxRows = 20_000;

    /// <summary>Columns read per row; an estimate table has seven.</summary>
    public const int MaxColumns = 100;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The header row as written, GHI CHÚ last (written only when some line has a note).</summary>
    public static readonly IReadOnlyList<string> HeaderTexts =
        ["STT", "NỘI DUNG", "ĐƠN VỊ TÍNH", "SỐ LƯỢNG", "ĐƠN GIÁ (đồng)", "THÀNH TIỀN (đồng)", "GHI CHÚ"];

    public const string TotalText = "Tổng cộng";
    public const string WordsPrefix = "Bằng chữ: ";

    internal const string NoTableMessage =
        "Tệp Excel không có bảng dự toán (không tìm thấy dòng tiêu đề STT | NỘI DUNG | ĐƠN VỊ TÍNH | SỐ LƯỢNG | ĐƠN GIÁ | THÀNH TIỀN).";

    /// <summary>
    /// Amounts and prices: grouped whole numbers. "[$-42A]" marks the format as Vietnamese: LibreOffice then groups with
    /// dots (388.400.000) whatever its own locale; Excel takes the marks from the computer's regional settings (dots on a
    /// Vietnamese Windows, commas on an English one). No format can force dots in every Excel.
    /// </summary>
    public const string NumberFormat = "[$-42A]#,##0";

    /// <summary>Fractional quantities: "1,5" (or "1.5" by locale, as above), up to four decimals shown.</summary>
    public const string FractionFormat = "[$-42A]#,##0.0###";

    private const int ColLabel = 0, ColContent = 1, ColUnit = 2, ColQuantity = 3, ColPrice = 4, ColAmount = 5, ColNote = 6;
    private const string AmountColumn = "F";

    /// <summary>Excel's code for A4 paper. (NPOI 2.4.1's PaperSize enum is off by one: its "A4" writes A3.)</summary>
    private const short A4PaperSize = 9;

    /// <summary>The longest text a cell holds; Excel refuses more.</summary>
    private const int MaxCellText = 32_767;

    /// <summary>Excel's limit on the length of a formula.</summary>
    private const int MaxFormulaLength = 8_000;

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    // ───────────────────────────── export ─────────────────────────────

    /// <summary>
    /// The estimate as an .xlsx. The "(Kèm theo …)" line is <paramref name="attachedTo"/> when given (a caller that knows
    /// the plan's number now), else the estimate's own <see cref="Estimate.AttachedTo"/>, else "(Kèm theo
    /// <paramref name="planReference"/>)"; <paramref name="planReference"/> ("Kế hoạch số 140/KH-UBND ngày …") is also
    /// written as the workbook's subject. The title is written in capitals.
    /// </summary>
    public static byte[] Export(Estimate estimate, string? planReference, string? attachedTo = null)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var lines = estimate.Lines;
        var hasNote = lines.Any(l => !string.IsNullOrWhiteSpace(l.Note));
        var lastCol = hasNote ? ColNote : ColAmount;

        var workbook = new XSSFWorkbook();
        var styles = new Styles(workbook);
        var sheetName = WorkbookUtil.CreateSafeSheetName(Blank(estimate.AppendixLabel) ? "Dự toán" : estimate.AppendixLabel!.Trim());
        var sheet = workbook.CreateSheet(sheetName);
        int[] widths = hasNote ? [7, 55, 13, 11, 15, 18, 22] : [7, 60, 13, 11, 15, 18];
        for (var c = 0; c < widths.Length; c++) sheet.SetColumnWidth(c, widths[c] * 256);
        var blockWidth = widths.Sum();

        var r = 0;
        if (!Blank(estimate.AppendixLabel))
            TextRow(sheet, r++, lastCol, estimate.AppendixLabel!.Trim(), styles.Appendix, blockWidth, 13, bold: true);
        TextRow(sheet, r++, lastCol, estimate.Title.ToUpper(Vi), styles.Title, blockWidth, 13, bold: true);
        var kemTheo = AttachedToLine(estimate, planReference, attachedTo);
        if (kemTheo is not null) TextRow(sheet, r++, lastCol, kemTheo, styles.Italic, blockWidth, 12, bold: false);
        r++; // an empty row between the title block and the table, as in the seed appendices

        var headerRow = r;
        var header = sheet.CreateRow(r++);
        for (var c = 0; c <= lastCol; c++) SetText(header.CreateCell(c), HeaderTexts[c], styles.Header);
        header.HeightInPoints = 33;

        // Rows of the lines, then each group's item range (the rows of the items that follow it).
        var firstLineRow = r;
        var itemRanges = new List<(int From, int To)>();
        var groupItems = new Dictionary<int, (int From, int To, Money Sum)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != EstimateLineKind.Item) continue;
            var from = i;
            while (i + 1 < lines.Count && lines[i + 1].Kind == EstimateLineKind.Item) i++;
            itemRanges.Add((firstLineRow + from, firstLineRow + i));
            if (from > 0 && lines[from - 1].Kind == EstimateLineKind.Group)
                groupItems[from - 1] = (firstLineRow + from, firstLineRow + i, Money.Sum(lines.Skip(from).Take(i - from + 1).Select(l => l.Amount)));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var row = sheet.CreateRow(r);
            if (line.Kind == EstimateLineKind.Group)
            {
                SetText(row.CreateCell(ColLabel), line.Label, styles.GroupLabel);
                SetText(row.CreateCell(ColContent), line.Content, styles.GroupText);
                for (var c = ColUnit; c <= ColPrice; c++) row.CreateCell(c).CellStyle = styles.GroupText;
                var amount = row.CreateCell(ColAmount);
                amount.CellStyle = styles.GroupAmount;
                if (groupItems.TryGetValue(i, out var items) && (line.StatedAmount is null || line.StatedAmount == items.Sum))
                    SetFormula(amount, $"SUM({AmountColumn}{items.From + 1}:{AmountColumn}{items.To + 1})", items.Sum);
                else if (line.StatedAmount is { } stated)
                    amount.SetCellValue(stated.Dong);
                if (hasNote) SetText(row.CreateCell(ColNote), line.Note, styles.GroupText);
            }
            else
            {
                SetText(row.CreateCell(ColLabel), line.Label, styles.Label);
                SetText(row.CreateCell(ColContent), line.Content, styles.Text);
                SetText(row.CreateCell(ColUnit), line.UnitOfMeasure, styles.Unit);
                var quantity = row.CreateCell(ColQuantity);
                quantity.CellStyle = line.Quantity is { } q && q != decimal.Truncate(q) ? styles.Fraction : styles.Number;
                if (line.Quantity is { } qty) quantity.SetCellValue((double)qty);
                var price = row.CreateCell(ColPrice);
                price.CellStyle = styles.Number;
                if (line.UnitPrice is { } p) price.SetCellValue(p.Dong);
                var amount = row.CreateCell(ColAmount);
                amount.CellStyle = styles.Number;
                WriteAmount(amount, line, r + 1);
                if (hasNote) SetText(row.CreateCell(ColNote), line.Note, styles.Text);
            }

            FitHeight(row, line, widths, hasNote);
            r++;
        }

        // Tổng cộng: the SUM of the item ranges, or the stated total when it says something else.
        var totalRow = sheet.CreateRow(r);
        totalRow.HeightInPoints = 19;
        SetText(totalRow.CreateCell(ColLabel), TotalText, styles.TotalLabel);
        for (var c = ColContent; c <= ColPrice; c++) totalRow.CreateCell(c).CellStyle = styles.TotalLabel;
        sheet.AddMergedRegion(new CellRangeAddress(r, r, ColLabel, ColPrice));
        var totalCell = totalRow.CreateCell(ColAmount);
        totalCell.CellStyle = styles.TotalAmount;
        if (hasNote) totalRow.CreateCell(ColNote).CellStyle = styles.TotalLabel;
        var computedTotal = Money.Sum(lines.Select(l => l.Amount));
        var shownTotal = estimate.StatedTotal ?? computedTotal;
        var totalFormula = SumOfRanges(itemRanges);
        if (shownTotal == computedTotal && totalFormula is not null) SetFormula(totalCell, totalFormula, computedTotal);
        else totalCell.SetCellValue(shownTotal.Dong);
        r++;

        TextRow(sheet, r++, lastCol, WordsPrefix + MoneyWords.ToWords(shownTotal), styles.Words, blockWidth, 12, bold: false);

        sheet.RepeatingRows = new CellRangeAddress(headerRow, headerRow, -1, -1);
        sheet.CreateFreezePane(0, headerRow + 1);
        PageSetup(sheet);

        var properties = workbook.GetProperties().CoreProperties;
        properties.Title = estimate.Title;
        properties.Subject = Blank(planReference) ? null : planReference!.Trim();
        properties.Creator = "Lantoa";
        workbook.SetForceFormulaRecalculation(true);
        workbook.GetCTWorkbook().calcPr.fullCalcOnLoad = true;

        using var output = new MemoryStream();
        workbook.Write(output);
        return output.ToArray();
    }

    /// <summary>
    /// The written calculation as an Excel formula without "=": one product of factor values per term, joined by "+"
    /// ("14*50000*7+14*100000*1"); a product with a fractional factor is wrapped in ROUND(…,0) like
    /// <see cref="FormulaTerm.Value"/>. Null when a term has no factors or the formula would be too long for Excel.
    /// </summary>
    internal static string? FactorFormula(LineFormula formula)
    {
        if (formula.Terms.Count == 0 || formula.Terms.Any(t => t.Factors.Count == 0)) return null;
        var text = string.Join("+", formula.Terms.Select(t =>
        {
            var product = string.Join("*", t.Factors.Select(f => Invariant(f.Value)));
            return t.Factors.All(f => f.Value == decimal.Truncate(f.Value)) ? product : $"ROUND({product},0)";
        }));
        return text.Length <= MaxFormulaLength ? text : null;
    }

    private static void WriteAmount(ICell cell, EstimateLine line, int excelRow)
    {
        var stated = line.StatedAmount;
        if (line.Quantity is { } q && line.UnitPrice is not null && Computed(() => line.ComputedAmount) is { } product
            && (stated is null || stated == product))
        {
            var text = $"D{excelRow}*E{excelRow}";
            SetFormula(cell, q == decimal.Truncate(q) ? text : $"ROUND({text},0)", product);
        }
        else if (line.Quantity is null && line.UnitPrice is null && line.Formula is { } formula
                 && Computed(() => formula.Value) is { } value && (stated is null || stated == value)
                 && FactorFormula(formula) is { } factors)
        {
            SetFormula(cell, factors, value);
        }
        else if (stated is { } amount)
        {
            cell.SetCellValue(amount.Dong);
        }
    }

    /// <summary>A computed amount, or null when it overflows <see cref="Money.MaxValue"/> (the stated figure is written then).</summary>
    private static Money? Computed(Func<Money?> compute)
    {
        try
        {
            return compute();
        }
        catch (DomainException)
        {
            return null;
        }
    }

    /// <summary>"SUM(F9:F29,F31:F33)" over the item ranges; chunks of SUM joined by "+" past Excel's 255 arguments.</summary>
    private static string? SumOfRanges(IReadOnlyList<(int From, int To)> ranges)
    {
        if (ranges.Count == 0) return null;
        var refs = ranges.Select(x => x.From == x.To
            ? $"{AmountColumn}{x.From + 1}"
            : $"{AmountColumn}{x.From + 1}:{AmountColumn}{x.To + 1}").ToList();
        var text = string.Join("+", refs.Chunk(200).Select(chunk => $"SUM({string.Join(",", chunk)})"));
        return text.Length <= MaxFormulaLength ? text : null;
    }

    /// <summary>Sets the formula and, as its cached result, the value Lantoa computes for it.</summary>
    private static void SetFormula(ICell cell, string formula, Money value)
    {
        cell.SetCellFormula(formula);
        cell.SetCellValue(value.Dong);
    }

    private static string? AttachedToLine(Estimate estimate, string? planReference, string? attachedTo)
    {
        var text = !Blank(attachedTo) ? attachedTo!.Trim()
            : !Blank(estimate.AttachedTo) ? estimate.AttachedTo!.Trim()
            : !Blank(planReference) ? "Kèm theo " + planReference!.Trim()
            : null;
        if (text is null) return null;
        return text.StartsWith('(') ? text : $"({text})";
    }

    /// <summary>The amount in words, or null while <see cref="MoneyWords"/> cannot give it.</summary>
    /// <summary>A text line across the table's width (merged), with a height for the lines it wraps to.</summary>
    private static void TextRow(ISheet sheet, int r, int lastCol, string text, ICellStyle style, int blockWidth, double points, bool bold)
    {
        var row = sheet.CreateRow(r);
        SetText(row.CreateCell(0), text, style);
        sheet.AddMergedRegion(new CellRangeAddress(r, r, 0, lastCol));
        row.HeightInPoints = (float)(WrappedLines(text, blockWidth, bold, points) * points * 1.35 + 3);
    }

    /// <summary>
    /// Every table row gets a height for its wrapped text: Excel does not grow rows to fit wrapped text when it opens a
    /// file, and LibreOffice does only sometimes.
    /// </summary>
    private static void FitHeight(IRow row, EstimateLine line, int[] widths, bool hasNote)
    {
        var bold = line.Kind == EstimateLineKind.Group;
        var lines = Math.Max(WrappedLines(line.Content, widths[ColContent], bold), WrappedLines(line.UnitOfMeasure, widths[ColUnit], bold));
        if (hasNote) lines = Math.Max(lines, WrappedLines(line.Note, widths[ColNote], bold));
        row.HeightInPoints = (float)Math.Min(409, lines * 16.0 + 3);
    }

    /// <summary>
    /// How many lines a text wraps to, word by word, in a column <paramref name="width"/> units wide (Excel's unit, the
    /// width of a "0"). Times New Roman fits about 1,1 lower-case letters per unit at 12 pt and about 0,65 capitals; the
    /// estimate errs on the generous side, since a row too tall looks better than cut-off text.
    /// </summary>
    internal static int WrappedLines(string? text, double width, bool bold, double points = 12)
    {
        if (string.IsNullOrWhiteSpace(text)) return 1;
        var total = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var letters = paragraph.Count(char.IsLetter);
            var capitals = letters == 0 ? 0 : paragraph.Count(char.IsUpper) / (double)letters;
            var perUnit = (1.1 - 0.45 * capitals) * (bold ? 0.93 : 1) * 12 / points;
            var capacity = Math.Max(1.0, (width - 1) * perUnit);
            var lines = 1;
            var used = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (used > 0 && used + 1 + word.Length <= capacity)
                {
                    used += 1 + word.Length;
                    continue;
                }

                if (used > 0) lines++;
                lines += (int)Math.Ceiling(word.Length / capacity) - 1; // a word longer than the line breaks inside
                used = word.Length - (Math.Ceiling(word.Length / capacity) - 1) * capacity;
            }

            total += lines;
        }

        return total;
    }

    private static void SetText(ICell cell, string? text, ICellStyle style)
    {
        cell.CellStyle = style;
        if (string.IsNullOrEmpty(text)) return;
        cell.SetCellValue(text.Length <= MaxCellText ? text : text[..(MaxCellText - 1)] + "…");
    }

    private static void PageSetup(ISheet sheet)
    {
        var print = sheet.PrintSetup;
        print.Landscape = true;
        print.PaperSize = A4PaperSize;
        sheet.FitToPage = true;
        print.FitWidth = 1;
        print.FitHeight = 0; // as many pages tall as needed
        sheet.HorizontallyCenter = true;
        sheet.SetMargin(MarginType.LeftMargin, 0.6);
        sheet.SetMargin(MarginType.RightMargin, 0.4);
        sheet.SetMargin(MarginType.TopMargin, 0.6);
        sheet.SetMargin(MarginType.BottomMargin, 0.6);
        sheet.Footer.Center = "Trang &P/&N";
    }

    private sealed class Styles
    {
        public Styles(XSSFWorkbook workbook)
        {
            // The default font (index 0) becomes Times New Roman 12, as Vietnamese administrative documents are set.
            var normal = workbook.GetFontAt(0);
            normal.FontName = "Times New Roman";
            normal.FontHeightInPoints = 12;
            var bold = Font(workbook, bold: true, italic: false, 12);
            var italic = Font(workbook, bold: false, italic: true, 12);
            var titleFont = Font(workbook, bold: true, italic: false, 13);
            var format = workbook.CreateDataFormat();
            var number = format.GetFormat(NumberFormat);
            var fraction = format.GetFormat(FractionFormat);

            ICellStyle Style(IFont font, HorizontalAlignment align, bool wrap, bool border, short? dataFormat = null)
            {
                var s = workbook.CreateCellStyle();
                s.SetFont(font);
                s.Alignment = align;
                s.VerticalAlignment = VerticalAlignment.Center;
                s.WrapText = wrap;
                if (border) s.BorderTop = s.BorderBottom = s.BorderLeft = s.BorderRight = BorderStyle.Thin;
                if (dataFormat is { } f) s.DataFormat = f;
                return s;
            }

            Appendix = Style(titleFont, HorizontalAlignment.Center, wrap: false, border: false);
            Title = Style(titleFont, HorizontalAlignment.Center, wrap: true, border: false);
            Italic = Style(italic, HorizontalAlignment.Center, wrap: true, border: false);
            Words = Style(italic, HorizontalAlignment.Left, wrap: true, border: false);
            Header = Style(bold, HorizontalAlignment.Center, wrap: true, border: true);
            GroupLabel = Style(bold, HorizontalAlignment.Center, wrap: false, border: true);
            GroupText = Style(bold, HorizontalAlignment.Left, wrap: true, border: true);
            GroupAmount = Style(bold, HorizontalAlignment.Right, wrap: false, border: true, number);
            Label = Style(normal, HorizontalAlignment.Center, wrap: false, border: true);
            Text = Style(normal, HorizontalAlignment.Left, wrap: true, border: true);
            Unit = Style(normal, HorizontalAlignment.Center, wrap: true, border: true);
            Number = Style(normal, HorizontalAlignment.Right, wrap: false, border: true, number);
            Fraction = Style(normal, HorizontalAlignment.Right, wrap: false, border: true, fraction);
            TotalLabel = Style(bold, HorizontalAlignment.Center, wrap: false, border: true);
            TotalAmount = Style(bold, HorizontalAlignment.Right, wrap: false, border: true, number);
        }

        public ICellStyle Appendix { get; }
        public ICellStyle Title { get; }
        public ICellStyle Italic { get; }
        public ICellStyle Words { get; }
        public ICellStyle Header { get; }
        public ICellStyle GroupLabel { get; }
        public ICellStyle GroupText { get; }
        public ICellStyle GroupAmount { get; }
        public ICellStyle Label { get; }
        public ICellStyle Text { get; }
        public ICellStyle Unit { get; }
        public ICellStyle Number { get; }
        public ICellStyle Fraction { get; }
        public ICellStyle TotalLabel { get; }
        public ICellStyle TotalAmount { get; }

        private static IFont Font(XSSFWorkbook workbook, bool bold, bool italic, double points)
        {
            var font = workbook.CreateFont();
            font.FontName = "Times New Roman";
            font.FontHeightInPoints = points;
            font.IsBold = bold;
            font.IsItalic = italic;
            return font;
        }
    }

    // ───────────────────────────── import ─────────────────────────────

    /// <summary>
    /// Reads an .xlsx estimate: <see cref="ReadGrid"/>, then <see cref="EstimateTableReader.Read"/>. Never throws for bad
    /// input: a file that is not an .xlsx, is too large, or has no estimate table gives a result without an estimate and
    /// an error finding with a Vietnamese message.
    /// </summary>
    public static EstimateReadResult Import(Stream xlsx, string? defaultTitle = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        if (!TryReadGrid(xlsx, out var rows, out var failure, ct)) return new EstimateReadResult(null, [failure!]);
        if (!rows.Any(LooksLikeHeader))
            return new EstimateReadResult(null, [new Finding(Severity.Error, "xlsx-no-table", NoTableMessage)]);
        try
        {
            return EstimateTableReader.Read(rows, defaultTitle);
        }
        catch (DomainException e)
        {
            return new EstimateReadResult(null, [new Finding(Severity.Error, "xlsx-invalid-table", e.Message)]);
        }
    }

    /// <summary>
    /// The first sheet that holds an estimate table (a row with STT and NỘI DUNG), or else the first visible sheet, as
    /// rows of cell texts: row i of the list is sheet row i + 1 (empty rows are empty lists; trailing empty rows and
    /// cells are left out). Text cells give their text, numbers are rendered as described on the class, formula cells
    /// give their cached result (evaluated when the file carries none), dates "dd/MM/yyyy". A merged region reads as its
    /// top-left cell; its other cells are null. Bad input is a <see cref="DomainException"/> with a Vietnamese message.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string?>> ReadGrid(Stream xlsx, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        return TryReadGrid(xlsx, out var rows, out var failure, ct) ? rows : throw new DomainException(failure!.Message);
    }

    private static bool TryReadGrid(Stream xlsx, out IReadOnlyList<IReadOnlyList<string?>> rows, out Finding? failure, CancellationToken ct)
    {
        rows = [];
        failure = null;
        byte[] bytes;
        try
        {
            bytes = ReadLimited(xlsx);
        }
        catch (WorkbookRefusal e)
        {
            failure = e.Finding;
            return false;
        }
        catch (IOException)
        {
            failure = Refusal("xlsx-unreadable", "Không đọc được tệp tải lên.");
            return false;
        }

        failure = XlsxGuard.Check(bytes, ct);
        if (failure is not null) return false;

        XSSFWorkbook workbook;
        try
        {
            workbook = new XSSFWorkbook(new MemoryStream(bytes, writable: false));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // NPOI reports a damaged package in many ways (its own exceptions, XML and zip errors, null references).
            failure = Refusal("xlsx-corrupt", "Tệp Excel bị hỏng hoặc không đúng định dạng .xlsx, Lantoa không đọc được.");
            return false;
        }

        try
        {
            var sheet = ChooseSheet(workbook);
            if (sheet is null)
            {
                failure = Refusal("xlsx-no-sheet", "Tệp Excel không có trang tính nào.");
                return false;
            }

            rows = ReadSheet(workbook, sheet);
            return true;
        }
        catch (WorkbookRefusal e)
        {
            failure = e.Finding;
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failure = Refusal("xlsx-corrupt", "Tệp Excel bị hỏng hoặc có nội dung Lantoa không đọc được.");
            return false;
        }
    }

    /// <summary>The whole stream, refusing empty streams and anything over <see cref="MaxFileBytes"/> without reading it all.</summary>
    private static byte[] ReadLimited(Stream stream)
    {
        if (stream.CanSeek && stream.Length - stream.Position > MaxFileBytes) throw TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes) throw TooLarge();
            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0) throw new WorkbookRefusal(Refusal("xlsx-empty", "Tệp tải lên rỗng."));
        return buffer.ToArray();
    }

    private static WorkbookRefusal TooLarge() => new(Refusal("xlsx-too-large",
        $"Tệp Excel quá lớn (tối đa {MaxFileBytes / (1024 * 1024)} MB). Bảng dự toán thường chỉ vài chục KB; hãy bỏ bớt hình ảnh hoặc các trang tính không cần thiết."));

    internal static Finding Refusal(string code, string message) => new(Severity.Error, code, message);

    /// <summary>A refusal of the input, carried out of the reading code; never leaves this class.</summary>
    internal sealed class WorkbookRefusal(Finding finding) : Exception(finding.Message)
    {
        public Finding Finding { get; } = finding;
    }

    private static ISheet? ChooseSheet(XSSFWorkbook workbook)
    {
        ISheet? firstVisible = null;
        for (var i = 0; i < workbook.NumberOfSheets; i++)
        {
            if (workbook.IsSheetHidden(i) || workbook.IsSheetVeryHidden(i)) continue;
            var sheet = workbook.GetSheetAt(i);
            firstVisible ??= sheet;
            for (var r = sheet.FirstRowNum; r <= Math.Min(sheet.LastRowNum, sheet.FirstRowNum + 200); r++)
            {
                var row = sheet.GetRow(r);
                if (row is null) continue;
                var texts = new List<string?>();
                for (var c = 0; c < Math.Min((int)row.LastCellNum, MaxColumns); c++)
                    texts.Add(row.GetCell(c) is { CellType: CellType.String } cell ? cell.StringCellValue : null);
                if (LooksLikeHeader(texts)) return sheet;
            }
        }

        return firstVisible ?? (workbook.NumberOfSheets > 0 ? workbook.GetSheetAt(0) : null);
    }

    /// <summary>A row with a cell "STT" and a cell containing "NỘI DUNG" (any case, with or without diacritics).</summary>
    internal static bool LooksLikeHeader(IReadOnlyList<string?> row)
    {
        var stt = false;
        var content = false;
        foreach (var cell in row)
        {
            if (string.IsNullOrWhiteSpace(cell) || cell.Length > 200) continue;
            var folded = VietnameseText.Fold(cell);
            stt |= folded.Trim().TrimEnd('.') is "stt" or "tt" or "so tt" or "so thu tu";
            content |= folded.Contains("noi dung", StringComparison.Ordinal);
        }

        return stt && content;
    }

    private static IReadOnlyList<IReadOnlyList<string?>> ReadSheet(XSSFWorkbook workbook, ISheet sheet)
    {
        // Cells covered by a merged region other than its top-left one read as empty. Only the first MaxRows ×
        // MaxColumns cells can be read, so a bit each for those; regions do not overlap in a sound file, so marking more
        // cells than there are means a damaged or hostile one.
        var covered = new BitArray(MaxRows * MaxColumns);
        long budget = (long)MaxRows * MaxColumns;
        for (var i = 0; i < sheet.NumMergedRegions; i++)
        {
            var region = sheet.GetMergedRegion(i);
            var lastRow = Math.Min(region.LastRow, MaxRows - 1);
            var lastCol = Math.Min(region.LastColumn, MaxColumns - 1);
            if (region.FirstRow < 0 || region.FirstColumn < 0 || region.FirstRow > lastRow || region.FirstColumn > lastCol) continue;
            budget -= (long)(lastRow - region.FirstRow + 1) * (lastCol - region.FirstColumn + 1);
            if (budget < 0) throw new WorkbookRefusal(Refusal("xlsx-corrupt", "Tệp Excel có các vùng gộp ô chồng lên nhau, Lantoa không đọc được."));
            for (var r = region.FirstRow; r <= lastRow; r++)
                for (var c = region.FirstColumn; c <= lastCol; c++)
                    if (r != region.FirstRow || c != region.FirstColumn) covered[r * MaxColumns + c] = true;
        }

        XSSFFormulaEvaluator? evaluator = null;
        var rows = new List<IReadOnlyList<string?>>();
        foreach (IRow row in sheet)
        {
            var cells = new List<string?>();
            var width = Math.Min((int)row.LastCellNum, MaxColumns);
            for (var c = 0; c < width; c++)
            {
                var cell = row.GetCell(c);
                cells.Add(cell is null || (row.RowNum < MaxRows && covered[row.RowNum * MaxColumns + c]) ? null : CellText(cell, workbook, ref evaluator));
            }

            while (cells.Count > 0 && cells[^1] is null) cells.RemoveAt(cells.Count - 1);
            if (cells.Count == 0) continue;
            if (row.RowNum >= MaxRows)
                throw new WorkbookRefusal(Refusal("xlsx-too-many-rows",
                    $"Trang tính \"{sheet.SheetName}\" có dữ liệu quá {MaxRows.ToString("#,0", Vi)} dòng; Lantoa chỉ đọc bảng dự toán đến {MaxRows.ToString("#,0", Vi)} dòng."));
            while (rows.Count < row.RowNum) rows.Add([]);
            rows.Add(cells);
        }

        return rows;
    }

    private static string? CellText(ICell cell, XSSFWorkbook workbook, ref XSSFFormulaEvaluator? evaluator)
    {
        switch (cell.CellType)
        {
            case CellType.String:
                return NonBlank(cell.StringCellValue);
            case CellType.Numeric:
                return DateUtil.IsCellDateFormatted(cell) ? DateText(cell.DateCellValue) : NumberText(cell.NumericCellValue);
            case CellType.Boolean:
                return cell.BooleanCellValue ? "TRUE" : "FALSE";
            case CellType.Error:
                return FormulaError.ForInt(cell.ErrorCellValue).String;
            case CellType.Formula:
                var cached = CachedText(cell);
                // A file written without cached results reads as 0 or "": evaluate those (a real 0 stays 0).
                if (cached is not (null or "0")) return cached;
                try
                {
                    evaluator ??= new XSSFFormulaEvaluator(workbook);
                    var value = evaluator.Evaluate(cell);
                    return value?.CellType switch
                    {
                        CellType.Numeric => DateUtil.IsCellDateFormatted(cell) ? DateText(DateUtil.GetJavaDate(value.NumberValue)) : NumberText(value.NumberValue),
                        CellType.String => NonBlank(value.StringValue),
                        CellType.Boolean => value.BooleanValue ? "TRUE" : "FALSE",
                        CellType.Error => FormulaError.ForInt(value.ErrorValue).String,
                        _ => cached,
                    };
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    return cached; // a function NPOI does not know, a link to another workbook: keep what the file says
                }
            default:
                return null;
        }
    }

    private static string? CachedText(ICell cell) => cell.CachedFormulaResultType switch
    {
        CellType.Numeric => DateUtil.IsCellDateFormatted(cell) ? DateText(cell.DateCellValue) : NumberText(cell.NumericCellValue),
        CellType.String => NonBlank(cell.StringCellValue),
        CellType.Boolean => cell.BooleanCellValue ? "TRUE" : "FALSE",
        CellType.Error => FormulaError.ForInt(cell.ErrorCellValue).String,
        _ => null,
    };

    private static string? NonBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string DateText(DateTime date) =>
        date.TimeOfDay == TimeSpan.Zero ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : date.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// A number as <see cref="Money.TryReadNumber"/> reads it back: whole numbers as plain digits ("388400000",
    /// "-5"), fractions with a decimal comma ("1,5", "0,25"), and a fraction of exactly three digits padded with a zero
    /// ("1,1250") because a mark followed by three digits is read as a thousands separator. The double is taken to its
    /// 15 significant digits, which undoes binary noise such as 0.30000000000000004.
    /// </summary>
    internal static string? NumberText(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return null;
        decimal number;
        try
        {
            number = (decimal)value;
        }
        catch (OverflowException)
        {
            return value.ToString("R", CultureInfo.InvariantCulture);
        }

        if (number == decimal.Truncate(number)) return decimal.Truncate(number).ToString("0", CultureInfo.InvariantCulture);
        var text = Invariant(number);
        var dot = text.IndexOf('.');
        var fraction = text[(dot + 1)..];
        if (fraction.Length == 3) fraction += "0";
        return text[..dot] + "," + fraction;
    }

    private static string Invariant(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
}
