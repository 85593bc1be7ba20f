using System.Text;

namespace Lantoa.Domain.Text;

/// <summary>
/// Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z in their Latin
/// places). Letters are compared first across the whole string, ignoring tones and case; then the tone of each word
/// in dictionary order — ngang, huyền, hỏi, ngã, sắc, nặng (a à ả ã á ạ, as in Từ điển tiếng Việt and CLDR);
/// then case (lower first); then ordinal. Spaces sort before punctuation, punctuation before digits, digits before
/// letters; digits compare one by one ("10" before "9").
/// </summary>
public sealed class VietnameseComparer : IComparer<string>
{
    private const string Alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    private const int PunctuationBase = 1;
    private const int DigitBase = 0x20000;
    private const int LetterBase = 0x30000;
    private const int OtherLetterBase = 0x40000;

    public static VietnameseComparer Instance { get; } = new();

    private VietnameseComparer()
    {
    }

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var a = KeyOf(x);
        var b = KeyOf(y);
        var result = CompareSequences(a.Letters, b.Letters);
        if (result == 0)
        {
            result = CompareSequences(a.Tones, b.Tones);
        }

        if (result == 0)
        {
            result = CompareSequences(a.Cases, b.Cases);
        }

        return result != 0 ? result : string.CompareOrdinal(a.Text, b.Text);
    }

    // Sort keys of strings already seen (unit names, titles): a list sort compares each string many times, and building a
    // key (NFC, letter ranks, tones) costs far more than comparing two. Bounded, so arbitrary input cannot grow it forever;
    // a key is never changed once built, so sharing it between threads is safe.
    private const int MaxCachedKeys = 50_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SortKey> Keys = new(StringComparer.Ordinal);
    private static int _cached;

    private static SortKey KeyOf(string s)
    {
        if (Keys.TryGetValue(s, out var key)) return key;
        key = new SortKey(s);
        if (Volatile.Read(ref _cached) < MaxCachedKeys && Keys.TryAdd(s, key)) Interlocked.Increment(ref _cached);
        return key;
    }

    private static int CompareSequences(List<int> a, List<int> b)
    {
        var n = Math.Min(a.Count, b.Count);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    /// <summary>The three levels of comparison of one string: letter ranks, one tone per word, case flags.</summary>
    private readonly struct SortKey
    {
        public SortKey(string s)
        {
            Text = s.Normalize(NormalizationForm.FormC);
            Letters = new List<int>(Text.Length);
            Tones = [];
            Cases = new List<int>(Text.Length);
            var wordTone = -1; // -1: not inside a word
            foreach (var c in Text)
            {
                if (!char.IsLetter(c))
                {
                    if (wordTone >= 0)
                    {
                        Tones.Add(wordTone);
                        wordTone = -1;
                    }

                    var rank = char.IsWhiteSpace(c) ? 0 : char.IsDigit(c) ? DigitBase + c : PunctuationBase + c;
                    if (rank != 0 || Letters.Count == 0 || Letters[^1] != 0)
                    {
                        Letters.Add(rank);
                    }

                    continue;
                }

                var (letter, tone) = VietnameseText.SplitTone(c);
                var lower = char.ToLowerInvariant(letter);
                var index = Alphabet.IndexOf(lower);
                Letters.Add(index >= 0 ? LetterBase + index : OtherLetterBase + lower);
                Cases.Add(lower == letter ? 0 : 1);
                wordTone = Math.Max(wordTone, (int)tone);
            }

            if (wordTone >= 0)
            {
                Tones.Add(wordTone);
            }
        }

        public string Text { get; }

        public List<int> Letters { get; }

        public List<int> Tones { get; }

        public List<int> Cases { get; }
    }
}
