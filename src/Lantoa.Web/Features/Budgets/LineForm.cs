using Lantoa.Domain.Budgets;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static Lantoa.Web.Infrastructure.Web.TextInput;

namespace Lantoa.Web.Features.Budgets;

/// <summary>One line as the editor's row sends it: every figure as typed ("1.500.000", "1,5"), read on the server.</summary>
public sealed class LineForm
{
    public bool IsGroup { get; set; }
    public string? Label { get; set; }
    public string? Content { get; set; }
    public string? UnitOfMeasure { get; set; }
    public string? Quantity { get; set; }
    public string? UnitPrice { get; set; }
    public string? Amount { get; set; }
    public string? Note { get; set; }
    public int? FundingSourceId { get; set; }
    public int? NormId { get; set; }

    /// <summary>The line's version when its row was opened for editing (hidden).</summary>
    public uint? Version { get; set; }

    public static LineForm From(EstimateLine line) => new()
    {
        IsGroup = line.Kind == EstimateLineKind.Group,
        Label = line.Label,
        Content = line.Content,
        UnitOfMeasure = line.UnitOfMeasure,
        Quantity = line.Quantity is { } q ? FormatQuantity(q) : null,
        UnitPrice = line.UnitPrice?.ToDigits(),
        Amount = line.StatedAmount?.ToDigits(),
        Note = line.Note,
        FundingSourceId = line.FundingSourceId,
        NormId = line.NormId,
    };

    /// <summary>"14", "1,5", "1.200" — a quantity the way the table shows it.</summary>
    public static string FormatQuantity(decimal q) =>
        q.ToString("#,0.####", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>
    /// Checks the row: a funding source must belong to the plan and a norm to the province (ids typed into the form are
    /// not trusted), then the figures are read. Returns them, or null with Vietnamese errors in <paramref name="state"/>.
    /// </summary>
    public (decimal? Quantity, Money? UnitPrice, Money? Amount)? Validate(IEnumerable<FundingSource> sources,
        IEnumerable<SpendingNorm> norms, ModelStateDictionary state)
    {
        if (FundingSourceId is { } fs && !sources.Any(s => s.Id == fs))
            state.AddModelError("Line.FundingSourceId", "Nguồn kinh phí không thuộc kế hoạch này.");
        if (NormId is { } n && !norms.Any(x => x.Id == n))
            state.AddModelError("Line.NormId", "Định mức không thuộc tỉnh này.");
        return ReadFigures(state);
    }

    /// <summary>A group row stays a group and an item an item (delete and add again to change it).</summary>
    public bool ChangesKind(EstimateLine line) => (line.Kind == EstimateLineKind.Group) != IsGroup;

    /// <summary>The blank row's new line, from validated figures. Throws <see cref="Lantoa.Domain.DomainException"/> for what the domain refuses.</summary>
    public EstimateLine NewLine((decimal? Quantity, Money? UnitPrice, Money? Amount) f)
    {
        var line = IsGroup
            ? EstimateLine.Group(Label, Content!)
            : EstimateLine.Item(Label, Content!, UnitOfMeasure, f.Quantity, f.UnitPrice, f.Amount);
        if (f.Amount is null && !IsGroup) line.Edit(f.Quantity, f.UnitPrice, null);
        ApplyLinks(line);
        return line;
    }

    /// <summary>An existing line edited with validated figures. Throws <see cref="Lantoa.Domain.DomainException"/> for what the domain refuses.</summary>
    public void ApplyTo(EstimateLine line, (decimal? Quantity, Money? UnitPrice, Money? Amount) f)
    {
        line.SetText(Label, Content!);
        line.UnitOfMeasure = Clean(UnitOfMeasure);
        line.Edit(f.Quantity, f.UnitPrice, f.Amount);
        ApplyLinks(line);
    }

    private void ApplyLinks(EstimateLine line)
    {
        line.Note = Clean(Note);
        line.FundingSourceId = FundingSourceId;
        line.NormId = NormId;
        _ = line.ComputedAmount; // an overflowing product is refused here, before anything is saved
    }

    /// <summary>The figures read from the text, or null with Vietnamese errors in <paramref name="state"/>.</summary>
    private (decimal? Quantity, Money? UnitPrice, Money? Amount)? ReadFigures(ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(Content)) state.AddModelError("Line.Content", "Nhập nội dung của dòng.");
        if (Content is { Length: > 4000 }) state.AddModelError("Line.Content", "Nội dung tối đa 4.000 ký tự.");
        decimal? quantity = null;
        if (!string.IsNullOrWhiteSpace(Quantity))
        {
            var text = Quantity.Trim();
            var negative = text.StartsWith('-') || text.StartsWith('−');
            if (!Money.TryReadNumber(negative ? text[1..] : text, out var q)) state.AddModelError("Line.Quantity", $"Số lượng \"{Quantity.Trim()}\" không phải là số.");
            else if (negative && q != 0) state.AddModelError("Line.Quantity", "Số lượng không được âm.");
            else if (q > 1_000_000_000) state.AddModelError("Line.Quantity", "Số lượng quá lớn.");
            else quantity = q;
        }

        var price = ReadMoney(UnitPrice, "Line.UnitPrice", "Đơn giá", state);
        var amount = ReadMoney(Amount, "Line.Amount", "Thành tiền", state);
        if (IsGroup && (quantity is not null || price is not null))
            state.AddModelError("Line.Quantity", "Dòng nhóm không có số lượng, đơn giá.");
        if (quantity is { } qq && price is { } pp)
        {
            try
            {
                _ = pp.Times(qq);
            }
            catch (Lantoa.Domain.DomainException e)
            {
                state.AddModelError("Line.Amount", e.Message);
            }
        }

        return state.IsValid ? (quantity, price, amount) : null;
    }

    private static Money? ReadMoney(string? text, string key, string name, ModelStateDictionary state) =>
        MoneyInput.Read(text, name, key, state);
}
