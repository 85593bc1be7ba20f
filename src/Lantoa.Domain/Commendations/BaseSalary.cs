using Lantoa.Domain.Budgets;

namespace Lantoa.Domain.Commendations;

/// <summary>
/// The base salary (mức lương cơ sở) over a period, as the province keeps it: 1.800.000 đồng from 01/07/2023
/// (Nghị định 24/2023/NĐ-CP), 2.340.000 đồng from 01/07/2024 (Nghị định 73/2024/NĐ-CP); the next one is added when it comes.
/// </summary>
public sealed class BaseSalary
{
    private BaseSalary() { }

    public BaseSalary(int provinceId, Money amount, EffectivePeriod period, string? legalSource)
    {
        if (amount <= Money.Zero) throw new DomainException("Mức lương cơ sở phải lớn hơn 0.");
        ProvinceId = provinceId;
        Amount = amount;
        EffectiveFrom = period.From;
        EffectiveTo = period.To;
        LegalSource = AwardForm.Optional(legalSource, "Căn cứ", 500);
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public Money Amount { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }
    public string? LegalSource { get; private set; }

    public EffectivePeriod Period => new(EffectiveFrom, EffectiveTo);

    public void CloseOn(DateOnly lastDay) => EffectiveTo = EffectivePeriod.Checked(EffectiveFrom, lastDay).To;
}
