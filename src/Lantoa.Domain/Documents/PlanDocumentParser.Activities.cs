using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Documents;

public static partial class PlanDocumentParser
{
    /// <summary>The labelled fields of an activity.</summary>
    private enum Field
    {
        None,
        Lead,
        Coordinating,
        Time,
        Location,
        Content,
        Form,
        Participants,
        Budget,
        Note,
    }

    /// <summary>Field labels by the words they start with (folded, punctuation dropped); longer heads first.</summary>
    private static readonly (string Head, Field Field)[] FieldHeads =
    [
        ("co quan don vi chu tri", Field.Lead), ("co quan chu tri", Field.Lead), ("don vi chu tri", Field.Lead), ("chu tri", Field.Lead),
        ("co quan don vi thuc hien", Field.Lead), ("co quan thuc hien", Field.Lead), ("don vi thuc hien", Field.Lead),
        ("co quan to chuc", Field.Lead), ("don vi to chuc", Field.Lead), ("to chuc thuc hien", Field.Lead),
        ("co quan dau moi", Field.Lead), ("don vi dau moi", Field.Lead), ("don vi trien khai", Field.Lead), ("co quan trien khai", Field.Lead),
        ("don vi phu trach", Field.Lead), ("co quan phu trach", Field.Lead), ("trach nhiem thuc hien", Field.Lead), ("giao", Field.Lead),
        ("co quan don vi phoi hop", Field.Coordinating), ("co quan phoi hop", Field.Coordinating), ("don vi phoi hop", Field.Coordinating), ("phoi hop", Field.Coordinating),
        ("thoi gian", Field.Time), ("thoi han", Field.Time), ("tien do", Field.Time), ("thoi diem", Field.Time), ("ngay to chuc", Field.Time),
        ("dia diem", Field.Location), ("dia ban to chuc", Field.Location),
        ("noi dung", Field.Content),
        ("hinh thuc", Field.Form), ("phuong thuc", Field.Form), ("cach thuc", Field.Form),
        ("thanh phan", Field.Participants), ("doi tuong", Field.Participants), ("so luong", Field.Participants), ("quy mo", Field.Participants),
        ("kinh phi", Field.Budget), ("nguon kinh phi", Field.Budget), ("du toan", Field.Budget), ("chi phi", Field.Budget), ("nguon von", Field.Budget),
        ("san pham", Field.Note), ("ket qua", Field.Note), ("ghi chu", Field.Note), ("chi tieu", Field.Note),
    ];

    /// <summary>The label, letter, number and bullets that open a paragraph, and the text after them.</summary>
    private readonly record struct Markers(string? Number, string? Letter, int Bullet, string Rest)
    {
        public bool HasMarker => Number is not null || Letter is not null || Bullet > 0;

        public int Depth => Number is null ? 0 : Number.Count(c => c == '.') + 1;
    }

    private static Markers StripMarkers(string text)
    {
        var s = text;
        var bullet = 0;
        var m = Bullets().Match(s);
        if (m.Success)
        {
            var plus = m.Value.Contains('+');
            var count = m.Value.Count(c => !char.IsWhiteSpace(c));
            bullet = Math.Max(plus ? 2 : 1, count);
            s = s[m.Length..];
        }

        var number = NumberMarker().Match(s);
        if (number.Success && (number.Groups["end"].Success || number.Groups["n"].Value.Contains('.')))
            return new Markers(number.Groups["n"].Value, null, bullet, s[number.Length..].Trim());
        var letter = LetterMarker().Match(s);
        if (letter.Success)
            return new Markers(null, letter.Groups["l"].Value, bullet, s[letter.Length..].Trim());
        return new Markers(null, null, bullet, s.Trim());
    }

