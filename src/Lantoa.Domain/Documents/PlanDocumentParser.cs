using Lantoa.Domain.Text;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lantoa.Domain.Dates;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Units;

namespace Lantoa.Domain.Documents;

/// <summary>
/// Understands a <see cref="SourceDocument"/> as a Vietnamese provincial plan (kế hoạch) — see DOMAIN.md §2: the header
/// (issuer, "Số: …", place and date), "KẾ HOẠCH" and the subject line, the legal bases ("Căn cứ …", "Thực hiện …"), the
/// Roman-numbered parts matched by meaning (purposes, theme, activities, budget, responsibilities), the closing
/// sentence, "Nơi nhận:", the signature block and the appendices (budget, participant, legal-document and task tables).
/// </summary>
/// <remarks>
/// Never throws: whatever cannot be read becomes a <see cref="Finding"/> (codes in docs/plan-json.md). A document of
/// another genre (a Quyết định, a Công văn) gives one "not-a-plan" error and nothing else. Time is linear in the size
/// of the document: every phrase handed to a sub-parser is capped in length.
/// </remarks>
public static partial class PlanDocumentParser
{
    /// <summary>The most text the parser reads (characters); a larger document gives a "too-large" error.</summary>
    public const int MaxCharacters = 5_000_000;

    /// <param name="document">The document as a reader produced it.</param>
    /// <param name="resolver">Resolves the unit names written in the plan; without it, names are kept as written only.</param>
    /// <param name="asOf">The day the units must exist on (defaults to the plan's date).</param>
    public static ParsedPlan Parse(SourceDocument document, UnitNameResolver? resolver = null, DateOnly? asOf = null)
    {
        var plan = new ParsedPlan { FileName = document?.FileName ?? "", ContentHash = document?.ContentHash };
        if (document is null)
        {
            plan.Findings = [new Finding(Severity.Error, "empty", "Không có văn bản để đọc.")];
            return plan;
        }

        try
        {
            new Run(document, plan, resolver, asOf).Execute();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The parser is meant to be total; should a bug slip through, the user still gets an answer.
            var findings = plan.Findings.ToList();
            findings.Add(new Finding(Severity.Error, "parser-failure",
                $"Lỗi khi đọc văn bản ({ex.GetType().Name}); phần đã đọc được vẫn được giữ lại. Hãy báo lỗi này cho quản trị viên."));
            plan.Findings = findings;
        }

        return plan;
    }

    /// <summary>A paragraph (one line of it) or a table of the source, with its clean text and a same-length fold.</summary>
    private sealed class Item
    {
        public required int Line { get; init; }
        public string Text { get; set; } = "";
        public string Fold { get; set; } = "";
        public bool Bold { get; init; }
        public bool Italic { get; init; }
        public bool Heading { get; init; }
        public SourceTable? Table { get; init; }
        public bool IsTable => Table is not null;
    }

    private sealed partial class Run(SourceDocument document, ParsedPlan plan, UnitNameResolver? resolver, DateOnly? asOfDay)
    {
        private readonly List<Finding> _findings = [];
        private List<Item> _items = [];
        private int? _contextYear;
        private int _bodyStart;
        private int _bodyEnd;
        private DateOnly? _asOf = asOfDay;

        private void Add(Severity severity, string code, string message, int? line, string? location = null) =>
            _findings.Add(new Finding(severity, code, message, location ?? (line is { } l ? $"dòng {l}" : null), line));

        public void Execute()
        {
            try
            {
                ExecuteCore();
            }
            finally
            {
                plan.Findings = _findings
                    .Select((f, i) => (f, i))
                    .OrderBy(p => p.f.Line ?? int.MaxValue)
                    .ThenBy(p => p.i)
                    .Select(p => p.f)
                    .ToList();
            }
        }

