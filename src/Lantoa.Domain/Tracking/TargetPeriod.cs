using System.Globalization;

namespace Lantoa.Domain.Tracking;

/// <summary>The period a target counts over.</summary>
public enum TargetPeriodKind
{
    /// <summary>An ISO 8601 week, Monday to Sunday.</summary>
    Week,

    Month,
    Quarter,

    /// <summary>The target's whole active window, as one period.</summary>
    WholePlan,
}

/// <summary>
/// One period of a target, with a stable key and a Vietnamese label:
/// <list type="bullet">
/// <item>Week: ISO 8601 (System.Globalization.ISOWeek) — weeks start on Monday and belong to the year of their
/// Thursday, so week 1 of 2025 runs 30/12/2024–05/01/2025 and 2020 and 2026 have 53 weeks. Key "2024-W07", label
/// "Tuần 7/2024 (12/02–18/02)". A week spanning two months belongs to its ISO week, never to a month.</item>
/// <item>Month: key "2024-03", label "Tháng 3/2024".</item>
/// <item>Quarter: key "2024-Q1", label "Quý I/2024".</item>
/// <item>Whole plan: key "ALL", label "Cả kỳ (01/02/2024–31/12/2024)".</item>
/// </list>
/// <see cref="FirstDay"/> and <see cref="LastDay"/> are the calendar bounds of the period (for a whole-plan period,
/// the window).
/// </summary>
public readonly record struct TargetPeriod(TargetPeriodKind Kind, string Key, DateOnly FirstDay, DateOnly LastDay)
{
    public const string WholePlanKey = "ALL";

    public string Label => Kind switch
    {
        TargetPeriodKind.Week =>
            $"Tuần {ISOWeek.GetWeekOfYear(FirstDay.ToDateTime(TimeOnly.MinValue))}/{ISOWeek.GetYear(FirstDay.ToDateTime(TimeOnly.MinValue))} " +
            $"({TrackingCalendar.DayMonth(FirstDay)}–{TrackingCalendar.DayMonth(LastDay)})",
        TargetPeriodKind.Month => $"Tháng {FirstDay.Month}/{FirstDay.Year}",
        TargetPeriodKind.Quarter => $"Quý {Text.RomanNumerals.ToRoman((FirstDay.Month - 1) / 3 + 1)}/{FirstDay.Year}",
        _ => $"Cả kỳ ({TrackingCalendar.DisplayRange(FirstDay, LastDay)})",
    };

    /// <summary>A column heading: "T37" (week 37), "Th3/24", "Q3/24", "Cả kỳ".</summary>
    public string ShortLabel => Kind switch
    {
        TargetPeriodKind.Week => $"T{ISOWeek.GetWeekOfYear(FirstDay.ToDateTime(TimeOnly.MinValue))}",
        TargetPeriodKind.Month => $"Th{FirstDay.Month}/{FirstDay.Year % 100:00}",
        TargetPeriodKind.Quarter => $"Q{(FirstDay.Month - 1) / 3 + 1}/{FirstDay.Year % 100:00}",
        _ => "Cả kỳ",
    };

    public bool Contains(DateOnly day) => FirstDay <= day && day <= LastDay;

    /// <summary>The week, month or quarter containing <paramref name="day"/> (not for whole-plan periods).</summary>
    public static TargetPeriod Containing(TargetPeriodKind kind, DateOnly day)
    {
        switch (kind)
        {
            case TargetPeriodKind.Week:
                var dt = day.ToDateTime(TimeOnly.MinValue);
                var year = ISOWeek.GetYear(dt);
                var week = ISOWeek.GetWeekOfYear(dt);
                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
                return new TargetPeriod(kind, WeekKey(year, week), monday, monday.AddDays(6));
            case TargetPeriodKind.Month:
                var first = new DateOnly(day.Year, day.Month, 1);
                return new TargetPeriod(kind, $"{day.Year:D4}-{day.Month:D2}", first, first.AddMonths(1).AddDays(-1));
            case TargetPeriodKind.Quarter:
                var q = (day.Month - 1) / 3 + 1;
                var start = new DateOnly(day.Year, (q - 1) * 3 + 1, 1);
                return new TargetPeriod(kind, $"{day.Year:D4}-Q{q}", start, start.AddMonths(3).AddDays(-1));
            default:
                throw new ArgumentException("Kỳ cả kế hoạch không chứa theo ngày.", nameof(kind));
        }
    }

    public static TargetPeriod WholePlan(DateOnly from, DateOnly to) => new(TargetPeriodKind.WholePlan, WholePlanKey, from, to);

    /// <summary>The periods of <paramref name="kind"/> that touch the days from <paramref name="from"/> to <paramref name="to"/>, in order.</summary>
    public static IReadOnlyList<TargetPeriod> Covering(TargetPeriodKind kind, DateOnly from, DateOnly to)
    {
        if (to < from) return [];
        if (kind == TargetPeriodKind.WholePlan) return [WholePlan(from, to)];
        var result = new List<TargetPeriod>();
        for (var p = Containing(kind, from); p.FirstDay <= to; p = Containing(kind, p.LastDay.AddDays(1))) result.Add(p);
        return result;
    }

    /// <summary>
    /// Reads a key of <paramref name="kind"/>: "2024-W07" (or "2024-W7"), "2024-03", "2024-Q1"; for a whole-plan
    /// period only "ALL", whose bounds are <paramref name="wholeFrom"/>–<paramref name="wholeTo"/>.
    /// </summary>
    public static bool TryParse(TargetPeriodKind kind, string? key, DateOnly wholeFrom, DateOnly wholeTo, out TargetPeriod period)
    {
        period = default;
        var k = (key ?? "").Trim().ToUpperInvariant();
        if (kind == TargetPeriodKind.WholePlan)
        {
            if (k != WholePlanKey) return false;
            period = WholePlan(wholeFrom, wholeTo);
            return true;
        }

        if (k.Length < 6 || k[4] != '-' || !int.TryParse(k[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1900 or > 2200)
            return false;
        var rest = k[5..];
        switch (kind)
        {
            case TargetPeriodKind.Week when rest.Length is 2 or 3 && rest[0] == 'W'
                                            && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var week)
                                            && week >= 1 && week <= ISOWeek.GetWeeksInYear(year):
                period = Containing(kind, DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)));
                return true;
            case TargetPeriodKind.Month when rest.Length == 2
                                             && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                                             && month is >= 1 and <= 12:
                period = Containing(kind, new DateOnly(year, month, 1));
                return true;
            case TargetPeriodKind.Quarter when rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4':
                period = Containing(kind, new DateOnly(year, (rest[1] - '1') * 3 + 1, 1));
                return true;
            default:
                return false;
        }
    }

    public override string ToString() => Label;

    private static string WeekKey(int year, int week) => $"{year:D4}-W{week:D2}";

}
