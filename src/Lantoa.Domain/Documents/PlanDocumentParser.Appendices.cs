using System.Globalization;
using System.Text.RegularExpressions;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Documents;

public static partial class PlanDocumentParser
{
    private sealed record AppendixHead(string Label, int? Number, string? Rest);

    /// <summary>"Phụ lục II", "PHỤ LỤC SỐ 02", "Phụ lục I MỘT SỐ VĂN BẢN … (Kèm theo …)" — a heading, not a sentence mentioning an appendix.</summary>
    private static AppendixHead? AppendixHeading(Item item)
    {
        if (item.IsTable || item.Text.Length > 500) return null;
        var m = AppendixHeadingPattern().Match(item.Text);
        if (!m.Success) return null;
        var numeral = m.Groups["n"].Value;
        if (numeral.Length > 0 && !numeral.All(char.IsAsciiDigit) && RomanValue(numeral.ToUpperInvariant()) == 0) return null;
        var rest = m.Groups["rest"].Value.Trim();
        var withoutNote = TrailingParenthesis().Replace(rest, "").Trim();
        if (rest.Length > 0 && withoutNote.Length > 0 && !IsUpperText(withoutNote) && !item.Bold && !item.Heading) return null;
        int? number = numeral.Length == 0 ? null : numeral.All(char.IsAsciiDigit) ? int.Parse(numeral, CultureInfo.InvariantCulture) : RomanValue(numeral.ToUpperInvariant());
        var label = numeral.Length == 0 ? "Phụ lục" : Run.AppendixLabel(numeral);
        return new AppendixHead(label, number, rest.Length > 0 ? rest : null);
    }

