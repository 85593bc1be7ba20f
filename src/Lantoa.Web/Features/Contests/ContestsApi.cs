using Lantoa.Domain.Citizens;
using Lantoa.Domain.Contests;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Contests;

/// <summary>
/// The contests' public API (docs/api.md "Contests"): a province's contests and a contest's accepted entries
/// (anonymous; counts read from the entries' counter rows, never counted on a view), and a citizen's vote (a citizen bearer token):
/// 201 {votes}; 409 already voted for the entry today; 422 outside the voting window; 403 not eligible; 404 no such
/// accepted entry.
/// </summary>
public static class ContestsApi
{
    public sealed record Category(int Id, string Name);
    public sealed record ContestItem(int Id, string Title, ContestKind Kind, IReadOnlyList<Category> Categories, DateTimeOffset VotingOpensAt, DateTimeOffset VotingClosesAt);
    public sealed record EntryItem(int Id, string Title, string Authors, string? ThumbnailUrl, string? MediaUrl, int Votes);
    public sealed record VoteResult(int Votes);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/provinces/{code}/contests", ListAsync).AllowAnonymous().WithTags("Cuộc thi")
            .WithSummary("Các cuộc thi của một tỉnh").Produces<List<ContestItem>>().ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet("/api/v1/contests/{id:int}/entries", EntriesAsync).AllowAnonymous().WithTags("Cuộc thi")
            .WithSummary("Các bài dự thi đã được chấp nhận của một cuộc thi").Produces<List<EntryItem>>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        endpoints.MapPost("/api/v1/entries/{entryId:int}/votes", VoteAsync).RequireAuthorization(ApiAudiences.CitizenPolicy)
            .RequireRateLimiting(PublicRateLimits.PublicWrite).WithTags("Cuộc thi").WithSummary("Bình chọn cho một bài dự thi")
            .Produces<VoteResult>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> ListAsync(string code, LantoaDb db, CancellationToken ct)
    {
        var province = code.Length > 3 ? null : await db.Provinces.AsNoTracking().Where(p => p.Code == code).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (province is null) return ApiProblems.NotFound($"Không có tỉnh, thành phố mã \"{(code.Length > 10 ? code[..10] + "…" : code)}\".");
        var contests = await db.Set<Contest>().AsNoTracking().Include(c => c.Categories).Where(c => c.ProvinceId == province)
            .OrderByDescending(c => c.VotingOpensAt).ThenBy(c => c.Id).ToListAsync(ct);
        return TypedResults.Ok(contests.Select(c => new ContestItem(c.Id, c.Title, c.Kind,
            c.Categories.OrderBy(x => x.Id).Select(x => new Category(x.Id, x.Name)).ToList(), c.VotingOpensAt, c.VotingClosesAt)).ToList());
    }

    private static async Task<IResult> EntriesAsync(int id, int? category, LantoaDb db, VoteStore votes, CancellationToken ct)
    {
        var contest = await db.Set<Contest>().AsNoTracking().Include(c => c.Categories).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contest is null) return ApiProblems.NotFound("Không có cuộc thi này.");
        if (category is { } cat && contest.Categories.All(c => c.Id != cat))
            return ApiProblems.Validation("category", "Hạng mục không thuộc cuộc thi này.");
        var entries = await db.Set<ContestEntry>().AsNoTracking()
            .Where(e => e.ContestId == id && e.Status == EntryStatus.Accepted && (category == null || e.CategoryId == category))
            .OrderBy(e => e.Id).ToListAsync(ct);
        var counts = await votes.CountsAsync(entries.Select(e => e.Id).ToList(), ct);
        return TypedResults.Ok(entries.Select(e => new EntryItem(e.Id, e.Title, e.Authors, Thumbnail(e.MediaUrl), e.MediaUrl, counts[e.Id])).ToList());
    }

    private static async Task<IResult> VoteAsync(int entryId, HttpContext http, LantoaDb db, ContestBallot ballot, CancellationToken ct)
    {
        if (CitizenAuth.CitizenId(http.User) is not { } citizenId
            || await db.Set<Citizen>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == citizenId, ct) is not { } citizen)
            return ApiProblems.Status(401, "Tài khoản không còn hoặc phiên đăng nhập đã hết; hãy đăng nhập lại.");
        var result = await ballot.CastAsync(citizen, entryId, null, ClientInfo.Address(http), ct);
        return result.Outcome switch
        {
            BallotOutcome.Counted => TypedResults.Json(new VoteResult(result.Votes), statusCode: 201),
            BallotOutcome.AlreadyToday => ApiProblems.Status(409, result.Message),
            BallotOutcome.NotOpenYet or BallotOutcome.Closed => ApiProblems.Status(422, result.Message),
            BallotOutcome.NotEligible => ApiProblems.Status(403, result.Message),
            _ => ApiProblems.NotFound(result.Message),
        };
    }

    /// <summary>A YouTube video's still (img.youtube.com); other platforms give none without fetching the page.</summary>
    public static string? Thumbnail(string? mediaUrl)
    {
        if (mediaUrl is null || !Uri.TryCreate(mediaUrl, UriKind.Absolute, out var uri)) return null;
        var host = uri.Host.Replace("www.", "", StringComparison.Ordinal).Replace("m.", "", StringComparison.Ordinal);
        string? id = host switch
        {
            "youtu.be" => uri.AbsolutePath.Trim('/'),
            "youtube.com" when uri.AbsolutePath == "/watch" => Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query).TryGetValue("v", out var v) ? v.ToString() : null,
            "youtube.com" when uri.AbsolutePath.StartsWith("/shorts/", StringComparison.Ordinal) => uri.AbsolutePath["/shorts/".Length..].Trim('/'),
            _ => null,
        };
        return id is { Length: > 0 and < 64 } && id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_') ? $"https://img.youtube.com/vi/{id}/hqdefault.jpg" : null;
    }

}