        private void ExecuteCore()
        {
            _findings.AddRange(document.Findings ?? []);
            if (_findings.Any(f => f.Severity == Severity.Error)) return;

            var total = 0L;
            foreach (var block in document.Blocks ?? [])
            {
                total += block switch
                {
                    SourceParagraph p => p.Text?.Length ?? 0,
                    SourceTable t => t.Rows?.Sum(r => r?.Sum(c => c?.Length ?? 0) ?? 0) ?? 0,
                    _ => 0,
                };
            }

            if (total > MaxCharacters)
            {
                Add(Severity.Error, "too-large", $"Văn bản quá dài ({total:N0} ký tự): Lantoa đọc kế hoạch đến {MaxCharacters:N0} ký tự.", null);
                return;
            }

            _items = Prepare(document.Blocks ?? []);
            if (_items.Count == 0)
            {
                Add(Severity.Error, "empty", "Văn bản không có nội dung.", null);
                return;
            }

            var sample = new StringBuilder();
            foreach (var item in _items)
            {
                if (sample.Length > 200_000) break;
                sample.Append(item.IsTable ? string.Join(' ', item.Table!.Rows.SelectMany(r => r)) : item.Text).Append('\n');
            }

            if (LegacyEncoding.Detect(sample.ToString()) is var legacy and not LegacyVietnameseEncoding.None)
            {
                Add(Severity.Error, LegacyEncoding.FindingCode, LegacyEncoding.Message(legacy), null);
                return;
            }

            var titleIndex = FindTitle();
            var sections = FindSections(titleIndex < 0 ? 0 : titleIndex + 1);
            if (titleIndex < 0 && !HasActivityStructure(sections))
            {
                Add(Severity.Error, "not-a-plan", NotAPlanMessage(), null);
                return;
            }

            plan.IsPlan = true;
            if (titleIndex < 0)
                Add(Severity.Warning, "missing-title", "Không thấy tiêu đề “KẾ HOẠCH”; văn bản vẫn được đọc như một kế hoạch vì có danh sách hoạt động.", null);

            ReadHeader(titleIndex < 0 ? FirstSectionIndex(sections) : titleIndex);
            ReportHeaderGaps(titleIndex < 0 ? 0 : _items[titleIndex].Line);
            var afterTitle = titleIndex < 0 ? 0 : ReadTitle(titleIndex);
            DetermineContext();

            var (bodyEnd, closingIndex) = FindBodyEnd(sections.Count > 0 ? sections[0].Index : afterTitle);
            _bodyStart = afterTitle;
            _bodyEnd = bodyEnd;
            sections = sections.Where(s => s.Index < bodyEnd).ToList();
            ReadPreamble(afterTitle, sections.Count > 0 ? sections[0].Index : bodyEnd);
            ReadSections(sections, bodyEnd);
            if (plan.BudgetSection is null) ReadBudgetInProse(afterTitle, bodyEnd);
            var appendixStart = FindAppendices(bodyEnd);
            ReadClosing(bodyEnd, appendixStart, closingIndex);
            ReadAppendices(appendixStart);
            IntegrateTaskTables();
            plan.Milestones = _milestones;
            plan.LegalBases = WithoutRepeats(plan.LegalBases.ToList());
            plan.Proposals = _proposals;
            ReadDeadlines(bodyEnd, appendixStart, closingIndex);
            CrossCheck();
            CheckYears();
            plan.Responsibilities = LinkResponsibilities(_responsibilities);
            ReadPassthrough(sections, bodyEnd, appendixStart, closingIndex);
        }

        // ---------------------------------------------------------------- preparation

        private static List<Item> Prepare(IReadOnlyList<SourceBlock> blocks)
        {
            var items = new List<Item>(blocks.Count);
            foreach (var block in blocks)
            {
                if (block is SourceTable table)
                {
                    if (table.Rows is { Count: > 0 }) items.Add(new Item { Line = table.Line, Table = NormalizeTable(table) });
                    continue;
                }

                if (block is not SourceParagraph p || string.IsNullOrWhiteSpace(p.Text)) continue;
                var display = p.ListLabel is { Length: > 0 } label ? $"{label} {p.Text}" : p.Text;
                foreach (var part in display.Split('\n'))
                {
                    var text = CleanLine(part, out var bold, out var italic, out var heading);
                    if (text.Length == 0) continue;
                    var item = new Item { Line = p.Line, Text = text, Fold = FoldText(text), Bold = p.Bold || bold, Italic = p.Italic || italic, Heading = p.Heading || heading };
                    if (items.Count > 0 && items[^1] is { IsTable: false } above && ContinuesAbove(above, item))
                    {
                        above.Text = above.Text + " " + item.Text;
                        above.Fold = FoldText(above.Text);
                        continue;
                    }

                    items.Add(item);
                }
            }

            return items;
        }

        private static SourceTable NormalizeTable(SourceTable table)
        {
            var rows = table.Rows.Select(r => (IReadOnlyList<string>)(r ?? []).Select(CleanCell).ToList()).ToList();
            var lines = table.RowLines is { } rl && rl.Count == rows.Count ? rl : Enumerable.Repeat(table.Line, rows.Count).ToList();
            return new SourceTable(table.Line, rows) { RowLines = lines };
        }

        /// <summary>A cell cleaned line by line: the line breaks inside a cell (a .docx cell with several paragraphs) stay.</summary>
        private static string CleanCell(string? cell)
        {
            if (string.IsNullOrEmpty(cell)) return "";
            if (!cell.Contains('\n')) return CleanLine(cell, out _, out _, out _);
            return string.Join("\n", cell.Split('\n').Select(line => CleanLine(line, out _, out _, out _)).Where(line => line.Length > 0));
        }

        private static string CleanLine(string text, out bool bold, out bool italic, out bool heading)
        {
            var s = text.Normalize(NormalizationForm.FormC).Replace('\u00D0', 'Đ').Replace('\u00F0', 'đ');
            heading = false;
            var t = s.TrimStart();
            if (t.StartsWith('#'))
            {
                var n = 0;
                while (n < t.Length && t[n] == '#') n++;
                if (n <= 6 && (n == t.Length || char.IsWhiteSpace(t[n])))
                {
                    heading = true;
                    s = t[n..];
                }
            }

            var cleaned = InlineMarkup.Clean(s);
            bold = cleaned.Bold;
            italic = cleaned.Italic;
            return cleaned.Text;
        }

