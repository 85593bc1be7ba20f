using Lantoa.Domain.Dates;

namespace Lantoa.Domain.Plans;

public enum Recurrence
{
    None,
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
}

/// <summary>Where an activity stands on a given day.</summary>
public enum WindowState
{
    Undated,
    NotStarted,
    InProgress,
    Finished,
}

/// <summary>
/// When an activity happens, as a plan writes it: "Từ ngày 15/9/2024 đến ngày 31/10/2024", "Dự kiến ngày 09-10/10/2024",
/// "Quý I đến Quý IV", "Hàng tuần", "Thường xuyên", "trước ngày 15/9/2024". The original words are kept in <see cref="Text"/>.
/// </summary>
public sealed record TimeWindow
{
    public PartialDate? Start { get; init; }
    public PartialDate? End { get; init; }

    /// <summary>"dự kiến": the date may still move.</summary>
    public bool Tentative { get; init; }

    public Recurrence Recurrence { get; init; }

    /// <summary>"thường xuyên": continuous work with no fixed end.</summary>
    public bool Ongoing { get; init; }

    /// <summary>"trước ngày …": only a deadline is known; <see cref="End"/> holds it.</summary>
    public bool DeadlineOnly { get; init; }

    /// <summary>"01 ngày, trong khoảng thời gian từ …": how many days the activity lasts inside a wider window.</summary>
    public int? DurationDays { get; init; }

    /// <summary>"19h30": the clock time the activity starts, when given.</summary>
    public TimeOnly? StartTime { get; init; }

    /// <summary>"Buổi sáng", "buổi chiều": the part of the day, as written.</summary>
    public string? Session { get; init; }

    /// <summary>The words the plan used, kept verbatim.</summary>
    public string? Text { get; init; }

    public static TimeWindow Empty { get; } = new();

    public static TimeWindow Between(PartialDate start, PartialDate end, string? text = null) =>
        new() { Start = start, End = end, Text = text };

    public static TimeWindow On(PartialDate day, string? text = null) => new() { Start = day, End = day, Text = text };

    public static TimeWindow Before(PartialDate deadline, string? text = null) =>
        new() { End = deadline, DeadlineOnly = true, Text = text };

    public bool IsEmpty => Start is null && End is null && !Ongoing && Recurrence == Recurrence.None;

    /// <summary>The first day the window can cover, when known.</summary>
    public DateOnly? FirstDay => Start?.FirstDay;

    /// <summary>
    /// The last day the window can cover (the deadline for a deadline-only window), when known.
    /// An ongoing window with a start and no end ("từ tháng 8/2024", "thường xuyên") has none.
    /// </summary>
    public DateOnly? LastDay => End?.LastDay ?? (DeadlineOnly || Ongoing ? null : Start?.LastDay);

    public WindowState StateOn(DateOnly day)
    {
        var first = FirstDay;
        var last = LastDay;
        if (first is null && last is null) return Ongoing || Recurrence != Recurrence.None ? WindowState.InProgress : WindowState.Undated;
        if (first is not null && day < first) return WindowState.NotStarted;
        if (last is not null && day > last) return WindowState.Finished;
        return WindowState.InProgress;
    }

    /// <summary>Whether the window touches the days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool Overlaps(DateOnly from, DateOnly to)
    {
        var first = FirstDay ?? DateOnly.MinValue;
        var last = LastDay ?? DateOnly.MaxValue;
        if (FirstDay is null && LastDay is null) return Ongoing || Recurrence != Recurrence.None;
        return first <= to && last >= from;
    }

    /// <summary>A short Vietnamese rendering for lists: the original words if any, else the dates.</summary>
    public string ToDisplay()
    {
        if (!string.IsNullOrWhiteSpace(Text)) return Text!;
        var prefix = Tentative ? "Dự kiến " : "";
        if (DeadlineOnly && End is { } d) return $"{prefix}Trước ngày {d.ToDisplay()}";
        if (Start is { } s && End is { } e)
            return s == e ? $"{prefix}{s.ToDisplay()}" : $"{prefix}{s.ToDisplay()} – {e.ToDisplay()}";
        if (Start is { } only) return $"{prefix}Từ {only.ToDisplay()}";
        if (Ongoing) return "Thường xuyên";
        return Recurrence switch
        {
            Recurrence.Weekly => "Hàng tuần",
            Recurrence.Monthly => "Hàng tháng",
            Recurrence.Quarterly => "Hàng quý",
            Recurrence.Yearly => "Hàng năm",
            _ => "Chưa xác định",
        };
    }
}