    /// <summary>"Cơ quan chủ trì: Sở …" → (Lead, "Cơ quan chủ trì", "Sở …"); (None, "", text) when no field label opens the text.</summary>
    private static (Field Field, string Label, string Value) MatchField(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > 80) return (Field.None, "", text);
        var field = FieldOfLabel(text[..colon]);
        return field == Field.None ? (Field.None, "", text) : (field, text[..colon].Trim(), text[(colon + 1)..].Trim());
    }

    private static Field FieldOfLabel(string label)
    {
        var key = KeyOf(label);
        if (key.Length == 0 || key.Count(c => c == ' ') > 7) return Field.None;
        foreach (var (head, field) in FieldHeads)
            if (key == head || key.StartsWith(head + " ", StringComparison.Ordinal))
                return field == Field.Lead && head == "giao" && !key.Contains("chu tri", StringComparison.Ordinal) ? Field.None : field;
        return Field.None;
    }

    /// <summary>
    /// Splits "Thời gian: 19h30 ngày 02/10/2023; Địa điểm: Hội trường UBND tỉnh" into its fields. Returns the text before
    /// the first field label (a title, or "") and the fields.
    /// </summary>
    private static (string Before, List<(Field Field, string Label, string Value)> Fields) SplitInlineFields(string text)
    {
        var fields = new List<(Field, string, string)>();
        var s = Cap(text, 4000);
        var starts = new List<(int Start, int Colon, Field Field)>();
        var depth = 0;
        var segmentStart = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0 && (c is ';' || (c == '.' && i + 1 < s.Length && s[i + 1] == ' '))) segmentStart = i + 1;
            else if (depth == 0 && c == ':')
            {
                if (i - segmentStart <= 80 && FieldOfLabel(s[segmentStart..i]) is var field and not Field.None) starts.Add((segmentStart, i, field));
                segmentStart = i + 1;
            }
        }

        if (starts.Count == 0) return (text, fields);
        for (var k = 0; k < starts.Count; k++)
        {
            var (start, colon, field) = starts[k];
            var end = k + 1 < starts.Count ? starts[k + 1].Start : s.Length;
            var value = s[(colon + 1)..end].Trim().TrimEnd(';').Trim();
            fields.Add((field, s[start..colon].Trim(), value));
        }

        return (s[..starts[0].Start].Trim().TrimEnd(';', '.').Trim(), fields);
    }

    private enum ActivityKind
    {
        Numbered,
        Lettered,
        Bulleted,
        Implicit,
        Day,
        Session,
    }

    /// <summary>An activity while its paragraphs are being read.</summary>
    private sealed class ActivityBuilder
    {
        public required ParsedActivity Activity { get; init; }
        public required ActivityKind Kind { get; init; }
        public int Depth { get; init; }
        public ActivityBuilder? Parent { get; init; }
        public List<ActivityBuilder> Children { get; } = [];
        public Dictionary<Field, List<string>> Fields { get; } = [];
        public List<string> Body { get; } = [];
        public List<string> Notes { get; } = [];
        public Field OpenField { get; set; }
        public bool OpenFieldEmpty { get; set; }
        public bool HasLetteredFields { get; set; }

        /// <summary>The line each field was first written on.</summary>
        public Dictionary<Field, int> FieldLines { get; } = [];

        public void SetField(Field field, string label, string value, int line)
        {
            FieldLines.TryAdd(field, line);
            if (field == Field.Note)
            {
                Notes.Add(value.Length > 0 ? $"{label}: {value}" : label);
            }
            else
            {
                if (!Fields.TryGetValue(field, out var parts)) Fields[field] = parts = [];
                if (value.Length > 0) parts.Add(value);
            }

            OpenField = field;
            OpenFieldEmpty = value.Length == 0;
        }

        public void AppendText(string text)
        {
            var appendable = OpenField is Field.Content or Field.Form or Field.Participants
                || (OpenField is not Field.None and not Field.Note && OpenFieldEmpty);
            if (appendable)
            {
                if (!Fields.TryGetValue(OpenField, out var parts)) Fields[OpenField] = parts = [];
                parts.Add(text);
            }
            else if (OpenField == Field.Note && Notes.Count > 0)
            {
                Notes[^1] = Notes[^1] + "\n" + text;
            }
            else
            {
                Body.Add(text);
            }
        }

        public string? Value(Field field) => Fields.TryGetValue(field, out var parts) && parts.Count > 0 ? string.Join("\n", parts) : null;
    }

    private sealed partial class Run
    {
        private readonly List<ActivityBuilder> _roots = [];
        private readonly Dictionary<int, ActivityBuilder> _activityOfItem = [];

        private void ReadActivities(int start, int end)
        {
            var stack = new List<ActivityBuilder>();
            ActivityBuilder? Top() => stack.Count > 0 ? stack[^1] : null;

            ActivityBuilder Create(ActivityKind kind, string label, string title, int depth, int line)
            {
                var parent = Top();
                var builder = new ActivityBuilder
                {
                    Activity = new ParsedActivity { Label = label, Title = title, Line = line },
                    Kind = kind,
                    Depth = depth,
                    Parent = parent,
                };
                if (parent is null) _roots.Add(builder);
                else parent.Children.Add(builder);
                stack.Add(builder);
                return builder;
            }

            ActivityBuilder Current(int line) => Top() ?? Create(ActivityKind.Implicit, "", "", 0, line);

            for (var i = start; i < end; i++)
            {
                var item = _items[i];
                if (item.IsTable) continue;

                var m = StripMarkers(item.Text);
                if (ReadAgendaItem(i, m, stack, Create)) continue;
                var (before, fields) = SplitInlineFields(m.Rest);
                var isField = fields.Count > 0 && before.Length == 0;

                if (m.Number is not null && !(isField && stack.Count > 0))
                {
                    if (!IsActivityNumber(stack, m))
                    {
                        Current(item.Line).AppendText(item.Text);
                        Register(i, Top()!);
                        continue;
                    }

                    PopForNumber(stack, m);
                    var builder = Create(ActivityKind.Numbered, m.Number.TrimEnd('.'), Title(before.Length > 0 ? before : m.Rest), m.Depth, item.Line);
                    foreach (var (field, label, value) in fields) builder.SetField(field, label, value, item.Line);
                    Register(i, builder);
                    continue;
                }

                if (m.Letter is not null)
                {
                    while (stack.Count > 0 && stack[^1].Kind is ActivityKind.Lettered or ActivityKind.Bulleted or ActivityKind.Day or ActivityKind.Session) stack.RemoveAt(stack.Count - 1);
                    if (isField)
                    {
                        var owner = Current(item.Line);
                        foreach (var (field, label, value) in fields) owner.SetField(field, label, value, item.Line);
                        owner.HasLetteredFields = true;
                        Register(i, owner);
                        continue;
                    }

                    if (Top() is { HasLetteredFields: true } withFields)
                    {
                        var colon = m.Rest.IndexOf(':');
                        withFields.SetField(Field.Note, colon is > 0 and < 60 ? m.Rest[..colon].Trim() : m.Rest, colon is > 0 and < 60 ? m.Rest[(colon + 1)..].Trim() : "", item.Line);
                        Register(i, withFields);
                        continue;
                    }

                    var lettered = Create(ActivityKind.Lettered, m.Letter, Title(before.Length > 0 ? before : m.Rest), 0, item.Line);
                    foreach (var (field, label, value) in fields) lettered.SetField(field, label, value, item.Line);
                    Register(i, lettered);
                    continue;
                }

                if (m.Bullet > 0)
                {
                    while (stack.Count > 0 && stack[^1].Kind == ActivityKind.Bulleted && stack[^1].Depth >= m.Bullet) stack.RemoveAt(stack.Count - 1);
                    if (isField)
                    {
                        var owner = Current(item.Line);
                        foreach (var (field, label, value) in fields) owner.SetField(field, label, value, item.Line);
                        Register(i, owner);
                        continue;
                    }

                    if (NextIsDeeperField(i + 1, end, m.Bullet))
                    {
                        var bulleted = Create(ActivityKind.Bulleted, "-", Title(before.Length > 0 ? before : m.Rest), m.Bullet, item.Line);
                        foreach (var (field, label, value) in fields) bulleted.SetField(field, label, value, item.Line);
                        Register(i, bulleted);
                        continue;
                    }

                    if (Top() is { } holder)
                    {
                        holder.AppendText(item.Text);
                        Register(i, holder);
                    }

                    continue;
                }

                if (isField)
                {
                    var owner = Current(item.Line);
                    foreach (var (field, label, value) in fields) owner.SetField(field, label, value, item.Line);
                    Register(i, owner);
                }
                else if (Top() is { } holder)
                {
                    holder.AppendText(item.Text);
                    Register(i, holder);
                }
            }
        }

        /// <summary>Items whose amounts were already checked (budget fields, the budget part).</summary>
        private readonly HashSet<int> _moneyChecked = [];

        private void Register(int item, ActivityBuilder builder)
        {
            _activityOfItem[item] = builder;
            if (builder.OpenField == Field.Budget) _moneyChecked.Add(item);
        }

        /// <summary>The title as written, without a closing ":" or ";" or a single closing full stop.</summary>
        private static string Title(string text)
        {
            var t = text.Trim().TrimEnd(':', ';').Trim();
            if (t.EndsWith('.') && !t.EndsWith("..", StringComparison.Ordinal)) t = t[..^1].TrimEnd();
            return t;
        }

        /// <summary>
        /// A numbered paragraph opens an activity unless it restarts a numbering inside an open text field
        /// ("d) Nội dung:" followed by "1. …", "2. …").
        /// </summary>
        private static bool IsActivityNumber(List<ActivityBuilder> stack, Markers m)
        {
            var top = stack.Count > 0 ? stack[^1] : null;
            if (top is null || top.OpenField is not (Field.Content or Field.Form or Field.Participants)) return true;
            var number = LastNumber(m.Number!);
            var sibling = stack.LastOrDefault(b => b.Kind == ActivityKind.Numbered && b.Depth == m.Depth);
            return sibling is not null && number > LastNumber(sibling.Activity.Label);
        }

        private static void PopForNumber(List<ActivityBuilder> stack, Markers m)
        {
            var number = m.Number!.TrimEnd('.');
            var parentLabel = number.Contains('.') ? number[..number.LastIndexOf('.')] : null;
            if (parentLabel is not null)
            {
                var at = stack.FindLastIndex(b => b.Kind == ActivityKind.Numbered && b.Activity.Label == parentLabel);
                if (at >= 0)
                {
                    stack.RemoveRange(at + 1, stack.Count - at - 1);
                    return;
                }
            }

            while (stack.Count > 0 && (stack[^1].Kind != ActivityKind.Numbered || stack[^1].Depth >= m.Depth)) stack.RemoveAt(stack.Count - 1);
        }

        private bool NextIsDeeperField(int next, int end, int level)
        {
            if (next >= end || _items[next].IsTable) return false;
            var m = StripMarkers(_items[next].Text);
            return m.Bullet > level && MatchField(m.Rest).Field != Field.None;
        }

        private static int LastNumber(string label)
        {
            var last = label.TrimEnd('.').Split('.')[^1];
            return int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        }

        // ---------------------------------------------------------------- finishing activities

        /// <summary>Turns the builders into activities holding the texts of their fields (read by Interpret).</summary>
        private List<ParsedActivity> BuildActivities()
        {
            var result = new List<ParsedActivity>();
            foreach (var root in _roots) result.Add(Build(root));
            return result;
        }

        private ParsedActivity Build(ActivityBuilder builder)
        {
            var a = builder.Activity;
            if (builder.Kind == ActivityKind.Implicit && a.Title.Length == 0) a.Title = "(Hoạt động không có tiêu đề)";
            a.LeadText = builder.Value(Field.Lead);
            a.CoordinatingText = builder.Value(Field.Coordinating);
            a.TimeText = builder.Value(Field.Time);
            a.Location = builder.Value(Field.Location);
            var content = builder.Value(Field.Content);
            a.Content = builder.Body.Count > 0 ? string.Join("\n", content is null ? builder.Body : builder.Body.Prepend(content)) : content;
            a.Form = builder.Value(Field.Form);
            a.ParticipantsText = builder.Value(Field.Participants);
            a.BudgetText = builder.Value(Field.Budget);
            a.Notes = builder.Notes.ToList();
            a.TimeLine = builder.FieldLines.GetValueOrDefault(Field.Time, a.Line);
            a.BudgetLine = builder.FieldLines.GetValueOrDefault(Field.Budget, a.Line);

            foreach (var child in builder.Children) a.Children.Add(Build(child));
            return a;
        }

        private void ReadTime(ParsedActivity a, string text)
        {
            var parse = TimeWindowParser.Parse(Cap(text, 600), _contextYear);
            if (parse.Understood)
            {
                a.Time = parse.Window with { Text = text };
                a.ExtraTimes = parse.Extra;
                if (parse.Problem is { } problem)
                    Add(Severity.Info, "time-partly-understood", $"Hoạt động {Describe(a)}: {problem}", a.TimeLine);
            }
            else
            {
                Add(Severity.Warning, "time-not-understood", $"Hoạt động {Describe(a)}: không hiểu thời gian “{PlanExcerpt(text)}”. {parse.Problem}".Trim(), a.TimeLine);
            }
        }

        /// <summary>"(giao Công an tỉnh chủ trì thực hiện)", "(Sở TT&amp;TT chủ trì, phối hợp với …)", "giao Sở Y tế chủ trì".</summary>
        private void ReadHiddenLead(ParsedActivity a)
        {
            foreach (var text in new[] { a.Title, a.Content ?? "" })
            {
                var s = Cap(text, 3000);
                var m = HiddenLeadInParenthesis().Match(s);
                if (!m.Success) m = HiddenLead().Match(s);
                if (!m.Success) continue;
                var unit = m.Groups["u"].Value.Trim().Trim(',', ';');
                if (unit.Length < 2) continue;
                a.LeadText = unit;
                a.Lead = ResolveUnits(unit);
                a.LeadFromParenthesis = true;
                if (m.Groups["c"].Success && a.CoordinatingText is null)
                {
                    a.CoordinatingText = m.Groups["c"].Value.Trim().Trim(',', ';', '.');
                    a.Coordinating = ResolveUnits(a.CoordinatingText);
                }

                return;
            }
        }

        private static int? ParticipantCount(string text)
        {
            var fold = FoldText(Cap(text, 1500));
            var m = PeopleCount().Match(fold);
            if (!m.Success) return null;
            var digits = m.Groups["n"].Value.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
            return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
        }

        /// <summary>The amount of a budget field; a figure that looks truncated or is not money is reported, not believed.</summary>
        private Money? ReadBudgetAmount(string text, int line)
        {
            var capped = Cap(text, 2000);
            var amounts = AmountInText.FindAll(capped);
            if (amounts.Count > 0)
            {
                var (amount, written) = amounts[0];
                if (amount.Dong > 0 && amount.Dong < TruncatedBelow)
                {
                    Add(Severity.Warning, "truncated-amount", $"Kinh phí “{written.Trim()}” quá nhỏ so với một khoản kinh phí của kế hoạch: có thể số bị cắt mất chữ số. Hãy kiểm tra lại.", line);
                    return null;
                }

                return amount;
            }

            var stripped = NotMoney().Replace(FoldText(capped), " ");
            var number = BareFigure().Match(stripped);
            if (!number.Success) return null;
            if (Money.TryParse(number.Value, out var bare) && bare.Dong is > 0 and < TruncatedBelow)
                Add(Severity.Warning, "truncated-amount", $"Kinh phí “{PlanExcerpt(text)}” ghi số {number.Value} không có đơn vị và quá nhỏ: có thể số bị cắt mất chữ số. Hãy ghi đủ số tiền, ví dụ “1.500.000.000 đồng”.", line);
            else
                Add(Severity.Warning, "money-not-understood", $"Không hiểu số tiền trong “{PlanExcerpt(text)}”: hãy ghi số tiền kèm “đồng”, ví dụ “388.400.000 đồng”.", line);
            return null;
        }

        /// <summary>Amounts below this (in đồng) in a plan's budget text are taken for truncated figures.</summary>
        private const long TruncatedBelow = 100_000;

        private static bool MentionsAppendix(string text) => AppendixReference().IsMatch(FoldText(Cap(text, 2000)));

        /// <summary>"Phụ lục II", "phụ lục số 02" mentioned in a text, as labels ("Phụ lục II", "Phụ lục 2"); not those of other documents.</summary>
        private static IEnumerable<string> AppendixReferences(string text)
        {
            var capped = Cap(text, 20_000);
            var fold = FoldText(capped);
            foreach (Match m in AppendixReference().Matches(fold))
            {
                var tail = fold[(m.Index + m.Length)..Math.Min(fold.Length, m.Index + m.Length + 60)];
                if (OtherDocument().IsMatch(tail)) continue;
                var numeral = capped.Substring(m.Groups["n"].Index, m.Groups["n"].Length);
                yield return AppendixLabel(numeral);
            }
        }

        internal static string AppendixLabel(string numeral)
        {
            var n = numeral.Trim().TrimStart('0');
            if (n.Length == 0) n = numeral.Trim();
            return "Phụ lục " + (n.All(char.IsAsciiDigit) ? n : n.ToUpperInvariant());
        }

        private static string Describe(ParsedActivity a) => a.Path.Length > 0 ? $"{a.Path} “{PlanExcerpt(a.Title, 60)}”" : $"“{PlanExcerpt(a.Title, 60)}”";

        private static string PlanExcerpt(string text, int max = 80)
        {
            var t = InlineMarkup.CollapseSpaces(text);
            return t.Length <= max ? t : t[..max] + "…";
        }
    }

    /// <summary>Bullets: "-", "+", "•", "- +" …, not a minus sign before a figure.</summary>
    [GeneratedRegex(@"^(?:[-–—+•▪●○◦·](?:\s+|(?=[\p{L}(“""])))+")]
    private static partial Regex Bullets();

    /// <summary>"1.", "2.1.", "2.1", "3)" — not "10/10/2024", "1.000 người".</summary>
    [GeneratedRegex(@"^(?<n>[0-9]{1,2}(?:\.[0-9]{1,2}){0,3})(?:(?<end>[.)])(?![0-9/])|(?=\s))\s*")]
    private static partial Regex NumberMarker();

    [GeneratedRegex(@"^(?<l>[a-zđ])\s*\)\s*|^(?<l>[a-zđ])\.\s+")]
    private static partial Regex LetterMarker();

    [GeneratedRegex(@"\((?:\s*(?:giao|do)\s+)?(?<u>[^()]{2,150}?)\s+(?:làm\s+)?chủ trì(?:\s+(?:thực hiện|tổ chức|triển khai))?(?:\s*[,;]\s*(?:và\s+)?(?:phối hợp(?:\s+với)?|cùng)\s+(?<c>[^()]{2,200}?))?(?:\s*(?:thực hiện|tổ chức))?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenLeadInParenthesis();

    [GeneratedRegex(@"(?<![\p{L}])[Gg]iao\s+(?<u>[^().;:]{2,120}?)\s+chủ trì(?:\s*[,;]\s*phối hợp(?:\s+với)?\s+(?<c>[^().;:]{2,200}))?")]
    private static partial Regex HiddenLead();

    [GeneratedRegex(@"(?<![0-9.,/])(?<n>[0-9]{1,3}(?:[.,][0-9]{3})+|[0-9]{1,6})\s*(?:\([^()]{0,30}\)\s*)?(?:nguoi|dai bieu|khach|hoc sinh|sinh vien|thi sinh|doan vien|can bo|thanh vien|luot|van dong vien|hoi vien|dai dien|chien si|cong chuc|vien chuc|giao vien|em|doanh nghiep)(?![a-z])")]
    private static partial Regex PeopleCount();

    /// <summary>Dates, symbols and years in a budget text (folded), which are not money.</summary>
    [GeneratedRegex(@"[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}\s*[/.-]\s*[0-9]{2,4}|[0-9]*\s*/\s*[0-9]{0,4}\s*/?\s*[a-z]+[a-z0-9-]*|so\s+[0-9]+|nam\s+[0-9]{4}|(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")]
    private static partial Regex NotMoney();

    [GeneratedRegex(@"(?<![0-9])[0-9]{1,3}(?:[.,][0-9]{3})+(?![0-9])|(?<![0-9])[0-9]{5,}(?![0-9])")]
    private static partial Regex BareFigure();

    /// <summary>"phụ lục II", "phu luc so 02" (folded; the numeral read from the original).</summary>
    [GeneratedRegex(@"(?<![a-z])phu luc(?:\s+so)?\s+(?<n>[ivxlc]{1,6}|[0-9]{1,2})(?![a-z0-9])")]
    private static partial Regex AppendixReference();

    /// <summary>After "Phụ lục …": another document's appendix ("kèm theo Quyết định số …").</summary>
    [GeneratedRegex(@"^\s*(?:\(|,)?\s*(?:ban hanh\s+)?(?:kem theo|cua)\s+(?:thong tu|nghi dinh|quyet dinh|cong van|nghi quyet|chi thi|huong dan|ke hoach so|van ban)")]
    private static partial Regex OtherDocument();
}
