using Lantoa.Domain.Budgets;
using Lantoa.Web.Infrastructure.Web;

namespace Lantoa.Web.Features.Budgets;

/// <summary>The add/edit form of a spending norm; dates dd/MM/yyyy, the price as people write it.</summary>
public sealed class NormForm
{
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Nhập tên nội dung chi."), System.ComponentModel.DataAnnotations.StringLength(500, ErrorMessage = "Tên tối đa 500 ký tự.")]
    public string Name { get; set; } = "";

    [System.ComponentModel.DataAnnotations.StringLength(100, ErrorMessage = "Đơn vị tính tối đa 100 ký tự.")]
    public string? UnitOfMeasure { get; set; }

    public string? MaxUnitPrice { get; set; }
    public string? EffectiveFrom { get; set; }
    public string? EffectiveTo { get; set; }

    [System.ComponentModel.DataAnnotations.StringLength(1000, ErrorMessage = "Căn cứ tối đa 1000 ký tự.")]
    public string? LegalSource { get; set; }

    public static NormForm From(SpendingNorm n) => new()
    {
        Name = n.Name, UnitOfMeasure = n.UnitOfMeasure, MaxUnitPrice = n.MaxUnitPrice.ToDigits(),
        EffectiveFrom = Formats.Day(n.EffectiveFrom), EffectiveTo = Formats.Day(n.EffectiveTo), LegalSource = n.LegalSource,
    };

    /// <summary>Checks the fields; returns the values, or null with the errors in <paramref name="state"/>.</summary>
    public (Money Price, DateOnly From, DateOnly? To)? Validate(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state)
    {
        var read = MoneyInput.Read(MaxUnitPrice, "Mức chi tối đa", "Form.MaxUnitPrice", state);
        var price = read ?? default;
        if (string.IsNullOrWhiteSpace(MaxUnitPrice)) state.AddModelError("Form.MaxUnitPrice", "Nhập mức chi tối đa.");
        else if (read is { Dong: 0 }) state.AddModelError("Form.MaxUnitPrice", "Mức chi tối đa phải lớn hơn 0.");
        if (!Formats.TryReadDay(EffectiveFrom, out var from) || from is null)
            state.AddModelError("Form.EffectiveFrom", "Ngày có hiệu lực phải có dạng dd/MM/yyyy.");
        if (!Formats.TryReadDay(EffectiveTo, out var to)) state.AddModelError("Form.EffectiveTo", "Ngày hết hiệu lực phải có dạng dd/MM/yyyy.");
        if (from is not null && to is not null && to < from) state.AddModelError("Form.EffectiveTo", "Ngày hết hiệu lực phải sau ngày có hiệu lực.");
        return state.IsValid ? (price, from!.Value, to) : null;
    }

    public SpendingNorm? Read(int provinceId, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state) =>
        Validate(state) is { } v ? new SpendingNorm(provinceId, Name, UnitOfMeasure, v.Price, v.From, v.To, LegalSource) : null;
}
