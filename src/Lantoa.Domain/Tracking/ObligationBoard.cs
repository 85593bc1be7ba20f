using Lantoa.Domain.Text;
using Lantoa.Domain.Units;

namespace Lantoa.Domain.Tracking;

/// <summary>One unit's state on one due date of one obligation, as the board lists it.</summary>
public sealed record BoardItem(Obligation Obligation, DateOnly DueOn, Unit Unit, int? ViaGroupId, ObligationState State,
    DateOnly? SubmittedOn, int DaysLate, int DaysLeft);

/// <summary>A unit with late items: how many, and the most days late among them.</summary>
public sealed record LateUnit(Unit Unit, int LateCount, int MaxDaysLate);

/// <summary>
/// Who owes what, as of one day, across a set of obligations. For every obligation it looks at every due date
/// that has passed (today excluded) and at the next due date (today included); each owing unit gets its state
/// (<see cref="ObligationStatus"/>). Lists:
/// <list type="bullet">
/// <item><see cref="Late"/>: overdue and nothing submitted, most days late first, then unit name in Vietnamese order.</item>
/// <item><see cref="Pending"/>: the next due date of each obligation, for the units that have not submitted, soonest first.</item>
/// <item><see cref="DueWithin"/>: the pending items due within n days (0 = today).</item>
/// <item><see cref="SubmittedLate"/>, <see cref="LateUnits"/> and every <see cref="Occurrences"/> with its counts.</item>
/// </list>
/// Later due dates of a recurring obligation are not pending yet: only the next one is.
/// </summary>
public sealed class ObligationBoard
{
    private ObligationBoard(DateOnly today, IReadOnlyList<ObligationOccurrence> occurrences)
    {
        Today = today;
        Occurrences = occurrences;
        var items = occurrences
            .SelectMany(o => o.Units.Select(u =>
                new BoardItem(o.Obligation, o.DueOn, u.Unit, u.ViaGroupId, u.State, u.SubmittedOn, u.DaysLate, u.DaysLeft)))
            .ToList();
        _items = items;
        _late = new(() => items.Where(i => i.State == ObligationState.Late)
            .OrderByDescending(i => i.DaysLate)
            .ThenBy(i => i.Unit.Name, VietnameseText.Comparer)
            .ThenBy(i => i.Obligation.Title, VietnameseText.Comparer)
            .ThenBy(i => i.Unit.Id)
            .ToList());
        _pending = new(() => PendingOrder(items.Where(i => i.State == ObligationState.Pending)).ToList());
        _submittedLate = new(() => items.Where(i => i.State == ObligationState.SubmittedLate)
            .OrderByDescending(i => i.DaysLate)
            .ThenBy(i => i.Unit.Name, VietnameseText.Comparer)
            .ThenBy(i => i.Unit.Id)
            .ToList());
        // Grouped from the unsorted late items: a unit's count and most days late do not depend on the order, and the
        // dashboard asks for late units without the whole sorted list (tens of thousands of items on a large province).
        _lateUnits = new(() => items.Where(i => i.State == ObligationState.Late).GroupBy(i => i.Unit.Id)
            .Select(g => new LateUnit(g.First().Unit, g.Count(), g.Max(i => i.DaysLate)))
            .OrderByDescending(u => u.MaxDaysLate)
            .ThenByDescending(u => u.LateCount)
            .ThenBy(u => u.Unit.Name, VietnameseText.Comparer)
            .ThenBy(u => u.Unit.Id)
            .ToList());
    }

    private readonly List<BoardItem> _items;

    private readonly Lazy<IReadOnlyList<BoardItem>> _late;

    private readonly Lazy<IReadOnlyList<BoardItem>> _pending;

    private readonly Lazy<IReadOnlyList<BoardItem>> _submittedLate;

    private readonly Lazy<IReadOnlyList<LateUnit>> _lateUnits;

    private static IEnumerable<BoardItem> PendingOrder(IEnumerable<BoardItem> items) => items
        .OrderBy(i => i.DueOn)
        .ThenBy(i => i.Unit.Name, VietnameseText.Comparer)
        .ThenBy(i => i.Obligation.Title, VietnameseText.Comparer)
        .ThenBy(i => i.Unit.Id);

    public DateOnly Today { get; }

    /// <summary>Every passed due date and the next one of each obligation, by due date then title.</summary>
    public IReadOnlyList<ObligationOccurrence> Occurrences { get; }

    public IReadOnlyList<BoardItem> Late => _late.Value;
    public IReadOnlyList<BoardItem> Pending => _pending.Value;
    public IReadOnlyList<BoardItem> SubmittedLate => _submittedLate.Value;
    public IReadOnlyList<LateUnit> LateUnits => _lateUnits.Value;

    /// <summary>Pending items due within <paramref name="days"/> days from today (0: due today).</summary>
    public IReadOnlyList<BoardItem> DueWithin(int days)
    {
        if (days < 0) throw new ArgumentOutOfRangeException(nameof(days));
        var limit = Today.AddDays(days);
        if (_pending.IsValueCreated) return Pending.Where(i => i.DueOn <= limit).ToList();
        // Filtered before sorting: the same order as filtering the sorted pending list (the sort is stable and its keys
        // are the same), without sorting every pending item of the province.
        return PendingOrder(_items.Where(i => i.State == ObligationState.Pending && i.DueOn <= limit)).ToList();
    }

    /// <summary>One unit's late and pending items (its digest).</summary>
    public IReadOnlyList<BoardItem> ForUnit(int unitId) =>
        Late.Concat(Pending).Where(i => i.Unit.Id == unitId).ToList();

    public static ObligationBoard Compute(IEnumerable<Obligation> obligations, IEnumerable<Unit> units,
        IEnumerable<UnitGroup> groups, IEnumerable<ObligationSubmission> submissions, DateOnly today)
    {
        var unitList = units.ToList();
        var unitLookup = new UnitLookup(unitList, groups);
        // Every occurrence lists its units by Vietnamese name: the order is computed once for the board.
        var nameOrder = unitLookup.Units.Values.OrderBy(u => u.Name, VietnameseText.Comparer).ThenBy(u => u.Id)
            .Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var lookup = SubmissionLookup.Build(submissions);
        var occurrences = new List<ObligationOccurrence>();
        foreach (var obligation in obligations)
        {
            var dates = obligation.DueDates();
            var due = dates.Where(d => d < today).ToList();
            var next = dates.Where(d => d >= today).Cast<DateOnly?>().FirstOrDefault();
            if (next is { } n) due.Add(n);
            foreach (var d in due)
                occurrences.Add(ObligationStatus.Occurrence(obligation, d, obligation.OwingUnits(unitLookup, d), lookup, today, nameOrder));
        }

        occurrences.Sort((a, b) =>
        {
            var byDate = a.DueOn.CompareTo(b.DueOn);
            return byDate != 0 ? byDate : VietnameseText.Comparer.Compare(a.Obligation.Title, b.Obligation.Title);
        });
        return new ObligationBoard(today, occurrences);
    }
}