        /// <summary>
        /// A paragraph that starts in lower case after one that does not end a sentence continues it: a page break or an
        /// export split the sentence ("… về chuyển đổi" / "số: Tùy tình hình …").
        /// </summary>
        private static bool ContinuesAbove(Item above, Item item)
        {
            if (above.Heading || item.Heading || above.Text.Length == 0 || item.Text.Length == 0) return false;
            var first = item.Text[0];
            if (!char.IsLetter(first) || !char.IsLower(first) || LetterLabel().IsMatch(item.Text)) return false;
            var last = above.Text[^1];
            if (".:;!?…)”\"'/".Contains(last)) return false;
            return !IsUpperText(above.Text);
        }

        // ---------------------------------------------------------------- genre and title

        /// <summary>The "KẾ HOẠCH" line: alone, or followed by the subject on the same line.</summary>
        private int FindTitle()
        {
            var limit = Math.Min(_items.Count, 120);
            for (var i = 0; i < limit; i++)
            {
                var item = _items[i];
                if (item.IsTable) continue;
                if (RomanHeading().IsMatch(item.Text) && i > 0) break;
                var t = item.Text.TrimStart();
                if (t.StartsWith("KẾ HOẠCH", StringComparison.Ordinal) && (t.Length == 8 || !char.IsLetter(t[8])))
                    return i;
            }

            return -1;
        }

        /// <summary>Without a title, a plan still shows itself by a content part whose items name a lead unit.</summary>
        private bool HasActivityStructure(List<SectionHead> sections)
        {
            foreach (var section in sections.Where(s => s.Kind == SectionKind.Content))
            {
                var end = sections.FirstOrDefault(s => s.Index > section.Index)?.Index ?? _items.Count;
                for (var i = section.Index + 1; i < end; i++)
                    if (!_items[i].IsTable && MatchField(StripMarkers(_items[i].Text).Rest).Field == Field.Lead)
                        return true;
            }

            return false;
        }

        private string NotAPlanMessage()
        {
            string? genre = null;
            foreach (var item in _items.Take(40).Where(i => !i.IsTable))
            {
                var f = item.Fold.Trim();
                var upper = IsUpperText(item.Text);
                genre ??= f switch
                {
                    _ when upper && f.StartsWith("quyet dinh", StringComparison.Ordinal) => "một Quyết định",
                    _ when f.StartsWith("dieu 1", StringComparison.Ordinal) => "một Quyết định",
                    _ when f.StartsWith("v/v", StringComparison.Ordinal) || f.StartsWith("kinh gui", StringComparison.Ordinal) => "một Công văn",
                    _ when upper && f.StartsWith("bao cao", StringComparison.Ordinal) => "một Báo cáo",
                    _ when upper && f.StartsWith("thong bao", StringComparison.Ordinal) => "một Thông báo",
                    _ when upper && f.StartsWith("to trinh", StringComparison.Ordinal) => "một Tờ trình",
                    _ when upper && f.StartsWith("nghi quyet", StringComparison.Ordinal) => "một Nghị quyết",
                    _ when upper && f.StartsWith("chi thi", StringComparison.Ordinal) => "một Chỉ thị",
                    _ when upper && f.StartsWith("giay moi", StringComparison.Ordinal) => "một Giấy mời",
                    _ => null,
                };
            }

            var what = genre is null ? "Văn bản này không phải là một kế hoạch" : $"Văn bản này có vẻ là {genre}, không phải một kế hoạch";
            return what + ": không có tiêu đề “KẾ HOẠCH” và không có danh sách hoạt động (có đơn vị chủ trì). Hãy tải lên văn bản kế hoạch.";
        }

        // ---------------------------------------------------------------- header

        private void ReadHeader(int end)
        {
            var lines = new List<(string Text, int Line)>();
            for (var i = 0; i < end && i < _items.Count; i++)
            {
                var item = _items[i];
                if (item.IsTable)
                {
                    foreach (var (text, line) in FlattenTable(item.Table!)) lines.Add((text, line));
                }
                else
                {
                    lines.Add((item.Text, item.Line));
                }
            }

            var issuerLines = new List<string>();
            foreach (var (raw, line) in lines)
            {
                var text = RemoveNationalMotto(raw);
                if (text.Length == 0 || RuleLine().IsMatch(text)) continue;
                var fold = FoldText(text);

                if (NumberLabel().Match(fold) is { Success: true } number)
                {
                    var before = text[..number.Index].Trim();
                    if (before.Length > 0 && IsUpperText(before)) issuerLines.Add(before);
                    var after = text[(number.Index + number.Length)..];
                    var symbol = SymbolText().Match(after.TrimStart());
                    var written = symbol.Success ? symbol.Value.Trim() : after.Trim().Split(' ', 2)[0];
                    ReadNumber(written, line);
                    var remainder = after.TrimStart();
                    remainder = remainder[Math.Min(remainder.Length, symbol.Success ? symbol.Length : written.Length)..];
                    if (DateLine().Match(FoldText(remainder)) is { Success: true } dateInNumber) ReadPlaceDate(remainder, dateInNumber, line);
                    continue;
                }

                var placeDate = DateLine().Match(fold);
                if (placeDate.Success && placeDate.Index < 80)
                {
                    var placeStart = ReadPlaceDate(text, placeDate, line);
                    var before = text[..placeStart].Trim();
                    if (before.Length > 0 && IsUpperText(before)) issuerLines.Add(before);
                    continue;
                }

                // The issuing body heads the page, above "Số: …" (Decree 30/2020); uppercase lines further down
                // ("QUYẾT ĐỊNH", "CHỦ TỊCH …" of a decision the plan is attached to) are not part of it.
                if (plan.DocumentNumber is null && plan.IssuedOnText is null && IsUpperText(text) && text.Length <= 120) issuerLines.Add(text);
            }

            // "ỦY BAN NHÂN DÂN" / "TỈNH LONG AN" is one name on two lines.
            var names = new List<string>();
            foreach (var line in issuerLines)
            {
                if (names.Count > 0 && AdministrativeLevel().IsMatch(FoldText(line)) && !AdministrativeLevelInside().IsMatch(FoldText(names[^1])))
                    names[^1] = names[^1] + " " + line;
                else
                    names.Add(line);
            }

            if (names.Count == 1)
            {
                plan.Issuer = names[0];
            }
            else if (names.Count > 1)
            {
                plan.ParentIssuer = names[0];
                plan.Issuer = string.Join(" ", names.Skip(1));
            }
        }

