using Lantoa.Domain.Units;

namespace Lantoa.Domain.Tracking;

/// <summary>Where one unit stands on one due date of an obligation.</summary>
public enum ObligationState
{
    /// <summary>Not submitted, and the due date has not passed yet (the due date itself included).</summary>
    Pending,

    /// <summary>Submitted on or before the due date.</summary>
    Submitted,

    /// <summary>Submitted after the due date.</summary>
    SubmittedLate,

    /// <summary>The due date has passed and nothing was submitted.</summary>
    Late,
}

/// <summary>One unit's state on one due date, with the days late (after the due date) or left (until it).</summary>
public sealed record UnitObligationState(Unit Unit, int? ViaGroupId, ObligationState State, DateOnly? SubmittedOn, int DaysLate, int DaysLeft);

/// <summary>How many units of an occurrence are in each state.</summary>
public sealed record ObligationSummary(int Submitted, int SubmittedLate, int Late, int Pending)
{
    public int Total => Submitted + SubmittedLate + Late + Pending;

    /// <summary>Submitted, on time or late.</summary>
    public int Delivered => Submitted + SubmittedLate;

    public static ObligationSummary Of(IEnumerable<ObligationState> states)
    {
        var list = states.ToList();
        return new ObligationSummary(
            list.Count(s => s == ObligationState.Submitted),
            list.Count(s => s == ObligationState.SubmittedLate),
            list.Count(s => s == ObligationState.Late),
            list.Count(s => s == ObligationState.Pending));
    }

    /// <summary>"3/5 đơn vị đã nộp (1 nộp muộn); 1 quá hạn; 1 chưa đến hạn".</summary>
    public string ToVietnamese()
    {
        var text = $"{Delivered}/{Total} đơn vị đã nộp";
        if (SubmittedLate > 0) text += $" ({SubmittedLate} nộp muộn)";
        if (Late > 0) text += $"; {Late} quá hạn";
        if (Pending > 0) text += $"; {Pending} chưa đến hạn";
        return text;
    }
}

/// <summary>One due date of an obligation: every owing unit's state and the counts.</summary>
public sealed record ObligationOccurrence(Obligation Obligation, DateOnly DueOn, IReadOnlyList<UnitObligationState> Units, ObligationSummary Summary);

/// <summary>
/// The state of a unit on a due date. The rule for the day itself: a deadline ("trước ngày 31/10/2024", read as
/// "by 31/10/2024") is met by anything submitted on that day, so on the due date a unit that has not submitted is
/// still <see cref="ObligationState.Pending"/>; it becomes <see cref="ObligationState.Late"/> the day after.
/// Submission days are Vietnamese calendar days (<see cref="TrackingCalendar.LocalDay"/>). When a unit submitted
/// several times for the same due date, the first submission counts.
/// </summary>
public static class ObligationStatus
{
    public static ObligationState For(Obligation obligation, DateOnly dueOn, int unitId,
        IEnumerable<ObligationSubmission> submissions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        var first = FirstSubmission(submissions, obligation.Id, unitId, dueOn);
        return Decide(dueOn, first?.SubmittedOn, today);
    }

    /// <summary>Every owing unit's state on one due date (groups resolved on that date), ordered by unit name, with the counts.</summary>
    public static ObligationOccurrence ForOccurrence(Obligation obligation, DateOnly dueOn, IEnumerable<Unit> units,
        IEnumerable<UnitGroup> groups, IEnumerable<ObligationSubmission> submissions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        var lookup = SubmissionLookup.Build(submissions);
        return Occurrence(obligation, dueOn, obligation.OwingUnits(units, groups, dueOn), lookup, today);
    }

    public static string Vietnamese(this ObligationState state) => state switch
    {
        ObligationState.Pending => "Chưa đến hạn",
        ObligationState.Submitted => "Đã nộp",
        ObligationState.SubmittedLate => "Nộp muộn",
        ObligationState.Late => "Quá hạn",
        _ => state.ToString(),
    };

    internal static ObligationState Decide(DateOnly dueOn, DateOnly? submittedOn, DateOnly today) => submittedOn switch
    {
        { } s when s <= dueOn => ObligationState.Submitted,
        not null => ObligationState.SubmittedLate,
        null when today <= dueOn => ObligationState.Pending,
        _ => ObligationState.Late,
    };

    /// <param name="nameOrder">When given: each unit's place in the order by Vietnamese name, then id, computed once for
    /// a whole board instead of comparing names again in every occurrence (the same order).</param>
    internal static ObligationOccurrence Occurrence(Obligation obligation, DateOnly dueOn, IEnumerable<OwingUnit> owing,
        SubmissionLookup lookup, DateOnly today, IReadOnlyDictionary<int, int>? nameOrder = null)
    {
        var unordered = owing
            .Select(o =>
            {
                var submittedOn = lookup.FirstOn(obligation.Id, o.Unit.Id, dueOn);
                var state = Decide(dueOn, submittedOn, today);
                var daysLate = state switch
                {
                    ObligationState.Late => today.DayNumber - dueOn.DayNumber,
                    ObligationState.SubmittedLate => submittedOn!.Value.DayNumber - dueOn.DayNumber,
                    _ => 0,
                };
                var daysLeft = state == ObligationState.Pending ? dueOn.DayNumber - today.DayNumber : 0;
                return new UnitObligationState(o.Unit, o.ViaGroupId, state, submittedOn, daysLate, daysLeft);
            });
        var states = nameOrder is not null
            ? unordered.ToList() is var list && list.TrueForAll(x => nameOrder.ContainsKey(x.Unit.Id))
                ? list.OrderBy(x => nameOrder[x.Unit.Id]).ToList()
                : list.OrderBy(x => x.Unit.Name, Text.VietnameseText.Comparer).ThenBy(x => x.Unit.Id).ToList()
            : unordered.OrderBy(x => x.Unit.Name, Text.VietnameseText.Comparer).ThenBy(x => x.Unit.Id).ToList();
        return new ObligationOccurrence(obligation, dueOn, states, ObligationSummary.Of(states.Select(s => s.State)));
    }

    private static ObligationSubmission? FirstSubmission(IEnumerable<ObligationSubmission> submissions, int obligationId,
        int unitId, DateOnly dueOn) =>
        submissions
            .Where(s => s.ObligationId == obligationId && s.UnitId == unitId && s.DueOn == dueOn)
            .OrderBy(s => s.SubmittedAt)
            .FirstOrDefault();
}

/// <summary>The first submission day of every (obligation, unit, due date).</summary>
internal sealed class SubmissionLookup
{
    private readonly Dictionary<(int, int, DateOnly), DateOnly> _first = [];

    public static SubmissionLookup Build(IEnumerable<ObligationSubmission> submissions)
    {
        var lookup = new SubmissionLookup();
        foreach (var s in submissions)
        {
            var key = (s.ObligationId, s.UnitId, s.DueOn);
            if (!lookup._first.TryGetValue(key, out var day) || s.SubmittedOn < day) lookup._first[key] = s.SubmittedOn;
        }

        return lookup;
    }

    public DateOnly? FirstOn(int obligationId, int unitId, DateOnly dueOn) =>
        _first.TryGetValue((obligationId, unitId, dueOn), out var day) ? day : null;
}
