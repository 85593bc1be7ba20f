using System.Globalization;
using System.Text.RegularExpressions;
using Lantoa.Domain.Dates;

namespace Lantoa.Domain.Plans;

/// <summary>
/// What <see cref="TimeWindowParser.Parse"/> read: the main window, secondary windows of the same phrase
/// ("đợt cao điểm từ …", "hoặc trong toàn bộ tháng 10/2024"), whether anything was understood, and what went wrong.
/// </summary>
public sealed record TimeWindowParse(TimeWindow Window, bool Understood, IReadOnlyList<TimeWindow> Extra, string? Problem);

/// <summary>
/// Reads the time of an activity as plans write it: "Từ ngày 15/9/2024 đến ngày 31/10/2024", "Dự kiến ngày 09-10/10/2024",
/// "Quý I đến Quý IV", "09 tháng đầu năm 2024", "trước ngày 15/9/2024", "Hàng tuần", "Thường xuyên", "19h30, ngày 02/10/2023".
/// Works on a diacritic-free, lower-case fold of the text, so "Tu ngay 15-9-24 den ngay 31.10.2024" reads too.
/// </summary>
public static partial class TimeWindowParser
{
    /// <summary>A date expression found in the text; <see cref="Read"/> gives its first and last date once its year is known.</summary>
    private sealed record Piece(int Index, int Length, int? Year, Func<int, (PartialDate From, PartialDate To)> Read)
    {
        public int End => Index + Length;
    }

    /// <summary>Readers in priority order: a later reader cannot claim text an earlier one took.</summary>
    private static readonly (Regex Pattern, Func<Match, Piece> ToPiece)[] Readers =
    [
        (WeekOfMonth(), m => ToPiece(m, y => WeekSpan(y, Int(m, "m"), m.Groups["w"].Value))),
        (PartOfMonth(), m => ToPiece(m, y => PartOfMonthSpan(y, Int(m, "m"), m.Groups["part"].Value))),
        (DayRange(), m => ToPiece(m, y => DaySpan(y, Int(m, "m"), Int(m, "d1"), Int(m, "d2")))),
        (MonthRange(), m => ToPiece(m, y => (new PartialDate(y, Int(m, "m1")), new PartialDate(y, Int(m, "m2"))))),
        (LeadingOrTrailingMonths(), m => ToPiece(m, y => MonthsOfYear(y, Int(m, "n"), m.Groups["part"].Value == "dau"))),
        (DayMonth(), m => ToPiece(m, y => Same(new PartialDate(y, Int(m, "m"), Int(m, "d"))))),
        (MonthYear(), m => ToPiece(m, y => Same(new PartialDate(y, Int(m, "m"))))),
        (Quarter(), m => ToPiece(m, y => Same(new PartialDate(y, quarter: RomanOrDigit(m.Groups["q"].Value))))),
        (Years(), m => ToPiece(m, y => (new PartialDate(y), new PartialDate(m.Groups["y2"].Success ? Int(m, "y2") : y)))),
        (ThisYear(), m => ToPiece(m, y => Same(new PartialDate(y)))),
    ];

    /// <summary>
    /// Parses <paramref name="text"/>. <paramref name="contextYear"/> (the plan's year) fills a year the text leaves out.
    /// Never throws; unreadable text gives <see cref="TimeWindowParse.Understood"/> false and a Vietnamese <see cref="TimeWindowParse.Problem"/>.
    /// </summary>
    public static TimeWindowParse Parse(string text, int? contextYear = null)
    {
        var clean = PlanText.Clean(text);
        var folded = PlanText.Fold(clean);
        var problems = new List<string>();
        var pieces = FindPieces(folded);
        var windows = BuildWindows(clean, folded, pieces, contextYear, problems);

        var tentative = Tentative().IsMatch(folded);
        var ongoing = OngoingWords().IsMatch(folded);
        var recurrence = ReadRecurrence(folded);
        var main = windows.Count > 0 ? windows[0] : new TimeWindow();
        if (windows.Count == 0 && ongoing && contextYear is { } year && IsValidYear(year))
            main = TimeWindow.Between(new PartialDate(year), new PartialDate(year));
        main = main with
        {
            Text = clean,
            Tentative = tentative,
            Ongoing = ongoing || main.Ongoing,
            Recurrence = recurrence,
            DurationDays = ReadDuration(folded),
            StartTime = ReadStartTime(folded),
            Session = SessionWords().Match(clean) is { Success: true } session ? session.Value : null,
        };
        var extra = windows.Skip(1).Select(w => w with { Tentative = tentative }).ToList();

        var understood = main.Start is not null || main.End is not null || main.Ongoing || main.Recurrence != Recurrence.None;
        if (!understood && problems.Count == 0)
            problems.Add(clean.Length == 0 ? "Không có thông tin thời gian." : $"Không hiểu thời gian: {PlanText.Excerpt(clean)}");
        return new TimeWindowParse(main, understood, extra, problems.Count == 0 ? null : string.Join("; ", problems));
    }

