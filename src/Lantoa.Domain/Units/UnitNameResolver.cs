using Lantoa.Domain.Text;

namespace Lantoa.Domain.Units;

/// <summary>
/// Maps a unit name written in a plan to a unit or group candidate. Names and aliases are compared by key
/// (<see cref="UnitNameVocabulary"/>: folding, abbreviations, courtesy words, place names and qualifiers): equal keys
/// score 1.0; otherwise the score is the mean of a weighted Dice over key words (rare words weigh more) and a Dice
/// over character trigrams, capped at 0.99. A name resolves when one candidate scores 1.0 alone, or at least
/// <see cref="Threshold"/> and <see cref="Margin"/> above the next candidate.
/// </summary>
public sealed class UnitNameResolver
{
    /// <summary>The lowest score that can resolve a name that is not an exact match.</summary>
    public const double Threshold = 0.8;

    /// <summary>How far the best candidate must be ahead of the runner-up to resolve a name that is not an exact match.</summary>
    public const double Margin = 0.1;

    private const int SuggestionCount = 5;
    private const int LongestEllipsis = 3;

    private readonly NameCandidate[] candidates;
    private readonly List<Form> forms = [];
    private readonly NameKeys keys;
    private readonly Dictionary<string, List<int>> exact = [];
    private readonly Dictionary<string, List<int>> wordPostings = [];
    private readonly Dictionary<string, List<int>> trigramPostings = [];
    private readonly Dictionary<string, double> wordWeights = [];
    private readonly double unknownWordWeight;
    private readonly int longestListName;
    private readonly ProvinceScope? scope;

    public UnitNameResolver(IEnumerable<NameCandidate> candidates)
        : this(candidates, [])
    {
    }

    /// <param name="candidates">The units and groups a name may denote.</param>
    /// <param name="placeNames">Place names that may close a name without changing it, e.g. the province: "Long An".</param>
    /// <param name="scope">The province of the candidates: a name that carries another province's name matches none of them.</param>
    public UnitNameResolver(IEnumerable<NameCandidate> candidates, IEnumerable<string> placeNames, ProvinceScope? scope = null)
    {
        this.candidates = candidates.ToArray();
        this.scope = scope;
        keys = new NameKeys(scope is null ? placeNames : placeNames.Concat(scope.OwnNames));
        for (var c = 0; c < this.candidates.Length; c++)
        {
            foreach (var text in this.candidates[c].Aliases.Prepend(this.candidates[c].Name).Distinct())
            {
                var cleaned = WrittenNames.Clean(text);
                var words = keys.Of(cleaned).Distinct().ToArray();
                var key = string.Join(' ', words);
                var index = forms.Count;
                var trigrams = Trigrams(key);
                forms.Add(new Form(c, text, words, trigrams.Count));
                longestListName = Math.Max(longestListName, WrittenNames.Split(cleaned).Count);
                Post(exact, key, index);
                foreach (var word in words)
                {
                    Post(wordPostings, word, index);
                }

                foreach (var trigram in trigrams)
                {
                    Post(trigramPostings, trigram, index);
                }
            }
        }

        unknownWordWeight = Math.Log(1 + forms.Count);
        foreach (var (word, postings) in wordPostings)
        {
            wordWeights[word] = Math.Log(1 + (double)forms.Count / postings.Count);
        }

        foreach (var form in forms)
        {
            form.WordWeight = form.Words.Sum(w => wordWeights[w]);
        }
    }

    /// <summary>Resolves one written name; <paramref name="asOf"/> leaves out candidates not valid on that day.</summary>
    public NameResolution Resolve(string written, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(written);
        return ResolveCleaned(written.Trim(), WrittenNames.Clean(written), asOf);
    }

    /// <summary>
    /// Resolves a written list of names ("Các sở, ngành tỉnh, Công an tỉnh, … và …"). The list is split at ",", ";"
    /// and " và "; since group names contain those too, the split chosen is the one that covers the most text with
    /// resolved names (a span of several pieces must match a name exactly). An unresolved piece of up to three words
    /// right after a resolved one is completed from the start of that one when this matches a name exactly
    /// ("UBND cấp huyện, cấp xã" → "UBND cấp xã"); an unresolved piece that starts in lower case after a comma and an
    /// unresolved piece continues it ("các cơ quan, đơn vị, địa phương").
    /// </summary>
    public IReadOnlyList<NameResolution> ResolveList(string text, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = WrittenNames.Clean(text);
        var pieces = WrittenNames.Split(cleaned);
        var items = Segment(cleaned, pieces, asOf);
        CompleteEllipses(items, asOf);
        MergeUnresolvedContinuations(cleaned, items, asOf);
        return items.Select(i => i.Resolution).ToList();
    }

