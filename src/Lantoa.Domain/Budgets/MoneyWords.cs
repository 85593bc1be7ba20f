using System.Text;

namespace Lantoa.Domain.Budgets;

/// <summary>
/// Amounts in Vietnamese words, as accounting documents write them ("Bằng chữ: …"):
/// "Một triệu không trăm linh năm nghìn đồng", "Hai mươi mốt đồng", "Một tỷ năm trăm triệu đồng".
/// </summary>
/// <remarks>
/// The conventions followed: "nghìn" (not "ngàn"), "tỷ" (not "tỉ"), "bốn" (not "tư"); "linh" for a zero tens digit
/// after a hundreds digit; "mười" for 10–19 and "mươi" from 20; "mốt" for a 1 after "mươi" and "lăm" for a 5 after
/// "mười/mươi"; "không trăm" for a zero hundreds digit in a group that follows a non-zero group; groups of three zeros
/// are skipped. Above 999 tỷ the count of tỷ is itself read as a number ("Một nghìn hai trăm ba mươi bốn tỷ đồng"),
/// and the part below one tỷ then follows as a non-leading part ("Một nghìn tỷ không trăm linh một triệu đồng").
/// </remarks>
public static class MoneyWords
{
    private const long OneBillion = 1_000_000_000;

    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    /// <summary>Scale words of the three-digit groups below one tỷ, from the units group up.</summary>
    private static readonly string[] Scales = ["", "nghìn", "triệu"];

    private static readonly long[] Divisors = [1, 1_000, 1_000_000];

    /// <summary>
    /// The amount in words, capitalised, ending in "đồng", NFC-normalised. Negative amounts start with "Âm".
    /// An amount beyond <see cref="Money.MaxValue"/> (either sign) is a <see cref="DomainException"/>.
    /// </summary>
    public static string ToWords(Money amount)
    {
        var dong = amount.Dong;
        if (dong > Money.MaxValue.Dong || dong < -Money.MaxValue.Dong)
        {
            throw new DomainException("Số tiền vượt quá giới hạn 999.999 tỷ đồng, không đọc được thành chữ.");
        }

        if (dong == 0) return "Không đồng";

        var words = new List<string>();
        if (dong < 0) words.Add("âm");
        AppendNumber(Math.Abs(dong), words);
        words.Add("đồng");

        var text = string.Join(' ', words);
        text = char.ToUpperInvariant(text[0]) + text[1..];
        return text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Appends a positive number up to 999.999.999.999.999: the count of tỷ, then the part below one tỷ.</summary>
    private static void AppendNumber(long value, List<string> words)
    {
        var billions = value / OneBillion;
        var rest = value % OneBillion;
        var leading = true;
        if (billions > 0)
        {
            // At most 999.999 tỷ, so the count of tỷ is itself below one million: read it with the same groups.
            AppendBelowOneBillion(billions, words, ref leading);
            words.Add("tỷ");
        }

        AppendBelowOneBillion(rest, words, ref leading);
    }

    /// <summary>
    /// Appends a number below one tỷ group by group; zero groups are skipped. <paramref name="leading"/> is true until
    /// a non-zero group has been read (in this call or before it), so that later groups say "không trăm" and "linh".
    /// </summary>
    private static void AppendBelowOneBillion(long value, List<string> words, ref bool leading)
    {
        for (var scale = Scales.Length - 1; scale >= 0; scale--)
        {
            var group = (int)(value / Divisors[scale] % 1000);
            if (group == 0) continue;
            AppendGroup(group, words, leading);
            leading = false;
            if (Scales[scale].Length > 0) words.Add(Scales[scale]);
        }
    }

    /// <summary>Appends a non-zero group of three digits (1–999).</summary>
    private static void AppendGroup(int group, List<string> words, bool leading)
    {
        var hundreds = group / 100;
        var tens = group / 10 % 10;
        var units = group % 10;

        var saidHundreds = hundreds > 0 || !leading;
        if (saidHundreds)
        {
            words.Add(Digits[hundreds]);
            words.Add("trăm");
        }

        switch (tens)
        {
            case 0:
                if (units == 0) return;
                if (saidHundreds) words.Add("linh");
                words.Add(Digits[units]);
                return;
            case 1:
                words.Add("mười");
                if (units == 5) words.Add("lăm");
                else if (units > 0) words.Add(Digits[units]);
                return;
            default:
                words.Add(Digits[tens]);
                words.Add("mươi");
                if (units == 1) words.Add("mốt");
                else if (units == 5) words.Add("lăm");
                else if (units > 0) words.Add(Digits[units]);
                return;
        }
    }
}
