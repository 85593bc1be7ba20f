using System.Globalization;
using System.Text;

namespace Lantoa.Domain.Text;

/// <summary>The five Vietnamese tone marks, numbered in dictionary order (ngang, huyền, hỏi, ngã, sắc, nặng).</summary>
internal enum Tone
{
    None = 0,
    Grave = 1,
    HookAbove = 2,
    Tilde = 3,
    Acute = 4,
    DotBelow = 5,
}

/// <summary>
/// Normalisation, folding and sorting of Vietnamese text. <see cref="Normalize"/> gives one canonical spelling
/// (NFC, single spaces, traditional tone placement "hòa", "thủy", "khỏe" — the style of the seed plans and of most
/// government documents); <see cref="Fold"/> and <see cref="FoldKey"/> drop diacritics for search and matching;
/// <see cref="Comparer"/> sorts in Vietnamese alphabetical order.
/// </summary>
public static class VietnameseText
{
    private static readonly System.Globalization.CultureInfo Vi = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"Tổ chức các hoạt động" → "tổ chức các hoạt động", "Huyện Bến Lức" → "huyện Bến Lức"; an abbreviation
    /// ("UBND …") stays as it is.</summary>
    public static string LowerFirst(string text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0])) return text;
        if (text.Length > 1 && char.IsUpper(text[1])) return text;
        return char.ToLower(text[0], Vi) + text[1..];
    }

    private const string Vowels = "aăâeêioôơuưy";

    /// <summary>Combining tone marks indexed by <see cref="Tone"/> (index 0 unused).</summary>
    private static readonly char[] ToneMarks = ['\0', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

    private static readonly Dictionary<char, (char Base, Tone Tone)> Toned = BuildTonedLetters();
    private static readonly Dictionary<(char Base, Tone Tone), char> Compose = Toned.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>Sorts in Vietnamese alphabetical order; see <see cref="VietnameseComparer"/>.</summary>
    public static IComparer<string> Comparer => VietnameseComparer.Instance;

    /// <summary>
    /// Trims, collapses whitespace runs to one space, removes zero-width characters, composes to NFC, maps the
    /// look-alike "Ð" (U+00D0) to "Đ", and puts the tone of open syllables ending in oa, oe, uy on the first vowel:
    /// "hoà" → "hòa", "thuỷ" → "thủy", "Uỷ" → "Ủy", "khoẻ" → "khỏe". Closed syllables ("hoàn", "huýt") and
    /// "qu" + vowel ("quý") are already unambiguous and stay as they are.
    /// </summary>
    public static string Normalize(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var composed = s.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(composed.Length);
        var pendingSpace = false;
        var wordStart = -1;
        foreach (var raw in composed)
        {
            if (raw is '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            var c = raw == '\u00D0' ? 'Đ' : raw;
            var inWord = char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
            if (!inWord && wordStart >= 0)
            {
                PlaceTone(sb, wordStart);
                wordStart = -1;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            if (inWord && wordStart < 0)
            {
                wordStart = sb.Length;
            }

            sb.Append(c);
        }

        if (wordStart >= 0)
        {
            PlaceTone(sb, wordStart);
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// <see cref="Normalize"/>, lower-case (invariant), all diacritics removed, "đ" → "d":
    /// "Long An Số" and "long an so" fold to the same string. For diacritics-insensitive search.
    /// </summary>
    public static string Fold(string s)
    {
        var decomposed = Normalize(s).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c == 'đ' ? 'd' : c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// <see cref="Fold"/> reduced to letters, digits and single spaces, with "&amp;" read as "và":
    /// "Sở TT&amp;TT" → "so tt va tt", "chính trị - xã hội" → "chinh tri xa hoi". For matching keys.
    /// </summary>
    public static string FoldKey(string s)
    {
        var folded = Fold(s);
        var sb = new StringBuilder(folded.Length + 8);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c == '&')
            {
                sb.Append(" va ");
            }
            else
            {
                sb.Append(' ');
            }
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Splits a precomposed letter into its toneless letter and tone: 'ể' → ('ê', HookAbove), 'ư' → ('ư', None).</summary>
    internal static (char Base, Tone Tone) SplitTone(char c) => Toned.TryGetValue(c, out var split) ? split : (c, Tone.None);

    /// <summary>Moves the tone of the word starting at <paramref name="start"/> (to the end of the builder) when the rule asks for it.</summary>
    private static void PlaceTone(StringBuilder sb, int start)
    {
        var length = sb.Length - start;
        if (length is < 2 or > 7)
        {
            return;
        }

        var tonedAt = -1;
        var tone = Tone.None;
        Span<char> letters = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            var (letter, t) = SplitTone(sb[start + i]);
            letters[i] = char.ToLowerInvariant(letter);
            if (t == Tone.None)
            {
                continue;
            }

            if (tonedAt >= 0)
            {
                return; // two tones: not a syllable we understand
            }

            (tonedAt, tone) = (i, t);
        }

        if (tonedAt < 0)
        {
            return;
        }

        var nucleus = 0;
        while (nucleus < length && !Vowels.Contains(letters[nucleus]))
        {
            nucleus++;
        }

        if (nucleus == 1 && letters[0] == 'q')
        {
            nucleus++; // "qu" is a consonant: the tone of "quý" is already on its only vowel
        }

        var isTargetCluster = nucleus + 2 == length
            && letters[nucleus..] is ['o', 'a'] or ['o', 'e'] or ['u', 'y'];
        if (!isTargetCluster || tonedAt != nucleus + 1)
        {
            return;
        }

        sb[start + nucleus] = Compose[(SplitTone(sb[start + nucleus]).Base, tone)];
        sb[start + nucleus + 1] = SplitTone(sb[start + nucleus + 1]).Base;
    }

    private static Dictionary<char, (char Base, Tone Tone)> BuildTonedLetters()
    {
        var map = new Dictionary<char, (char, Tone)>();
        foreach (var letter in Vowels + Vowels.ToUpperInvariant())
        {
            for (var tone = Tone.Grave; tone <= Tone.DotBelow; tone++)
            {
                var composed = string.Concat(letter, ToneMarks[(int)tone]).Normalize(NormalizationForm.FormC);
                map[composed[0]] = (letter, tone);
            }
        }

        return map;
    }
}
