using System.Globalization;
using Lantoa.Domain.Budgets;

namespace Lantoa.Domain.Commendations;

/// <summary>The cash of one award on a day: the coefficient, the base salary of that day, the amount, and where the coefficient comes from.</summary>
public sealed record AwardCash(decimal Coefficient, Money BaseSalary, Money Amount, string LegalSource)
{
    /// <summary>"1,5 × 2.340.000 = 3.510.000 đồng".</summary>
    public string Formula => $"{Coefficient.ToString("0.0##", VietnameseNumber)} × {BaseSalary.ToDigits()} = {Amount.Format()}";

    public static readonly NumberFormatInfo VietnameseNumber = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    /// <summary>
    /// Coefficient × base salary, rounded as the law on emulation and commendation does: the amount after multiplying
    /// by the base salary is rounded up to the next ten thousand đồng ("được làm tròn số lên hàng chục nghìn đồng").
    /// </summary>
    public static Money Compute(decimal coefficient, Money baseSalary)
    {
        var exact = baseSalary.Times(coefficient);
        const long step = 10_000;
        var rest = exact.Dong % step;
        return rest == 0 ? exact : new Money(exact.Dong - rest + step);
    }

    /// <summary>
    /// The cash of an award of <paramref name="awardFormId"/> to a <paramref name="kind"/> on <paramref name="day"/>
    /// (the decision's date), from the province's tables; a clear message when either table has nothing for that day.
    /// </summary>
    public static AwardCash On(DateOnly day, int awardFormId, NomineeKind kind, IEnumerable<BaseSalary> salaries, IEnumerable<AwardCoefficient> coefficients)
    {
        var salary = salaries.FirstOrDefault(s => s.Period.Contains(day))
                     ?? throw new DomainException($"Chưa có mức lương cơ sở áp dụng ngày {day:dd/MM/yyyy}.");
        var coefficient = coefficients.FirstOrDefault(c => c.AwardFormId == awardFormId && c.NomineeKind == kind && c.Period.Contains(day))
                          ?? throw new DomainException($"Chưa có hệ số tiền thưởng cho {kind.Vietnamese().ToLowerInvariant()} áp dụng ngày {day:dd/MM/yyyy}.");
        return new AwardCash(coefficient.Coefficient, salary.Amount, Compute(coefficient.Coefficient, salary.Amount), coefficient.LegalSource);
    }
}
