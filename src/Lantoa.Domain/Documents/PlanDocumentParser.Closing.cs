using System.Text.RegularExpressions;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Dates;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Units;

namespace Lantoa.Domain.Documents;

public static partial class PlanDocumentParser
{
    /// <summary>Words that open the heading of a responsibilities block naming a unit (folded).</summary>
    private static readonly string[] UnitHeadingStarts =
    [
        "so ", "uy ban", "ubnd", "hdnd", "hoi dong", "van phong", "ban ", "bo ", "cong an", "tinh doan", "doan ", "hoi ", "bao ", "dai ",
        "trung tam", "buu dien", "cac ", "de nghi", "tran trong", "kinh de nghi", "yeu cau", "kho bac", "cuc ", "chi cuc", "lien doan", "mat tran",
        "ngan hang", "bao hiem", "truong ", "vien ", "toa an", "doanh nghiep", "chu tich", "thu truong", "giam doc", "viettel", "vnpt", "mobifone",
        "tap doan", "tong cong ty", "cong ty", "chi nhanh", "thanh doan", "huyen doan", "phong ", "lanh dao", "to cong nghe", "tinh uy", "huyen uy",
    ];

    private sealed partial class Run
    {
        private readonly Dictionary<int, int> _blockOfItem = [];
        private readonly List<ParsedResponsibility> _responsibilities = [];

        // ---------------------------------------------------------------- unit names

        /// <summary>Resolves a written list of units; without a resolver, splits it where a new name clearly starts.</summary>
        private IReadOnlyList<ParsedUnit> ResolveUnits(string text)
        {
            var capped = Cap(text, 1000).Trim().TrimEnd('.', ';', ',').Trim();
            if (capped.Length == 0) return [];
            if (resolver is not null)
            {
                return resolver.ResolveList(capped, _asOf)
                    .Where(r => r.Written.Trim().Length > 0)
                    .Select(r => new ParsedUnit(r.Written, r))
                    .ToList();
            }

            return SplitNames(capped).Select(n => new ParsedUnit(n)).ToList();
        }

        /// <summary>Splits at ";" and at "," when the next piece starts with a capital or with "các".</summary>
        private static List<string> SplitNames(string text)
        {
            var names = new List<string>();
            foreach (var part in text.Split(';'))
            {
                var current = "";
                foreach (var piece in SplitOutsideParentheses(part, ','))
                {
                    var p = piece.Trim();
                    if (p.Length == 0) continue;
                    var startsName = char.IsUpper(p[0]) || p.StartsWith("các ", StringComparison.Ordinal);
                    if (current.Length > 0 && !startsName) current += ", " + p;
                    else
                    {
                        if (current.Length > 0) names.Add(current);
                        current = p;
                    }
                }

                if (current.Length > 0) names.Add(current);
            }

            return names.Select(n => n.Trim().TrimEnd('.', ':').Trim()).Where(n => n.Length > 0).ToList();
        }

        private static IEnumerable<string> SplitOutsideParentheses(string text, char separator)
        {
            var depth = 0;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '(') depth++;
                else if (text[i] == ')' && depth > 0) depth--;
                else if (text[i] == separator && depth == 0)
                {
                    yield return text[start..i];
                    start = i + 1;
                }
            }

