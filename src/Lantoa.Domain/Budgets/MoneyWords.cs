namespace Lantoa.Domain.Budgets;

/// <summary>Amounts in Vietnamese words. (Being written: see the budgets work.)</summary>
public static class MoneyWords
{
    public static string ToWords(Money amount) => throw new NotImplementedException();
}