        /// <summary>Remarks on what the header leaves out: a draft has no number yet, a document copied without its header has no issuer.</summary>
        private void ReportHeaderGaps(int line)
        {
            if (plan.DocumentNumber is null)
                Add(Severity.Info, "no-number", "Không thấy số, ký hiệu của văn bản (dòng “Số: …/KH-…”).", line);
            else if (plan.Symbol is { Number: null })
                Add(Severity.Info, "draft-number", $"Số, ký hiệu “{plan.DocumentNumber}” chưa có số: văn bản là bản dự thảo.", line);
            if (plan.IssuedOn is null)
                Add(Severity.Info, "no-date", "Không thấy địa danh và ngày ban hành (dòng “…, ngày … tháng … năm …”).", line);
            else if (plan.IssuedOn.Value.Precision != Dates.DatePrecision.Day)
                Add(Severity.Info, "partial-date", $"Ngày ban hành chưa đủ ngày: “{plan.IssuedOnText}”.", line);
            if (plan.Issuer is null)
                Add(Severity.Info, "no-issuer", "Không thấy tên cơ quan ban hành ở đầu văn bản.", line);
        }

        private void ReadNumber(string written, int line)
        {
            written = written.Trim().TrimEnd('.', ',', ';');
            if (written.Length == 0) return;
            plan.DocumentNumber = written;
            if (DocumentSymbol.TryParse(written, out var parsed))
            {
                plan.Symbol = parsed;
                if (parsed.TypeCode is { } code && !code.Equals("KH", StringComparison.OrdinalIgnoreCase))
                    Add(Severity.Info, "number-type", $"Số, ký hiệu “{written}” không phải của một kế hoạch (KH).", line);
            }
        }

        /// <summary>Reads the date of a "Long An, ngày … tháng … năm …" line and the place before it; returns where the place starts.</summary>
        private int ReadPlaceDate(string text, Match m, int line)
        {
            var dateGroup = m.Groups["date"];
            plan.IssuedOnText = InlineMarkup.CollapseSpaces(text.Substring(dateGroup.Index, dateGroup.Length));
            plan.IssuedOn = ToPartialDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
            if (plan.IssuedOn is null)
                Add(Severity.Warning, "date-not-understood", TimeWindowParser.Parse(plan.IssuedOnText).Problem is { } why && why.StartsWith("Ngày không có thật", StringComparison.Ordinal)
                    ? $"Ngày ban hành không có thật: “{plan.IssuedOnText}” ({why[(why.LastIndexOf('(') + 1)..].TrimEnd(')')})."
                    : $"Không hiểu ngày ban hành: “{plan.IssuedOnText}”.", line);

            // The place: the capitalised words right before the comma ("Long An", "TP. Hồ Chí Minh", "Bà Rịa - Vũng Tàu").
            var comma = m.Index;
            var words = text[..comma].TrimEnd().Split(' ');
            var taken = 0;
            for (var w = words.Length - 1; w >= 0 && taken < 6; w--)
            {
                var word = words[w];
                var placeWord = word is "-" or "–"
                    || (word.Length > 0 && char.IsUpper(word[0]) && word.Any(char.IsLower))
                    || (word.Length is > 1 and <= 4 && word.EndsWith('.') && char.IsUpper(word[0]));
                if (!placeWord) break;
                taken++;
            }

            var place = string.Join(' ', words[(words.Length - taken)..]).Trim(' ', '-', '–');
            if (place.Length > 0) plan.Place = place;
            var placeStart = text[..comma].TrimEnd().Length - string.Join(' ', words[(words.Length - taken)..]).Length;
            return Math.Max(0, placeStart);
        }