    private static List<Piece> FindPieces(string folded)
    {
        var pieces = new List<Piece>();
        foreach (var (pattern, toPiece) in Readers)
            foreach (Match m in pattern.Matches(folded))
                if (!pieces.Any(p => m.Index < p.End && p.Index < m.Index + m.Length))
                    pieces.Add(toPiece(m));
        pieces.Sort((a, b) => a.Index.CompareTo(b.Index));
        return pieces;
    }

    /// <summary>Pairs pieces joined by "đến"/"-" into ranges, marks "trước …" deadlines and open "từ …" starts, and resolves years.</summary>
    private static List<TimeWindow> BuildWindows(string clean, string folded, List<Piece> pieces, int? contextYear, List<string> problems)
    {
        var windows = new List<TimeWindow>();
        for (var i = 0; i < pieces.Count; i++)
        {
            var first = pieces[i];
            var gapStart = i == 0 ? 0 : pieces[i - 1].End;
            var prefix = Prefix().Match(folded[gapStart..first.Index]);
            var deadline = prefix.Success && !prefix.Groups["from"].Success;
            var last = first;
            if (!deadline && i + 1 < pieces.Count && Connector().IsMatch(folded[first.End..pieces[i + 1].Index]))
                last = pieces[++i];

            var start = prefix.Success ? gapStart + prefix.Index : first.Index;
            var words = clean[start..last.End];
            var fallbackYear = pieces.FirstOrDefault(p => p.Year is not null)?.Year ?? contextYear;
            var startYear = first.Year ?? last.Year ?? fallbackYear;
            var endYear = last.Year ?? first.Year ?? fallbackYear;
            if (startYear is null || endYear is null)
            {
                problems.Add($"Thiếu năm: {words}");
                continue;
            }
            try
            {
                var from = first.Read(startYear.Value).From;
                var to = last.Read(endYear.Value).To;
                if (from.FirstDay > to.LastDay && first.Year is null) from = first.Read(startYear.Value - 1).From;
                else if (from.FirstDay > to.LastDay && last.Year is null) to = last.Read(endYear.Value + 1).To;
                if (from.FirstDay > to.LastDay) problems.Add($"Ngày bắt đầu sau ngày kết thúc: {words}");
                windows.Add(
                    deadline ? TimeWindow.Before(to, words)
                    : prefix.Success && ReferenceEquals(first, last) && from == to ? new TimeWindow { Start = from, Ongoing = true, Text = words }
                    : TimeWindow.Between(from, to, words));
            }
            catch (ArgumentException ex)
            {
                problems.Add(ex is ArgumentOutOfRangeException { ParamName: "day" } && NonexistentDay(folded[first.Index..last.End], startYear.Value) is { } why
                    ? $"Ngày không có thật: {words} ({why})"
                    : $"Ngày không hợp lệ: {words}");
            }
        }
        return windows;
    }

