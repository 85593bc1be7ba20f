using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Lantoa.Domain.Documents;

/// <summary>
/// Removes the formatting debris that conversions from Word leave inside a line of text: Markdown emphasis ("**",
/// "*…*", "~~"), backslash escapes ("1\."), HTML tags ("&lt;p&gt;", "&lt;u&gt;", "&lt;br&gt;"), entities ("&amp;nbsp;"),
/// autolinks ("&lt;https://…&gt;" → the address), Markdown links ("[text](url)" → "text (url)"); collapses white space.
/// Linear in the length of the line; idempotent on clean text.
/// </summary>
internal static partial class InlineMarkup
{
    /// <summary>The cleaned line and whether all of it was bold or italic ("**Nơi nhận:**", "*Nguyễn Thành Diệu*").</summary>
    public static (string Text, bool Bold, bool Italic) Clean(string line)
    {
        if (string.IsNullOrEmpty(line)) return ("", false, false);
        var s = line;
        if (s.Contains('<'))
        {
            s = AutoLink().Replace(s, "$1");
            s = BlockTag().Replace(s, " ");
            s = InlineTag().Replace(s, "");
        }

        if (s.Contains('&') && s.Contains(';')) s = Entity().Replace(s, m => WebUtility.HtmlDecode(m.Value));
        if (s.Contains('\\')) s = Escape().Replace(s, "$1");
        if (s.Contains("](", StringComparison.Ordinal)) s = Link().Replace(s, m => m.Groups[1].Value == m.Groups[2].Value ? m.Groups[1].Value : $"{m.Groups[1].Value} ({m.Groups[2].Value})");
        if (s.Contains("~~", StringComparison.Ordinal)) s = s.Replace("~~", "", StringComparison.Ordinal);

        var (bold, italic) = WholeEmphasis(s);
        if (s.Contains('*')) s = StripAsterisks(s);
        return (CollapseSpaces(s), bold, italic);
    }

    /// <summary>Collapses every run of white space (tabs, no-break spaces included) to one space and trims.</summary>
    public static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        var pending = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                pending = sb.Length > 0;
                continue;
            }

            if (pending) sb.Append(' ');
            pending = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>A line that opens with a run of asterisks and closes with one, with none inside: bold (2+), italic (1 or 3+).</summary>
    private static (bool Bold, bool Italic) WholeEmphasis(string s)
    {
        var t = s.AsSpan().Trim();
        var lead = 0;
        while (lead < t.Length && t[lead] == '*') lead++;
        var trail = 0;
        while (trail < t.Length - lead && t[t.Length - 1 - trail] == '*') trail++;
        if (lead == 0 || trail == 0 || lead + trail >= t.Length) return (false, false);
        if (t[lead..^trail].Contains('*')) return (false, false);
        var n = Math.Min(lead, trail);
        return (n >= 2, n == 1 || n >= 3);
    }

    /// <summary>
    /// Drops emphasis asterisks. A run between two spaces ("a * b") and "(*)" stay; a run glued between two words
    /// ("Phụ lục I**MỘT SỐ") becomes a space, so that lines the conversion glued together stay apart.
    /// </summary>
    private static string StripAsterisks(string s)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] != '*')
            {
                sb.Append(s[i++]);
                continue;
            }

            var j = i;
            while (j < s.Length && s[j] == '*') j++;
            var left = i > 0 ? s[i - 1] : ' ';
            var right = j < s.Length ? s[j] : ' ';
            if ((char.IsWhiteSpace(left) && char.IsWhiteSpace(right)) || (left == '(' && right == ')'))
            {
                sb.Append(s, i, j - i);
            }
            else if ((char.IsLetterOrDigit(left) || left is ')' or '”' or '"' or '.' or ':') && (char.IsLetterOrDigit(right) || right is '(' or '“'))
            {
                sb.Append(' ');
            }

            i = j;
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"<((?:https?|ftp|mailto):[^<>\s]{1,500})>", RegexOptions.IgnoreCase)]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|tbody|thead|hr)(?:\s[^<>]{0,200})?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"</?(?:u|b|i|em|strong|span|sup|sub|s|strike|del|ins|font|a|mark|small|big|center|o:p)(?:\s[^<>]{0,200})?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"&(?:[a-zA-Z]{2,8}|#[0-9]{1,6}|#x[0-9a-fA-F]{1,5});")]
    private static partial Regex Entity();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|<>~""'])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\[([^\[\]]{1,300})\]\(([^()\s]{1,500})\)")]
    private static partial Regex Link();
}
