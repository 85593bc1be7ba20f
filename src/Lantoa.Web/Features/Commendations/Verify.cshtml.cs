using System.Text.RegularExpressions;
using Lantoa.Domain.Commendations;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Commendations;

/// <summary>
/// The public page a certificate's QR code opens (anonymous, rate-limited): the award, the decision's number and date,
/// the name and unit — nothing more. A code that does not exist, or whose decision is not signed, is a 404 page.
/// </summary>
public sealed partial class Verify(LantoaDb db, VerificationLimits limits) : PageModel
{
    public sealed record Shown(string Award, string Authority, string Decision, DateOnly DecisionDate, string Name, string? Unit, string Kind);

    public Shown? Award { get; private set; }
    public TimeSpan? Wait { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (limits.TryAcquire(ClientInfo.Address(HttpContext)) is { } wait)
        {
            Wait = wait;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }

        if (CodeShape().IsMatch(code ?? ""))
            Award = await (from n in db.Set<Nomination>().AsNoTracking()
                           join d in db.Set<CommendationDecision>().AsNoTracking() on n.RoundId equals d.RoundId
                           join a in db.Set<RoundAward>().AsNoTracking() on n.AwardId equals a.Id
                           join f in db.Set<AwardForm>().AsNoTracking() on a.AwardFormId equals f.Id
                           join u in db.Units.AsNoTracking() on n.UnitId equals u.Id
                           where n.VerificationCode == code && n.Status == NominationStatus.Accepted && d.SignedOn != null
                           select new Shown(f.Name, f.IssuingAuthority, d.NumberSymbol!, d.SignedOn!.Value, n.NomineeName, n.NomineeUnit ?? u.Name,
                               n.NomineeKind == NomineeKind.Collective ? "Tập thể" : "Cá nhân"))
                .FirstOrDefaultAsync();
        if (Award is null) Response.StatusCode = StatusCodes.Status404NotFound;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    [GeneratedRegex("^[a-z0-9]{10,40}$")]
    private static partial Regex CodeShape();
}
