using System.Globalization;

namespace Lantoa.Domain.Plans;

/// <summary>How wide one column of a plan's timeline is.</summary>
public enum TimelineScale
{
    Day,
    Week,
    Month,
}

/// <summary>One column: its first and last day, its heading ("07/10", "T2 07/10", "10/24") and its full title.</summary>
public sealed record TimelineColumn(DateOnly First, DateOnly Last, string Label, string Title)
{
    public bool Contains(DateOnly day) => day >= First && day <= Last;
}

/// <summary>A milestone or a deadline on the timeline: its day and its words.</summary>
public sealed record TimelineMark(DateOnly On, string Text, bool IsDeadline);

/// <summary>
/// A plan's timeline with columns that fit the plan: a ten-day campaign by day, a plan of a few months by week (weeks
/// from Monday, as Vietnamese offices count them), a year-long plan by month. The span runs from the first to the last
/// day of the activities, milestones and deadlines (a date more than a year before the plan's year, a misread, is left
/// out of the span). Today's column is marked when today falls in the span; each milestone and deadline sits in the
/// column of its day. Undated activities that run all along ("thường xuyên", periodic) are shaded across the span.
/// </summary>
public sealed class PlanTimeline
{
    /// <summary>At most this many days are shown one by one; longer spans go by week.</summary>
    public const int MaxDays = 31;

    /// <summary>At most this many weeks; longer spans go by month.</summary>
    public const int MaxWeeks = 26;

    /// <summary>At most this many months (two years).</summary>
    public const int MaxMonths = 24;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private PlanTimeline(TimelineScale scale, IReadOnlyList<TimelineColumn> columns, int? todayColumn, IReadOnlyList<TimelineMark> marks)
    {
        Scale = scale;
        Columns = columns;
        TodayColumn = todayColumn;
        Marks = marks;
    }

    public TimelineScale Scale { get; }
    public IReadOnlyList<TimelineColumn> Columns { get; }

    /// <summary>The index of the column holding today, or null when today is outside the span.</summary>
    public int? TodayColumn { get; }

    /// <summary>The milestones and deadlines inside the span, by day.</summary>
    public IReadOnlyList<TimelineMark> Marks { get; }

    /// <summary>"theo ngày", "theo tuần", "theo tháng".</summary>
    public string ScaleText => Scale switch
    {
        TimelineScale.Day => "theo ngày",
        TimelineScale.Week => "theo tuần",
        _ => "theo tháng",
    };

    public IReadOnlyList<TimelineMark> MarksIn(int column) => Marks.Where(m => Columns[column].Contains(m.On)).ToList();

    public static PlanTimeline For(Plan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var marks = plan.Milestones
            .Select(m => (Day: m.Window.LastDay ?? m.Window.FirstDay, m.Text, Deadline: m.IsReport))
            .Where(m => m.Day is not null)
            .Select(m => new TimelineMark(m.Day!.Value, m.Text, m.Deadline))
            .Concat(plan.Deadlines.Select(d => new TimelineMark(d.DueOn, d.Description, true)));
        return For(plan.Activities.Select(a => a.Time), plan.Year, marks, today);
    }

    public static PlanTimeline For(IEnumerable<TimeWindow> windows, int planYear, IEnumerable<TimelineMark> marks, DateOnly today)
    {
        var windowList = windows.ToList();
        var earliest = new DateOnly(planYear - 1, 1, 1);
        var markList = marks.Where(m => m.On >= earliest).DistinctBy(m => (m.On, m.Text)).OrderBy(m => m.On).ToList();
        var days = windowList.SelectMany(w => new[] { w.FirstDay, w.LastDay }).Where(d => d is not null).Select(d => d!.Value)
            .Concat(markList.Select(m => m.On)).Where(d => d >= earliest).ToList();
        var first = days.Count > 0 ? days.Min() : new DateOnly(planYear, 1, 1);
        var last = days.Count > 0 ? days.Max() : new DateOnly(planYear, 12, 31);
        var span = last.DayNumber - first.DayNumber + 1;

        List<TimelineColumn> columns;
        TimelineScale scale;
        if (span <= MaxDays)
        {
            scale = TimelineScale.Day;
            columns = Enumerable.Range(0, span).Select(i => first.AddDays(i))
                .Select(d => new TimelineColumn(d, d, $"{d.Day:00}/{d.Month:00}", $"{WeekdayText(d)}, {Day(d)}")).ToList();
        }
        else if (span <= MaxWeeks * 7 - 6)
        {
            scale = TimelineScale.Week;
            var monday = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
            columns = [];
            for (var d = monday; d <= last; d = d.AddDays(7))
                columns.Add(new TimelineColumn(d, d.AddDays(6), $"{d.Day:00}/{d.Month:00}", $"Tuần từ {Day(d)} đến {Day(d.AddDays(6))}"));
        }
        else
        {
            scale = TimelineScale.Month;
            columns = [];
            for (var m = new DateOnly(first.Year, first.Month, 1); m <= last && columns.Count < MaxMonths; m = m.AddMonths(1))
                columns.Add(new TimelineColumn(m, m.AddMonths(1).AddDays(-1), $"{m.Month:00}/{m.Year % 100:00}", $"Tháng {m.Month:00}/{m.Year}"));
        }

        var todayColumn = columns.FindIndex(c => c.Contains(today));
        var shownFirst = columns[0].First;
        var shownLast = columns[^1].Last;
        return new PlanTimeline(scale, columns, todayColumn < 0 ? null : todayColumn,
            markList.Where(m => m.On >= shownFirst && m.On <= shownLast).ToList());
    }

    /// <summary>
    /// The cell of an activity in a column: "on" while it runs (also "tentative" when its time is "dự kiến"), "due" on the
    /// column of a deadline-only time ("trước ngày 31/10"), "ongoing" for undated regular or periodic work; "today" is
    /// added on today's column.
    /// </summary>
    public string CellClass(TimeWindow window, int column)
    {
        ArgumentNullException.ThrowIfNull(window);
        var c = Columns[column];
        var state = window switch
        {
            { FirstDay: null, LastDay: null } => window.Ongoing || window.Recurrence != Recurrence.None ? "ongoing" : "",
            { DeadlineOnly: true } => window.LastDay is { } d && c.Contains(d) ? "due" : "",
            _ => window.Overlaps(c.First, c.Last) ? window.Tentative ? "on tentative" : "on" : "",
        };
        return column == TodayColumn ? (state + " today").Trim() : state;
    }

    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", Invariant);

    private static string WeekdayText(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };
}
