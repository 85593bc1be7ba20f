using Lantoa.Domain.Contests;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Contests;

/// <summary>
/// "Cuộc thi": the province's submission contests with what the actor may do on each — manage (the DX office), send an
/// entry (a unit's officer, a coordinator), score (a judge on its jury) — and the public vote page.
/// </summary>
public sealed class Index(LantoaDb db) : LantoaPage
{
    public sealed record Row(int Id, string Title, DateTimeOffset SubmissionsCloseAt, DateTimeOffset VotingOpensAt, DateTimeOffset VotingClosesAt,
        int Entries, int Waiting, bool Manage, bool Submit, bool Judge, bool Published);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = Actor;
        if (!AccessPolicy.CanOpenContests(actor)) return Denied();
        if (actor.ProvinceId is not { } provinceId) return Page(); // a national admin: no province of its own
        var contests = await db.Set<Contest>().AsNoTracking().Where(c => c.ProvinceId == provinceId).OrderByDescending(c => c.VotingOpensAt).ToListAsync();
        var ids = contests.Select(c => c.Id).ToList();
        var counts = await db.Set<ContestEntry>().Where(e => ids.Contains(e.ContestId)).GroupBy(e => e.ContestId)
            .Select(g => new { g.Key, All = g.Count(), Waiting = g.Count(e => e.Status == EntryStatus.Submitted) }).ToDictionaryAsync(x => x.Key);
        var juries = await db.Set<ContestJudge>().Where(j => ids.Contains(j.ContestId) && j.UserId == actor.UserId).Select(j => j.ContestId).ToListAsync();
        Rows = contests.Select(c => new Row(c.Id, c.Title, c.SubmissionsCloseAt, c.VotingOpensAt, c.VotingClosesAt,
            counts.TryGetValue(c.Id, out var n) ? n.All : 0, n?.Waiting ?? 0, AccessPolicy.CanManageContests(actor, c.ProvinceId),
            AccessPolicy.CanOpenContestEntryForm(actor, c.ProvinceId), AccessPolicy.CanJudgeContest(actor, c.ProvinceId, juries.Contains(c.Id)),
            c.ResultsPublishedAt is not null)).ToList();
        return Page();
    }
}
