using System.Globalization;
using System.Text;

namespace Lantoa.Domain.Text;

/// <summary>
/// Roman numerals as Vietnamese documents use them: parts (I. II. III.), group rows of tables, appendices ("Phụ lục IV"),
/// quarters ("Quý III"). One place to write them and to read them back.
/// </summary>
public static class RomanNumerals
{
    private static readonly (int Value, string Text)[] Table =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    /// <summary>"IV" for 4; a number outside 1–3999 is written in digits.</summary>
    public static string ToRoman(int number)
    {
        if (number is < 1 or > 3999) return number.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        foreach (var (value, text) in Table)
        {
            while (number >= value)
            {
                sb.Append(text);
                number -= value;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The value of an upper-case Roman numeral in its usual form ("IV" → 4, "XII" → 12); 0 when <paramref name="text"/>
    /// is not one ("IIII", "IC", "iv", "A", "").
    /// </summary>
    public static int Value(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 15) return 0;
        var total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var v = Digit(text[i]);
            if (v == 0) return 0;
            var next = i + 1 < text.Length ? Digit(text[i + 1]) : 0;
            total += v < next ? -v : v;
        }

        return total > 0 && ToRoman(total) == text ? total : 0;
    }

    private static int Digit(char c) => c switch
    {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
    };
}