    private List<Item> Segment(string cleaned, List<ListPiece> pieces, DateOnly? asOf)
    {
        var n = pieces.Count;
        var value = new double[n + 1];
        var count = new int[n + 1];
        var from = new int[n + 1];
        var chosen = new NameResolution?[n + 1];
        for (var end = 1; end <= n; end++)
        {
            value[end] = double.NegativeInfinity;
            for (var start = Math.Max(0, end - Math.Max(1, longestListName)); start < end; start++)
            {
                var span = Span(cleaned, pieces, start, end);
                var single = end - start == 1;
                var resolution = single ? ResolveCleaned(span, span, asOf) : ResolveExactly(span, asOf);
                if (resolution is null)
                {
                    continue;
                }

                // A name of another province covers its text as a match would: it is one name, not a list.
                var covered = resolution.Match is { } m ? m.Score : resolution.ForeignProvince is not null && !single ? 1.0 : 0;
                var total = value[start] + covered * span.Count(char.IsLetterOrDigit);
                var better = total > value[end] + 1e-9
                    || (Math.Abs(total - value[end]) <= 1e-9 && count[start] + 1 < count[end]);
                if (better)
                {
                    (value[end], count[end], from[end], chosen[end]) = (total, count[start] + 1, start, resolution);
                }
            }
        }

        var items = new List<Item>();
        for (var end = n; end > 0; end = from[end])
        {
            var start = from[end];
            items.Add(new Item(pieces[start].Start, pieces[end - 1].End, pieces[start].SeparatorBefore, chosen[end]!));
        }

        items.Reverse();
        return items;
    }

    private void CompleteEllipses(List<Item> items, DateOnly? asOf)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var (item, previous) = (items[i], items[i - 1].Resolution);
            var words = item.Resolution.Written.Split(' ');
            if (item.Resolution.IsResolved || previous.Match is not { } previousMatch || words.Length > LongestEllipsis)
            {
                continue;
            }

