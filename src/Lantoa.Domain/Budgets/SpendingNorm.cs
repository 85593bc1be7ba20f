using Lantoa.Domain.Text;

namespace Lantoa.Domain.Budgets;

/// <summary>
/// A định mức chi: the most a province may pay per unit for an item ("Bồi dưỡng báo cáo viên", "người/buổi",
/// 1.200.000 đồng), in force from one day to another, with the text that sets it ("Nghị quyết số 12/2023/NQ-HĐND").
/// </summary>
public sealed class SpendingNorm
{
    private SpendingNorm() { }

    public SpendingNorm(int provinceId, string name, string? unitOfMeasure, Money maxUnitPrice, DateOnly effectiveFrom,
        DateOnly? effectiveTo, string? legalSource)
    {
        ProvinceId = provinceId;
        Update(name, unitOfMeasure, maxUnitPrice, effectiveFrom, effectiveTo, legalSource);
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public string Name { get; private set; } = "";
    public string? UnitOfMeasure { get; private set; }
    public Money MaxUnitPrice { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }
    public string? LegalSource { get; private set; }

    /// <summary>The folded name, for matching a line's content to a norm.</summary>
    public string NameKey { get; private set; } = "";

    public void Update(string name, string? unitOfMeasure, Money maxUnitPrice, DateOnly effectiveFrom, DateOnly? effectiveTo,
        string? legalSource)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Tên nội dung chi không được để trống.");
        if (maxUnitPrice.Dong <= 0) throw new DomainException("Mức chi tối đa phải lớn hơn 0.");
        if (maxUnitPrice > Money.MaxValue) throw new DomainException("Mức chi tối đa quá lớn.");
        if (effectiveTo is { } to && to < effectiveFrom)
            throw new DomainException("Ngày hết hiệu lực phải sau ngày có hiệu lực.");
        Name = VietnameseText.Normalize(name);
        UnitOfMeasure = string.IsNullOrWhiteSpace(unitOfMeasure) ? null : VietnameseText.Normalize(unitOfMeasure);
        MaxUnitPrice = maxUnitPrice;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        LegalSource = string.IsNullOrWhiteSpace(legalSource) ? null : VietnameseText.Normalize(legalSource);
        NameKey = VietnameseText.Fold(Name);
    }

    public bool IsInForceOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);
}
