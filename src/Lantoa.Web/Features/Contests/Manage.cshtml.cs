using Lantoa.Domain;
using Lantoa.Domain.Contests;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.PublicSite;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Contests;

/// <summary>
/// The organiser's page of a contest (/Contests/{id}): every entry with its authors and unit, accept or refuse with a
/// reason the author sees; the jury's progress; the combined ranking per category with the jury score raw and normalised
/// per judge (?normalised=true ranks by the normalised one, so the organiser sees the effect); publishing the results
/// once the vote has closed (the public site's cache of the province is evicted).
/// </summary>
public sealed class Manage(LantoaDb db, ContestResults results, VoteStore votes, UnitDirectory directory, PublicSiteCache cache, TimeProvider clock) : ContestStaffPage
{
    public sealed record Line(int Id, string Title, string Authors, string Unit, string Category, string? MediaUrl, EntryStatus Status, string? Reason, int Votes);

    [BindProperty(SupportsGet = true)] public bool Normalised { get; set; }

    public IReadOnlyList<Line> Entries { get; private set; } = [];
    public ContestStanding Standing { get; private set; } = new([], []);
    public bool VoteClosed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await DescribeAsync(id) ?? Page();

    public Task<IActionResult> OnPostAcceptAsync(int id, int entryId) => ModerateAsync(id, entryId, e =>
    {
        e.Accept();
        return $"Đã chấp nhận bài “{e.Title}”.";
    });

    public Task<IActionResult> OnPostRejectAsync(int id, int entryId, string? reason) => ModerateAsync(id, entryId, e =>
    {
        e.Reject(TextInput.Clean(reason));
        return $"Đã không chấp nhận bài “{e.Title}”; tác giả thấy lý do.";
    });

    /// <summary>Publishes the results (the combined ranking) on the public site: only after the vote has closed.</summary>
    public async Task<IActionResult> OnPostPublishAsync(int id)
    {
        if (await LoadContestAsync(id) is { } notFound) return notFound;
        if (!AccessPolicy.CanManageContests(Actor, Contest.ProvinceId)) return Denied();
        try
        {
            Contest.PublishResults(clock.GetUtcNow());
            await db.SaveChangesAsync();
            await cache.EvictProvinceAsync(Contest.ProvinceId);
            Flash("Đã công bố kết quả trên trang công khai của tỉnh.");
            return Redirect($"/Contests/{id}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        await DescribeAsync(id);
        return Invalid();
    }

    private async Task<IActionResult> ModerateAsync(int id, int entryId, Func<ContestEntry, string> change)
    {
        if (await LoadContestAsync(id) is { } notFound) return notFound;
        if (!AccessPolicy.CanManageContests(Actor, Contest.ProvinceId)) return Denied();
        var entry = await db.Set<ContestEntry>().FirstOrDefaultAsync(e => e.Id == entryId && e.ContestId == id);
        if (entry is null) return NotFoundPage();
        try
        {
            var message = change(entry);
            await db.SaveChangesAsync();
            Flash(message);
            return Redirect($"/Contests/{id}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        await DescribeAsync(id);
        return Invalid();
    }

    private async Task<IActionResult?> DescribeAsync(int id)
    {
        if (!Loaded && await LoadContestAsync(id) is { } notFound) return notFound;
        if (!AccessPolicy.CanManageContests(Actor, Contest.ProvinceId)) return Denied();
        var units = await directory.ForProvinceAsync(Contest.ProvinceId);
        var entries = await db.Set<ContestEntry>().AsNoTracking().Where(e => e.ContestId == id).OrderBy(e => e.Status).ThenBy(e => e.Id).ToListAsync();
        var counts = await votes.CountsAsync(entries.Select(e => e.Id).ToList(), HttpContext.RequestAborted);
        Entries = entries.Select(e => new Line(e.Id, e.Title, e.Authors, e.AuthorUnitId is { } u && units.UnitsById.TryGetValue(u, out var unit) ? unit.Name : "",
            CategoryName(e.CategoryId), e.MediaUrl, e.Status, e.RejectionReason, counts[e.Id])).ToList();
        Standing = await results.StandingAsync(Contest, Normalised, HttpContext.RequestAborted);
        VoteClosed = clock.GetUtcNow() >= Contest.VotingClosesAt;
        return null;
    }

    public static string Score(decimal? s) => s is { } v ? v.ToString("0.00", Lantoa.Web.Infrastructure.LantoaWeb.Vietnamese) : "—";
}