    /// <summary>"31/9/2024" → "tháng 9/2024 chỉ có 30 ngày".</summary>
    private static string? NonexistentDay(string folded, int year)
    {
        foreach (Match m in DayMonth().Matches(folded))
        {
            var y = m.Groups["y"].Success ? (m.Groups["y"].Length == 2 ? 2000 + Int(m, "y") : Int(m, "y")) : year;
            if (!m.Groups["m"].Success || !IsValidYear(y)) continue;
            var month = Int(m, "m");
            if (month is < 1 or > 12) return $"không có tháng {month}";
            var days = DateTime.DaysInMonth(y, month);
            if (Int(m, "d") > days || Int(m, "d") < 1) return $"tháng {month}/{y} chỉ có {days} ngày";
        }

        return null;
    }

    /// <summary>"đầu tháng 11" = days 1–10, "giữa tháng" = 11–20, "cuối tháng" = 21 to the last day.</summary>
    private static (PartialDate, PartialDate) PartOfMonthSpan(int year, int month, string part)
    {
        var last = DateTime.DaysInMonth(year, month);
        return part switch
        {
            "dau" => (new PartialDate(year, month, 1), new PartialDate(year, month, 10)),
            "giua" => (new PartialDate(year, month, 11), new PartialDate(year, month, 20)),
            _ => (new PartialDate(year, month, 21), new PartialDate(year, month, last)),
        };
    }

    /// <summary>"tuần đầu tháng 12" = 1–7/12, "tuần thứ hai" = 8–14, "tuần cuối" = the last seven days.</summary>
    private static (PartialDate, PartialDate) WeekSpan(int year, int month, string week)
    {
        var last = DateTime.DaysInMonth(year, month);
        var n = string.Join(' ', week.Split(' ', StringSplitOptions.RemoveEmptyEntries)) switch
        {
            "dau" or "thu nhat" or "thu 1" or "1" => 1,
            "thu hai" or "thu 2" or "2" => 2,
            "thu ba" or "thu 3" or "3" => 3,
            "thu tu" or "thu 4" or "4" => 4,
            _ => 0,
        };
        if (n == 0) return (new PartialDate(year, month, last - 6), new PartialDate(year, month, last));
        return (new PartialDate(year, month, (n - 1) * 7 + 1), new PartialDate(year, month, n * 7));
    }