            yield return text[start..];
        }

        /// <summary>An unknown-unit warning for each name the resolver could not place, with its best suggestions.</summary>
        private void ReportUnknownUnits(IEnumerable<ParsedUnit> units, int line, string where)
        {
            if (resolver is null) return;
            foreach (var unit in units.Where(u => !u.IsResolved))
            {
                var (code, message) = UnitNameFindings.For(unit, where);
                Add(Severity.Warning, code, message, line);
            }
        }

        // ---------------------------------------------------------------- budget section

        private void ReadBudgetSection(int start, int end, int line)
        {
            var paragraphs = new List<string>();
            Money? total = null;
            string? totalText = null;
            var units = new List<ParsedUnitBudget>();
            for (var i = start; i < end; i++)
            {
                var item = _items[i];
                if (item.IsTable) continue;
                _moneyChecked.Add(i);
                paragraphs.Add(item.Text);
                var text = Cap(item.Text, 3000);
                var amounts = AmountInText.FindAll(text);
                if (amounts.Count == 0) continue;
                var fold = FoldText(text);
                var rest = StripMarkers(text).Rest;
                if (totalText is null && TotalWords().IsMatch(fold))
                {
                    totalText = amounts[0].Written.Trim();
                    if (!IsTruncated(amounts[0].Amount, amounts[0].Written, item.Line)) total = amounts[0].Amount;
                    continue;
                }

                if (UnitOfBudgetLine(rest) is { Length: > 0 } unitText && !IsTruncated(amounts[0].Amount, amounts[0].Written, item.Line))
                {
                    var unit = ResolveUnits(unitText).FirstOrDefault() ?? new ParsedUnit(unitText);
                    units.Add(new ParsedUnitBudget(unit, amounts[0].Amount, item.Text, item.Line));
                }
            }

            plan.BudgetSection = new ParsedBudgetSection(string.Join("\n", paragraphs), total, totalText, units, line);
        }

        /// <summary>An amount too small for a plan ("khoảng 1.000 đồng"): reported, and not used.</summary>
        private bool IsTruncated(Money amount, string written, int line)
        {
            if (amount.Dong is not (> 0 and < TruncatedBelow)) return false;
            Add(Severity.Warning, "truncated-amount", $"Số tiền “{written.Trim()}” quá nhỏ so với kinh phí của một kế hoạch: có thể số bị cắt mất chữ số. Số này không được dùng để đối chiếu.", line);
            return true;
        }

        /// <summary>"Kinh phí thực hiện nhiệm vụ của Tỉnh Đoàn: 194.575.000 đồng" → "Tỉnh Đoàn"; "Sở Tài chính: 10.000.000 đồng" → "Sở Tài chính".</summary>
        private static string? UnitOfBudgetLine(string text)
        {
            var colon = text.IndexOf(':');
            if (colon <= 0 || colon > 200) return null;
            var head = text[..colon];
            var fold = FoldText(head);
            var of = Regex.Match(fold, @"(?<![a-z])(?:cua|cho)\s+");
            if (of.Success) return head[(of.Index + of.Length)..].Trim();
            var key = KeyOf(head);
            return UnitHeadingStarts.Any(s => (key + " ").StartsWith(s, StringComparison.Ordinal)) ? head.Trim() : null;
        }

        // ---------------------------------------------------------------- responsibilities

        private void ReadResponsibilities(int start, int end)
        {
            string? label = null;
            string? heading = null;
            IReadOnlyList<ParsedUnit> units = [];
            var duties = new List<string>();
            var line = 0;
            var open = false;
            var numbered = false;

            void Flush()
            {
                if (open && (heading is not null || duties.Count > 0))
                {
                    _responsibilities.Add(new ParsedResponsibility(label, heading, units, duties.ToList(), line));
                    if (heading is not null) ReportUnknownUnits(units, line, $"Tổ chức thực hiện, mục {label}");
                }

                duties.Clear();
            }

            for (var i = start; i < end; i++)
            {
                var item = _items[i];
                if (item.IsTable) continue;
                var m = StripMarkers(item.Text);
                // Blocks are numbered ("1. Sở Tài chính"); a part without numbered blocks may letter them or use
                // bullets with the unit before a colon ("- Sở Tài chính: bố trí kinh phí …").
                var isHeading = m.Number is not null && m.Depth == 1 && m.Bullet == 0
                    || !numbered && m.Number is null && (m.Letter is not null || m.Bullet == 1) && m.Rest.IndexOf(':') is > 0 and <= 150;
                if (isHeading && UnitHeading(m.Rest) is var (unitText, inlineDuty) && unitText is not null)
                {
                    Flush();
                    open = true;
                    numbered |= m.Number is not null;
                    label = (m.Number ?? m.Letter ?? "-").TrimEnd('.');
                    heading = unitText;
                    units = ResolveUnits(unitText);
                    line = item.Line;
                    if (inlineDuty is { Length: > 0 }) duties.Add(inlineDuty);
                    _blockOfItem[i] = _responsibilities.Count;
                    continue;
                }

                if (!open)
                {
                    open = true;
                    line = item.Line;
                }

                var duty = m.Rest.Length > 0 ? m.Rest : item.Text;
                duties.Add(duty);
                _blockOfItem[i] = _responsibilities.Count;
            }

            Flush();
            CheckBlockNumbering();
        }

        private void CheckBlockNumbering()
        {
            var labelled = _responsibilities.Where(r => r.Label is not null).ToList();
            for (var k = 1; k < labelled.Count; k++)
            {
                var previous = LastNumber(labelled[k - 1].Label!);
                var current = LastNumber(labelled[k].Label!);
                if (current != previous + 1)
                    Add(Severity.Warning, "numbering-gap",
                        $"Tổ chức thực hiện: mục {labelled[k].Label} đứng sau mục {labelled[k - 1].Label}" + (current > previous ? ", thiếu mục ở giữa." : ", số thứ tự không tăng dần."),
                        labelled[k].Line);
            }
        }

        /// <summary>
        /// The unit part of a numbered responsibilities heading and any duty written after it on the same line:
        /// "5. Đài Phát thanh và Truyền hình tỉnh, đề nghị Báo Ấp Bắc: tổ chức thông tin …" → (units, duty).
        /// Null when the paragraph is a numbered duty rather than a unit.
        /// </summary>
        private (string? Unit, string? Duty) UnitHeading(string rest)
        {
            var text = Cap(rest, 4000);
            string unit;
            string? duty = null;
            var colon = text.IndexOf(':');
            var semicolon = text.IndexOf(';');
            if (colon is > 0 and <= 250)
            {
                unit = text[..colon];
                duty = text[(colon + 1)..].Trim();
            }
            else if (text.Length <= 250 && !text.TrimEnd().EndsWith('.'))
            {
                unit = text;
            }
            else if (semicolon is > 0 and <= 250 && text.Length > semicolon + 1)
            {
                // "6. Đề nghị các doanh nghiệp …; các doanh nghiệp có liên quan tổ chức …": the heading ends at the ";".
                unit = text[..semicolon];
                duty = text[(semicolon + 1)..].Trim();
            }
            else if (text.Length <= 250)
            {
                unit = text;
            }
            else
            {
                return (null, null);
            }

            unit = unit.Trim().TrimEnd('.', ',').Trim();
            if (unit.Length == 0) return (null, null);
            var key = KeyOf(unit) + " ";
            if (UnitHeadingStarts.Any(s => key.StartsWith(s, StringComparison.Ordinal))) return (unit, duty);
            if (resolver is not null && resolver.ResolveList(unit, _asOf).Any(r => r.IsResolved)) return (unit, duty);
            return (null, null);
        }

        // ---------------------------------------------------------------- closing: recipients and signature

        private void ReadClosing(int bodyEnd, int appendixStart, int closingIndex)
        {
            var lines = new List<(string Text, int Line, bool Bold)>();
            for (var i = bodyEnd; i < appendixStart && i < _items.Count; i++)
            {
                if (i == closingIndex) continue;
                var item = _items[i];
                if (item.IsTable)
                {
                    foreach (var (text, line) in FlattenTable(item.Table!))
                    {
                        var cleaned = CleanLine(text, out var bold, out _, out _);
                        if (cleaned.Length > 0) lines.Add((cleaned, line, bold));
                    }
                }
                else
                {
                    lines.Add((item.Text, item.Line, item.Bold));
                }
            }

            var recipients = new List<string>();
            var used = new bool[lines.Count];
            for (var k = 0; k < lines.Count; k++)
            {
                var fold = FoldText(lines[k].Text);
                if (!fold.StartsWith("noi nhan", StringComparison.Ordinal)) continue;
                used[k] = true;
                var colon = lines[k].Text.IndexOf(':');
                if (colon >= 0 && lines[k].Text[(colon + 1)..].Trim() is { Length: > 0 } inline)
                    foreach (var piece in Regex.Split(inline, @"(?:^|\s)[-+•]\s+"))
                        AddRecipient(recipients, piece);
                for (var j = k + 1; j < lines.Count; j++)
                {
                    var m = StripMarkers(lines[j].Text);
                    var isArchive = FoldText(m.Rest).StartsWith("luu", StringComparison.Ordinal);
                    if (m.Bullet == 0 && !isArchive) break;
                    used[j] = true;
                    if (isArchive)
                    {
                        plan.ArchiveNote = m.Rest.Trim();
                        break;
                    }

                    AddRecipient(recipients, m.Rest);
                }

                break;
            }

            plan.Recipients = recipients;
            ReadSigner(lines.Where((_, k) => !used[k]).Select(l => (l.Text, l.Line)).ToList());
        }

        private void AddRecipient(List<string> recipients, string text)
        {
            var t = text.Trim().TrimEnd(';', ',').Trim();
            if (t.EndsWith('.') && !t.EndsWith("..", StringComparison.Ordinal)) t = t[..^1];
            if (t.Length == 0) return;
            if (FoldText(t).StartsWith("luu", StringComparison.Ordinal) && t.Contains(':'))
            {
                plan.ArchiveNote = t;
                return;
            }

            recipients.Add(t);
        }

        private void ReadSigner(List<(string Text, int Line)> lines)
        {
            string? authority = null, prefix = null, title = null, name = null;
            var line = 0;
            var k = lines.FindIndex(l => SignaturePrefix().IsMatch(l.Text) && IsUpperText(l.Text));
            if (k < 0) k = lines.FindIndex(l => IsUpperText(l.Text) && SignerTitle().IsMatch(FoldText(l.Text)) && l.Text.Length < 60);
            if (k < 0) return;
            line = lines[k].Line;
            for (; k < lines.Count; k++)
            {
                var text = lines[k].Text.Trim();
                var fold = FoldText(text);
                if (SignatureNote().IsMatch(fold)) continue;
                var p = SignaturePrefix().Match(text);
                if (p.Success && IsUpperText(text))
                {
                    if (text.StartsWith("TM", StringComparison.Ordinal) || text.StartsWith("T/M", StringComparison.Ordinal) || text.StartsWith("T.M", StringComparison.Ordinal))
                        authority ??= text;
                    else
                        prefix ??= text;
                    continue;
                }

                if (IsUpperText(text) && text.Length < 60 && (title is null || SignerTitle().IsMatch(fold)) && !LooksLikeName(text, allowUpper: title is not null))
                {
                    title = title is null ? text : title + " " + text;
                    continue;
                }

                if (LooksLikeName(text, allowUpper: true))
                {
                    name = text;
                    break;
                }

                if (title is not null || prefix is not null || authority is not null) break;
            }

            if (authority is null && prefix is null && title is null && name is null) return;
            plan.Signer = new ParsedSigner(authority, prefix, title, name, line);
        }

        /// <summary>"Phạm Tấn Hòa", "PHẠM TẤN HÒA": two to six capitalised words, no digits, no title words.</summary>
        private static bool LooksLikeName(string text, bool allowUpper)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 2 or > 6 || text.Any(char.IsDigit) || text.Contains(':')) return false;
            if (!words.All(w => char.IsLetter(w[0]) && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-'))) return false;
            if (SignerTitle().IsMatch(FoldText(text))) return false;
            return allowUpper || !IsUpperText(text);
        }

        // ---------------------------------------------------------------- deadlines

        private void ReadDeadlines(int bodyEnd, int appendixStart, int closingIndex)
        {
            var deadlines = new List<ParsedDeadline>();
            var seen = new HashSet<(int, string)>();
            var end = Math.Min(appendixStart, _items.Count);
            for (var i = 0; i < end; i++)
            {
                var item = _items[i];
                if (item.IsTable) continue;
                if (i >= bodyEnd && i != closingIndex) continue;
                foreach (var (due, window, text) in FindDeadlines(item.Text))
                {
                    if (!seen.Add((item.Line, text))) continue;
                    deadlines.Add(new ParsedDeadline(due, window, text, UnitsOwing(i, text), item.Line));
                }
            }

            foreach (var table in plan.TaskTables)
            {
                foreach (var row in table.Rows)
                {
                    foreach (var cell in new[] { row.Task, row.Note ?? "", row.TimeText ?? "" })
                    {
                        foreach (var (due, window, text) in FindDeadlines(cell))
                            if (seen.Add((row.Line, text)))
                                deadlines.Add(new ParsedDeadline(due, window, text, row.Lead, row.Line));
                    }
                }
            }

            plan.Deadlines = deadlines.OrderBy(d => d.Line).ToList();
        }

        private IEnumerable<(PartialDate? Due, TimeWindow Window, string Text)> FindDeadlines(string text)
        {
            var capped = Cap(text, 20_000);
            var fold = FoldText(capped);
            var count = 0;
            foreach (Match m in DeadlinePhrase().Matches(fold))
            {
                if (++count > 50) yield break;
                var phrase = capped.Substring(m.Index, m.Length);
                var parse = TimeWindowParser.Parse(phrase, _contextYear);
                var window = parse.Window;
                var due = window.End ?? window.Start;
                if (!parse.Understood || due is null) continue;
                yield return (due, window with { Text = phrase.Trim() }, Clause(capped, m.Index, m.Length));
            }
        }

        /// <summary>The sentence around a match: from the previous ". " or ";" to the next one.</summary>
        private static string Clause(string text, int index, int length)
        {
            var start = index;
            while (start > 0 && index - start < 400)
            {
                var c = text[start - 1];
                if (c == ';' || (c == ' ' && start >= 2 && text[start - 2] == '.')) break;
                start--;
            }

            var end = index + length;
            while (end < text.Length && end - index < 400)
            {
                var c = text[end];
                if (c == ';' || (c == '.' && (end + 1 == text.Length || text[end + 1] == ' ' || text[end + 1] == '/'))) break;
                end++;
            }

            var clause = text[start..end].Trim().TrimEnd('.', '/').Trim();
            return start == 0 ? StripMarkers(clause).Rest : clause;
        }

        /// <summary>Who owes a deadline: the unit of the responsibilities block, the lead of the activity, or the subject of the closing sentence.</summary>
        private IReadOnlyList<ParsedUnit> UnitsOwing(int item, string clause)
        {
            if (_blockOfItem.TryGetValue(item, out var block) && block < _responsibilities.Count) return _responsibilities[block].Units;
            if (_activityOfItem.TryGetValue(item, out var builder))
            {
                for (var a = builder; a is not null; a = a.Parent)
                    if (a.Activity.Lead.Count > 0) return a.Activity.Lead;
                return [];
            }

            var fold = FoldText(clause);
            var verb = ObligationVerb().Match(fold);
            if (!verb.Success || verb.Index == 0) return [];
            var subject = clause[..verb.Index];
            var agent = AgentStart().Match(subject);
            if (!agent.Success) return [];
            subject = HeadTitles().Replace(subject[agent.Index..], "");
            return ResolveUnits(subject.Trim().Trim(',', ';'));
        }
    }

    /// <summary>"Tổng kinh phí …", "tổng cộng …" (folded).</summary>
    [GeneratedRegex(@"(?<![a-z])tong (?:kinh phi|cong|so|du toan|nguon)")]
    private static partial Regex TotalWords();

    [GeneratedRegex(@"(?<![a-z])(?:pho )?(?:chu tich|giam doc|truong ban|bi thu|chanh van phong|thu truong|tong giam doc|vien truong|cuc truong|chi cuc truong|truong phong)(?![a-z])")]
    private static partial Regex SignerTitle();

    [GeneratedRegex(@"^\(?\[?\s*(?:da ky|ky(?:,| ten| va| ghi)|chu ky|dong dau)")]
    private static partial Regex SignatureNote();

    /// <summary>"trước ngày 15/9/2024", "chậm nhất ngày 15 tháng 9 năm 2024", "hạn chót 15/9", "trước tháng 10/2024" (folded).</summary>
    [GeneratedRegex(@"(?<![a-z])(?:truoc|cham nhat(?:\s+(?:la|vao))?|han chot(?:\s+(?:la|vao))?|khong qua|khong muon hon|han cuoi(?:\s+la)?)\s*(?:[0-9]{1,2}\s*(?:h|gio)\s*(?:[0-9]{1,2}\s*(?:phut)?)?\s*,?\s*)?(?:ngay\s*)?(?:[0-9]{1,2}\s*(?:[/.-]\s*[0-9]{1,2}(?:\s*[/.-]\s*[0-9]{2,4})?|\s+thang\s+[0-9]{1,2}(?:\s+nam\s+[0-9]{4})?)|thang\s+[0-9]{1,2}(?:\s*/\s*[0-9]{4}|\s+nam\s+[0-9]{4})?)(?![0-9])")]
    private static partial Regex DeadlinePhrase();

    /// <summary>Where the subject of an obligation ends (folded).</summary>
    [GeneratedRegex(@"(?<![a-z])(?:nghiem tuc|khan truong|chu dong|co trach nhiem|trien khai|to chuc thuc hien|thuc hien|bao cao|gui bao cao|xay dung|tham muu)(?![a-z])")]
    private static partial Regex ObligationVerb();

    /// <summary>Where the named parties of an obligation start.</summary>
    [GeneratedRegex(@"(?:Thủ trưởng|Chủ tịch|Giám đốc|Lãnh đạo|[Cc]ác (?:sở|cơ quan|đơn vị|doanh nghiệp|địa phương)|UBND|Ủy ban|Uỷ ban|Sở |Ban |Báo |Đài |Tỉnh Đoàn|Công an)")]
    private static partial Regex AgentStart();

    [GeneratedRegex(@"(?:Thủ trưởng|Chủ tịch|Giám đốc|Lãnh đạo|Người đứng đầu)\s+")]
    private static partial Regex HeadTitles();
}
