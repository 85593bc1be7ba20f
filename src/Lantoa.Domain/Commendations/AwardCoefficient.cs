namespace Lantoa.Domain.Commendations;

/// <summary>
/// How many base salaries go with one award of a form to one kind of nominee, over a period, with its legal source:
/// the province chair's Bằng khen is 1,5 base salaries for an individual and 3,0 for a collective (Nghị định
/// 98/2023/NĐ-CP, Điều 73). The province sets these; Lantoa does not hard-code them.
/// </summary>
public sealed class AwardCoefficient
{
    private AwardCoefficient() { }

    public AwardCoefficient(int provinceId, int awardFormId, NomineeKind kind, decimal coefficient, EffectivePeriod period, string legalSource)
    {
        if (coefficient <= 0 || coefficient > 100) throw new DomainException("Hệ số phải lớn hơn 0 và không quá 100.");
        if (decimal.Round(coefficient, 2) != coefficient) throw new DomainException("Hệ số có tối đa hai chữ số thập phân.");
        ProvinceId = provinceId;
        AwardFormId = awardFormId;
        NomineeKind = kind;
        Coefficient = coefficient;
        EffectiveFrom = period.From;
        EffectiveTo = period.To;
        LegalSource = AwardForm.Required(legalSource, "Căn cứ pháp lý của hệ số", 500);
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int AwardFormId { get; private set; }
    public NomineeKind NomineeKind { get; private set; }
    public decimal Coefficient { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }
    public string LegalSource { get; private set; } = "";

    public EffectivePeriod Period => new(EffectiveFrom, EffectiveTo);

    public void CloseOn(DateOnly lastDay) => EffectiveTo = EffectivePeriod.Checked(EffectiveFrom, lastDay).To;
}
