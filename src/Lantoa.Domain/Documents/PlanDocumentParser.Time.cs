using System.Globalization;
using System.Text.RegularExpressions;
using Lantoa.Domain.Dates;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Documents;

/// <summary>
/// Time wherever a plan writes it: an agenda (a dated heading "Ngày 09/10/2025 (thứ Năm)" and its "Buổi sáng: …",
/// "Buổi chiều: …" items, which become child activities with their dates and sessions), a date in an activity's title
/// ("Lễ khai mạc, 19h30, ngày 02/10/2023"), the plan-level window of the general part ("Thời gian: từ tháng 9/2025 đến
/// ngày 15/11/2025"), the milestones of a "Tiến độ thực hiện" part (a report due there is also a deadline), and the
/// check that the dates belong to the plan's year.
/// </summary>
public static partial class PlanDocumentParser
{
    private sealed partial class Run
    {
        private readonly List<ParsedMilestone> _milestones = [];
        private readonly List<ParsedDeadline> _milestoneDeadlines = [];

        /// <summary>The numbers of "Tiến độ thực hiện" blocks inside the responsibilities part (not gaps in its numbering).</summary>
        private readonly HashSet<int> _scheduleBlocks = [];

        // ---------------------------------------------------------------- agenda

        /// <summary>
        /// A dated heading ("Ngày 09/10/2025 (thứ Năm)", "Thứ Năm, ngày 09/10/2025:") or a session ("Buổi sáng (8h00):
        /// Khai mạc …", "Chiều ngày 10/10: …") inside the activities: opens a child activity. Returns whether it did.
        /// </summary>
        private bool ReadAgendaItem(int i, Markers m, List<ActivityBuilder> stack, Func<ActivityKind, string, string, int, int, ActivityBuilder> create)
        {
            if (m.Number is not null) return false;
            var item = _items[i];
            var label = m.Letter ?? (m.Bullet > 0 ? "-" : "");
            if (AgendaDay(m.Rest) is var (head, rest) && head is not null)
            {
                while (stack.Count > 0 && (stack[^1].Kind is ActivityKind.Day or ActivityKind.Session or ActivityKind.Bulleted || (stack[^1].Kind == ActivityKind.Lettered && m.Letter is not null)))
                    stack.RemoveAt(stack.Count - 1);
                var day = create(ActivityKind.Day, label, Title(head), 0, item.Line);
                day.Activity.AgendaDay = true;
                day.Activity.Time = TimeWindowParser.Parse(head, _contextYear).Window with { Text = head.Trim() };
                if (rest is { Length: > 0 }) day.AppendText(rest);
                _activityOfItem[i] = day;
                return true;
            }

            if (stack.Count > 0 && AgendaSession(m.Rest) is var (session, what) && session is not null)
            {
                while (stack.Count > 0 && stack[^1].Kind is ActivityKind.Session or ActivityKind.Bulleted) stack.RemoveAt(stack.Count - 1);
                var builder = create(ActivityKind.Session, label, Title(what ?? session), 0, item.Line);
                builder.Activity.SessionText = session;
                _activityOfItem[i] = builder;
                return true;
            }

            return false;
        }

        /// <summary>"Ngày 09/10/2025 (thứ Năm)" → (heading, null); "Thứ Năm, ngày 09/10/2025: khai mạc" → (heading, "khai mạc").</summary>
        private (string? Head, string? After) AgendaDay(string text)
        {
            if (text.Length > 400) return (null, null);
            var colon = text.IndexOf(':');
            var head = colon > 0 ? text[..colon] : text;
            if (head.Length > 70) return (null, null);
            var fold = FoldText(head).Trim();
            if (!DayHeading().IsMatch(fold)) return (null, null);
            var parse = TimeWindowParser.Parse(head, _contextYear);
            if (!parse.Understood || parse.Window.Start is not { Precision: DatePrecision.Day }) return (null, null);
            return (head.Trim(), colon > 0 ? text[(colon + 1)..].Trim() : null);
        }

        /// <summary>"Buổi sáng (8h00 - 11h30): Khai mạc" → ("Buổi sáng (8h00 - 11h30)", "Khai mạc"); "Sáng tạo …" is not a session.</summary>
        private static (string? Session, string? What) AgendaSession(string text)
        {
            var m = SessionHead().Match(Cap(text, 600));
            if (!m.Success) return (null, null);
            var session = m.Groups["s"].Value.Trim();
            var what = m.Groups["w"].Success ? m.Groups["w"].Value.Trim() : null;
            return (session, what is { Length: > 0 } ? what : null);
        }

