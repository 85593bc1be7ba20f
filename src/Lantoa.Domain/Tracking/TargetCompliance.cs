namespace Lantoa.Domain.Tracking;

public enum ComplianceOutcome
{
    /// <summary>Đạt.</summary>
    Met,

    /// <summary>Không đạt.</summary>
    NotMet,

    /// <summary>Đang diễn ra: the period has not ended and its outcome is not settled yet.</summary>
    InProgress,
}

/// <summary>
/// One period of a target as of a day: the period (key, label), the days of it that fall in the target's window
/// (<see cref="From"/>–<see cref="To"/>; <see cref="IsPartial"/> when the window cuts it), the value entered, the rate
/// for a percentage target, and the outcome.
/// </summary>
public sealed record ComplianceRow(TargetPeriod Period, DateOnly From, DateOnly To, bool IsPartial, decimal Value,
    decimal? Rate, ComplianceOutcome Outcome)
{
    public string Key => Period.Key;
    public string Label => Period.Label;
    public string ShortLabel => Period.ShortLabel;

    public string OutcomeText => Outcome switch
    {
        ComplianceOutcome.Met => "Đạt",
        ComplianceOutcome.NotMet => "Không đạt",
        _ => "Đang diễn ra",
    };
}

/// <summary>The rows of a target up to a day, their counts and the overall rate (share of settled periods met).</summary>
public sealed record ComplianceReport(Target Target, DateOnly Today, IReadOnlyList<ComplianceRow> Rows)
{
    public int Met => Rows.Count(r => r.Outcome == ComplianceOutcome.Met);
    public int NotMet => Rows.Count(r => r.Outcome == ComplianceOutcome.NotMet);
    public int InProgress => Rows.Count(r => r.Outcome == ComplianceOutcome.InProgress);

    /// <summary>Met ÷ (met + not met) in percent; null while no period is settled.</summary>
    public decimal? Rate => Met + NotMet == 0 ? null : Math.Round(100m * Met / (Met + NotMet), 1, MidpointRounding.AwayFromZero);

    /// <summary>"Đạt 40/44 kỳ (90,9%)", or "Chưa có kỳ nào kết thúc".</summary>
    public string Summary => Rate is { } r
        ? $"Đạt {Met}/{Met + NotMet} kỳ ({TrackingCalendar.Number(r, 1)}%)"
        : "Chưa có kỳ nào kết thúc";
}

/// <summary>
/// Target compliance per period. Rules:
/// <list type="bullet">
/// <item>One row per period of the target's kind that touches its window and has begun by today (the day the
/// window's part of it starts ≤ today); later periods are not listed.</item>
/// <item>Weeks are ISO 8601 weeks (<see cref="TargetPeriod"/>). A window starting or ending mid-period (a plan
/// starting on a Wednesday, a window "tháng 02/2024" whose first week is 29/01–04/02) makes that period partial,
/// but it counts in full: the whole target applies to it and the entries keyed to it count whole. Plans say
/// "mỗi tuần ít nhất 1 bài" and mean every week they run, the first one included.</item>
/// <item>A period's value is the sum of its entries (for a cumulative target, of all entries from the window's
/// start to the period's end); for a percentage target the measure is value ÷ denominator × 100.</item>
/// <item>A period is settled once its last day (within the window) has passed: met or not met. Until then it is
/// "đang diễn ra" — unless entries (never negative, so a value only grows) have already settled it: an at-least
/// target reached is met at once; an at-most or exact target overshot is not met at once.</item>
/// <item>Entries whose key matches no listed period (another kind, outside the window, a future period) are ignored.</item>
/// </list>
/// </summary>
public static class TargetCompliance
{
    public static ComplianceReport Compute(Target target, IEnumerable<TargetEntry> entries, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(target);
        var sums = entries
            .Where(e => e.TargetId == target.Id)
            .GroupBy(e => e.PeriodKey, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Value), StringComparer.OrdinalIgnoreCase);
        var rows = new List<ComplianceRow>();
        var running = 0m;
        foreach (var period in target.Periods())
        {
            var from = period.FirstDay < target.ActiveFrom ? target.ActiveFrom : period.FirstDay;
            var to = period.LastDay > target.ActiveTo ? target.ActiveTo : period.LastDay;
            if (from > today) break;
            var own = sums.GetValueOrDefault(period.Key);
            running += own;
            var value = target.Cumulative ? running : own;
            decimal? rate = target.Denominator is { } d ? value / d * 100m : null;
            var measure = rate ?? value;
            var met = target.IsMet(measure);
            var outcome = today > to
                ? met ? ComplianceOutcome.Met : ComplianceOutcome.NotMet
                : met && target.Comparison == TargetComparison.AtLeast ? ComplianceOutcome.Met
                : !met && target.Comparison != TargetComparison.AtLeast && measure > target.TargetValue ? ComplianceOutcome.NotMet
                : ComplianceOutcome.InProgress;
            var partial = period.Kind != TargetPeriodKind.WholePlan && (from != period.FirstDay || to != period.LastDay);
            rows.Add(new ComplianceRow(period, from, to, partial, value, rate is { } r ? Math.Round(r, 2) : null, outcome));
        }

        return new ComplianceReport(target, today, rows);
    }
}
