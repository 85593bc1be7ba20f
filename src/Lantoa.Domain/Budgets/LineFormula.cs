namespace Lantoa.Domain.Budgets;

/// <summary>
/// One factor of a written calculation: "14 người" (Value 14, Unit "người"), "50.000 đồng/người/buổi" (a price:
/// Value 50000, Unit "đồng/người/buổi", <see cref="IsPrice"/>), "6m" (Value 6, Unit "m").
/// </summary>
public sealed record Factor(decimal Value, string? Unit, bool IsPrice = false);

/// <summary>
/// One product in a written calculation, optionally labelled ("Trưởng ban: 01 người x 290.000 đồng/ngày").
/// Its value is the price factor times every other factor, rounded to the đồng.
/// </summary>
public sealed record FormulaTerm(string? Label, IReadOnlyList<Factor> Factors)
{
    /// <summary>
    /// The result the document writes after the term ("3 người x 200.000 đồng/ngày = 600.000 đồng"), kept to be checked,
    /// never used as a factor; null when none is written.
    /// </summary>
    public Money? StatedValue { get; init; }

    public Money Value
    {
        get
        {
            // Multiplied inside Money.Round, so that a decimal overflow is a DomainException like any other.
            return Money.Round(() =>
            {
                var price = Factors.Where(f => f.IsPrice).Select(f => f.Value).DefaultIfEmpty(1m).Aggregate((a, b) => a * b);
                var count = Factors.Where(f => !f.IsPrice).Select(f => f.Value).DefaultIfEmpty(1m).Aggregate((a, b) => a * b);
                return price * count;
            });
        }
    }

    public bool Equals(FormulaTerm? other) =>
        other is not null && Label == other.Label && StatedValue == other.StatedValue && Factors.SequenceEqual(other.Factors);

    public override int GetHashCode() => HashCode.Combine(Label, Factors.Count);
}

/// <summary>
/// The calculation written in a line's content — "14 người x 50.000 đồng/người/buổi x 7 buổi", or several terms
/// ("+ 02 giải nhất: 1.000.000 đồng/giải + 04 giải nhì: 700.000 đồng/giải") — kept as structured factors so that
/// Lantoa can check the amount and write it to Excel as a real formula.
/// </summary>
public sealed record LineFormula(IReadOnlyList<FormulaTerm> Terms)
{
    public Money Value => Money.Sum(Terms.Select(t => t.Value));

    public bool Equals(LineFormula? other) => other is not null && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => Terms.Count;
}
