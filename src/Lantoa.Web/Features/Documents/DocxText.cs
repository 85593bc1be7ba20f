using System.Globalization;
using System.Text;
using Lantoa.Domain.Dates;

namespace Lantoa.Web.Features.Documents;

/// <summary>
/// The small pieces of Vietnamese administrative writing the .docx export needs: Roman numerals, the Vietnamese letter
/// order of lettered items, the Decree 30/2020 date line, sentence endings, the light inline marks a
/// <see cref="PlanDocument"/> text may carry, and an estimate of how wide a line of Times New Roman is (for the rules
/// drawn under the header lines).
/// </summary>
internal static class DocxText
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Lettered items skip f, j, w and z, as Vietnamese documents do: a) b) c) d) đ) e) g) h) i) k) …</summary>
    private static readonly string[] Letters =
        ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];

    /// <summary>The <paramref name="index"/>-th (0-based) letter of a lettered list; beyond "y" the letters double ("aa").</summary>
    public static string Letter(int index) =>
        index < Letters.Length ? Letters[index] : Letter(index / Letters.Length - 1) + Letters[index % Letters.Length];

    /// <summary>The value of a Roman numeral ("IV" → 4, any case); null when <paramref name="text"/> is not one.</summary>
    public static int? FromRoman(string? text) =>
        Lantoa.Domain.Text.RomanNumerals.Value(text?.Trim().ToUpperInvariant()) is > 0 and var v ? v : null;

    /// <summary>The numeral at the end of an appendix label: "Phụ lục IV" → 4; null when there is none.</summary>
    public static int? AppendixNumber(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var last = label.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd('.', ':');
        return FromRoman(last) ?? (int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null);
    }

    /// <summary>
    /// The date of the header's place-and-date line as Decree 30/2020 writes it: days below 10 and the months 1 and 2
    /// with a leading zero ("ngày 05 tháng 02 năm 2020", "ngày 13 tháng 7 năm 2023"); what a draft does not know yet is
    /// left blank for the hand ("ngày      tháng 9 năm 2024", "ngày      tháng      năm 2024").
    /// </summary>
    public static string DateWords(PartialDate? date)
    {
        const string blank = "      ";
        if (date is not { } d) return $"ngày{blank}tháng{blank}năm{blank}";
        var day = d.Day is { } dd ? dd.ToString("00", CultureInfo.InvariantCulture) : null;
        var month = d.Month is { } mm ? (mm <= 2 ? mm.ToString("00", CultureInfo.InvariantCulture) : mm.ToString(CultureInfo.InvariantCulture)) : null;
        return $"ngày{(day is null ? blank : " " + day + " ")}tháng{(month is null ? blank : " " + month + " ")}năm {d.Year}";
    }

    /// <summary>A short date as plans cite them ("13/7/2023", "08/8/2024"); unknown parts blank ("    /9/2024").</summary>
    public static string ShortDate(PartialDate? date)
    {
        const string blank = "    ";
        if (date is not { } d) return $"{blank}/{blank}/{blank}";
        var day = d.Day is { } dd ? dd.ToString("00", CultureInfo.InvariantCulture) : blank;
        var month = d.Month is { } mm ? mm.ToString(CultureInfo.InvariantCulture) : blank;
        return $"{day}/{month}/{d.Year}";
    }

    public static string ShortDate(DateOnly day) => ShortDate(PartialDate.FromDate(day));

    /// <summary>
    /// How a document cites another: "Kế hoạch số 140/KH-UBND ngày 20/9/2024 của UBND tỉnh". A number without its figure
    /// ("/KH-UBND") and the unknown parts of the date are left blank for the hand.
    /// </summary>
    public static string Reference(string documentType, string? numberSymbol, PartialDate? date, string? issuer)
    {
        var number = string.IsNullOrWhiteSpace(numberSymbol) ? "     /" : numberSymbol.Trim();
        if (number.StartsWith('/')) number = "     " + number;
        var of = string.IsNullOrWhiteSpace(issuer) ? "" : " của " + issuer.Trim();
        return $"{SentenceCase(documentType.Trim())} số {number} ngày {ShortDate(date)}{of}";
    }

    /// <summary>A number as Vietnamese documents write it: "1.250", "2,5"; null stays null.</summary>
    public static string? Number(decimal? value)
    {
        if (value is not { } v) return null;
        var format = new NumberFormatInfo { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NumberGroupSizes = [3] };
        return v.ToString("#,0.####", format);
    }

    /// <summary>An item's label as written before its title: "2.1" → "2.1."; "a" → "a)"; one that ends in "." or ")" is kept.</summary>
    public static string Label(string label)
    {
        var l = label.Trim();
        if (l.Length == 0 || l.EndsWith('.') || l.EndsWith(')') || l is "-" or "+" or "•" or "–") return l; // a bullet stays a bullet
        return l.All(char.IsLetter) ? l + ")" : l + ".";
    }

    /// <summary>Vietnamese capitals ("Phó Chủ tịch" → "PHÓ CHỦ TỊCH").</summary>
    public static string Upper(string text) => text.ToUpper(Vi);

    /// <summary>The first letter in capitals: a sentence that opens with "báo cáo …" after a full stop.</summary>
    public static string UpperFirst(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpper(text[0], Vi) + text[1..];

    /// <summary>See <see cref="Lantoa.Domain.Text.VietnameseText.LowerFirst"/>.</summary>
    public static string LowerFirst(string text) => Lantoa.Domain.Text.VietnameseText.LowerFirst(text);

    /// <summary>"KẾ HOẠCH" → "Kế hoạch".</summary>
    public static string SentenceCase(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], Vi) + text[1..].ToLower(Vi);

    /// <summary>Adds a full stop unless the sentence already ends with punctuation (inline marks are looked through).</summary>
    public static string EndSentence(string text)
    {
        var t = text.TrimEnd();
        var core = t.TrimEnd('*');
        if (core.Length == 0) return t;
        return ".;:!?…".Contains(core[^1]) ? t : t + ".";
    }

    /// <summary>Ends the last paragraph of a document with "./." as Decree 30/2020 closes the body.</summary>
    public static string EndDocument(string text)
    {
        var t = text.TrimEnd();
        if (t.EndsWith("./.", StringComparison.Ordinal)) return t;
        var core = t.TrimEnd('*');
        if (core.Length > 0 && core[^1] is ';' or ',' or ':') t = core[..^1] + t[core.Length..];
        t = t.TrimEnd();
        return t.TrimEnd('*').EndsWith('.') ? t + "/." : t + "./.";
    }

    /// <summary>Text split at its line breaks, each line trimmed, empty lines dropped.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>NFC, control characters (other than line breaks and tabs) replaced by spaces: what an XML text node may hold.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c == '\r') continue;
            sb.Append(c is '\n' or '\t' || !char.IsControl(c) ? c : ' ');
        }

        return sb.ToString();
    }

    /// <summary>
    /// Splits a text carrying the light marks of <see cref="PlanDocument"/> ("**bold**", "*italic*") into spans. A text
    /// whose marks do not pair up is taken literally, asterisks and all.
    /// </summary>
    public static IReadOnlyList<(string Text, bool Bold, bool Italic)> Spans(string text)
    {
        var spans = new List<(string, bool, bool)>();
        if (!text.Contains('*')) return [(text, false, false)];
        var doubles = CountOf(text, "**");
        var singles = CountOf(text.Replace("**", ""), "*");
        if (doubles % 2 != 0 || singles % 2 != 0) return [(text, false, false)];

        bool bold = false, italic = false;
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '*')
            {
                sb.Append(text[i]);
                continue;
            }

            if (sb.Length > 0) spans.Add((sb.ToString(), bold, italic));
            sb.Clear();
            if (i + 1 < text.Length && text[i + 1] == '*')
            {
                bold = !bold;
                i++;
            }
            else
            {
                italic = !italic;
            }
        }

        if (sb.Length > 0) spans.Add((sb.ToString(), bold, italic));
        return spans;
    }

    /// <summary>The text without its inline marks (as <see cref="Spans"/> reads them).</summary>
    public static string Plain(string text) => string.Concat(Spans(text).Select(s => s.Text));

    private static int CountOf(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    // ─────────────────────────── widths ───────────────────────────

    // Advance widths of Times (Adobe's Times-Roman and Times-Bold metrics, 1/1000 em) for ' ' to '~'. Times New Roman and
    // Liberation Serif (LibreOffice's stand-in for it) have the same widths within a few per cent. A Vietnamese letter is
    // as wide as its base letter ("Ộ" as "O", "Đ" as "D").
    private static readonly short[] RegularWidths =
    [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, // space ! " # $ % & ' ( ) * + , - . /
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0-9 : ; < = > ?
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @ A-O
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P-Z [ \ ] ^ _
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // ` a-o
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, // p-z { | } ~
    ];

    private static readonly short[] BoldWidths =
    [
        250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
        930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
        611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
        333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
        556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
    ];

    /// <summary>About how wide <paramref name="text"/> sets in Times New Roman at <paramref name="points"/>, in twips.</summary>
    public static int Width(string text, bool bold, double points)
    {
        var widths = bold ? BoldWidths : RegularWidths;
        double total = 0;
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = ch switch { 'Đ' => 'D', 'đ' => 'd', '–' => '-', '“' or '”' => '"', _ => ch };
            total += c is >= ' ' and <= '~' ? widths[c - ' '] : 500;
        }

        return (int)Math.Ceiling(total / 1000 * points * 20);
    }
}
