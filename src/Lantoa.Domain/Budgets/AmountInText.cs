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

    /// <summary>
    /// Reads an amount written in Vietnamese words: "Một tỷ năm trăm triệu đồng", "hai trăm linh năm triệu", "Ba mươi
    /// mốt nghìn năm trăm đồng", "một tỉ rưỡi" is not read (false). Accepts "ngàn", "tỉ", "tư", "lăm", "linh"/"lẻ", "mươi"/"mười".
    /// </summary>
    public static bool TryParseWords(string? words, out Money amount)
    {
        amount = default;
        if (string.IsNullOrWhiteSpace(words)) return false;
        var folded = Text.VietnameseText.Fold(words).ToLowerInvariant();
        var tokens = Regex.Split(folded, @"[^a-z]+").Where(t => t.Length > 0).ToList();
        if (tokens.Count > 0 && tokens[0] == "bang" && tokens.Count > 1 && tokens[1] == "chu") tokens.RemoveRange(0, 2);
        while (tokens.Count > 0 && tokens[^1] is "dong" or "chan" or "vnd") tokens.RemoveAt(tokens.Count - 1);
        if (tokens.Count == 0) return false;

        long total = 0;      // whole tỷ groups already closed
        long belowBillion = 0; // nghìn/triệu groups closed below the current tỷ
        long group = 0;      // the current group below a thousand
        long? digit = null;  // the last digit read, waiting for trăm/mươi
        var afterTens = false;
        var read = false;
        foreach (var t in tokens)
        {
            long? d = t switch
            {
                "khong" => 0, "mot" => 1, "hai" => 2, "ba" => 3, "bon" or "tu" => 4, "nam" or "lam" or "nham" => 5,
                "sau" => 6, "bay" => 7, "tam" => 8, "chin" => 9, _ => null,
            };
            if (d is { } value)
            {
                if (digit is not null) group += digit.Value;
                digit = value;
                read = true;
                continue;
            }

            switch (t)
            {
                case "muoi" when digit is null || afterTens:
                    group += 10;
                    afterTens = true;
                    continue;
                case "muoi":
                    group += digit!.Value * 10;
                    digit = null;
                    afterTens = true;
                    continue;
                case "tram":
                    group += (digit ?? 1) * 100;
                    digit = null;
                    afterTens = false;
                    continue;
                case "linh" or "le":
                    continue;
                case "nghin" or "ngan" or "trieu":
                {
                    var scale = t == "trieu" ? 1_000_000L : 1_000L;
                    group += digit ?? 0;
                    if (group == 0) group = 1;
                    belowBillion += group * scale;
                    group = 0;
                    digit = null;
                    afterTens = false;
                    continue;
                }
                case "ty" or "ti":
                    group += digit ?? 0;
                    var count = belowBillion + group;
                    if (count == 0) count = 1;
                    total = (total + count) * 1_000_000_000L;
                    belowBillion = 0;
                    group = 0;
                    digit = null;
                    afterTens = false;
                    continue;
                default:
                    return false;
            }
        }

        if (!read) return false;
        group += digit ?? 0;
        var dong = total + belowBillion + group;
        if (dong > Money.MaxValue.Dong) return false;
        amount = new Money(dong);
        return true;
    }

    /// <summary>The first amount quoted, or null.</summary>
    public static Money? First(string? text) => FindAll(text) is { Count: > 0 } all ? all[0].Amount : null;
}