        /// <summary>Sessions take their date from the day above them (or write their own); activities without a time field take a date written in their title.</summary>
        private void ReadAgendaTimes(IEnumerable<ParsedActivity> activities, TimeWindow? day)
        {
            foreach (var a in activities)
            {
                var own = day;
                if (a.SessionText is { } session)
                {
                    var parse = TimeWindowParser.Parse(session, _contextYear);
                    var window = parse.Window.Start is not null ? parse.Window
                        : day is not null ? day with { Session = parse.Window.Session ?? SessionWord(session), StartTime = parse.Window.StartTime, Text = session, Tentative = day.Tentative || parse.Window.Tentative }
                        : null;
                    // The words shown for the session's time say its day too: "Buổi sáng (8h00 - 11h30), ngày 09/10/2025".
                    var words = parse.Window.Start is null && day?.Start is { } d ? $"{session}, ngày {d.ToDisplay()}" : session;
                    if (window is not null && a.Time is null) a.Time = window with { Text = words, Session = window.Session ?? SessionWord(session) };
                }
                else if (a.Time is null && a.TimeText is null && TimeInTitle(a.Title) is { } phrase)
                {
                    var parse = TimeWindowParser.Parse(phrase, _contextYear);
                    if (parse.Understood && parse.Window.Start is not null) a.Time = parse.Window with { Text = phrase };
                    else if (parse.Problem is { } problem) Add(Severity.Warning, "time-not-understood", $"Hoạt động {Describe(a)}: {problem}", a.Line);
                }

                if (a.AgendaDay || a.Time is { Start.Precision: DatePrecision.Day } && a.Time.Start == a.Time.End) own = a.Time ?? day;
                ReadAgendaTimes(a.Children, own);
            }
        }

        /// <summary>"Buổi sáng (8h00)" → "Buổi sáng"; "Sáng ngày 11/10" → "Sáng".</summary>
        private static string SessionWord(string session)
        {
            var words = session.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length > 1 && FoldText(words[0]) == "buoi" ? $"{words[0]} {words[1].TrimEnd(',', ':', '(')}" : words[0].TrimEnd(',', ':', '(');
        }

        /// <summary>The time phrase of a title ("19h30, ngày 02/10/2023", "Ngày 09/10/2025 (thứ Năm)"), not the date of a cited document.</summary>
        private static string? TimeInTitle(string title)
        {
            var text = Cap(title, 600);
            var fold = FoldText(text);
            foreach (Match m in TitleTime().Matches(fold))
            {
                var before = fold[Math.Max(0, m.Index - 60)..m.Index];
                if (CitedBefore().IsMatch(before)) continue;
                return text.Substring(m.Index, m.Length).Trim().Trim(',', ';');
            }

            return null;
        }

        // ---------------------------------------------------------------- the plan's own window

        /// <summary>"Thời gian: …", "Thời gian tổ chức: …" in the general part: the plan's window. Returns whether the line was one.</summary>
        private bool ReadPlanWindow(string label, string value, int line)
        {
            if (plan.Window is not null || value.Length == 0) return false;
            var key = KeyOf(label);
            if (!(key == "thoi gian" || key.StartsWith("thoi gian ", StringComparison.Ordinal))) return false;
            var parse = TimeWindowParser.Parse(Cap(value, 600), _contextYear);
            if (!parse.Understood)
            {
                Add(Severity.Warning, "time-not-understood", $"Thời gian của kế hoạch: không hiểu “{PlanExcerpt(value)}”. {parse.Problem}".Trim(), line);
                return true;
            }

            if (parse.Problem is { } problem) Add(Severity.Info, "time-partly-understood", $"Thời gian của kế hoạch: {problem}", line);
            plan.Window = new ParsedPlanWindow(parse.Window with { Text = value }, value, line);
            return true;
        }

        // ---------------------------------------------------------------- milestones

        /// <summary>
        /// "Tiến độ thực hiện": each item is a milestone ("- Tháng 9/2025: xây dựng kế hoạch"); one that owes a report
        /// ("- Cuối tháng 11/2025: các đơn vị báo cáo kết quả về Sở …") is also a deadline, due on the last day of its window.
        /// </summary>
        private void ReadMilestones(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var item = _items[i];
                if (item.IsTable) continue;
                ReadMilestone(i, item);
            }
        }

