using System.Text.RegularExpressions;

namespace Lantoa.Domain.Budgets;

/// <summary>
/// Finds an amount of money quoted in running text: "Kinh phí thực hiện: 388.400.000 đồng; từ nguồn …",
/// "khoảng 1,5 tỷ đồng", "**57.950.000** đồng". Only a number followed by a currency or scale word counts, so dates
/// and counts in the same sentence ("Quyết định số 11789/QĐ-UBND ngày 12/12/2023") are not taken for money.
/// </summary>
public static partial class AmountInText
{
    [GeneratedRegex(@"(?<![\d.,/])(\d{1,3}(?:[.,\u00A0 ]\d{3})+|\d+(?:[.,]\d+)?)\**\s*(tỷ|tỉ|triệu|nghìn|ngàn)?\s*(đồng|đ(?![\p{L}])|vnđ|vnd)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex AmountPattern();

    /// <summary>Every amount quoted in <paramref name="text"/>, in order, with the text it was read from.</summary>
    public static IReadOnlyList<(Money Amount, string Written)> FindAll(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var normalized = text.Normalize(System.Text.NormalizationForm.FormC);
        var found = new List<(Money, string)>();
        try
        {
            foreach (Match m in AmountPattern().Matches(normalized))
            {
                var written = m.Groups[1].Value + (m.Groups[2].Success ? " " + m.Groups[2].Value : "");
                if (Money.TryParse(written, out var amount)) found.Add((amount, m.Value.Replace("*", "")));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return found;
        }

        return found;
    }

    /// <summary>The first amount quoted, or null.</summary>
    public static Money? First(string? text) => FindAll(text) is { Count: > 0 } all ? all[0].Amount : null;
}
