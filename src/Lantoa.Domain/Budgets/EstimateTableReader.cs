using System.Text;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Budgets;

/// <summary>What reading an estimate table gave: the estimate (null when the table could not be read) and findings.</summary>
public sealed record EstimateReadResult(Estimate? Estimate, IReadOnlyList<Finding> Findings)
{
    public bool Success => Estimate is not null;

    /// <summary>The amount in words written under the table ("Bằng chữ: Ba trăm tám mươi tám triệu …"), as written.</summary>
    public string? StatedTotalInWords { get; init; }

    /// <summary>For each line of <see cref="Estimate"/>, in order, the 1-based row of the input it was read from.</summary>
    public IReadOnlyList<int> LineRows { get; init; } = [];
}

/// <summary>
/// Reads one estimate table (dự trù kinh phí) from tab-separated text pasted from Word or Excel, or from a grid of cells:
/// the title block above it ("Phụ lục II", the title lines, "(Kèm theo …)"), the header row (recognised by its words,
/// in any order, repeated after page breaks), group rows (I, II, … or capitals without figures), item lines, the
/// total row and a "Bằng chữ: …" line under it.
/// </summary>
/// <remarks>
/// Without a header row the columns are inferred from the width of the table: 2 = nội dung, thành tiền; 3 = STT,
/// nội dung, thành tiền; 4 = STT, nội dung, thành tiền, ghi chú; 6 = STT, nội dung, đơn vị tính, số lượng, đơn giá,
/// thành tiền; 7 = the same and ghi chú. Any other width, or rows that do not fit the columns, is an error and no
/// estimate is returned. A cell that is not a number where one is expected is an error naming its row and column; the
/// estimate is still returned without that figure so that the user sees the whole table. Finding.Line is the 1-based
/// row of the input (the line of the text).
/// </remarks>
public static class EstimateTableReader
{
    public static EstimateReadResult ReadText(string text, string? defaultTitle = null) =>
        new Reader(SplitText(text ?? ""), defaultTitle).Run();

