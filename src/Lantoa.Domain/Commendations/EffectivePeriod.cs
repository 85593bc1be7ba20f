namespace Lantoa.Domain.Commendations;

/// <summary>
/// A period during which a rate applies: from a day (inclusive) to a day (inclusive) or open-ended. Two rates of one
/// table may not overlap: on any day, one rate applies at most. A new rate after an open-ended one closes it the day before.
/// </summary>
public readonly record struct EffectivePeriod(DateOnly From, DateOnly? To)
{
    public bool Contains(DateOnly day) => day >= From && (To is null || day <= To);

    public bool Overlaps(EffectivePeriod other) =>
        From <= (other.To ?? DateOnly.MaxValue) && other.From <= (To ?? DateOnly.MaxValue);

    public string ToDisplay() => To is { } to ? $"{From:dd/MM/yyyy} – {to:dd/MM/yyyy}" : $"từ {From:dd/MM/yyyy}";

    public static EffectivePeriod Checked(DateOnly from, DateOnly? to)
    {
        if (to is { } t && t < from) throw new DomainException("Ngày hết hiệu lực phải sau ngày có hiệu lực.");
        return new EffectivePeriod(from, to);
    }

    /// <summary>
    /// Adds <paramref name="added"/> to a table's <paramref name="existing"/> periods: when both are open-ended, the one that
    /// starts before is closed the day before (the usual way a new base salary arrives); any other overlap is refused with
    /// the period it overlaps. Returns the index of the period to close and its new end, if any.
    /// </summary>
    public static (int Index, DateOnly NewTo)? Admit(IReadOnlyList<EffectivePeriod> existing, EffectivePeriod added, string what)
    {
        (int, DateOnly)? close = null;
        for (var i = 0; i < existing.Count; i++)
        {
            var e = existing[i];
            if (!e.Overlaps(added)) continue;
            if (e.To is null && added.To is null && e.From < added.From && close is null)
            {
                close = (i, added.From.AddDays(-1));
                continue;
            }

            throw new DomainException($"{what} {added.ToDisplay()} trùng thời gian với mức đã có ({e.ToDisplay()}).");
        }

        return close;
    }
}