            var previousWords = WrittenNames.SplitNote(previous.Written).Main.Split(' ');
            for (var keep = previousWords.Length - 1; keep > 0; keep--)
            {
                var completed = string.Join(' ', previousWords.Take(keep).Concat(words));
                var resolution = ResolveCleaned(completed, completed, asOf);
                if (resolution.Match is { Score: >= 1.0 } match && match.Candidate.Id != previousMatch.Candidate.Id)
                {
                    var reason = $"completed from the previous name as “{completed}”: {match.Reason}";
                    items[i] = item with { Resolution = item.Resolution with { Match = match with { Reason = reason }, Suggestions = resolution.Suggestions } };
                    break;
                }
            }
        }
    }

    private void MergeUnresolvedContinuations(string cleaned, List<Item> items, DateOnly? asOf)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var (item, previous) = (items[i], items[i - 1]);
            if (item.Resolution.IsResolved || previous.Resolution.IsResolved || item.SeparatorBefore != ','
                || !char.IsLower(item.Resolution.Written[0]))
            {
                continue;
            }

            var merged = cleaned[previous.Start..item.End];
            items[i - 1] = previous with { End = item.End, Resolution = ResolveCleaned(merged, merged, asOf) };
            items.RemoveAt(i);
        }
    }

    /// <summary>
    /// "Đài Phát thanh và Truyền hình Long An" in a Bình Định plan: a span that, without the other province's name,
    /// is exactly one name here is that province's unit — one unmatched name, not "Đài Phát thanh" and "Truyền hình …".
    /// </summary>
    private NameResolution? ForeignWhole(string span, string main, DateOnly? asOf)
    {
        if (scope?.ForeignIn(main, asOf) is not { } foreign)
        {
            return null;
        }

        var folded = " " + VietnameseText.FoldKey(main) + " ";
        var without = folded.Replace(foreign.Key, " ", StringComparison.Ordinal).Trim();
        if (!exact.TryGetValue(string.Join(' ', keys.Of(without).Distinct()), out var formIndexes)
            || formIndexes.Select(f => candidates[forms[f].Candidate]).Where(c => c.IsValidOn(asOf)).Distinct().Count() != 1)
        {
            return null;
        }

        return ResolveCleaned(span, span, asOf);
    }

    /// <summary>The resolution of a span of several list pieces if it matches one name exactly, else null.</summary>
    private NameResolution? ResolveExactly(string span, DateOnly? asOf)
    {
        var (main, _) = WrittenNames.SplitNote(span);
        if (!exact.TryGetValue(string.Join(' ', keys.Of(main).Distinct()), out var formIndexes))
        {
            return ForeignWhole(span, main, asOf);
        }

        var matched = formIndexes.Select(f => candidates[forms[f].Candidate]).Where(c => c.IsValidOn(asOf)).Distinct().Take(2).ToList();
        return matched.Count == 1 ? ResolveCleaned(span, span, asOf) : null;
    }

    private NameResolution ResolveCleaned(string written, string cleaned, DateOnly? asOf)
    {
        var (main, note) = WrittenNames.SplitNote(cleaned);
        var ranked = main.Length == 0 ? new List<NameMatch>() : Rank(keys.Of(main).Distinct().ToArray(), asOf);
        var best = ranked.Count > 0 ? ranked[0] : null;
        var runnerUp = ranked.Count > 1 ? ranked[1].Score : 0;
        var confident = best is not null
            && (best.Score >= 1.0 ? runnerUp < 1.0 : best.Score >= Threshold && best.Score - runnerUp >= Margin);
        var foreign = scope?.ForeignIn(main, asOf);
        if (foreign is not null && confident && !CarriesName(best!, foreign))
        {
            confident = false;
        }

        return new NameResolution(written, confident ? best : null, ranked.Take(SuggestionCount).ToList())
        {
            Note = note,
            ForeignProvince = confident ? null : foreign,
            ProvinceCode = (confident ? best!.Candidate.ProvinceCode : null) ?? scope?.ProvinceCode,
        };
    }

    /// <summary>Every valid candidate that shares a word or a trigram with the key, best first.</summary>
    private List<NameMatch> Rank(string[] words, DateOnly? asOf)
    {
        var key = string.Join(' ', words);
        var wordOverlap = new double[forms.Count];
        var trigramOverlap = new int[forms.Count];
        var touched = new List<int>();
        var queryWeight = 0.0;
        foreach (var word in words)
        {
            var weight = wordWeights.GetValueOrDefault(word, unknownWordWeight);
            queryWeight += weight;
            foreach (var f in wordPostings.GetValueOrDefault(word) ?? [])
            {
                Touch(f);
                wordOverlap[f] += weight;
            }
        }

        var trigrams = Trigrams(key);
        foreach (var trigram in trigrams)
        {
            foreach (var f in trigramPostings.GetValueOrDefault(trigram) ?? [])
            {
                Touch(f);
                trigramOverlap[f]++;
            }
        }

        var exactForms = exact.GetValueOrDefault(key) ?? [];
        var best = new Dictionary<int, NameMatch>();
        foreach (var f in touched)
        {
            var form = forms[f];
            var candidate = candidates[form.Candidate];
            if (!candidate.IsValidOn(asOf))
            {
                continue;
            }

            var (score, how) = exactForms.Contains(f)
                ? (1.0, "same as")
                : (Math.Min(0.99, Dice(wordOverlap[f], queryWeight, form.WordWeight) / 2
                    + Dice(trigramOverlap[f], trigrams.Count, form.TrigramCount) / 2), "similar to");
            if (!best.TryGetValue(form.Candidate, out var current) || score > current.Score)
            {
                var reason = form.Text == candidate.Name ? $"{how} “{form.Text}”" : $"{how} alias “{form.Text}”";
                best[form.Candidate] = new NameMatch(candidate, Math.Round(score, 4), reason);
            }
        }

        return best.Values
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Candidate.Name, VietnameseText.Comparer)
            .ThenBy(m => m.Candidate.Id)
            .ToList();

        void Touch(int f)
        {
            if (wordOverlap[f] == 0 && trigramOverlap[f] == 0)
            {
                touched.Add(f);
            }
        }
    }

    /// <summary>Whether the matched candidate's own name or an alias carries the province name (a commune "Phường Bình Định").</summary>
    private static bool CarriesName(NameMatch match, ProvincePlaceName name) =>
        match.Candidate.Aliases.Prepend(match.Candidate.Name).Any(t => ProvinceScope.Carries(t, name));

    private static double Dice(double overlap, double a, double b) => a + b == 0 ? 0 : 2 * overlap / (a + b);

    private static HashSet<string> Trigrams(string key)
    {
        var padded = $" {key} ";
        var trigrams = new HashSet<string>();
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            trigrams.Add(padded.Substring(i, 3));
        }

        return trigrams;
    }

    private static string Span(string cleaned, List<ListPiece> pieces, int start, int end) =>
        cleaned[pieces[start].Start..pieces[end - 1].End];

    private static void Post(Dictionary<string, List<int>> postings, string key, int formIndex)
    {
        if (!postings.TryGetValue(key, out var list))
        {
            postings[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != formIndex)
        {
            list.Add(formIndex);
        }
    }

    /// <summary>One name or alias of a candidate, prepared for matching.</summary>
    private sealed class Form(int candidate, string text, string[] words, int trigramCount)
    {
        public int Candidate { get; } = candidate;

        public string Text { get; } = text;

        public string[] Words { get; } = words;

        public int TrigramCount { get; } = trigramCount;

        public double WordWeight { get; set; }
    }

    /// <summary>A name found in a list, with its place in the cleaned text.</summary>
    private sealed record Item(int Start, int End, char SeparatorBefore, NameResolution Resolution);
}
