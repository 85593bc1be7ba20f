using Lantoa.Domain.Budgets;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Quizzes;

/// <summary>One prize tier of a round: "02 giải nhất: 1.000.000 đồng/giải" is ("Giải nhất", 2, 1.000.000).</summary>
public sealed record PrizeTier(string Name, int Count, Money Amount)
{
    public Money Total => new(Amount.Dong * Count);
}

/// <summary>
/// The prizes of a contest: the individual tiers of each round, how many rounds, and the collective prize(s) for the
/// unit with most entrants. Its total is what the estimate line of the activity must hold.
/// </summary>
public sealed record PrizeStructure(IReadOnlyList<PrizeTier> PerRound, int Rounds, IReadOnlyList<PrizeTier> Collective)
{
    public Money RoundTotal => Money.Sum(PerRound.Select(t => t.Total));
    public Money Total => new(RoundTotal.Dong * Rounds + Money.Sum(Collective.Select(t => t.Total)).Dong);
    public int IndividualPrizesPerRound => PerRound.Sum(t => t.Count);

    /// <summary>Null when <see cref="Total"/> equals the estimate line's amount; else the finding's Vietnamese message.</summary>
    public string? CheckAgainst(Money estimateLine) => Total == estimateLine ? null
        : $"Tổng giải thưởng của cuộc thi là {Total} nhưng dòng dự toán ghi {estimateLine} (chênh {new Money(Math.Abs(Total.Dong - estimateLine.Dong))}).";
}

/// <summary>A submitted attempt as the ranking sees it. <paramref name="PersonKeys"/>: phone, e-mail and CCCD hash of
/// the account — two accounts sharing any of them are one person.</summary>
public sealed record RankEntry(long AttemptId, int CitizenId, int Score, int? Prediction, long DurationMs, DateTimeOffset SubmittedAt,
    IReadOnlyList<string> PersonKeys, string? DisqualifiedReason = null);

/// <summary>A ranked attempt: rank (1 first), prediction error, and the prize tier won (null: none).</summary>
public sealed record RankedEntry(int Rank, RankEntry Entry, int PredictionError, string? Prize, Money? PrizeAmount);

/// <summary>
/// The ranking of a closed round: score (higher first), then |prediction − the real number of all-correct entrants|
/// (a missing prediction is worst), then time used, then submit time, then attempt id (stable). Disqualified attempts
/// leave the ranking (those after move up). Only one attempt per person is ranked — the best by this order; the same
/// phone, e-mail or CCCD on several accounts is one person, so one prize per person. Prizes go down the ranking tier by tier.
/// </summary>
public static class QuizRanking
{
    public static IReadOnlyList<RankedEntry> Rank(IEnumerable<RankEntry> entries, int allCorrect, IReadOnlyList<PrizeTier> tiers)
    {
        var ordered = entries.Where(e => e.DisqualifiedReason is null)
            .Select(e => (Entry: e, Error: e.Prediction is { } p ? Math.Abs(p - allCorrect) : int.MaxValue))
            .OrderByDescending(x => x.Entry.Score).ThenBy(x => x.Error).ThenBy(x => x.Entry.DurationMs)
            .ThenBy(x => x.Entry.SubmittedAt).ThenBy(x => x.Entry.AttemptId).ToList();
        var persons = new PersonSets();
        var prizes = tiers.SelectMany(t => Enumerable.Repeat(t, t.Count)).ToList();
        var result = new List<RankedEntry>();
        foreach (var (entry, error) in ordered)
        {
            if (!persons.TryClaim(entry)) continue; // this person already has a better-ranked attempt
            var rank = result.Count + 1;
            var prize = rank <= prizes.Count ? prizes[rank - 1] : null;
            result.Add(new RankedEntry(rank, entry, error, prize?.Name, prize?.Amount));
        }
        return result;
    }

    /// <summary>Masks a name for the public results: "Nguyễn Văn An" → "Nguyễn V. A.".</summary>
    public static string MaskName(string fullName)
    {
        var parts = VietnameseText.Normalize(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return "";
        return parts.Length == 1 ? parts[0][..1] + "." : parts[0] + " " + string.Join(" ", parts.Skip(1).Select(p => p[..1] + "."));
    }

    /// <summary>Union of accounts by shared keys: an account is claimed once, and so is every key it carries.</summary>
    private sealed class PersonSets
    {
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private readonly HashSet<int> _citizens = [];

        public bool TryClaim(RankEntry e)
        {
            if (_citizens.Contains(e.CitizenId) || e.PersonKeys.Any(k => !string.IsNullOrEmpty(k) && _keys.Contains(k))) return false;
            _citizens.Add(e.CitizenId);
            foreach (var k in e.PersonKeys) if (!string.IsNullOrEmpty(k)) _keys.Add(k);
            return true;
        }
    }
}
