using System.Globalization;
using System.Text;

namespace Lantoa.Domain.Budgets;

/// <summary>
/// An amount of Vietnamese đồng, in whole đồng (the đồng has no minor unit in use). Stored as a 64-bit integer and
/// never as floating point; arithmetic is checked and an overflow is a <see cref="DomainException"/>.
/// The largest amount Lantoa accepts is 999.999 tỷ (<see cref="MaxValue"/>), the range of <see cref="MoneyWords"/>.
/// </summary>
public readonly record struct Money(long Dong) : IComparable<Money>
{
    /// <summary>999.999.999.999.999 đồng: 999.999 tỷ.</summary>
    public static readonly Money MaxValue = new(999_999_999_999_999);

    public static readonly Money Zero = new(0);

    /// <summary>
    /// Dots between thousands groups and a plain hyphen-minus, spelt out rather than taken from the vi-VN culture data
    /// so that the output does not depend on the ICU version (or on ICU being present at all).
    /// </summary>
    private static readonly NumberFormatInfo DotGroups = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
        NumberGroupSizes = [3],
    };

    public bool IsZero => Dong == 0;
    public bool IsNegative => Dong < 0;

    public static Money operator +(Money a, Money b) => Checked(() => checked(a.Dong + b.Dong));
    public static Money operator -(Money a, Money b) => Checked(() => checked(a.Dong - b.Dong));
    public static Money operator -(Money a) => Checked(() => checked(-a.Dong));
    public static bool operator <(Money a, Money b) => a.Dong < b.Dong;
    public static bool operator >(Money a, Money b) => a.Dong > b.Dong;
    public static bool operator <=(Money a, Money b) => a.Dong <= b.Dong;
    public static bool operator >=(Money a, Money b) => a.Dong >= b.Dong;

    public int CompareTo(Money other) => Dong.CompareTo(other.Dong);

    /// <summary>Quantity × unit price, rounded half away from zero to the đồng ("1,5 m² × 150.000" = 225.000).</summary>
    public Money Times(decimal factor)
    {
        var dong = Dong;
        return Round(() => dong * factor);
    }

    /// <summary>
    /// Rounds a computed amount (a product of quantities and prices) half away from zero to the đồng; an amount beyond
    /// <see cref="MaxValue"/> or a decimal overflow is a <see cref="DomainException"/>.
    /// </summary>
    public static Money Round(Func<decimal> compute)
    {
        try
        {
            var value = decimal.Round(compute(), 0, MidpointRounding.AwayFromZero);
            if (Math.Abs(value) > MaxValue.Dong) throw Overflow();
            return new Money((long)value);
        }
        catch (OverflowException)
        {
            throw Overflow();
        }
    }

    public static Money Sum(IEnumerable<Money> amounts)
    {
        var total = Zero;
        foreach (var a in amounts) total += a;
        return total;
    }

    /// <summary>"388.400.000" — digits grouped by dots, as Vietnamese documents write amounts.</summary>
    public string ToDigits() => Dong.ToString("#,0", DotGroups);

    /// <summary>"388.400.000 đồng".</summary>
    public string Format() => ToDigits() + " đồng";

    public override string ToString() => Format();

    /// <summary>The amount in words as accounting documents write it: "Ba trăm tám mươi tám triệu bốn trăm nghìn đồng".</summary>
    public string ToWords() => MoneyWords.ToWords(this);

    /// <summary>Parses an amount as people write it; throws a <see cref="DomainException"/> with a Vietnamese message.</summary>
    public static Money Parse(string text) =>
        TryParse(text, out var money, out var error) ? money : throw new DomainException(error!);

    public static bool TryParse(string? text, out Money money) => TryParse(text, out money, out _);

    /// <summary>
    /// Reads "388.400.000", "388,400,000", "388 400 000", "388400000", "388.400.000đ", "388.400.000 đồng",
    /// "1,5 tỷ", "1.5 tỷ", "2 triệu", "500 nghìn", "500 ngàn", "-50.000". A dot or comma followed by exactly three
    /// digits is a thousands separator; otherwise it is the decimal mark (allowed only before a scale word or when the
    /// fraction is zero); a first group starting with 0 is never a thousands group ("0,500" is a half). Spaces may
    /// group thousands too ("388 400 000") but only in groups of three. More than 15 integer digits, or more than
    /// <see cref="MaxValue"/> after the scale word, is "too large" (never an exception). Negative amounts are read
    /// (the caller decides whether they are allowed).
    /// </summary>
    public static bool TryParse(string? text, out Money money, out string? error)
    {
        money = Zero;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "Chưa nhập số tiền.";
            return false;
        }

        var s = text.Normalize(NormalizationForm.FormC).Trim().ToLowerInvariant();
        var negative = false;
        if (s.StartsWith('-') || s.StartsWith('−'))
        {
            negative = true;
            s = s[1..].TrimStart();
        }

        s = StripCurrency(s);
        long multiplier = 1;
        foreach (var (word, factor) in ScaleWords)
        {
            if (s.EndsWith(word, StringComparison.Ordinal))
            {
                multiplier = factor;
                s = s[..^word.Length].TrimEnd();
                break;
            }
        }

        // Spaces (also no-break and narrow no-break spaces) may group thousands: "388 400 000".
        var chunks = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (chunks.Length == 0 || !chunks.All(chunk => chunk.All(c => char.IsAsciiDigit(c) || c is '.' or ',')))
        {
            error = $"\"{text.Trim()}\" không phải là số tiền.";
            return false;
        }

        if ((chunks.Length > 1 && !IsSpaceGrouped(chunks)) || !TryNormalizeNumber(string.Concat(chunks), out var digits))
        {
            error = $"\"{text.Trim()}\" không phải là số tiền hợp lệ.";
            return false;
        }

        // More than 15 digits before the decimal mark is beyond the maximum whatever the scale word, and may be
        // beyond what a decimal holds.
        if (digits.Split('.')[0].TrimStart('0').Length > 15)
        {
            error = $"Số tiền \"{text.Trim()}\" quá lớn (tối đa 999.999 tỷ đồng).";
            return false;
        }

        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            error = $"\"{text.Trim()}\" không phải là số tiền hợp lệ.";
            return false;
        }

        decimal dong;
        try
        {
            dong = value * multiplier;
        }
        catch (OverflowException)
        {
            error = $"Số tiền \"{text.Trim()}\" quá lớn (tối đa 999.999 tỷ đồng).";
            return false;
        }

        if (dong != decimal.Truncate(dong))
        {
            error = $"Số tiền \"{text.Trim()}\" có phần lẻ dưới một đồng.";
            return false;
        }

        if (dong > MaxValue.Dong)
        {
            error = $"Số tiền \"{text.Trim()}\" quá lớn (tối đa 999.999 tỷ đồng).";
            return false;
        }

        money = new Money(negative ? -(long)dong : (long)dong);
        return true;
    }

    /// <summary>
    /// Reads a plain number written the Vietnamese way ("1.200", "1,5", "80000", "0,25") — used for quantities and
    /// factors as well as amounts. Returns false when the text is not a number.
    /// </summary>
    public static bool TryReadNumber(string s, out decimal value)
    {
        value = 0;
        return TryNormalizeNumber(s.Trim(), out var digits)
            && decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Rewrites a number written the Vietnamese way as plain digits with an optional "." decimal point ("1.234,5" →
    /// "1234.5"), without reading its value. False when the text is not a number.
    /// </summary>
    private static bool TryNormalizeNumber(string s, out string digits)
    {
        digits = "";
        if (s.Length == 0) return false;
        var separators = s.Where(c => c is '.' or ',').ToList();
        if (separators.Count == 0)
        {
            digits = s;
        }
        else if (IsGrouped(s, separators[0]) && separators.All(c => c == separators[0]))
        {
            digits = s.Replace(separators[0].ToString(), "");
        }
        else
        {
            // One decimal mark, possibly after thousands groups of the other separator: "1.234,5" or "1,234.5".
            var mark = separators[^1];
            var group = mark == '.' ? ',' : '.';
            var lastMark = s.LastIndexOf(mark);
            var integerPart = s[..lastMark];
            var fraction = s[(lastMark + 1)..];
            if (integerPart.Contains(mark) || fraction.Length == 0 || integerPart.Length == 0) return false;
            if (integerPart.Contains(group) && !IsGrouped(integerPart, group)) return false;
            digits = integerPart.Replace(group.ToString(), "") + "." + fraction;
        }

        return digits.Length > 0 && digits.Count(c => c == '.') <= 1 && digits.All(c => char.IsAsciiDigit(c) || c == '.');
    }

    /// <summary>
    /// True when every separator is followed by exactly three digits and the first group has 1–3 digits and does not
    /// start with 0 ("0,250" is a fraction, not 250).
    /// </summary>
    private static bool IsGrouped(string s, char separator)
    {
        var parts = s.Split(separator);
        if (parts.Length < 2) return false;
        if (parts[0].Length is 0 or > 3 || parts[0][0] == '0') return false;
        return parts.Skip(1).All(p => p.Length == 3 && p.All(char.IsAsciiDigit)) && parts[0].All(char.IsAsciiDigit);
    }

    /// <summary>
    /// True when space-separated chunks group thousands: "388 400 000", "1 234,5" (the last group may carry a decimal
    /// fraction). "3 88" or "12 3456" are not amounts.
    /// </summary>
    private static bool IsSpaceGrouped(string[] chunks)
    {
        var first = chunks[0];
        if (first.Length is 0 or > 3 || first[0] == '0' || !first.All(char.IsAsciiDigit)) return false;
        for (var i = 1; i < chunks.Length; i++)
        {
            var chunk = chunks[i];
            var last = i == chunks.Length - 1;
            if (chunk.Length < 3 || !chunk[..3].All(char.IsAsciiDigit)) return false;
            if (chunk.Length > 3 && !(last && chunk[3] is '.' or ',')) return false;
        }

        return true;
    }

    private static string StripCurrency(string s)
    {
        foreach (var suffix in CurrencySuffixes)
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal)) return s[..^suffix.Length].TrimEnd();
        }

        return s;
    }

    private static readonly string[] CurrencySuffixes = ["đồng", "vnđ", "vnd", "đ", "d"];

    private static readonly (string Word, long Factor)[] ScaleWords =
    [
        ("nghìn tỷ", 1_000_000_000_000),
        ("ngàn tỷ", 1_000_000_000_000),
        ("tỷ", 1_000_000_000),
        ("tỉ", 1_000_000_000),
        ("triệu", 1_000_000),
        ("nghìn", 1_000),
        ("ngàn", 1_000),
    ];

    /// <summary>
    /// Runs an operation whose own body is <c>checked</c> (a <c>checked(...)</c> around the call would not reach into
    /// the lambda) and keeps the result within ±<see cref="MaxValue"/>.
    /// </summary>
    private static Money Checked(Func<long> op)
    {
        try
        {
            var result = op();
            if (result > MaxValue.Dong || result < -MaxValue.Dong) throw Overflow();
            return new Money(result);
        }
        catch (OverflowException)
        {
            throw Overflow();
        }
    }

    private static DomainException Overflow() => new("Số tiền vượt quá giới hạn 999.999 tỷ đồng.");
}