        /// <summary>"Tiến độ thực hiện", "Tiến độ, thời gian thực hiện", "Lộ trình thực hiện" as a block heading.</summary>
        private static bool IsScheduleHeading(string text)
        {
            var key = KeyOf(text);
            return text.Length <= 80 && (key.StartsWith("tien do", StringComparison.Ordinal) || key.StartsWith("lo trinh", StringComparison.Ordinal) || key.StartsWith("moc thoi gian", StringComparison.Ordinal));
        }

        private void ReadMilestone(int i, Item item)
        {
            var m = StripMarkers(item.Text);
            var rest = m.Rest;
            if (rest.Length == 0) return;
            string? timeText = null;
            string? what = rest;
            TimeWindow? window = null;
            var colon = rest.IndexOf(':');
            if (colon is > 0 and <= 120)
            {
                var head = rest[..colon].Trim();
                var parse = TimeWindowParser.Parse(head, _contextYear);
                if (parse.Understood)
                {
                    timeText = head;
                    window = parse.Window with { Text = head };
                    what = rest[(colon + 1)..].Trim();
                }
                else if (parse.Problem is { } problem && problem.StartsWith("Ngày", StringComparison.Ordinal))
                {
                    Add(Severity.Warning, "time-not-understood", $"Tiến độ thực hiện: {problem}", item.Line);
                }
            }

            if (window is null)
            {
                var parse = TimeWindowParser.Parse(Cap(rest, 600), _contextYear);
                if (parse.Understood && (parse.Window.Start is not null || parse.Window.End is not null))
                {
                    window = parse.Window with { Text = rest };
                    timeText = rest;
                }
                else if (parse.Problem is { } problem && problem.StartsWith("Ngày", StringComparison.Ordinal))
                {
                    Add(Severity.Warning, "time-not-understood", $"Tiến độ thực hiện: {problem}", item.Line);
                }
            }

            var label = m.Number ?? m.Letter ?? (m.Bullet > 0 ? "-" : null);
            var whatFold = FoldText(what ?? "");
            var isReport = window?.LastDay is not null && ReportWords().IsMatch(whatFold);
            var units = isReport ? MilestoneUnits(what ?? rest) : [];
            _milestones.Add(new ParsedMilestone(label?.TrimEnd('.'), item.Text, timeText, window, what, units, isReport, item.Line));
            if (isReport && window is not null)
            {
                var due = window.End ?? window.Start;
                _milestoneDeadlines.Add(new ParsedDeadline(due, window with { DeadlineOnly = true, Text = timeText }, (what ?? rest).Trim().TrimEnd('.', ';').Trim(), units, item.Line));
                ReportUnknownUnits(units, item.Line, "Tiến độ thực hiện");
            }
        }

        /// <summary>Who owes a milestone: the names before its verb ("Các sở, ngành, UBND cấp huyện báo cáo kết quả …").</summary>
        private IReadOnlyList<ParsedUnit> MilestoneUnits(string text)
        {
            var capped = Cap(text, 600);
            var verb = MilestoneVerb().Match(FoldText(capped));
            if (!verb.Success || verb.Index < 3) return [];
            var subject = HeadTitles().Replace(capped[..verb.Index], "").Trim().Trim(',', ';');
            return subject.Length == 0 ? [] : ResolveUnits(subject);
        }

        // ---------------------------------------------------------------- the plan's year

