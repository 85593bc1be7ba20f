using System.Text;
using System.Text.RegularExpressions;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Units;

/// <summary>One name in a written list: where it sits in the cleaned text and what separated it from the previous one.</summary>
internal readonly record struct ListPiece(int Start, int End, char SeparatorBefore);

/// <summary>
/// Turns the text around unit names in a plan into names: removes conversion debris ("**", "#", "&lt;u&gt;"), numbering
/// and bullets ("2.1.", "a)", "- +"), field labels ("Cơ quan phối hợp thực hiện:"), closing punctuation, and
/// parentheticals; splits lists at ",", ";" and " và ", never inside parentheses. Line breaks are word wraps.
/// </summary>
internal static partial class WrittenNames
{
    /// <summary>The separator recorded for " và ".</summary>
    public const char And = '&';

    private static readonly string[] FoldedLabelHeads = UnitNameVocabulary.LabelHeads.Select(VietnameseText.FoldKey).ToArray();

    /// <summary>Normalised text without debris, leading numbering or bullets, field label and closing punctuation.</summary>
    public static string Clean(string written)
    {
        var text = VietnameseText.Normalize(Debris().Replace(written, " "));
        text = VietnameseText.Normalize(Enumerator().Replace(text, string.Empty));
        var colon = IndexAtDepthZero(text, ':');
        if (colon > 0 && IsLabel(text[..colon]))
        {
            text = text[(colon + 1)..];
        }

        return text.Trim().Trim('.', ',', ';', ':', '-', ' ');
    }

    /// <summary>Splits a cleaned name into the name itself and the text of its parentheticals (joined by "; "), if any.</summary>
    public static (string Main, string? Note) SplitNote(string cleaned)
    {
        var main = new StringBuilder(cleaned.Length);
        var notes = new List<string>();
        var depth = 0;
        var noteStart = 0;
        for (var i = 0; i < cleaned.Length; i++)
        {
            var c = cleaned[i];
            if (c == '(')
            {
                if (depth++ == 0)
                {
                    noteStart = i + 1;
                }

                continue;
            }

            if (c == ')' && depth > 0)
            {
                if (--depth == 0)
                {
                    notes.Add(cleaned[noteStart..i].Trim());
                }

                continue;
            }

            if (depth == 0)
            {
                main.Append(c);
            }
        }

        if (depth > 0)
        {
            return (cleaned, null); // unbalanced: keep the text as written
        }

        var note = string.Join("; ", notes.Where(n => n.Length > 0));
        return (VietnameseText.Normalize(main.ToString()).Trim(' ', ',', ';'), note.Length > 0 ? note : null);
    }

    /// <summary>The pieces of a cleaned list, split at ",", ";" and " và " outside parentheses.</summary>
    public static List<ListPiece> Split(string cleaned)
    {
        var pieces = new List<ListPiece>();
        var depth = 0;
        var start = 0;
        var separator = '\0';
        for (var i = 0; i < cleaned.Length; i++)
        {
            var c = cleaned[i];
            depth += c switch { '(' => 1, ')' when depth > 0 => -1, _ => 0 };
            if (depth > 0)
            {
                continue;
            }

            var length = c is ',' or ';' ? 1 : IsAndAt(cleaned, i) ? 4 : 0;
            if (length == 0)
            {
                continue;
            }

            AddPiece(pieces, cleaned, start, i, separator);
            separator = length == 1 ? c : And;
            start = i + length;
            i = start - 1;
        }

        AddPiece(pieces, cleaned, start, cleaned.Length, separator);
        return pieces;
    }

    private static void AddPiece(List<ListPiece> pieces, string text, int start, int end, char separator)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            pieces.Add(new ListPiece(start, end, pieces.Count == 0 ? '\0' : separator));
        }
    }

    private static bool IsAndAt(string text, int i) =>
        i + 4 < text.Length
        && text[i] == ' '
        && char.ToLowerInvariant(text[i + 1]) == 'v'
        && text[i + 2] == 'à'
        && text[i + 3] == ' ';

    private static bool IsLabel(string beforeColon)
    {
        var folded = VietnameseText.FoldKey(beforeColon);
        return folded.Split(' ').Length <= 8
            && FoldedLabelHeads.Any(head => folded == head || folded.StartsWith(head + " ", StringComparison.Ordinal));
    }

    private static int IndexAtDepthZero(string text, char target)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' when depth > 0 => -1, _ => 0 };
            if (depth == 0 && text[i] == target)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Markdown emphasis and headings, HTML tags left over from conversion.</summary>
    [GeneratedRegex(@"<[^<>]*>|[*#]+")]
    private static partial Regex Debris();

    /// <summary>Leading bullets and numbering: "-", "+", "•", "1.", "2.1.", "3.3", "a)", "đ)" — repeatedly.</summary>
    [GeneratedRegex(@"^(?:\s*(?:[-+–•]|\d+(?:\.\d+)*\.?(?=\s)|\d+(?:\.\d+)*[.)]|[a-zđ]\)))+\s*")]
    private static partial Regex Enumerator();
}