        private static PartialDate? ToPartialDate(string year, string month, string day)
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return null;
            int? mo = int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var mv) ? mv : null;
            int? d = int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var dv) ? dv : null;
            if (mo is null) d = null;
            try
            {
                return new PartialDate(y, mo, d);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        private static string RemoveNationalMotto(string text)
        {
            var fold = FoldText(text);
            foreach (var motto in (string[])["cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "doc lap – tu do – hanh phuc", "doc lap-tu do-hanh phuc"])
            {
                var at = fold.IndexOf(motto, StringComparison.Ordinal);
                if (at < 0) continue;
                text = (text[..at] + " " + text[(at + motto.Length)..]).Trim();
                fold = FoldText(text);
            }

            return text.Trim(' ', '-', '_', '–');
        }

        // ---------------------------------------------------------------- title and preamble

        /// <summary>Reads "KẾ HOẠCH" and the subject under it; returns the index after them.</summary>
        private int ReadTitle(int index)
        {
            var item = _items[index];
            plan.DocumentType = item.Text[..8];
            var subject = new List<string>();
            var rest = item.Text[8..].Trim(' ', ':', '-', '–');
            if (rest.Length > 0) subject.Add(rest);
            var i = index + 1;
            for (; i < _items.Count && subject.Count < 3; i++)
            {
                var next = _items[i];
                if (next.IsTable) break;
                var fold = next.Fold;
                if (RuleLine().IsMatch(next.Text)) continue;
                if (next.Text.StartsWith('(') && fold.Contains("kem theo", StringComparison.Ordinal))
                {
                    plan.AttachedTo = next.Text;
                    continue;
                }

                if (LegalBasisStart().IsMatch(fold) || RomanHeading().IsMatch(next.Text) || Enacting().IsMatch(fold)) break;
                if (StripMarkers(next.Text).HasMarker) break;
                if (subject.Count > 0 && (next.Bold != item.Bold && next.Heading != item.Heading || next.Text.Length > 300)) break;
                if (next.Text.Length > 400) break;
                subject.Add(next.Text);
            }

            if (subject.Count > 0) plan.Title = string.Join(" ", subject).Trim();
            return i;
        }

        private void ReadPreamble(int start, int end)
        {
            var bases = new List<ParsedLegalBasis>();
            for (var i = start; i < end && i < _items.Count; i++)
            {
                var item = _items[i];
                if (item.IsTable || !LegalBasisStart().IsMatch(item.Fold)) continue;
                bases.AddRange(ReadCitations(item.Text, item.Line));
            }

            plan.LegalBases = bases;
        }

        /// <summary>The documents a legal-basis paragraph cites ("Xét đề nghị của …" is read like "Theo đề nghị của …").</summary>
        private static IEnumerable<ParsedLegalBasis> Citations(string text, int line) =>
            LegalCitation.ParseAll(ConsideringProposal().Replace(Cap(text, 6000), "Theo đề nghị")).Select(c => new ParsedLegalBasis(
                c.Text, c.DocumentType, c.Symbol?.ToString(), c.Symbol, c.Date, c.Issuer, c.Subject, line));

        /// <summary>The year dates without one belong to, and the day units must exist on.</summary>
        private void DetermineContext()
        {
            _contextYear = plan.IssuedOn?.Year;
            if (_contextYear is null && plan.Title is { } title && YearInTitle().Match(FoldText(title)) is { Success: true } y)
                _contextYear = int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (_contextYear is null)
            {
                var counts = new Dictionary<int, int>();
                foreach (var item in _items.Take(400).Where(i => !i.IsTable))
                    foreach (Match m in AnyYear().Matches(Cap(item.Text, 2000)))
                        counts[int.Parse(m.Value, CultureInfo.InvariantCulture)] = counts.GetValueOrDefault(int.Parse(m.Value, CultureInfo.InvariantCulture)) + 1;
                if (counts.Count > 0) _contextYear = counts.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key).First().Key;
            }

            _asOf ??= plan.IssuedOn?.FirstDay ?? (_contextYear is { } year ? new DateOnly(year, 7, 1) : null);
        }

        // ---------------------------------------------------------------- sections

        private sealed record SectionHead(int Index, string Label, string Title, SectionKind Kind, int Line);

        private List<SectionHead> FindSections(int start)
        {
            var heads = new List<SectionHead>();
            for (var i = start; i < _items.Count; i++)
            {
                var item = _items[i];
                if (item.IsTable || item.Text.Length > 200) continue;
                var m = RomanHeading().Match(item.Text);
                if (!m.Success || RomanValue(m.Groups["r"].Value) == 0) continue;
                var title = m.Groups["t"].Value.Trim();
                if (heads.Count == 0 && RomanValue(m.Groups["r"].Value) > 3) continue;
                heads.Add(new SectionHead(i, m.Groups["r"].Value, title, ClassifySection(title), item.Line));
            }

            return heads;
        }

        private static int FirstSectionIndex(List<SectionHead> sections) => sections.Count > 0 ? sections[0].Index : 0;

        private static SectionKind ClassifySection(string title)
        {
            var f = FoldText(title);
            if (f.Contains("to chuc thuc hien", StringComparison.Ordinal) || f.StartsWith("trach nhiem", StringComparison.Ordinal) || f.Contains("phan cong", StringComparison.Ordinal))
                return SectionKind.Responsibilities;
            if (f.StartsWith("tien do", StringComparison.Ordinal) || f.StartsWith("lo trinh", StringComparison.Ordinal) || f.Contains("moc thoi gian", StringComparison.Ordinal))
                return SectionKind.Schedule;
            if (f.Contains("kinh phi", StringComparison.Ordinal) || f.Contains("nguon luc tai chinh", StringComparison.Ordinal))
                return SectionKind.Budget;
            if (f.Contains("muc dich", StringComparison.Ordinal) || f.Contains("yeu cau", StringComparison.Ordinal) || f.Contains("muc tieu", StringComparison.Ordinal))
                return SectionKind.Purposes;
            if (f.Contains("can cu", StringComparison.Ordinal) || f.Contains("co so phap ly", StringComparison.Ordinal))
                return SectionKind.LegalBasis;
            if (f.Contains("chu de", StringComparison.Ordinal) || f.Contains("khau hieu", StringComparison.Ordinal) || f.Contains("thong tin chung", StringComparison.Ordinal)
                || f.StartsWith("thoi gian", StringComparison.Ordinal))
                return SectionKind.General;
            if (f.Contains("noi dung", StringComparison.Ordinal) || f.Contains("nhiem vu", StringComparison.Ordinal) || f.Contains("hoat dong", StringComparison.Ordinal) || f.Contains("chuong trinh", StringComparison.Ordinal))
                return SectionKind.Content;
            return SectionKind.Other;
        }

        /// <summary>
        /// Where the body ends: the closing sentence ("Trên đây là Kế hoạch …", or a paragraph ending "./."), "Nơi nhận:",
        /// the signature block or the first appendix heading, whichever comes first.
        /// </summary>
        private (int End, int Closing) FindBodyEnd(int start)
        {
            for (var i = Math.Max(0, start); i < _items.Count; i++)
            {
                var item = _items[i];
                if (item.IsTable)
                {
                    if (item.Table!.Rows.SelectMany(r => r).Any(c => FoldText(c).TrimStart().StartsWith("noi nhan", StringComparison.Ordinal))) return (i, -1);
                    continue;
                }

                if (i > start && (item.Fold.StartsWith("tren day la", StringComparison.Ordinal) || DocumentEnd().IsMatch(item.Text))) return (i, i);
                if (item.Fold.StartsWith("noi nhan", StringComparison.Ordinal)) return (i, -1);
                if (SignaturePrefix().IsMatch(item.Text) && IsUpperText(item.Text)) return (i, -1);
                if (i > start && AppendixHeading(item) is not null) return (i, -1);
            }

            return (_items.Count, -1);
        }

        private void ReadSections(List<SectionHead> sections, int bodyEnd)
        {
            var parsed = new List<ParsedSection>();
            var content = new List<(int Start, int End, SectionHead Head)>();
            for (var s = 0; s < sections.Count; s++)
            {
                var head = sections[s];
                var start = head.Index + 1;
                var end = s + 1 < sections.Count ? sections[s + 1].Index : bodyEnd;
                parsed.Add(new ParsedSection(head.Label, head.Title, head.Kind, head.Line));
                switch (head.Kind)
                {
                    case SectionKind.Purposes:
                        ReadPurposes(start, end);
                        break;
                    case SectionKind.General:
                        ReadGeneral(start, end, head.Title);
                        break;
                    case SectionKind.LegalBasis:
                        plan.LegalBases = plan.LegalBases.Concat(Enumerable.Range(start, Math.Max(0, end - start))
                            .Where(i => !_items[i].IsTable)
                            .SelectMany(i => ReadCitations(_items[i].Text, _items[i].Line))).ToList();
                        break;
                    case SectionKind.Content:
                        content.Add((start, end, head));
                        break;
                    case SectionKind.Budget:
                        ReadBudgetSection(start, end, head.Line);
                        break;
                    case SectionKind.Responsibilities:
                        ReadResponsibilities(start, end);
                        break;
                    case SectionKind.Schedule:
                        ReadMilestones(start, end);
                        break;
                    default:
                        Add(Severity.Info, "section-not-read", $"Phần “{head.Label}. {head.Title}” không được đọc: không nhận ra đây là phần nào của kế hoạch.", head.Line);
                        break;
                }
            }

            if (sections.Count == 0)
            {
                var start = _items.FindIndex(i => !i.IsTable && (StripMarkers(i.Text).Number is not null));
                if (start >= 0) content.Add((start, bodyEnd, new SectionHead(start, "", "", SectionKind.Content, _items[start].Line)));
                Add(Severity.Warning, "no-sections", "Không thấy các phần đánh số La Mã (I., II., …); các mục đánh số được đọc như danh sách hoạt động.", null);
            }

            foreach (var (start, end, _) in content) ReadActivities(start, end);
            if (plan.Theme is null) ReadThemeAnywhere(sections.Count > 0 ? sections[0].Index : 0, content.Count > 0 ? content[0].Start : bodyEnd);
            CheckRomanNumbering(sections);
            plan.Sections = parsed;
        }

        private void CheckRomanNumbering(List<SectionHead> sections)
        {
            for (var s = 1; s < sections.Count; s++)
            {
                var previous = RomanValue(sections[s - 1].Label);
                var current = RomanValue(sections[s].Label);
                if (current == previous + 1) continue;
                Add(Severity.Warning, "numbering-gap",
                    current > previous
                        ? $"Phần {sections[s - 1].Label} được tiếp theo bởi phần {sections[s].Label}: thiếu phần ở giữa."
                        : $"Phần {sections[s].Label} đứng sau phần {sections[s - 1].Label}: số thứ tự phần không tăng dần.",
                    sections[s].Line);
            }
        }

        private void ReadPurposes(int start, int end)
        {
            var purposes = new List<string>();
            var requirements = new List<string>();
            var current = purposes;
            for (var i = start; i < end; i++)
            {
                var item = _items[i];
                if (item.IsTable) continue;
                var m = StripMarkers(item.Text);
                var fold = FoldText(m.Rest);
                if (m.Number is not null || m.Letter is null && m.Bullet == 0 && m.Rest.Length < 40)
                {
                    var head = fold.TrimStart();
                    var switched = true;
                    if (head.StartsWith("muc dich", StringComparison.Ordinal) || head.StartsWith("muc tieu", StringComparison.Ordinal)) current = purposes;
                    else if (head.StartsWith("yeu cau", StringComparison.Ordinal)) current = requirements;
                    else switched = false;
                    if (switched)
                    {
                        var colon = m.Rest.IndexOf(':');
                        if (colon >= 0 && m.Rest[(colon + 1)..].Trim() is { Length: > 0 } inline) current.Add(inline);
                        continue;
                    }
                }

                if (m.Rest.Length > 0) current.Add(m.Rest);
            }

            plan.Purposes = plan.Purposes.Concat(purposes).ToList();
            plan.Requirements = plan.Requirements.Concat(requirements).ToList();
        }

        private void ReadGeneral(int start, int end, string sectionTitle)
        {
            var titleFold = FoldText(sectionTitle);
            var slogans = plan.Slogans.ToList();
            var inSlogans = false;
            for (var i = start; i < end; i++)
            {
                var item = _items[i];
                if (item.IsTable) continue;
                var m = StripMarkers(item.Text);
                var fold = FoldText(m.Rest);
                var colon = m.Rest.IndexOf(':');
                var label = colon > 0 && colon < 40 ? fold[..colon] : "";
                var value = colon > 0 && colon < 40 ? m.Rest[(colon + 1)..].Trim() : m.Rest;
                if (inSlogans && m.Bullet > 0)
                {
                    var quoted = Quoted(m.Rest);
                    slogans.AddRange(quoted.Count > 0 ? quoted : [TrimQuote(m.Rest)]);
                    continue;
                }

                if (label.Contains("khau hieu", StringComparison.Ordinal) || (colon < 0 && fold.Contains("khau hieu", StringComparison.Ordinal) && Quoted(m.Rest).Count > 0))
                {
                    var quoted = Quoted(value);
                    slogans.AddRange(quoted.Count > 0 ? quoted : value.Length > 0 ? [TrimQuote(value)] : []);
                    inSlogans = value.Length == 0;
                    continue;
                }

                if (colon > 0 && colon < 40 && ReadPlanWindow(m.Rest[..colon], value, item.Line))
                {
                    inSlogans = false;
                    continue;
                }

                if (label.Contains("chu de", StringComparison.Ordinal) || fold.Contains("chu de", StringComparison.Ordinal) || (titleFold.Contains("chu de", StringComparison.Ordinal) && Quoted(m.Rest).Count > 0))
                {
                    var quoted = Quoted(m.Rest);
                    if (plan.Theme is null && (quoted.Count > 0 || value.Length > 0)) plan.Theme = quoted.Count > 0 ? quoted[0] : TrimQuote(value);
                    inSlogans = false;
                    continue;
                }


            }

            plan.Slogans = slogans;
        }

        /// <summary>"Chủ đề: “…”" anywhere before the activities, when no general part holds it.</summary>
        private void ReadThemeAnywhere(int start, int end)
        {
            for (var i = start; i < end && i < _items.Count && plan.Theme is null; i++)
            {
                var item = _items[i];
                if (item.IsTable) continue;
                var rest = StripMarkers(item.Text).Rest;
                var fold = FoldText(rest);
                if (!fold.StartsWith("chu de", StringComparison.Ordinal)) continue;
                var quoted = Quoted(rest);
                var colon = rest.IndexOf(':');
                if (quoted.Count > 0) plan.Theme = quoted[0];
                else if (colon > 0) plan.Theme = TrimQuote(rest[(colon + 1)..]);
            }
        }

        /// <summary>The texts between “ ” (or between straight double quotes), at least five characters long.</summary>
        private static List<string> Quoted(string text)
        {
            var result = new List<string>();
            foreach (Match m in QuotedText().Matches(Cap(text, 4000)))
            {
                var inner = m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value;
                inner = inner.Trim().TrimEnd('.', ',', ';').Trim();
                if (inner.Length >= 5) result.Add(inner);
            }

            return result;
        }

        private static string TrimQuote(string text) => text.Trim().TrimEnd('.', ';').Trim().Trim('“', '”', '"').Trim();

        // ---------------------------------------------------------------- shared helpers

        /// <summary>
        /// The lines of a layout table (the header, or "Nơi nhận" beside the signature), column by column: a .docx cell
        /// holds its lines, a text export spreads them over rows ("Nơi nhận:⇥TM. ỦY BAN NHÂN DÂN" / "- Bộ …;⇥KT. CHỦ TỊCH").
        /// </summary>
        private static IEnumerable<(string Text, int Line)> FlattenTable(SourceTable table)
        {
            var width = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r?.Count ?? 0);
            for (var c = 0; c < width; c++)
            {
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    var row = table.Rows[r];
                    if (row is null || c >= row.Count) continue;
                    var line = table.RowLines is { } lines && r < lines.Count ? lines[r] : table.Line;
                    foreach (var part in (row[c] ?? "").Split('\n'))
                        if (part.Trim() is { Length: > 0 } text)
                            yield return (text, line);
                }
            }
        }
    }

    // -------------------------------------------------------------------- text utilities

    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[0x2000];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            table[c] = c < 0x80 ? char.ToLowerInvariant(ch) : ch is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(ch.ToString().Normalize(NormalizationForm.FormD)[0]);
        }

        return table;
    }

    /// <summary>Lower case, without diacritics, "đ" → "d"; the same length as the text, so indices carry over.</summary>
    internal static string FoldText(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            chars[i] = c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);
        }

        return new string(chars);
    }

    /// <summary>Letters and digits of the fold, single-spaced: "Cơ quan, đơn vị phối hợp" → "co quan don vi phoi hop".</summary>
    private static string KeyOf(string text)
    {
        var fold = FoldText(text);
        var sb = new StringBuilder(fold.Length);
        var space = false;
        foreach (var c in fold)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    private static string Cap(string text, int max) => text.Length <= max ? text : text[..max];

    /// <summary>Mostly capital letters: at least three letters and no more than a tenth in lower case.</summary>
    private static bool IsUpperText(string text)
    {
        int upper = 0, lower = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) lower++;
            else upper++;
        }

        return upper >= 3 && lower * 10 <= upper;
    }

    /// <summary>A part or group numeral as plans use them (I … LX); 0 otherwise.</summary>
    private static int RomanValue(string s) => RomanNumerals.Value(s) is var v and <= 60 ? v : 0;

    [GeneratedRegex(@"^(?:(?:PHẦN|Phần)\s+)?(?<r>[IVXL]{1,6})\s*[.):\-–]\s*(?<t>\S.*)$")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"^[a-zđ][).]\s")]
    private static partial Regex LetterLabel();

    /// <summary>"Số: 140/KH-UBND" (folded).</summary>
    [GeneratedRegex(@"(?:^|\s)so\s*:\s*")]
    private static partial Regex NumberLabel();

    [GeneratedRegex(@"^[\p{L}0-9]*\s?(?:[/-]\s?[\p{L}0-9&.]+)+")]
    private static partial Regex SymbolText();

    /// <summary>", ngày 13 tháng 7 năm 2023", ", ngày   tháng 9 năm 2024", ", ngày 02/10/2023" (folded); the place is read before it.</summary>
    [GeneratedRegex(@"(?:,|^)\s*(?<date>ngay[\s._…]*(?<d>[0-9]{1,2})?[\s._…]*(?:thang|[/.-])[\s._…]*(?<m>[0-9]{1,2})?[\s._…]*(?:nam|[/.-])[\s._…]*(?<y>[0-9]{4}))")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\b")]
    private static partial Regex AdministrativeLevel();

    [GeneratedRegex(@"\b(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\b")]
    private static partial Regex AdministrativeLevelInside();

    [GeneratedRegex(@"^[\s_\-–—=*.]{3,}$")]
    private static partial Regex RuleLine();

    /// <summary>"Căn cứ …", "Thực hiện …", "Theo đề nghị của …", "Tiếp theo …", "Xét đề nghị …" (folded).</summary>
    [GeneratedRegex(@"^(?:[-+•]\s*)?(?:can cu|thuc hien|theo de nghi|tiep theo|xet de nghi|trien khai|theo (?:quyet dinh|nghi quyet|chi thi|cong van|ke hoach|huong dan|thong bao))\b")]
    private static partial Regex LegalBasisStart();

    /// <summary>"UBND tỉnh ban hành Kế hoạch …" (folded).</summary>
    [GeneratedRegex(@"ban hanh ke hoach|xay dung ke hoach .{0,80}nhu sau")]
    private static partial Regex Enacting();

    [GeneratedRegex(@"(?<![0-9])nam\s+(?<y>(?:19|20|21)[0-9]{2})(?![0-9])")]
    private static partial Regex YearInTitle();

    [GeneratedRegex(@"(?<![0-9])20[0-9]{2}(?![0-9])")]
    private static partial Regex AnyYear();

    /// <summary>The "./." that ends the body of a Vietnamese administrative document.</summary>
    [GeneratedRegex(@"(?:^|[\s.])/\s*\.\s*$")]
    private static partial Regex DocumentEnd();

    [GeneratedRegex(@"^(?:TM|T/M|T\.M|KT|K/T|K\.T|Q|TL|T/L|TUQ)\s*[.:/]?\s+\S")]
    private static partial Regex SignaturePrefix();

    [GeneratedRegex(@"^(?:[-+•]\s*)?(?:Xét|XÉT|xét)\s+đề\s+nghị")]
    private static partial Regex ConsideringProposal();

    [GeneratedRegex(@"“(?<a>[^“”]{1,600})”|""(?<b>[^""]{1,600})""")]
    private static partial Regex QuotedText();
}
