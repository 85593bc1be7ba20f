using System.Text;
using System.Text.RegularExpressions;

namespace Lantoa.Domain.Plans;

/// <summary>
/// Text clean-up shared by the plan parsers: Unicode NFC, conversion debris, and a diacritic-free fold that keeps
/// every character at its place, so a match in the folded text slices the clean text directly.
/// </summary>
internal static partial class PlanText
{
    /// <summary>NFC; "Ð" (Icelandic eth, a common typing slip) → "Đ"; markup debris ("**", "&lt;u&gt;", "#") and runs of whitespace → one space; trimmed.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = text.Normalize(NormalizationForm.FormC).Replace('\u00D0', 'Đ').Replace('\u00F0', 'đ');
        s = Debris().Replace(s, " ");
        return Spaces().Replace(s, " ").Trim();
    }

    /// <summary>Same length as <paramref name="text"/>: each letter without its diacritics ("Đ" → "D"), lower-cased unless asked not to.</summary>
    public static string Fold(string text, bool lowerCase = true)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x80)
                c = c switch
                {
                    'đ' => 'd',
                    'Đ' => 'D',
                    _ => c.ToString().Normalize(NormalizationForm.FormD)[0],
                };
            chars[i] = lowerCase ? char.ToLowerInvariant(c) : c;
        }
        return new string(chars);
    }

    /// <summary>Shortens <paramref name="text"/> for a message.</summary>
    public static string Excerpt(string text, int max = 80) => text.Length <= max ? text : text[..max] + "…";

    [GeneratedRegex(@"</?[a-zA-Z][^<>]{0,20}>|\*+|#+")]
    private static partial Regex Debris();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
