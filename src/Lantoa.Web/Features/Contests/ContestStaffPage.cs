using Lantoa.Domain.Contests;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Contests;

/// <summary>
/// Base of the staff pages of one contest (/Contests/{id}/…): loads the contest with its categories and rubric and
/// answers 404 when it does not exist or belongs to a province the actor may not read (another province's ids are not revealed).
/// </summary>
public abstract class ContestStaffPage : LantoaPage
{
    private Contest? _contest;

    public Contest Contest => _contest ?? throw new InvalidOperationException("contest not loaded");

    /// <summary>Whether <see cref="LoadContestAsync"/> found the contest.</summary>
    protected bool Loaded => _contest is not null;

    /// <summary>Loads the contest (tracked); returns the 404 when there is none the actor may read, else null.</summary>
    protected async Task<IActionResult?> LoadContestAsync(int id)
    {
        var db = HttpContext.RequestServices.GetRequiredService<LantoaDb>(); // the request's context, as the page's own
        var contest = await db.Set<Contest>().Include(c => c.Categories).Include(c => c.Criteria).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id);
        if (contest is null || !AccessPolicy.CanReadProvince(Actor, contest.ProvinceId)) return NotFoundPage();
        _contest = contest;
        return null;
    }

    public string CategoryName(int id) => Contest.Categories.FirstOrDefault(c => c.Id == id)?.Name ?? "";

    public static string Local(DateTimeOffset t) => Formats.Moment(t);
}
