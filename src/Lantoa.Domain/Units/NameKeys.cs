using Lantoa.Domain.Text;

namespace Lantoa.Domain.Units;

/// <summary>
/// The matching key of a name: folded words (<see cref="VietnameseText.FoldKey"/>) with abbreviations expanded,
/// courtesy words and trailing qualifiers or place names removed, and ignored words dropped, so that
/// "Đề nghị Tỉnh đoàn Long An" and "Tỉnh Đoàn", or "Sở TT&amp;TT" and "Sở Thông tin và Truyền thông tỉnh", get the same key.
/// </summary>
internal sealed class NameKeys
{
    private static readonly Dictionary<string, string[]> Expansions = UnitNameVocabulary.Abbreviations.ToDictionary(
        p => VietnameseText.FoldKey(p.Key),
        p => Words(p.Value));

    private static readonly int LongestAbbreviation = Expansions.Keys.Max(k => k.Split(' ').Length);
    private static readonly string[][] Leading = UnitNameVocabulary.LeadingPhrases.Select(Words).ToArray();
    private static readonly HashSet<string> Ignored = UnitNameVocabulary.IgnoredWords.Select(VietnameseText.FoldKey).ToHashSet();

    private readonly string[][] trailing;

    /// <param name="placeNames">Names that qualify a unit by place and are dropped from its end: the province, "Long An".</param>
    public NameKeys(IEnumerable<string> placeNames)
    {
        trailing = UnitNameVocabulary.TrailingQualifiers.Concat(placeNames)
            .Select(Words)
            .Where(w => w.Length > 0)
            .OrderByDescending(w => w.Length)
            .ToArray();
    }

    /// <summary>The key words of a (cleaned) name; never empty unless the name has no letters or digits.</summary>
    public string[] Of(string name)
    {
        var words = Expand(Words(name));
        var first = 0;
        var end = words.Count;
        while (Array.Find(Leading, p => end - first > p.Length && Matches(words, first, p)) is { } lead)
        {
            first += lead.Length;
        }

        while (Array.Find(trailing, p => end - first > p.Length && Matches(words, end - p.Length, p)) is { } trail)
        {
            end -= trail.Length;
        }

        var kept = words.Skip(first).Take(end - first).ToArray();
        var significant = kept.Where(w => !Ignored.Contains(w)).ToArray();
        return significant.Length > 0 ? significant : kept;
    }

    private static string[] Words(string text) => VietnameseText.FoldKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static List<string> Expand(string[] words)
    {
        var expanded = new List<string>(words.Length + 8);
        for (var i = 0; i < words.Length;)
        {
            var length = Math.Min(LongestAbbreviation, words.Length - i);
            for (; length > 0; length--)
            {
                if (Expansions.TryGetValue(string.Join(' ', words, i, length), out var expansion))
                {
                    expanded.AddRange(expansion);
                    break;
                }
            }

            if (length == 0)
            {
                expanded.Add(words[i]);
                length = 1;
            }

            i += length;
        }

        return expanded;
    }

    private static bool Matches(List<string> words, int at, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (words[at + i] != phrase[i])
            {
                return false;
            }
        }

        return true;
    }
}