    public static EstimateReadResult Read(IReadOnlyList<IReadOnlyList<string?>> rows, string? defaultTitle = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = new List<Row>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i] ?? [];
            list.Add(Row.Create(i + 1, cells, cells.Count));
        }

        return new Reader(list, defaultTitle).Run();
    }

    private enum Column
    {
        Stt,
        Content,
        Unit,
        Quantity,
        UnitPrice,
        Amount,
        Note,
        FundingSource,
    }

    private static string ColumnName(Column column) => column switch
    {
        Column.Stt => "STT",
        Column.Content => "NỘI DUNG",
        Column.Unit => "ĐƠN VỊ TÍNH",
        Column.Quantity => "SỐ LƯỢNG",
        Column.UnitPrice => "ĐƠN GIÁ",
        Column.Amount => "THÀNH TIỀN",
        Column.Note => "GHI CHÚ",
        _ => "NGUỒN KINH PHÍ",
    };

    /// <summary>A row of the input: its 1-based number, its cells (normalised, trailing empty cells removed) and its width as given.</summary>
    private sealed class Row
    {
        public required int Number { get; init; }
        public required List<string> Cells { get; init; }
        public required int RawWidth { get; init; }

        public bool IsBlank => Cells.Count == 0;
        public int FilledCount => Cells.Count(c => c.Length > 0);

        public string Joined => string.Join(' ', Cells.Where(c => c.Length > 0));

        private bool _classified;
        private Layout? _header;
        private bool _total;
        private bool _bareCong;
        private bool _words;
        private string? _wordsText;

        /// <summary>The columns this row names when it is a header row, else null (computed once).</summary>
        public Layout? Header => Classify()._header;

        /// <summary>A total row ("Tổng cộng"), or a "Cộng" row (<see cref="BareCong"/>).</summary>
        public bool IsTotal => Classify()._total;

        public bool BareCong => Classify()._bareCong;

        /// <summary>A "Bằng chữ: …" row, with <see cref="WordsText"/>.</summary>
        public bool IsWords => Classify()._words;

        public string? WordsText => Classify()._wordsText;

        private Row Classify()
        {
            if (_classified) return this;
            _classified = true;
            _header = HeaderLayout(this);
            _total = IsTotalRow(this, out _bareCong);
            _words = IsWordsRow(this, out _wordsText);
            return this;
        }

        public static Row Create(int number, IEnumerable<string?> cells, int rawWidth)
        {
            var list = cells.Select(c => c is null ? "" : VietnameseText.Normalize(c)).ToList();
            while (list.Count > 0 && list[^1].Length == 0) list.RemoveAt(list.Count - 1);
            return new Row { Number = number, Cells = list, RawWidth = rawWidth };
        }
    }

    /// <summary>
    /// Splits text into rows of tab-separated cells. A cell in double quotes may hold tabs, line breaks and doubled
    /// quotes (the way Excel copies a cell with several lines); a quote that does not close a cell is plain text.
    /// </summary>
    private static List<Row> SplitText(string text)
    {
        var rows = new List<Row>();
        var cells = new List<string?>();
        var cell = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var i = 0;
        var atCellStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (atCellStart && c == '"' && TryReadQuoted(text, i, out var quoted, out var after))
            {
                cell.Append(quoted);
                line += quoted.Count(ch => ch == '\n');
                i = after;
                atCellStart = false;
                continue;
            }

            atCellStart = false;
            if (c == '\t')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                atCellStart = true;
                i++;
                continue;
            }

            if (c is '\r' or '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                rows.Add(TextRow(rowLine, cells));
                cells.Clear();
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                rowLine = line;
                atCellStart = true;
                continue;
            }

            cell.Append(c);
            i++;
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add(TextRow(rowLine, cells));
        }

        return rows;
    }

    /// <summary>A line of tab-separated cells; a line without tabs that starts with "|" is a Markdown table row.</summary>
    private static Row TextRow(int number, List<string?> cells)
    {
        if (cells.Count == 1 && cells[0]!.TrimStart() is ['|', ..] piped)
        {
            var parts = piped.Trim().Split('|').ToList();
            parts.RemoveAt(0);
            if (parts.Count > 0 && parts[^1].Trim().Length == 0) parts.RemoveAt(parts.Count - 1);
            var separator = parts.Count > 0 && parts.All(p => p.Trim() is { Length: >= 3 } t && t.Trim(':').Length > 0 && t.Trim(':').All(c => c == '-'));
            return separator ? Row.Create(number, [], 0) : Row.Create(number, parts, parts.Count);
        }

        return Row.Create(number, cells, cells.Count);
    }

    private static bool TryReadQuoted(string text, int open, out string content, out int after)
    {
        var sb = new StringBuilder();
        var i = open + 1;
        while (i < text.Length)
        {
            if (text[i] != '"')
            {
                sb.Append(text[i]);
                i++;
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '"')
            {
                sb.Append('"');
                i += 2;
                continue;
            }

            var closes = i + 1 == text.Length || text[i + 1] is '\t' or '\r' or '\n';
            content = sb.ToString();
            after = i + 1;
            return closes;
        }

        content = "";
        after = open;
        return false;
    }

    /// <summary>Which column a header cell names, and the scale its unit note gives ("THÀNH TIỀN (triệu đồng)").</summary>
    private static (Column? Column, decimal Scale) HeaderCell(string cell)
    {
        var open = cell.IndexOf('(');
        var main = open >= 0 ? cell[..open] : cell;
        var note = open >= 0 ? cell[open..] : "";
        var key = VietnameseText.FoldKey(main);
        var scale = ScaleOf(VietnameseText.FoldKey(note));
        Column? column = key switch
        {
            "stt" or "tt" or "so tt" or "so thu tu" => Column.Stt,
            "don vi tinh" or "dvt" or "don vi" or "dv tinh" or "dv" => Column.Unit,
            "sl" or "so luong" or "khoi luong" => Column.Quantity,
            _ when key.StartsWith("noi dung", StringComparison.Ordinal) || key.StartsWith("dien giai", StringComparison.Ordinal)
                || key.StartsWith("hang muc", StringComparison.Ordinal) || key.StartsWith("khoan muc", StringComparison.Ordinal)
                || key.StartsWith("khoan chi", StringComparison.Ordinal) || key is "ten" or "ten hang muc" or "cong viec" => Column.Content,
            _ when key.StartsWith("so luong", StringComparison.Ordinal) => Column.Quantity,
            _ when key.StartsWith("don gia", StringComparison.Ordinal) || key.StartsWith("muc chi", StringComparison.Ordinal) => Column.UnitPrice,
            _ when key.StartsWith("nguon", StringComparison.Ordinal) => Column.FundingSource,
            _ when key.StartsWith("thanh tien", StringComparison.Ordinal) || key.StartsWith("kinh phi", StringComparison.Ordinal)
                || key.StartsWith("so tien", StringComparison.Ordinal) || key.StartsWith("tong tien", StringComparison.Ordinal)
                || key.StartsWith("du toan", StringComparison.Ordinal) || key.StartsWith("tong kinh phi", StringComparison.Ordinal) => Column.Amount,
            _ when key.StartsWith("ghi chu", StringComparison.Ordinal) => Column.Note,
            _ => null,
        };
        return (column, scale);
    }

    /// <summary>"triệu đồng" → 1.000.000, "nghìn đồng" / "1.000 đồng" → 1.000, else 1.</summary>
    private static decimal ScaleOf(string foldedKey)
    {
        if (foldedKey.Length == 0) return 1;
        var words = foldedKey.Split(' ');
        if (words.Contains("ty")) return 1_000_000_000;
        if (words.Contains("trieu")) return 1_000_000;
        if (words.Contains("nghin") || words.Contains("ngan") || words.Contains("1000") || foldedKey.Contains("1 000")) return 1_000;
        return 1;
    }

    private sealed class Layout
    {
        public required Column?[] Columns { get; init; }
        public required decimal[] Scales { get; init; }

        public int Width => Columns.Length;

        public int? IndexOf(Column column)
        {
            var i = Array.IndexOf(Columns, column);
            return i < 0 ? null : i;
        }

        public bool Has(Column column) => Array.IndexOf(Columns, column) >= 0;

        /// <summary>Has a content column and an amount (or unit price) column: the header of an estimate.</summary>
        public bool IsComplete => Has(Column.Content) && (Has(Column.Amount) || Has(Column.UnitPrice));

        public static Layout ForWidth(int width) => new()
        {
            Columns = width switch
            {
                2 => [Column.Content, Column.Amount],
                3 => [Column.Stt, Column.Content, Column.Amount],
                4 => [Column.Stt, Column.Content, Column.Amount, Column.Note],
                6 => [Column.Stt, Column.Content, Column.Unit, Column.Quantity, Column.UnitPrice, Column.Amount],
                7 => [Column.Stt, Column.Content, Column.Unit, Column.Quantity, Column.UnitPrice, Column.Amount, Column.Note],
                _ => throw new ArgumentOutOfRangeException(nameof(width)),
            },
            Scales = Enumerable.Repeat(1m, width).ToArray(),
        };
    }

    private static readonly int[] InferableWidths = [2, 3, 4, 6, 7];

    /// <summary>A header row names at least two columns, one of them the content or the amount, and little else.</summary>
    private static Layout? HeaderLayout(Row row)
    {
        if (row.FilledCount < 2) return null;
        if (row.Cells.Any(c => c.Length > 0 && (Money.TryReadNumber(c, out _) || c.Length > 60))) return null; // headers hold words
        var columns = new Column?[row.Cells.Count];
        var scales = new decimal[row.Cells.Count];
        var recognised = 0;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (row.Cells[i].Length == 0)
            {
                scales[i] = 1;
                continue;
            }

            var (column, scale) = HeaderCell(row.Cells[i]);
            scales[i] = scale;
            if (column is null || columns.Contains(column)) continue;
            columns[i] = column;
            recognised++;
        }

        if (recognised < 2 || recognised * 2 < row.FilledCount) return null;
        return new Layout { Columns = columns, Scales = scales };
    }

    private static readonly string[] TotalPhrases = ["tong cong", "tong so", "tong kinh phi", "tong du toan", "tong so tien", "cong tong"];

    /// <summary>
    /// "Tổng cộng", "TỔNG CỘNG:", "Tổng cộng (I+II)", "Tổng số" in any cell of the row; or "Cộng", "Cộng mục I" (with its
    /// diacritics: "Công" is a unit of measure), which closes a group when more rows follow (<paramref name="bareCong"/>).
    /// A long text that starts with "Tổng cộng các khoản …" is content, not a total.
    /// </summary>
    private static bool IsTotalRow(Row row, out bool bareCong)
    {
        bareCong = false;
        foreach (var cell in row.Cells)
        {
            if (cell.Length == 0 || cell.Length > 60) continue;
            var start = cell.AsSpan().TrimStart("(*_ ");
            if (start.Length == 0 || char.ToLowerInvariant(start[0]) is not ('t' or 'c')) continue; // "tổng …", "cộng …"
            var key = VietnameseText.FoldKey(cell);
            foreach (var phrase in TotalPhrases)
            {
                if (key == phrase) return true;
                if (key.StartsWith(phrase + " ", StringComparison.Ordinal) && key[(phrase.Length + 1)..].Count(ch => ch == ' ') < 3)
                    return true;
            }

            if (key == "tong") return true;
            var lower = new string(cell.ToLowerInvariant().Where(ch => char.IsLetterOrDigit(ch) || ch == ' ').ToArray()).Trim();
            if (lower == "cộng" || lower.StartsWith("cộng mục ", StringComparison.Ordinal) || lower.StartsWith("cộng nhóm ", StringComparison.Ordinal)
                || (lower.StartsWith("cộng ", StringComparison.Ordinal) && IsRoman(lower[5..].Trim().ToUpperInvariant())))
            {
                bareCong = true;
                return true;
            }
        }

        return false;
    }

    /// <summary>The row of column numbers under a header: "(1)⇥(2)⇥…⇥(6)=(4)x(5)" or "A⇥B⇥1⇥2".</summary>
    private static bool IsColumnNumberRow(Row row)
    {
        if (row.FilledCount < 2) return false;
        foreach (var cell in row.Cells)
        {
            if (cell.Length == 0) continue;
            if (cell.Length > 20) return false;
            var core = new string(cell.Where(c => c is not ('(' or ')' or '=' or 'x' or 'X' or '*' or '×' or '+' or '-' or '.' or ' ')).ToArray());
            if (core.Length == 0) return false;
            if (!(core.All(char.IsAsciiDigit) || (core.Length == 1 && char.IsUpper(core[0])))) return false;
        }

        return true;
    }

    private static bool IsWordsRow(Row row, out string? words)
    {
        words = null;
        foreach (var cell in row.Cells)
        {
            var trimmed = cell.Trim().TrimStart('(', '*', '_').Trim();
            if (trimmed.Length < 8 || char.ToLowerInvariant(trimmed[0]) != 'b') continue;
            if (!VietnameseText.FoldKey(trimmed[..Math.Min(trimmed.Length, 12)]).StartsWith("bang chu", StringComparison.Ordinal)) continue;
            var colon = trimmed.IndexOf(':');
            var text = colon >= 0 ? trimmed[(colon + 1)..] : trimmed["bằng chữ".Length..];
            text = text.Trim().TrimEnd(')', '*', '_', '.').Trim();
            words = text.Length == 0 ? null : text;
            return true;
        }

        return false;
    }

    /// <summary>I, II, III, IV … up to L.</summary>
    private static bool IsRoman(string s)
    {
        if (s.Length is 0 or > 6) return false;
        foreach (var c in s)
            if (c is not ('I' or 'V' or 'X' or 'L')) return false;
        return RomanNumerals.Value(s) is > 0 and <= 50;
    }

    private static string LabelCore(string label) => label.Trim().TrimEnd('.', ')', ':').Trim();

    private static bool IsGroupLabel(string? label)
    {
        if (string.IsNullOrEmpty(label)) return false;
        var core = LabelCore(label);
        return IsRoman(core) || (core.Length == 1 && char.IsUpper(core[0]) && char.IsLetter(core[0]));
    }

    /// <summary>"1", "1.", "12)", "1.2", "a)", "I", "II.", "A." — what an STT cell holds.</summary>
    private static bool LooksLikeLabel(string cell)
    {
        var core = LabelCore(cell);
        if (core.Length is 0 or > 8) return false;
        if (core.All(c => char.IsAsciiDigit(c) || c == '.')) return char.IsAsciiDigit(core[0]);
        if (IsRoman(core)) return true;
        return core.Length == 1 && char.IsLetter(core[0]);
    }

    /// <summary>In a table without an STT column: "1. Nước uống" → ("1.", "Nước uống").</summary>
    private static (string? Label, string Content) SplitLeadingLabel(string content)
    {
        var space = content.IndexOf(' ');
        if (space <= 0) return (null, content);
        var head = content[..space];
        if (head[^1] is not ('.' or ')')) return (null, content);
        return LooksLikeLabel(head) ? (head, content[(space + 1)..].TrimStart()) : (null, content);
    }

    private static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }

        return letters >= 3;
    }

    private static bool IsDashLike(string cell) => cell is "-" or "–" or "—" or "x" or "/";

    private static bool LooksLikeAmount(string cell) =>
        Money.TryParse(cell, out var m) && Math.Abs(m.Dong) >= 1000;

    private sealed class Reader(List<Row> rows, string? defaultTitle)
    {
        private readonly List<Finding> _findings = [];

        private void Add(Severity severity, string code, string message, int? row) =>
            _findings.Add(new Finding(severity, code, message, row is { } r ? $"dòng {r}" : null, row));

        private EstimateReadResult Fail() => new(null, _findings);

        public EstimateReadResult Run()
        {
            if (rows.All(r => r.IsBlank))
            {
                Add(Severity.Error, "empty-input", "Chưa có nội dung: hãy dán bảng dự toán (sao chép từ Word hoặc Excel).", null);
                return Fail();
            }

            // The first estimate header (a pasted plan may hold other tables first), else the first header-like row.
            var headerIndex = rows.FindIndex(r => r.Header is { IsComplete: true });
            if (headerIndex < 0) headerIndex = rows.FindIndex(r => r.Header is not null);
            var layout = headerIndex >= 0 ? rows[headerIndex].Header : null;
            var dataStart = headerIndex >= 0 ? headerIndex + 1 : FindDataStart();
            var title = ReadTitleBlock(TitleRows(headerIndex >= 0 ? headerIndex : dataStart));

            // The table proper: from the first data row to the total row (and the words under it).
            var data = rows.Skip(dataStart).ToList();
            if (!data.Any(r => !r.IsBlank && !r.IsWords))
            {
                Add(Severity.Error, "no-table",
                    "Không tìm thấy bảng dự toán: các cột phải cách nhau bằng dấu Tab (dán từ Word hoặc Excel), "
                    + "có dòng tiêu đề STT, NỘI DUNG, … THÀNH TIỀN hoặc có 2, 3, 4, 6 hay 7 cột.", null);
                return Fail();
            }

            var tableRows = TableRows(data);
            if (layout is null)
            {
                var width = tableRows.Max(r => r.Cells.Count);
                if (width < 2)
                {
                    Add(Severity.Error, "no-table",
                        "Không tìm thấy bảng dự toán: các cột phải cách nhau bằng dấu Tab (dán từ Word hoặc Excel), "
                        + "có dòng tiêu đề STT, NỘI DUNG, … THÀNH TIỀN hoặc có 2, 3, 4, 6 hay 7 cột.", null);
                    return Fail();
                }

                if (!InferableWidths.Contains(width))
                {
                    var first = tableRows.First(r => r.Cells.Count == width);
                    Add(Severity.Error, "unknown-columns",
                        $"Dòng {first.Number}: bảng có {width} cột nhưng không có dòng tiêu đề, nên không biết cột nào là cột nào. "
                        + "Hãy dán cả dòng tiêu đề (STT, NỘI DUNG, ĐƠN VỊ TÍNH, SỐ LƯỢNG, ĐƠN GIÁ, THÀNH TIỀN, GHI CHÚ) "
                        + "hoặc dùng bảng 2, 3, 4, 6 hay 7 cột.", first.Number);
                    return Fail();
                }

                layout = Layout.ForWidth(width);
            }
            else if (!layout.IsComplete)
            {
                var missing = !layout.Has(Column.Content) ? "NỘI DUNG" : "THÀNH TIỀN";
                var header = rows[headerIndex].Number;
                Add(Severity.Error, "missing-column",
                    $"Dòng {header}: dòng tiêu đề không có cột {missing}, nên đây không phải là bảng dự toán kinh phí.", header);
                return Fail();
            }

            var merged = MergeContinuations(tableRows, layout);
            if (!CheckWidths(merged, layout)) return Fail();

            var estimate = new Estimate(title.Title ?? NonEmpty(defaultTitle) ?? "Dự trù kinh phí")
            {
                AppendixLabel = title.Appendix,
                AttachedTo = title.AttachedTo,
            };
            var scale = title.Scale;
            var (lines, lineRows, total, words) = ReadLines(data, merged, layout, scale);
            estimate.AddLines(lines);
            estimate.StatedTotal = total;
            if (lines.Count == 0)
                Add(Severity.Warning, "no-lines", "Bảng không có dòng nội dung nào.", null);
            if (total is null)
                Add(Severity.Info, "no-total", "Bảng không có dòng \"Tổng cộng\".", null);
            CheckWords(words, total);
            return new EstimateReadResult(estimate, _findings) { StatedTotalInWords = words, LineRows = lineRows };
        }

        private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : VietnameseText.Normalize(s);

        /// <summary>Without a header: the title block is the leading rows of one cell that do not look like table rows.</summary>
        private int FindDataStart()
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                if (row.IsBlank) continue;
                if (row.FilledCount >= 2 || row.IsTotal || row.IsWords) return i;
                var text = row.Joined;
                var (label, _) = SplitLeadingLabel(text);
                if (label is not null) return i;
            }

            return rows.Count;
        }

        /// <summary>
        /// The rows of the title block above the table: from the last "Phụ lục …" line, or else the last block of
        /// lines without a blank line inside, right above the table (a whole plan may have been pasted).
        /// </summary>
        private IEnumerable<Row> TitleRows(int end)
        {
            var start = -1;
            for (var i = end - 1; i >= 0; i--)
            {
                var first = rows[i].Cells.FirstOrDefault(c => c.Length > 0);
                if (first is ['P' or 'p', ..] && VietnameseText.FoldKey(first[..Math.Min(first.Length, 12)]).StartsWith("phu luc", StringComparison.Ordinal))
                {
                    start = i;
                    break;
                }
            }

            if (start < 0)
            {
                var last = end - 1;
                while (last >= 0 && rows[last].IsBlank) last--;
                start = last;
                while (start > 0 && !rows[start - 1].IsBlank && end - start < MaxTitleRows) start--;
                if (start < 0) return [];
            }

            return rows.Skip(start).Take(end - start).Where(r => r.FilledCount is 1 or 2);
        }

        private const int MaxTitleRows = 6;

        private sealed record TitleBlock(string? Appendix, string? Title, string? AttachedTo, decimal Scale);

        private TitleBlock ReadTitleBlock(IEnumerable<Row> block)
        {
            string? appendix = null, attached = null;
            var titleLines = new List<string>();
            decimal scale = 1;
            foreach (var row in block)
            {
                if (row.IsBlank) continue;
                var text = row.Joined;
                var key = VietnameseText.FoldKey(text);
                if (appendix is null && key.StartsWith("phu luc", StringComparison.Ordinal))
                {
                    var colon = text.IndexOf(':');
                    appendix = (colon > 0 ? text[..colon] : text).Trim();
                    if (colon > 0 && text[(colon + 1)..].Trim() is { Length: > 0 } rest) titleLines.Add(rest);
                }
                else if (attached is null && text.StartsWith('(') && key.Contains("kem theo", StringComparison.Ordinal))
                {
                    attached = text;
                }
                else if (key.StartsWith("don vi tinh", StringComparison.Ordinal) || key.StartsWith("dvt", StringComparison.Ordinal))
                {
                    scale = ScaleOf(key); // "Đơn vị tính: triệu đồng"
                }
                else
                {
                    titleLines.Add(text);
                }
            }

            var title = titleLines.Count > 0 ? VietnameseText.Normalize(string.Join(' ', titleLines)) : null;
            return new TitleBlock(appendix, title, attached, scale);
        }

        /// <summary>The rows of the table proper: not blank, not repeated headers, up to and including the total row.</summary>
        private static List<Row> TableRows(List<Row> data)
        {
            var result = new List<Row>();
            var afterHeader = true;
            foreach (var row in data)
            {
                if (row.IsBlank) continue;
                if (row.Header is not null)
                {
                    afterHeader = true;
                    continue;
                }

                if (afterHeader && IsColumnNumberRow(row)) continue;
                afterHeader = false;
                if (row.IsTotal)
                {
                    result.Add(row);
                    if (!row.BareCong) break;
                    continue;
                }

                if (row.IsWords) continue;
                result.Add(row);
            }

            return result;
        }

        /// <summary>
        /// Some exports break a cell holding several paragraphs into several lines: "10.⇥Hội trường phục vụ:" then
        /// "- Máy lạnh …⇥Ngày⇥1⇥15.000.000⇥15.000.000". A row narrower than the table whose last cell has text, followed
        /// by a row that does not start a new line (no STT, not capitals after an item) and that fits in the cells left,
        /// is the same row: the first cell of the next row continues the last cell of this one.
        /// </summary>
        private static List<Row> MergeContinuations(List<Row> table, Layout layout)
        {
            var width = Math.Max(layout.Width, table.Count == 0 ? 0 : table.Max(r => r.RawWidth));
            var result = new List<Row>(table.Count);
            foreach (var row in table)
            {
                if (result.Count > 0 && result[^1] is var previous && CanContinue(previous, row, width, layout))
                {
                    var cells = new List<string>(previous.Cells);
                    while (cells.Count < previous.RawWidth) cells.Add("");
                    cells[^1] = (cells[^1] + " " + row.Cells[0]).Trim();
                    cells.AddRange(row.Cells.Skip(1));
                    var joined = Row.Create(previous.Number, cells, previous.RawWidth + row.RawWidth - 1);
                    result[^1] = joined;
                    continue;
                }

                result.Add(row);
            }

            return result;
        }

        private static bool CanContinue(Row previous, Row row, int width, Layout layout)
        {
            if (previous.RawWidth >= width || previous.RawWidth + row.RawWidth - 1 > width) return false;
            if (previous.Cells.Count < previous.RawWidth || previous.Cells.Count == 0) return false; // its last cell is empty
            var continued = previous.Cells.Count - 1 < layout.Width ? layout.Columns[previous.Cells.Count - 1] : null;
            if (continued is Column.Quantity or Column.UnitPrice or Column.Amount) return false; // figures do not run on
            if (row.Cells.Count == 0 || row.Cells[0].Length == 0 || LooksLikeLabel(row.Cells[0])) return false;
            if (row.IsTotal || previous.IsTotal) return false;
            var previousIsItem = previous.Cells.Count > 0 && LooksLikeLabel(previous.Cells[0]) && !IsGroupLabel(previous.Cells[0]);
            return !(previousIsItem && IsAllCaps(row.Cells[0]));
        }

        /// <summary>Rows wider than the header, or an amount where the columns hold text: the table is not what it seems.</summary>
        private bool CheckWidths(List<Row> table, Layout layout)
        {
            var ok = true;
            foreach (var row in table)
            {
                if (row.IsTotal) continue;
                if (row.Cells.Count > layout.Width)
                {
                    Add(Severity.Error, "inconsistent-columns",
                        $"Dòng {row.Number} có {row.Cells.Count} cột, nhiều hơn số cột của bảng ({layout.Width} cột). "
                        + "Hãy kiểm tra các ô bị tách hoặc dán nhầm.", row.Number);
                    ok = false;
                    continue;
                }

                if (row.Cells.Count < layout.Width && row.Cells.Count >= 2)
                {
                    var last = row.Cells.Count - 1;
                    if (layout.Columns[last] is Column.Unit or Column.Note or Column.FundingSource or Column.Stt
                        && LooksLikeAmount(row.Cells[last]))
                    {
                        Add(Severity.Error, "inconsistent-columns",
                            $"Dòng {row.Number} chỉ có {row.Cells.Count} cột trong khi bảng có {layout.Width} cột: "
                            + $"số \"{row.Cells[last]}\" rơi vào cột {ColumnName(layout.Columns[last]!.Value)}. "
                            + "Hãy kiểm tra các ô bị thiếu hoặc dán nhầm.", row.Number);
                        ok = false;
                    }
                }
            }

            return ok;
        }

        private (List<EstimateLine> Lines, List<int> LineRows, Money? Total, string? Words) ReadLines(
            List<Row> data, List<Row> table, Layout layout, decimal titleScale)
        {
            var lines = new List<EstimateLine>();
            var lineRows = new List<int>();
            EstimateLine? group = null;
            Money? total = null;
            string? words = null;
            var ended = false;

            for (var index = 0; index < table.Count; index++)
            {
                var row = table[index];
                if (row.IsTotal)
                {
                    var bareCong = row.BareCong;
                    var amount = TotalAmount(row, layout, titleScale);
                    var isSubtotal = bareCong && group is not null && index + 1 < table.Count;
                    if (isSubtotal)
                    {
                        if (group!.StatedAmount is null) group.SetFigures(null, null, amount);
                        continue;
                    }

                    total = amount;
                    ended = true;
                    break;
                }

                if (row.Cells.Count == 1 && row.Cells[0].Length <= 3 && row.Cells[0].All(char.IsAsciiDigit))
                {
                    Add(Severity.Info, "ignored-row", $"Dòng {row.Number}: \"{row.Cells[0]}\" đứng một mình (số trang?), đã bỏ qua.", row.Number);
                    continue;
                }

                ReadRow(row, layout, titleScale, lines, lineRows, ref group);
            }

            // What follows the table: the amount in words, and anything else (reported once).
            var afterTotal = false;
            var reportedAfter = false;
            var lastTableRow = ended ? table[^1].Number : int.MaxValue;
            foreach (var row in data)
            {
                if (row.IsWords)
                {
                    words ??= row.WordsText;
                    continue;
                }

                if (row.Number == lastTableRow) afterTotal = true;
                else if (afterTotal && !row.IsBlank && row.Header is null && !reportedAfter)
                {
                    Add(Severity.Info, "rows-after-total",
                        $"Từ dòng {row.Number}: các dòng sau dòng Tổng cộng không thuộc bảng, đã bỏ qua.", row.Number);
                    reportedAfter = true;
                }
            }

            return (lines, lineRows, total, words);
        }

        private Money? TotalAmount(Row row, Layout layout, decimal titleScale)
        {
            var amountIndex = layout.IndexOf(Column.Amount) ?? layout.IndexOf(Column.UnitPrice);
            if (amountIndex is { } a && a < row.Cells.Count && row.Cells[a].Length > 0)
                return ReadMoney(row, a, Column.Amount, layout, titleScale);
            for (var i = row.Cells.Count - 1; i >= 0; i--)
            {
                var cell = row.Cells[i];
                if (cell.Length > 0 && Money.TryParse(cell, out _))
                    return ReadMoney(row, i, Column.Amount, layout, titleScale);
            }

            return null;
        }

        private string? Cell(Row row, Layout layout, Column column)
        {
            if (layout.IndexOf(column) is not { } i || i >= row.Cells.Count) return null;
            var cell = row.Cells[i];
            return cell.Length == 0 ? null : cell;
        }

        private void ReadRow(Row row, Layout layout, decimal titleScale, List<EstimateLine> lines, List<int> lineRows, ref EstimateLine? group)
        {
            var label = Cell(row, layout, Column.Stt);
            var content = Cell(row, layout, Column.Content) ?? "";
            if (!layout.Has(Column.Stt)) (label, content) = SplitLeadingLabel(content);
            var unit = Cell(row, layout, Column.Unit);
            var note = Cell(row, layout, Column.Note);
            var source = Cell(row, layout, Column.FundingSource);
            var quantityText = Figure(Cell(row, layout, Column.Quantity));
            var priceText = Figure(Cell(row, layout, Column.UnitPrice));
            var amountText = Figure(Cell(row, layout, Column.Amount));
            var previous = lines.Count > 0 ? lines[^1] : null;

            // A label cell that is not a label ("Hội trường" in the STT column of a pasted block): it is content.
            if (label is not null && !LooksLikeLabel(label) && content.Length == 0)
            {
                content = label;
                label = null;
            }

            var hasCount = quantityText is not null || priceText is not null;
            var hasFigures = hasCount || amountText is not null;

            if (label is null && !hasFigures && unit is null)
            {
                if (content.Length == 0 && note is null) return;
                var capitals = IsAllCaps(content);
                if (previous is not null && (!capitals || previous.Kind == EstimateLineKind.Group))
                {
                    // The content of the line above, continued on another row.
                    if (content.Length > 0) previous.SetText(previous.Label, previous.Content + " " + content);
                    if (note is not null) previous.Note = previous.Note is null ? note : previous.Note + " " + note;
                    return;
                }

                if (capitals)
                {
                    group = EstimateLine.Group(null, content);
                    lines.Add(group);
                    lineRows.Add(row.Number);
                    return;
                }
            }

            var isGroup = !hasCount && (IsGroupLabel(label) || (label is null && IsAllCaps(content)));
            var amount = amountText is null ? null : ReadMoney(row, layout.IndexOf(Column.Amount)!.Value, Column.Amount, layout, titleScale);
            if (isGroup)
            {
                group = EstimateLine.Group(label, content.Length > 0 ? content : $"Nhóm {label}");
                group.SetFigures(null, null, amount);
                if (note is not null) group.Note = note;
                lines.Add(group);
                lineRows.Add(row.Number);
                return;
            }

            var quantity = quantityText is null ? null : ReadQuantity(row, quantityText);
            var price = priceText is null ? null : ReadMoney(row, layout.IndexOf(Column.UnitPrice)!.Value, Column.UnitPrice, layout, titleScale);
            var line = EstimateLine.Item(label, content, unit, quantity, price, amount);
            if (source is not null) note = note is null ? $"Nguồn kinh phí: {source}" : $"{note}; Nguồn kinh phí: {source}";
            line.Note = note;
            lines.Add(line);
            lineRows.Add(row.Number);
        }

        private static string? Figure(string? cell) => cell is null || IsDashLike(cell) ? null : cell;

        private decimal? ReadQuantity(Row row, string text)
        {
            var compact = text.Replace(" ", "").Replace("\u00A0", "");
            if (compact.StartsWith('-') || compact.StartsWith('−'))
            {
                Add(Severity.Error, "negative-number", $"Dòng {row.Number}, cột {ColumnName(Column.Quantity)}: số lượng \"{text}\" không được âm.", row.Number);
                return null;
            }

            if (Money.TryReadNumber(compact, out var value)) return value;
            Add(Severity.Error, "invalid-number", $"Dòng {row.Number}, cột {ColumnName(Column.Quantity)}: \"{text}\" không phải là số.", row.Number);
            return null;
        }

        private Money? ReadMoney(Row row, int index, Column column, Layout layout, decimal titleScale)
        {
            var text = row.Cells[index];
            var scale = index < layout.Scales.Length && layout.Scales[index] > 1 ? layout.Scales[index] : titleScale;
            var where = $"Dòng {row.Number}, cột {ColumnName(column)}";
            Money money;
            string? error = null;
            if (scale > 1 && Money.TryReadNumber(text.Replace(" ", ""), out var scaled))
            {
                var dong = scaled * scale;
                if (dong != decimal.Truncate(dong) || dong > Money.MaxValue.Dong)
                {
                    Add(Severity.Error, "invalid-number", $"{where}: \"{text}\" không phải là số tiền hợp lệ.", row.Number);
                    return null;
                }

                money = new Money((long)dong);
            }
            else if (!Money.TryParse(text, out money, out error))
            {
                var code = error!.Contains("quá lớn", StringComparison.Ordinal) ? "number-too-large" : "invalid-number";
                Add(Severity.Error, code, $"{where}: {error}", row.Number);
                return null;
            }

            if (money.IsNegative)
            {
                Add(Severity.Error, "negative-number", $"{where}: số tiền \"{text}\" không được âm.", row.Number);
                return null;
            }

            return money;
        }

        /// <summary>Compares the amount in words written under the table with the total.</summary>
        private void CheckWords(string? words, Money? total)
        {
            if (words is null || total is not { } t) return;
            string expected;
            try
            {
                expected = MoneyWords.ToWords(t);
            }
            catch (DomainException)
            {
                return; // beyond the range of words: the words are kept, unchecked
            }

            if (WordsKey(expected) != WordsKey(words))
                Add(Severity.Warning, "words-mismatch",
                    $"Số tiền bằng chữ \"{words}\" không khớp với tổng cộng {t.Format()} ({expected}).", null);
        }

        /// <summary>Folds the spellings of the same amount in words together: nghìn/ngàn, linh/lẻ, bốn/tư, năm/lăm, "chẵn", "đồng".</summary>
        private static string WordsKey(string words)
        {
            var key = VietnameseText.FoldKey(words).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w is not ("dong" or "chan" or "vnd" or "./."))
                .Select(w => w switch
                {
                    "ngan" => "nghin",
                    "le" => "linh",
                    "tu" => "bon",
                    "lam" or "nhăm" or "nham" => "nam",
                    "ti" => "ty",
                    _ => w,
                });
            return string.Join(' ', key);
        }
    }
}
