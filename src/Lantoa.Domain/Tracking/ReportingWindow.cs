using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Tracking;

/// <summary>
/// The days a report may cover: the activity's own dates where the plan gives them, else the plan's span. An
/// unknown end (null) is not checked.
/// </summary>
public readonly record struct ReportingWindow(DateOnly? First, DateOnly? Last)
{
    public static ReportingWindow Unbounded => new(null, null);

    /// <summary>
    /// A plan's span: its year (1/1–31/12), widened to its issue date when that is earlier and to the dates of its
    /// activities when they reach outside the year ("từ tháng 11/2023", "đến tháng 3/2025").
    /// </summary>
    public static ReportingWindow Of(Plan plan)
    {
        var first = new DateOnly(plan.Year, 1, 1);
        var last = new DateOnly(plan.Year, 12, 31);
        if (plan.IssuedOn?.FirstDay is { } issued && issued < first) first = issued;
        foreach (var a in plan.Activities)
        {
            var time = a.Time;
            if (time.FirstDay is { } f && f < first) first = f;
            if (time.LastDay is { } l && l > last) last = l;
        }

        return new ReportingWindow(first, last);
    }

    /// <summary>
    /// An activity's window: its first and last day when known, each missing end taken from the plan's span. The
    /// end of a deadline-only window ("trước ngày 15/9/2024") is a deadline, not the end of the work: work done late
    /// can still be reported, so that end is the plan's.
    /// </summary>
    public static ReportingWindow Of(Activity activity)
    {
        var plan = Of(activity.Plan);
        var time = activity.Time;
        var first = time.FirstDay ?? plan.First;
        var last = time.DeadlineOnly ? plan.Last : time.LastDay ?? plan.Last;
        return new ReportingWindow(first, last);
    }

    public bool Contains(DateOnly from, DateOnly to) => (First is null || First <= from) && (Last is null || to <= Last);

    /// <summary>"15/09/2024–31/10/2024", "từ 15/09/2024", "đến 31/10/2024".</summary>
    public string ToDisplay() => (First, Last) switch
    {
        ({ } f, { } l) => TrackingCalendar.DisplayRange(f, l),
        ({ } f, null) => $"từ {TrackingCalendar.Display(f)}",
        (null, { } l) => $"đến {TrackingCalendar.Display(l)}",
        _ => "không giới hạn",
    };
}
