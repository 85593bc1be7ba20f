using Lantoa.Domain.Text;

namespace Lantoa.Domain.Budgets;

public enum EstimateLineKind
{
    /// <summary>A line item: content, unit, quantity, unit price, amount.</summary>
    Item,

    /// <summary>A group row ("I. HỘI NGHỊ …") whose amount is the subtotal of the items below it.</summary>
    Group,
}

/// <summary>
/// One row of an estimate. The figures are kept as the table gives them: quantity and unit price, the
/// <see cref="StatedAmount"/> written in the amount column, and the calculation written in the content
/// (<see cref="Formula"/>). <see cref="ComputedAmount"/> is what Lantoa computes from them; the analyzer flags a
/// stated amount that differs.
/// </summary>
public sealed class EstimateLine
{
    private EstimateLine() { }

    public EstimateLine(EstimateLineKind kind, string? label, string content)
    {
        Kind = kind;
        SetText(label, content);
    }

    public static EstimateLine Group(string? label, string content) => new(EstimateLineKind.Group, label, content);

    public static EstimateLine Item(string? label, string content, string? unitOfMeasure = null, decimal? quantity = null,
        Money? unitPrice = null, Money? statedAmount = null)
    {
        var line = new EstimateLine(EstimateLineKind.Item, label, content) { UnitOfMeasure = Clean(unitOfMeasure) };
        line.SetFigures(quantity, unitPrice, statedAmount);
        return line;
    }

    public int Id { get; private set; }
    public int EstimateId { get; private set; }
    public int SortOrder { get; set; }
    public EstimateLineKind Kind { get; private set; }

    /// <summary>The number as written: "1.", "12", "I", "a)". Empty when the row has none.</summary>
    public string? Label { get; private set; }

    public string Content { get; private set; } = "";
    public string? UnitOfMeasure { get; set; }
    public decimal? Quantity { get; private set; }
    public Money? UnitPrice { get; private set; }

    /// <summary>The amount written in the table (or typed); for a group row, its stated subtotal.</summary>
    public Money? StatedAmount { get; private set; }

    /// <summary>The calculation written in <see cref="Content"/>, when there is one.</summary>
    public LineFormula? Formula { get; private set; }

    public string? Note { get; set; }
    public int? FundingSourceId { get; set; }
    public int? NormId { get; set; }

    /// <summary>Actual spending (quyết toán) against this line, once known.</summary>
    public Money? ActualAmount { get; private set; }

    public string? ActualNote { get; set; }

    /// <summary>quantity × unit price when both are given, else the value of the written formula; null for group rows.</summary>
    public Money? ComputedAmount =>
        Kind == EstimateLineKind.Group ? null
        : Quantity is { } q && UnitPrice is { } p ? p.Times(q)
        : Formula?.Value;

    /// <summary>The amount that counts towards the totals: the stated amount when written, else the computed one.</summary>
    public Money Amount => Kind == EstimateLineKind.Group ? Money.Zero : StatedAmount ?? ComputedAmount ?? Money.Zero;

    public void SetText(string? label, string content)
    {
        Label = Clean(label);
        Content = content is null ? "" : VietnameseText.Normalize(content);
        if (Kind == EstimateLineKind.Group && Content.Length == 0) throw new DomainException("Dòng nhóm phải có tên.");
        Formula = Kind == EstimateLineKind.Item ? LineFormulaParser.TryParse(Content) : null;
    }

    /// <summary>Sets quantity, price and the written amount as given; negative values are refused.</summary>
    public void SetFigures(decimal? quantity, Money? unitPrice, Money? statedAmount)
    {
        if (quantity is < 0) throw new DomainException("Số lượng không được âm.");
        if (unitPrice is { IsNegative: true }) throw new DomainException("Đơn giá không được âm.");
        if (statedAmount is { IsNegative: true }) throw new DomainException("Thành tiền không được âm.");
        if (Kind == EstimateLineKind.Group && (quantity is not null || unitPrice is not null))
            throw new DomainException("Dòng nhóm không có số lượng, đơn giá.");
        Quantity = quantity;
        UnitPrice = unitPrice;
        StatedAmount = statedAmount;
    }

    /// <summary>
    /// An edit in Lantoa's editor: when quantity or price change and the amount was left as it was, the amount follows
    /// the new figures (as a spreadsheet would); an amount the user typed differently is kept, and flagged if wrong.
    /// </summary>
    public void Edit(decimal? quantity, Money? unitPrice, Money? typedAmount)
    {
        var figuresChanged = quantity != Quantity || unitPrice != UnitPrice;
        var amountUntouched = typedAmount == StatedAmount;
        var before = (Quantity, UnitPrice, StatedAmount);
        SetFigures(quantity, unitPrice, typedAmount);
        if (figuresChanged && amountUntouched && Kind == EstimateLineKind.Item)
        {
            try
            {
                StatedAmount = ComputedAmount ?? typedAmount;
            }
            catch (DomainException)
            {
                (Quantity, UnitPrice, StatedAmount) = before;
                throw;
            }
        }
    }

    public void SetActual(Money? actual, string? note)
    {
        if (actual is { IsNegative: true }) throw new DomainException("Số thực chi không được âm.");
        if (Kind == EstimateLineKind.Group && actual is not null) throw new DomainException("Dòng nhóm không ghi số thực chi.");
        ActualAmount = actual;
        ActualNote = Clean(note);
    }

    /// <summary>A copy with the same text and figures (not ids, actuals or links), for duplicating or exporting.</summary>
    public EstimateLine CloneFigures()
    {
        var copy = new EstimateLine(Kind, Label, Content) { UnitOfMeasure = UnitOfMeasure, Note = Note };
        copy.SetFigures(Quantity, UnitPrice, StatedAmount);
        return copy;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : VietnameseText.Normalize(s);
}
