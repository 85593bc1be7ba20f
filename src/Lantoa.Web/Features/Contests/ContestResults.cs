using Lantoa.Domain.Contests;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Contests;

/// <summary>One accepted entry in its category's combined ranking: jury score raw and normalised, judges, votes.</summary>
public sealed record StandingLine(int EntryId, int CategoryId, string Title, string Authors, int Rank, decimal Combined, decimal? Jury,
    decimal? JuryNormalised, int Judges, bool Quorate, int Votes);

/// <summary>A judge's progress: complete sheets in the entries' current rounds over the entries the judge may see.</summary>
public sealed record JudgeProgress(int JudgeId, string Name, int Scored, int Visible, string? SetAsideReason);

public sealed record ContestStanding(IReadOnlyList<StandingLine> Lines, IReadOnlyList<JudgeProgress> Judges);

/// <summary>
/// The standing of a contest from its rows: each judge's complete sheet of an entry (in the entry's current round; a
/// judge set aside left out) gives a weighted total (<see cref="Scoring.WeightedTotal"/>); an entry's jury score is the
/// mean of its judges' totals, raw or normalised per judge (<see cref="Scoring.Normalise"/>); the combined ranking per
/// category weighs it against the entry's valid votes (<see cref="Ranking.Combine"/>, ties by the jury score).
/// </summary>
public sealed class ContestResults(LantoaDb db, VoteStore votes)
{
    public async Task<ContestStanding> StandingAsync(Contest contest, bool normalised, CancellationToken ct)
    {
        var entries = await db.Set<ContestEntry>().AsNoTracking().Where(e => e.ContestId == contest.Id && e.Status == EntryStatus.Accepted)
            .OrderBy(e => e.Id).ToListAsync(ct);
        var judges = await db.Set<ContestJudge>().AsNoTracking().Where(j => j.ContestId == contest.Id).OrderBy(j => j.Id).ToListAsync(ct);
        var ids = entries.Select(e => e.Id).ToList();
        var scores = await db.Set<JudgeScore>().AsNoTracking().Where(s => ids.Contains(s.EntryId)).ToListAsync(ct);
        var byId = entries.ToDictionary(e => e.Id);
        var counts = await votes.CountsAsync(ids, ct);
        var counted = judges.Where(j => j.SetAsideReason is null).Select(j => j.Id).ToHashSet();
        var criteria = contest.Criteria.Select(c => c.Id).ToHashSet();
        var totals = scores.Where(s => counted.Contains(s.JudgeId) && byId.TryGetValue(s.EntryId, out var e) && s.Round == e.Round)
            .GroupBy(s => (s.JudgeId, s.EntryId))
            .Where(g => criteria.SetEquals(g.Select(s => s.CriterionId)))
            .Select(g => new JudgeTotal(g.Key.JudgeId, g.Key.EntryId, Scoring.WeightedTotal(contest.Criteria, g.ToDictionary(s => s.CriterionId, s => s.Score))))
            .ToList();
        var raw = Scoring.EntryScores(totals, contest.Quorum).ToDictionary(s => s.EntryId);
        var norm = Scoring.EntryScores(Scoring.Normalise(totals), contest.Quorum).ToDictionary(s => s.EntryId);
        var lines = new List<StandingLine>();
        foreach (var category in contest.Categories.OrderBy(c => c.Id))
        {
            var inCategory = entries.Where(e => e.CategoryId == category.Id).ToList();
            var ranked = Ranking.Combine(inCategory.Select(e =>
                (e.Id, (normalised ? norm : raw).TryGetValue(e.Id, out var s) ? s.Score : 0m, counts[e.Id])).ToList(), contest.JuryWeight);
            foreach (var r in ranked)
            {
                var e = byId[r.EntryId];
                raw.TryGetValue(e.Id, out var rs);
                norm.TryGetValue(e.Id, out var ns);
                lines.Add(new StandingLine(e.Id, category.Id, e.Title, e.Authors, r.Rank, r.Combined, rs?.Score, ns?.Score, rs?.Judges ?? 0,
                    rs?.Quorate ?? false, counts[e.Id]));
            }
        }
        var progress = judges.Select(j => new JudgeProgress(j.Id, j.Name, totals.Count(t => t.JudgeId == j.Id), entries.Count(j.Sees), j.SetAsideReason)).ToList();
        return new ContestStanding(lines, progress);
    }
}