    private static Piece ToPiece(Match m, Func<int, (PartialDate, PartialDate)> read)
    {
        var y = m.Groups["y"];
        int? year = !y.Success ? null : y.Length == 2 ? 2000 + Int(m, "y") : Int(m, "y");
        return new Piece(m.Index, m.Length, year, read);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static (PartialDate, PartialDate) Same(PartialDate d) => (d, d);

    /// <summary>"09-10/10/2024"; "28-02/3/2024" starts in the month before.</summary>
    private static (PartialDate, PartialDate) DaySpan(int year, int month, int firstDay, int lastDay)
    {
        var end = new PartialDate(year, month, lastDay);
        if (firstDay <= lastDay) return (new PartialDate(year, month, firstDay), end);
        var previous = end.FirstDay.AddMonths(-1);
        return (new PartialDate(previous.Year, previous.Month, firstDay), end);
    }

    /// <summary>"09 tháng đầu năm" = January to September; "6 tháng cuối năm" = July to December.</summary>
    private static (PartialDate, PartialDate) MonthsOfYear(int year, int count, bool leading) =>
        leading ? (new PartialDate(year, 1), new PartialDate(year, count)) : (new PartialDate(year, 13 - count), new PartialDate(year, 12));

    private static int RomanOrDigit(string q) => q switch { "i" => 1, "ii" => 2, "iii" => 3, "iv" => 4, _ => int.Parse(q, CultureInfo.InvariantCulture) };

    private static bool IsValidYear(int year) => year is >= 1900 and <= 2200;

    private static Recurrence ReadRecurrence(string folded) => RecurrenceWords().Match(folded).Groups["unit"].Value switch
    {
        "tuan" => Recurrence.Weekly,
        "thang" => Recurrence.Monthly,
        "quy" => Recurrence.Quarterly,
        "nam" => Recurrence.Yearly,
        _ => Recurrence.None,
    };

    private static int? ReadDuration(string folded) =>
        Duration().Match(folded) is { Success: true } m && Int(m, "n") > 0 ? Int(m, "n") : null;

    private static TimeOnly? ReadStartTime(string folded)
    {
        var m = ClockTime().Match(folded);
        if (!m.Success) return null;
        var hour = Int(m, "h");
        var minute = m.Groups["min"].Success ? Int(m, "min") : 0;
        return hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
    }

    // Building blocks, on folded text. Day, month: 1–2 digits; year: 4 or 2 digits; separators "/", "-", ".".
    private const string NotAfterNumber = @"(?<![0-9/.])";
    private const string NotBeforeNumber = @"(?![0-9]|[/.-][0-9])";
    private const string Sep = "[/.-]";
    private const string Year = @"(?<y>[0-9]{4}|[0-9]{2})";
    private const string YearTail = @"(?:\s*[/.-]\s*|,?\s*nam\s+)(?<y>[0-9]{4})";

    /// <summary>"cuối tháng 11/2025", "đầu tháng 12 năm 2025", "giữa tháng 10".</summary>
    [GeneratedRegex(@"(?<![a-z])(?<part>cuoi|dau|giua)\s+thang\s+(?<m>[0-9]{1,2})(?:\s*" + Sep + @"\s*" + Year + @"|,?\s*nam\s+(?<y>[0-9]{4}))?" + NotBeforeNumber)]
    private static partial Regex PartOfMonth();

    /// <summary>"tuần đầu tháng 12", "tuần thứ hai của tháng 10/2025", "tuần cuối tháng 9".</summary>
    [GeneratedRegex(@"(?<![a-z])tuan\s+(?<w>dau|cuoi|thu\s+(?:nhat|hai|ba|tu|[1-4])|[1-4])\s+(?:cua\s+)?thang\s+(?<m>[0-9]{1,2})(?:\s*" + Sep + @"\s*" + Year + @"|,?\s*nam\s+(?<y>[0-9]{4}))?" + NotBeforeNumber)]
    private static partial Regex WeekOfMonth();

    /// <summary>"ngày 09-10/10/2024", "ngày 09, 10/10/2024", "ngày 9 và 10/10", "ngày 9 đến 10/10/2024", "09-10/10/2024".</summary>
    [GeneratedRegex(
        @"ngay\s+(?<d1>[0-9]{1,2})\s*(?:[-–,]|va|den|toi)\s*(?:ngay\s+)?(?<d2>[0-9]{1,2})" + Sep + @"(?<m>[0-9]{1,2})(?:" + Sep + Year + ")?" + NotBeforeNumber +
        "|" + NotAfterNumber + @"(?<d1>[0-9]{1,2})\s*[-–]\s*(?<d2>[0-9]{1,2})" + Sep + @"(?<m>[0-9]{1,2})" + Sep + Year + NotBeforeNumber)]
    private static partial Regex DayRange();

    /// <summary>"tháng 9-10/2024", "tháng 9 và tháng 10 năm 2024".</summary>
    [GeneratedRegex(@"thang\s+(?<m1>[0-9]{1,2})\s*(?:[-–,]|va)\s*(?:thang\s+)?(?<m2>[0-9]{1,2})(?:" + YearTail + ")?" + NotBeforeNumber)]
    private static partial Regex MonthRange();

    /// <summary>"09 tháng đầu năm 2024", "6 tháng cuối năm".</summary>
    [GeneratedRegex(@"(?<![0-9])(?<n>[0-9]{1,2})\s+thang\s+(?<part>dau|cuoi)\s+nam(?:\s+(?<y>[0-9]{4}))?")]
    private static partial Regex LeadingOrTrailingMonths();

    /// <summary>"ngày 15/9/2024", "15.9.24", "ngày 10/10", "ngày 10 tháng 10 năm 2024".</summary>
    [GeneratedRegex(
        @"(?<!thang\s*)(?:ngay\s+)?" + NotAfterNumber + @"(?<d>[0-9]{1,2})(?:" + Sep + @"(?<m>[0-9]{1,2})(?:" + Sep + Year + @")?|\s+thang\s+(?<m>[0-9]{1,2})(?:" + YearTail + ")?)" + NotBeforeNumber)]
    private static partial Regex DayMonth();

    /// <summary>"tháng 10/2024", "tháng 10 năm 2024", "tháng 10/24", "10/2024", "tháng 10".</summary>
    [GeneratedRegex(@"thang\s+(?<m>[0-9]{1,2})(?:\s*" + Sep + @"\s*" + Year + @"|,?\s*nam\s+(?<y>[0-9]{4}))?" + NotBeforeNumber + "|" + NotAfterNumber + @"(?<m>[0-9]{1,2})" + Sep + @"(?<y>[0-9]{4})(?![0-9])")]
    private static partial Regex MonthYear();

    /// <summary>"Quý I", "quý 4 năm 2024", "Quý III/2024".</summary>
    [GeneratedRegex(@"quy\s+(?<q>iv|i{1,3}|[1-4])(?![a-z0-9])(?:" + YearTail + ")?")]
    private static partial Regex Quarter();

    /// <summary>"năm 2024", "cả năm 2024", "giai đoạn 2021-2025".</summary>
    [GeneratedRegex(@"(?<![a-z])(?:nam|giai\s+doan)\s+(?<y>[0-9]{4})(?:\s*[-–]\s*(?:nam\s+)?(?<y2>[0-9]{4}))?(?![0-9])")]
    private static partial Regex Years();

    /// <summary>"trong năm", "cả năm": the plan's year.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:trong|ca|suot)\s+nam(?![a-z]|\s*[0-9])")]
    private static partial Regex ThisYear();

    /// <summary>What joins two dates into a range: "đến", "tới", "-", "đến hết".</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:cho\s+)?(?:den|toi|[-–—~])(?:\s+het)?\s*$")]
    private static partial Regex Connector();

    /// <summary>Right before a date: "từ"/"bắt đầu từ" (a start) or "trước"/"chậm nhất" (a deadline).</summary>
    [GeneratedRegex(@"(?<![a-z])(?:(?<from>(?:bat dau\s+|ke\s+)?(?<!thu\s+)tu)|truoc|cham nhat(?:\s+(?:la|vao))?|han chot(?:\s+la)?|khong qua)\s*:?\s*$")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"(?<![a-z])du\s+(?:kien|dinh)(?![a-z])")]
    private static partial Regex Tentative();