        /// <summary>Dates written with a year outside the plan's (its title's years, its date's year and the next): a warning at the line.</summary>
        private void CheckYears()
        {
            var expected = new HashSet<int>();
            if (plan.Title is { } title)
                foreach (Match y in AnyYear().Matches(FoldText(title)))
                    expected.Add(int.Parse(y.Value, CultureInfo.InvariantCulture));
            if (plan.IssuedOn is { } issued)
            {
                expected.Add(issued.Year);
                expected.Add(issued.Year + 1);
            }

            if (expected.Count == 0) return;
            var label = string.Join(", ", expected.Order().Select(y => y.ToString(CultureInfo.InvariantCulture)));
            var reported = 0;

            void Check(TimeWindow? window, string? written, string what, int line)
            {
                if (window is null || written is null || reported >= 20) return;
                if (!AnyYear().IsMatch(FoldText(written))) return;
                var years = new[] { window.FirstDay?.Year, window.LastDay?.Year }.OfType<int>().ToList();
                if (years.Count == 0 || years.Any(expected.Contains)) return;
                reported++;
                Add(Severity.Warning, "year-mismatch",
                    $"{what}: thời gian “{PlanExcerpt(written)}” thuộc năm {string.Join("–", years.Distinct())}, khác năm của kế hoạch ({label}). Hãy kiểm tra lại năm.", line);
            }

            foreach (var a in plan.AllActivities()) Check(a.Time, a.TimeText ?? a.Time?.Text, $"Hoạt động {Describe(a)}", a.TimeLine);
            if (plan.Window is { } w) Check(w.Window, w.Text, "Thời gian của kế hoạch", w.Line);
            foreach (var ms in plan.Milestones) Check(ms.Window, ms.TimeText, "Tiến độ thực hiện", ms.Line);
        }
    }

    /// <summary>"ngày 09/10/2025", "thứ năm, ngày 09/10", "ngày thứ nhất (09/10/2025)", "chủ nhật 12/10/2025" (folded).</summary>
    [GeneratedRegex(@"^(?:[*_]+\s*)?(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*[,(–-]?\s*(?:ngay\s+)?|ngay\s+(?:thu\s+(?:nhat|hai|ba|tu|nam|[0-9]))?\s*[(,:–-]?\s*)\(?[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}(?:\s*[/.-]\s*[0-9]{2,4})?\)?(?:\s*\([^()]{0,30}\))?\s*[*_.]*\s*$")]
    private static partial Regex DayHeading();

    /// <summary>"Buổi sáng: …", "Buổi chiều (14h00 - 17h00): …", "Sáng ngày 10/10/2025: …", "Tối (19h30): …" on the written text.</summary>
    [GeneratedRegex(@"^(?<s>(?:[Bb]uổi\s+(?:sáng|chiều|tối|trưa)|(?:Sáng|Chiều|Tối|Trưa))(?:\s*\([^()]{1,40}\)|\s+(?:ngày|thứ|từ|lúc)\s[^:]{1,50}|\s+[0-9][^:]{0,40})?)\s*(?::\s*(?<w>.*)|[–-]\s+(?<w>.*)|$)", RegexOptions.Singleline)]
    private static partial Regex SessionHead();

    /// <summary>A clock time and a day in a title, or a day alone ("19h30, ngày 02/10/2023", "ngày 09-10/10/2025") (folded).</summary>
    [GeneratedRegex(@"(?:(?:luc|vao)\s+)?(?:[0-9]{1,2}\s*(?:h|gio)\s*[0-9]{0,2}(?:\s*phut)?\s*,?\s*(?:(?:sang|chieu|toi)\s+)?)?(?:(?:sang|chieu|toi)\s+)?(?:thu\s+(?:hai|ba|tu|nam|sau|bay)\s*,?\s*|chu\s+nhat\s*,?\s*)?ngay\s+[0-9]{1,2}(?:\s*[-–]\s*[0-9]{1,2})?\s*[/.-]\s*[0-9]{1,2}(?:\s*[/.-]\s*[0-9]{2,4})?(?![0-9])")]
    private static partial Regex TitleTime();

    /// <summary>Right before a date: the symbol of a cited document ("Quyết định số 505/QĐ-TTg ngày …") (folded).</summary>
    [GeneratedRegex(@"(?:so\s+[0-9]*\s*/\s*[a-z0-9-]+|[0-9]+\s*[-/]\s*[a-z]+(?:[-/][a-z0-9-]+)*|(?:quyet dinh|cong van|ke hoach|nghi quyet|chi thi|thong tu|nghi dinh|to trinh|thong bao|huong dan)\s*)\s*$")]
    private static partial Regex CitedBefore();

    /// <summary>Where the subject of a milestone ends (folded).</summary>
    [GeneratedRegex(@"(?<![a-z])(?:bao cao|tong hop|gui|hoan thanh|to chuc|xay dung|trien khai|thuc hien|chu dong|nop|tham muu|phoi hop|co trach nhiem)(?![a-z])")]
    private static partial Regex MilestoneVerb();

    /// <summary>A report owed (folded).</summary>
    [GeneratedRegex(@"(?<![a-z])(?:bao cao|tong ket|so ket|gui ket qua)(?![a-z])")]
    private static partial Regex ReportWords();
}
