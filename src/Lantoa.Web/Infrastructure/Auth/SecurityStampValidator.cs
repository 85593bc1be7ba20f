using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Infrastructure.Auth;

/// <summary>
/// On every request, checks that the cookie's user still exists, is active and has the same security stamp, and
/// refreshes roles, unit and province from the database — so a changed password, a removed role or a deactivated
/// account takes effect at once.
/// </summary>
public sealed class SecurityStampValidator(LantoaDb db) : CookieAuthenticationEvents
{
    /// <summary>HttpContext.Items key of the outage met while checking the cookie.</summary>
    public const string OutageKey = "lantoa.database-outage";

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        // The error pages never touch the database: during an outage a signed-in user must get the 503 page, not a
        // blank 500 from re-checking the cookie against the dead database. They show nothing but the error.
        if (context.HttpContext.Request.Path.StartsWithSegments("/Error")) return;
        var actor = context.Principal is null ? null : LantoaClaims.ToActor(context.Principal);
        var stamp = context.Principal?.FindFirst(LantoaClaims.Stamp)?.Value;
        Lantoa.Domain.Users.User? user;
        try
        {
            user = actor is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == actor.UserId);
        }
        catch (Exception ex) when (Web.DatabaseErrors.IsOutage(ex))
        {
            // The database is down: this request is anonymous (the cookie stays), and DatabaseOutageGate answers 503.
            // Throwing here would fail the error page too: the handler caches its faulted result for the re-execution.
            context.HttpContext.Items[OutageKey] = ex;
            context.RejectPrincipal();
            return;
        }
        if (user is null || !user.IsActive || user.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync();
            return;
        }
        var fresh = LantoaClaims.Principal(user);
        if (!SameClaims(context.Principal!, fresh))
        {
            context.ReplacePrincipal(fresh);
            context.ShouldRenew = true;
        }
    }

    private static bool SameClaims(System.Security.Claims.ClaimsPrincipal a, System.Security.Claims.ClaimsPrincipal b) =>
        a.Claims.Select(c => (c.Type, c.Value)).OrderBy(x => x).SequenceEqual(b.Claims.Select(c => (c.Type, c.Value)).OrderBy(x => x));
}