    [GeneratedRegex(@"(?<![a-z])(?:thuong\s+xuyen|lien\s+tuc|hang\s+ngay|moi\s+ngay)(?![a-z])")]
    private static partial Regex OngoingWords();

    [GeneratedRegex(@"(?<![a-z])(?:hang|moi)\s+(?<unit>tuan|thang|quy|nam)(?![a-z])")]
    private static partial Regex RecurrenceWords();

    /// <summary>"01 ngày", "trong 10 ngày" — not "ngày 10".</summary>
    [GeneratedRegex(@"(?<![0-9/.,])(?<n>[0-9]{1,3})\s+ngay(?![a-z])(?!\s*[0-9])")]
    private static partial Regex Duration();

    /// <summary>"19h30", "8h", "14 giờ 30 phút", "07:30".</summary>
    [GeneratedRegex(@"(?<![0-9/.:])(?<h>[0-9]{1,2})\s*(?:h|gio)\s*(?<min>[0-9]{2})?(?:\s*phut)?(?![a-z0-9])|(?<![0-9/.:])(?<h>[0-9]{1,2}):(?<min>[0-9]{2})(?![0-9])")]
    private static partial Regex ClockTime();

    /// <summary>
    /// On the clean text: "Buổi sáng" (or "buoi sang"), or a bare "sáng"/"chiều"/"tối" before a date — with its accents,
    /// so "chuyển sang ngày 12/10" is not a morning.
    /// </summary>
    [GeneratedRegex(@"(?<!\p{L})(?:buổi|buoi)\s+(?:sáng|chiều|tối|trưa|sang|chieu|toi|trua)(?!\p{L})|(?<!\p{L})(?:sáng|chiều|tối|trưa)(?=\s+(?:ngày|thứ|[0-9]))", RegexOptions.IgnoreCase)]
    private static partial Regex SessionWords();
}
