namespace Lantoa.Domain.Contests;

/// <summary>A judge's total for an entry (0..100, the rubric's weighted sum) in a round.</summary>
public sealed record JudgeTotal(int JudgeId, int EntryId, decimal Total);

/// <summary>An entry's jury score in a round: the mean of its judges' totals (raw or normalised) and how many judges scored it.</summary>
public sealed record EntryJuryScore(int EntryId, decimal Score, int Judges, bool Quorate);

/// <summary>
/// The jury's arithmetic: a judge's weighted total, per-judge normalisation (z-scores mapped back onto the scale of
/// all totals: overall mean + z × overall standard deviation, so a strict and a lenient judge count alike), the quorum,
/// and a round's cut-off (top N and/or a threshold).
/// </summary>
public static class Scoring
{
    /// <summary>Σ weight × score / max: 0..100 when the weights sum to 100.</summary>
    public static decimal WeightedTotal(IReadOnlyList<ContestCriterion> rubric, IReadOnlyDictionary<int, decimal> sheet) =>
        Math.Round(rubric.Sum(c => c.Weight * (sheet.TryGetValue(c.Id, out var s) ? s : 0m) / c.MaxScore), 4);

    /// <summary>
    /// Each judge's totals as z-scores among that judge's own totals (population deviation; a judge who gave everyone the
    /// same total has z = 0), mapped onto the overall scale. Needs at least two totals per judge to mean anything.
    /// </summary>
    public static IReadOnlyList<JudgeTotal> Normalise(IReadOnlyList<JudgeTotal> totals)
    {
        if (totals.Count == 0) return [];
        var (mean, sd) = MeanSd(totals.Select(t => t.Total).ToList());
        var result = new List<JudgeTotal>();
        foreach (var judge in totals.GroupBy(t => t.JudgeId))
        {
            var (m, s) = MeanSd(judge.Select(t => t.Total).ToList());
            foreach (var t in judge)
            {
                var z = s == 0 ? 0 : (t.Total - m) / s;
                result.Add(t with { Total = Math.Round(mean + z * sd, 4) });
            }
        }
        return result;
    }

    /// <summary>Each entry's mean over its judges; quorate when at least <paramref name="quorum"/> judges scored it.</summary>
    public static IReadOnlyList<EntryJuryScore> EntryScores(IReadOnlyList<JudgeTotal> totals, int quorum) =>
        totals.GroupBy(t => t.EntryId)
            .Select(g => new EntryJuryScore(g.Key, Math.Round(g.Average(t => t.Total), 4), g.Select(t => t.JudgeId).Distinct().Count(),
                g.Select(t => t.JudgeId).Distinct().Count() >= quorum))
            .OrderByDescending(s => s.Score).ThenBy(s => s.EntryId).ToList();

    /// <summary>
    /// Who goes through to the next round: quorate entries only, at least <paramref name="threshold"/> when given, and
    /// the best <paramref name="topN"/> when given — an entry tied with the N-th goes through too (no tie is cut by chance).
    /// </summary>
    public static IReadOnlyList<int> Advancing(IReadOnlyList<EntryJuryScore> scores, int? topN, decimal? threshold)
    {
        if (topN is < 1) throw new DomainException("Số bài vào vòng sau phải lớn hơn 0.");
        var eligible = scores.Where(s => s.Quorate && (threshold is null || s.Score >= threshold))
            .OrderByDescending(s => s.Score).ThenBy(s => s.EntryId).ToList();
        if (topN is { } n && eligible.Count > n)
        {
            var cut = eligible[n - 1].Score;
            eligible = eligible.Where(s => s.Score >= cut).ToList();
        }
        return eligible.Select(s => s.EntryId).ToList();
    }

    private static (decimal Mean, decimal Sd) MeanSd(IReadOnlyList<decimal> values)
    {
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / values.Count;
        return (mean, (decimal)Math.Sqrt((double)variance));
    }
}

/// <summary>One line of the combined ranking of a category.</summary>
public sealed record RankedEntry(int EntryId, int Rank, decimal Combined, decimal Jury, decimal Public, int Votes);

/// <summary>
/// The combined ranking: jury score (0..100) × jury weight + public score × (100 − weight), all over 100; the public
/// score is an entry's valid votes over the most votes any entry of the category has (× 100). Ties are broken by the
/// jury score; entries still tied share the rank (1, 2, 2, 4).
/// </summary>
public static class Ranking
{
    public static IReadOnlyList<RankedEntry> Combine(IReadOnlyList<(int EntryId, decimal Jury, int Votes)> entries, int juryWeight)
    {
        if (juryWeight is < 0 or > 100) throw new DomainException("Tỷ trọng điểm giám khảo phải từ 0 đến 100.");
        var most = entries.Count == 0 ? 0 : entries.Max(e => e.Votes);
        var lines = entries.Select(e =>
        {
            var pub = most == 0 ? 0m : Math.Round(100m * e.Votes / most, 4);
            return (e.EntryId, Combined: Math.Round((e.Jury * juryWeight + pub * (100 - juryWeight)) / 100m, 4), e.Jury, Public: pub, e.Votes);
        }).OrderByDescending(l => l.Combined).ThenByDescending(l => l.Jury).ThenBy(l => l.EntryId).ToList();
        var ranked = new List<RankedEntry>();
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var rank = i > 0 && lines[i - 1].Combined == l.Combined && lines[i - 1].Jury == l.Jury ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedEntry(l.EntryId, rank, l.Combined, l.Jury, l.Public, l.Votes));
        }
        return ranked;
    }
}
