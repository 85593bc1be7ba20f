using Lantoa.Domain.Contests;
using Lantoa.Domain.Publishing;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Contests;

/// <summary>
/// The public page of a contest (/binh-chon/{id}, public layout): its accepted entries by category with their counts
/// (the entries' counter rows, never the votes) and, once published, the results (the combined ranking). Anyone
/// reads it; voting needs a signed-in citizen (cookie), one vote per entry and day (<see cref="ContestBallot"/>), within
/// the window, rate-limited as every public write.
/// </summary>
[EnableRateLimiting(PublicRateLimits.PublicWrite)]
public sealed class Vote(LantoaDb db, ContestBallot ballot, ContestResults results, VoteStore votes) : CitizenPage
{
    public sealed record Item(int Id, int CategoryId, string Title, string Authors, string? MediaUrl, int Votes);

    protected override bool RequiresCitizen => !HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method);

    public Contest Contest { get; private set; } = null!;
    public IReadOnlyList<Item> Entries { get; private set; } = [];
    public IReadOnlyList<StandingLine> Results { get; private set; } = [];
    public bool Open { get; private set; }
    public string? Message { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await DescribeAsync(id) ?? Page();

    public async Task<IActionResult> OnPostVoteAsync(int id, int entryId)
    {
        if (await DescribeAsync(id) is { } notFound) return notFound;
        var result = await ballot.CastAsync(Me!, entryId, id, ClientInfo.Address(HttpContext), HttpContext.RequestAborted);
        if (result.Outcome == BallotOutcome.Counted)
        {
            TempData["Flash"] = result.Message;
            return Redirect($"/binh-chon/{id}");
        }
        Message = result.Message;
        Response.StatusCode = result.Outcome switch
        {
            BallotOutcome.AlreadyToday => StatusCodes.Status409Conflict,
            BallotOutcome.NotEligible => StatusCodes.Status403Forbidden,
            BallotOutcome.NoEntry => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return Page();
    }

    private async Task<IActionResult?> DescribeAsync(int id)
    {
        var contest = await db.Set<Contest>().AsNoTracking().Include(c => c.Categories).Include(c => c.Criteria).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id);
        if (contest is null) return NotFound();
        Contest = contest;
        Now = HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        Open = contest.VotingOpenAt(Now);
        var entries = await db.Set<ContestEntry>().AsNoTracking().Where(e => e.ContestId == id && e.Status == EntryStatus.Accepted).OrderBy(e => e.Id).ToListAsync();
        var counts = await votes.CountsAsync(entries.Select(e => e.Id).ToList(), HttpContext.RequestAborted);
        Entries = entries.Select(e => new Item(e.Id, e.CategoryId, e.Title, e.Authors, e.MediaUrl, counts[e.Id])).ToList();
        if (contest.ResultsPublishedAt is not null)
            Results = (await results.StandingAsync(contest, normalised: false, HttpContext.RequestAborted)).Lines;
        var provinces = await db.Provinces.AsNoTracking().Select(p => new { p.Id, p.Code, p.Name }).ToListAsync();
        var mine = provinces.First(p => p.Id == contest.ProvinceId);
        ViewData["ProvinceName"] = mine.Name;
        ViewData["ProvinceHome"] = "/tinh/" + PublicSlug.ForAll(provinces.Select(p => (p.Code, p.Name)))[mine.Code];
        return null;
    }

    public static string Local(DateTimeOffset t) => ContestBallot.Local(t);
}
