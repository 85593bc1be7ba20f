using Lantoa.Domain.Budgets;
using Microsoft.AspNetCore.Mvc.ModelBinding;

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

    /// <summary>The figures read from the text, or null with Vietnamese errors in <paramref name="state"/>.</summary>
    public (decimal? Quantity, Money? UnitPrice, Money? Amount)? ReadFigures(ModelStateDictionary state)
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