    private static int? AppendixNumber(string label)
    {
        var numeral = label.Length > 8 ? label[8..].Trim() : "";
        if (numeral.Length == 0) return null;
        if (numeral.All(char.IsAsciiDigit)) return int.TryParse(numeral, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var roman = RomanValue(numeral.ToUpperInvariant());
        return roman == 0 ? null : roman;
    }

    private enum TableKind
    {
        Other,
        Budget,
        Participants,
        LegalDocuments,
        Tasks,
    }

    private sealed class TableGroup
    {
        public List<IReadOnlyList<string>> Rows { get; } = [];
        public List<int> Lines { get; } = [];
        public required string HeaderKey { get; init; }
        public int Width { get; set; }
        public int Line => Lines.Count > 0 ? Lines[0] : 0;
    }

    private sealed partial class Run
    {
        private readonly List<ParsedAppendix> _appendices = [];
        private readonly List<ParsedBudgetTable> _budgetTables = [];
        private readonly List<ParsedParticipantTable> _participantTables = [];
        private readonly List<ParsedLegalDocumentList> _legalLists = [];
        private readonly List<ParsedTaskTable> _taskTables = [];
        private readonly List<(string? Label, List<ParsedActivity> Roots)> _taskActivities = [];

        private int FindAppendices(int bodyEnd)
        {
            for (var i = bodyEnd; i < _items.Count; i++)
                if (AppendixHeading(_items[i]) is not null)
                    return i;
            return _items.Count;
        }

        private void ReadAppendices(int start)
        {
            // Tables in the body (inside an activity or a part) are read too, without a label.
            for (var i = _bodyStart; i < _bodyEnd && i < _items.Count; i++)
                if (_items[i].IsTable)
                    foreach (var group in Groups([i], []))
                        ReadTable(null, null, null, group, []);

            var heads = new List<(int Index, AppendixHead Head)>();
            for (var i = start; i < _items.Count; i++)
                if (AppendixHeading(_items[i]) is { } head)
                    heads.Add((i, head));

            for (var h = 0; h < heads.Count; h++)
            {
                var (index, head) = heads[h];
                var end = h + 1 < heads.Count ? heads[h + 1].Index : _items.Count;
                var titleLines = new List<string>();
                string? attached = null;
                var extraRows = new List<(string Text, int Line)>();
                if (head.Rest is { } rest)
                {
                    var note = TrailingParenthesis().Match(rest);
                    if (note.Success && FoldText(note.Value).Contains("kem theo", StringComparison.Ordinal))
                    {
                        attached = note.Value.Trim();
                        rest = rest[..note.Index].Trim();
                    }

                    if (rest.Length > 0) titleLines.Add(rest.TrimStart(':', '-', '–', ' '));
                }

                var tables = new List<int>();
                var between = new List<int>();
                for (var i = index + 1; i < end; i++)
                {
                    var item = _items[i];
                    if (item.IsTable)
                    {
                        tables.Add(i);
                        continue;
                    }

                    if (tables.Count == 0)
                    {
                        if (item.Text.StartsWith('(') && item.Fold.Contains("kem theo", StringComparison.Ordinal)) attached ??= item.Text;
                        else if (item.Fold.StartsWith("don vi tinh", StringComparison.Ordinal) || item.Fold.StartsWith("dvt", StringComparison.Ordinal)) extraRows.Add((item.Text, item.Line));
                        else if (!RuleLine().IsMatch(item.Text)) titleLines.Add(item.Text);
                    }
                    else
                    {
                        between.Add(i);
                    }
                }

                var title = titleLines.Count > 0 ? string.Join(" ", titleLines) : null;
                var kinds = new List<TableKind>();
                foreach (var group in Groups(tables, between))
                {
                    var prefix = new List<(string Text, int Line)> { (head.Label, _items[index].Line) };
                    if (title is not null) prefix.Add((title, _items[index].Line));
                    if (attached is not null) prefix.Add((attached, _items[index].Line));
                    prefix.AddRange(extraRows);
                    var words = between.Where(i => _items[i].Fold.StartsWith("bang chu", StringComparison.Ordinal) && _items[i].Line > group.Line)
                        .Select(i => (_items[i].Text, _items[i].Line)).ToList();
                    kinds.Add(ReadTable(head.Label, title, prefix, group, words));
                }

                var kind = kinds.Count == 0 ? AppendixKind.Empty : kinds[0] switch
                {
                    TableKind.Budget => AppendixKind.Budget,
                    TableKind.Participants => AppendixKind.Participants,
                    TableKind.LegalDocuments => AppendixKind.LegalDocuments,
                    TableKind.Tasks => AppendixKind.Tasks,
                    _ => AppendixKind.Other,
                };
                if (kind == AppendixKind.Empty)
                    Add(Severity.Warning, "appendix-empty", $"{head.Label}: không có bảng nào (các cột phải cách nhau bằng dấu Tab).", _items[index].Line);
                _appendices.Add(new ParsedAppendix(head.Label, head.Number, title, attached, kind, _items[index].Line));
            }

            plan.Appendices = _appendices;
            plan.BudgetTables = _budgetTables;
            plan.ParticipantTables = _participantTables;
            plan.LegalDocumentLists = _legalLists;
            plan.TaskTables = _taskTables;
        }

        /// <summary>
        /// Joins the tables of an appendix that a page break split: the next table repeats the header, or has no header
        /// and the same width with nothing written in between.
        /// </summary>
        private List<TableGroup> Groups(List<int> tables, List<int> between)
        {
            var groups = new List<TableGroup>();
            var previousIndex = -1;
            foreach (var index in tables)
            {
                var table = _items[index].Table!;
                var rows = table.Rows;
                var lines = table.RowLines ?? Enumerable.Repeat(table.Line, rows.Count).ToList();
                var headerRow = rows.Count > 0 && IsHeaderRow(rows[0]) ? rows[0] : null;
                var key = headerRow is null ? "" : HeaderKey(headerRow);
                var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count(c => c.Length > 0) > 0 ? r.Count : 0);
                var textBetween = previousIndex >= 0 && between.Any(b => b > previousIndex && b < index && !_items[b].Fold.StartsWith("bang chu", StringComparison.Ordinal));
                var last = groups.Count > 0 ? groups[^1] : null;
                var continues = last is not null && !textBetween
                    && ((key.Length > 0 && key == last.HeaderKey) || (key.Length == 0 && Math.Abs(width - last.Width) <= 1));
                if (!continues)
                {
                    last = new TableGroup { HeaderKey = key, Width = width };
                    groups.Add(last);
                }

                for (var r = 0; r < rows.Count; r++)
                {
                    last!.Rows.Add(rows[r]);
                    last.Lines.Add(r < lines.Count ? lines[r] : table.Line);
                }

                last!.Width = Math.Max(last.Width, width);
                previousIndex = index;
            }

            return groups;
        }

        private static string HeaderKey(IReadOnlyList<string> row) => string.Join("|", row.Select(KeyOf).Where(k => k.Length > 0));

        private static readonly string[] HeaderWords =
        [
            "stt", "tt", "noi dung", "don vi", "thanh tien", "van ban", "nhiem vu", "so luong", "ghi chu", "thoi gian", "chu tri", "phoi hop",
            "don gia", "kinh phi", "cong viec", "thanh phan", "trich yeu", "so ky hieu", "ho va ten", "hoat dong",
        ];

        private static bool IsHeaderRow(IReadOnlyList<string> row)
        {
            var filled = row.Where(c => c.Trim().Length > 0).ToList();
            if (filled.Count < 2 || filled.Any(c => c.Length > 80 || Money.TryReadNumber(c, out _))) return false;
            var recognised = filled.Count(c => KeyOf(c) is var k && HeaderWords.Any(w => k == w || k.StartsWith(w + " ", StringComparison.Ordinal) || k.Contains(" " + w, StringComparison.Ordinal)));
            return recognised >= 2 || recognised * 2 >= filled.Count && recognised >= 1;
        }

        private TableKind Classify(IReadOnlyList<string> header)
        {
            var keys = header.Select(KeyOf).ToList();
            bool Any(params string[] words) => keys.Any(k => words.Any(w => k.Contains(w, StringComparison.Ordinal)));
            if (Any("chu tri")) return TableKind.Tasks;
            if (Any("thanh tien", "so tien", "kinh phi", "du toan", "don gia")) return TableKind.Budget;
            if (Any("van ban", "trich yeu", "so ky hieu", "ky hieu")) return TableKind.LegalDocuments;
            if (Any("so luong", "so nguoi", "so dai bieu", "dai bieu", "so thanh vien") && Any("don vi", "co quan", "thanh phan", "ten")) return TableKind.Participants;
            return TableKind.Other;
        }

        private TableKind ReadTable(string? label, string? title, List<(string Text, int Line)>? prefix, TableGroup group, List<(string Text, int Line)> words)
        {
            var headerAt = group.Rows.FindIndex(IsHeaderRow);
            var header = headerAt >= 0 ? group.Rows[headerAt] : null;
            var kind = header is null ? TableKind.Other : Classify(header);
            var where = label ?? $"Bảng ở dòng {group.Line}";
            switch (kind)
            {
                case TableKind.Budget:
                    ReadBudgetTable(label, title, prefix ?? [], group, words, where);
                    break;
                case TableKind.Participants:
                    ReadParticipantTable(label, title, group, headerAt, where);
                    break;
                case TableKind.LegalDocuments:
                    ReadLegalList(label, title, group, headerAt);
                    break;
                case TableKind.Tasks:
                    ReadTaskTable(label, title, group, headerAt, where);
                    break;
                default:
                    if (label is not null)
                        Add(Severity.Info, "unknown-table", $"{where}: không nhận ra loại bảng (dự toán, thành phần, văn bản hay phân công nhiệm vụ) từ dòng tiêu đề.", group.Line);
                    break;
            }

            return kind;
        }

        // ---------------------------------------------------------------- budget tables

        private void ReadBudgetTable(string? label, string? title, List<(string Text, int Line)> prefix, TableGroup group, List<(string Text, int Line)> words, string where)
        {
            var grid = new List<IReadOnlyList<string?>>();
            var gridLines = new List<int>();
            foreach (var (text, line) in prefix)
            {
                grid.Add([text]);
                gridLines.Add(line);
            }

            for (var r = 0; r < group.Rows.Count; r++)
            {
                grid.Add(group.Rows[r].Select(c => (string?)c).ToList());
                gridLines.Add(group.Lines[r]);
            }

            foreach (var (text, line) in words)
            {
                grid.Add([text]);
                gridLines.Add(line);
            }

            int SourceLine(int? gridRow) => gridRow is { } r && r >= 1 && r <= gridLines.Count ? gridLines[r - 1] : group.Line;

            var read = EstimateTableReader.Read(grid, title);
            foreach (var f in read.Findings)
            {
                var line = SourceLine(f.Line);
                var message = GridRowMention().Replace(f.Message, $"Dòng {line}");
                Add(f.Severity, f.Code, $"{where}: {message}", line, $"{where}, dòng {line}");
            }

            if (read.Estimate is not { } estimate)
            {
                _budgetTables.Add(new ParsedBudgetTable(label, title, null, null, null, null, group.Line));
                return;
            }

            if (label is not null) estimate.AppendixLabel = label;
            var analysis = EstimateAnalyzer.Analyze(estimate, null, _asOf ?? new DateOnly(_contextYear ?? 2024, 7, 1));
            var lineSources = read.LineRows.Select(r => SourceLine(r)).ToList();
            foreach (var f in analysis.Findings)
            {
                var line = f.Line is { } position && position >= 1 && position <= lineSources.Count ? lineSources[position - 1] : group.Line;
                Add(f.Severity, f.Code, $"{where}: {f.Message}", line, $"{where}, dòng {line}");
            }

            _budgetTables.Add(new ParsedBudgetTable(label, title ?? estimate.Title, estimate, analysis, estimate.StatedTotal, analysis.ComputedTotal, group.Line)
            {
                LineSources = lineSources,
            });
        }

        // ---------------------------------------------------------------- participant tables

        private void ReadParticipantTable(string? label, string? title, TableGroup group, int headerAt, string where)
        {
            var header = group.Rows[headerAt];
            var keys = header.Select(KeyOf).ToList();
            int? Column(params string[] words) => keys.FindIndex(k => words.Any(w => k == w || k.Contains(w, StringComparison.Ordinal))) is var c and >= 0 ? c : null;
            var labelColumn = keys.FindIndex(k => k is "tt" or "stt" or "so tt" or "so thu tu") is var lc and >= 0 ? lc : (int?)null;
            var countColumn = Column("so luong", "so nguoi", "so dai bieu", "dai bieu", "so thanh vien");
            var unitColumn = keys.Select((k, i) => (k, i)).Where(p => p.i != labelColumn && p.i != countColumn && p.k.Length > 0 && !p.k.Contains("ghi chu", StringComparison.Ordinal))
                .Select(p => (int?)p.i).FirstOrDefault();
            var headerKey = HeaderKey(header);

            var rows = new List<ParsedParticipantRow>();
            int? stated = null;
            var groupSums = new List<(ParsedParticipantRow Group, int Sum, int Items, List<string> Labels, List<int> Lines)>();
            var looseLabels = new List<string>();
            var looseLines = new List<int>();
            for (var r = headerAt + 1; r < group.Rows.Count; r++)
            {
                var row = group.Rows[r];
                if (row.All(c => c.Trim().Length == 0) || HeaderKey(row) == headerKey) continue;
                var rowLabel = Cell(row, labelColumn).TrimEnd('.', ')');
                var unitText = Cell(row, unitColumn);
                var count = ReadCount(Cell(row, countColumn));
                var line = group.Lines[r];
                var rowKey = KeyOf(string.Join(" ", row));
                if (TotalRow().IsMatch(KeyOf(rowLabel + " " + unitText)) || rowKey.StartsWith("tong cong", StringComparison.Ordinal))
                {
                    stated = count;
                    continue;
                }

                var isGroup = RomanValue(rowLabel) > 0 || (rowLabel.Length == 1 && char.IsUpper(rowLabel[0]) && char.IsLetter(rowLabel[0]));
                var unit = resolver is not null && unitText.Length > 0 && !isGroup ? new ParsedUnit(unitText, resolver.Resolve(unitText, _asOf)) : new ParsedUnit(unitText);
                var parsed = new ParsedParticipantRow(rowLabel.Length > 0 ? rowLabel : null, unit, count, isGroup, line);
                rows.Add(parsed);
                if (isGroup)
                {
                    groupSums.Add((parsed, 0, 0, [], []));
                }
                else if (groupSums.Count > 0)
                {
                    var g = groupSums[^1];
                    g.Labels.Add(rowLabel);
                    g.Lines.Add(line);
                    groupSums[^1] = (g.Group, g.Sum + (count ?? 0), g.Items + 1, g.Labels, g.Lines);
                }
                else
                {
                    looseLabels.Add(rowLabel);
                    looseLines.Add(line);
                }
            }

            var items = rows.Where(x => !x.IsGroup).ToList();
            var computed = items.Count > 0 ? items.Sum(x => x.Count ?? 0) : rows.Sum(x => x.Count ?? 0);
            foreach (var (g, sum, count, labels, lines) in groupSums)
            {
                if (count > 0 && g.Count is { } subtotal && subtotal != sum)
                    Add(Severity.Warning, "participant-subtotal-mismatch", $"{where}, nhóm {g.Label}: ghi {subtotal} người nhưng cộng các dòng được {sum}.", g.Line);
                CheckLabelSequence(labels, lines, $"{where}, nhóm {g.Label}");
            }

            CheckLabelSequence(looseLabels, looseLines, where);
            if (stated is { } total && total != computed)
                Add(Severity.Warning, "participant-total-mismatch", $"{where}: tổng cộng ghi {total} người nhưng cộng các dòng được {computed}.", group.Line);
            _participantTables.Add(new ParsedParticipantTable(label, title, rows, stated, computed, group.Line));
        }

        private void CheckLabelSequence(List<string> labels, List<int> lines, string where)
        {
            var previous = 0;
            for (var k = 0; k < labels.Count; k++)
            {
                if (!int.TryParse(labels[k], NumberStyles.None, CultureInfo.InvariantCulture, out var n)) continue;
                if (previous > 0 && n > previous + 1)
                    Add(Severity.Warning, "numbering-gap", $"{where}: số thứ tự nhảy từ {previous} lên {n}.", lines[k]);
                else if (previous > 0 && n <= previous)
                    Add(Severity.Warning, "numbering-order", $"{where}: số thứ tự {n} đứng sau {previous}.", lines[k]);
                previous = n;
            }
        }

        private static int? ReadCount(string cell)
        {
            var m = Regex.Match(cell, @"[0-9]{1,3}(?:[.,][0-9]{3})+|[0-9]+");
            if (!m.Success) return null;
            var digits = m.Value.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
            return digits.Length <= 9 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        }

        private static string Cell(IReadOnlyList<string> row, int? column) => column is { } c && c >= 0 && c < row.Count ? row[c].Trim() : "";

        // ---------------------------------------------------------------- legal document lists

        private void ReadLegalList(string? label, string? title, TableGroup group, int headerAt)
        {
            var header = group.Rows[headerAt];
            var keys = header.Select(KeyOf).ToList();
            var labelColumn = keys.FindIndex(k => k is "tt" or "stt" or "so tt" or "so thu tu");
            var textColumn = keys.FindIndex(k => k.Contains("van ban", StringComparison.Ordinal) || k.Contains("trich yeu", StringComparison.Ordinal) || k.Contains("noi dung", StringComparison.Ordinal) || k.Contains("ten", StringComparison.Ordinal));
            if (textColumn < 0) textColumn = labelColumn == 0 ? 1 : 0;
            var headerKey = HeaderKey(header);
            var items = new List<ParsedLegalDocument>();
            string? currentGroup = null;
            for (var r = headerAt + 1; r < group.Rows.Count; r++)
            {
                var row = group.Rows[r];
                if (row.All(c => c.Trim().Length == 0) || HeaderKey(row) == headerKey) continue;
                var rowLabel = Cell(row, labelColumn >= 0 ? labelColumn : null).TrimEnd('.', ')');
                var text = string.Join(" ", row.Where((_, c) => c != labelColumn).Select(c => c.Trim()).Where(c => c.Length > 0));
                if (text.Length == 0) continue;
                if (RomanValue(rowLabel) > 0)
                {
                    currentGroup = text;
                    continue;
                }

                items.Add(new ParsedLegalDocument(rowLabel.Length > 0 ? rowLabel : null, currentGroup, text, Citations(text, group.Lines[r]).ToList(), group.Lines[r]));
            }

            _legalLists.Add(new ParsedLegalDocumentList(label, title, items, group.Line));
        }

        // ---------------------------------------------------------------- task tables

        private void ReadTaskTable(string? label, string? title, TableGroup group, int headerAt, string where)
        {
            var header = group.Rows[headerAt];
            var keys = header.Select(KeyOf).ToList();
            int? Column(params string[] words) => keys.FindIndex(k => words.Any(w => k.Contains(w, StringComparison.Ordinal))) is var c and >= 0 ? c : null;
            var labelColumn = keys.FindIndex(k => k is "tt" or "stt" or "so tt" or "so thu tu") is var lc and >= 0 ? lc : (int?)null;
            var leadColumn = Column("chu tri");
            var coordinatingColumn = Column("phoi hop");
            var timeColumn = Column("thoi gian", "thoi han", "tien do");
            var noteColumn = Column("ghi chu", "san pham", "ket qua");
            var taskColumn = keys.Select((k, i) => (k, i))
                .Where(p => p.i != labelColumn && p.i != leadColumn && p.i != coordinatingColumn && p.i != timeColumn && p.i != noteColumn && p.k.Length > 0)
                .Select(p => (int?)p.i).FirstOrDefault();
            labelColumn ??= taskColumn is > 0 ? 0 : null;
            var headerKey = HeaderKey(header);

            var rows = new List<ParsedTaskRow>();
            var roots = new List<ParsedActivity>();
            var stack = new List<(int Depth, ParsedActivity Activity)>();
            string? previousLabel = null;
            for (var r = headerAt + 1; r < group.Rows.Count; r++)
            {
                var row = group.Rows[r];
                if (row.All(c => c.Trim().Length == 0) || HeaderKey(row) == headerKey) continue;
                var line = group.Lines[r];
                var rowLabel = Cell(row, labelColumn).TrimEnd('.', ')').Trim();
                var task = Cell(row, taskColumn);
                var leadText = NullIfEmpty(Cell(row, leadColumn));
                var coordinatingText = NullIfEmpty(Cell(row, coordinatingColumn));
                var timeText = NullIfEmpty(Cell(row, timeColumn));
                var note = NullIfEmpty(Cell(row, noteColumn));
                if (task.Length == 0 && leadText is null && coordinatingText is null) continue;
                var isHeading = leadText is null && coordinatingText is null && timeText is null;
                var effectiveLabel = rowLabel.Length > 0 ? rowLabel : previousLabel ?? "";
                previousLabel = effectiveLabel;
                var lead = leadText is null ? [] : ResolveUnits(leadText);
                var coordinating = coordinatingText is null ? [] : ResolveUnits(coordinatingText);
                var rowWhere = $"{where}, STT {(effectiveLabel.Length > 0 ? effectiveLabel : "?")}";
                ReportUnknownUnits(lead.Concat(coordinating), line, rowWhere);
                TimeWindow? time = null;
                IReadOnlyList<TimeWindow> extra = [];
                if (timeText is not null)
                {
                    var parse = TimeWindowParser.Parse(Cap(timeText, 600), _contextYear);
                    if (parse.Understood)
                    {
                        time = parse.Window with { Text = timeText };
                        extra = parse.Extra;
                    }
                    else
                    {
                        Add(Severity.Warning, "time-not-understood", $"{rowWhere}: không hiểu thời gian “{PlanExcerpt(timeText)}”. {parse.Problem}".Trim(), line);
                    }
                }

                rows.Add(new ParsedTaskRow(rowLabel.Length > 0 ? rowLabel : null, task, leadText, lead, coordinatingText, coordinating, timeText, time, note, isHeading, line));

                var activity = new ParsedActivity
                {
                    Label = effectiveLabel,
                    Title = task,
                    LeadText = leadText,
                    Lead = lead,
                    CoordinatingText = coordinatingText,
                    Coordinating = coordinating,
                    TimeText = timeText,
                    Time = time,
                    ExtraTimes = extra,
                    Notes = note is null ? [] : [note],
                    FromAppendix = label ?? where,
                    Line = line,
                    TimeLine = line,
                    BudgetLine = line,
                };
                activity.AppendixReferences = AppendixReferences(string.Join("\n", task, note ?? "")).Distinct().ToList();
                var depth = effectiveLabel.Length == 0 ? 1 : effectiveLabel.Count(c => c == '.') + 1;
                while (stack.Count > 0 && stack[^1].Depth >= depth) stack.RemoveAt(stack.Count - 1);
                if (stack.Count == 0) roots.Add(activity);
                else stack[^1].Activity.Children.Add(activity);
                stack.Add((depth, activity));
            }

            _taskTables.Add(new ParsedTaskTable(label, title, rows, group.Line));
            _taskActivities.Add((label, roots));
        }

        private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
    }

    [GeneratedRegex(@"^(?i:phụ lục|phu luc)(?:\s+(?i:số))?\s*(?<n>[IVXLCivxlc]{1,6}|[0-9]{1,2})?(?![\p{L}0-9])\s*[:.\-–]?\s*(?<rest>.*)$")]
    private static partial Regex AppendixHeadingPattern();

    [GeneratedRegex(@"\([^()]*\)\s*$")]
    private static partial Regex TrailingParenthesis();

    [GeneratedRegex(@"^Dòng [0-9]+")]
    private static partial Regex GridRowMention();

    [GeneratedRegex(@"^(?:tong cong|tong so)(?: |$)|^(?:tong|cong)$")]
    private static partial Regex TotalRow();
}
