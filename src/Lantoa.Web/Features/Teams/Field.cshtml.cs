using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Teams;

/// <summary>
/// "Ghi nhận tại cơ sở": a team member's phone page that works offline (wwwroot/js/field.js, service worker
/// wwwroot/field-sw.js). Visits are queued in IndexedDB, each with a client-made id, and sent to
/// <c>POST /api/v1/field-logs</c> when the network returns. The HTML is the same for every member (it is cached by the
/// service worker); what is the member's comes from the API: <see cref="OnPostTokenAsync"/> gives the signed-in member
/// a bearer token for it (cookie + antiforgery, so only this site's page can ask), since under /api cookies open nothing.
/// </summary>
public sealed class Field(FieldSync sync, ApiTokens tokens, LantoaDb db) : LantoaPage
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await sync.TeamsOfAsync(Actor, ct) is null ? Denied() : Page();

    public async Task<IActionResult> OnPostTokenAsync(CancellationToken ct)
    {
        if (await sync.TeamsOfAsync(Actor, ct) is null) return Denied();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == Actor.UserId, ct);
        var issued = await tokens.IssueAsync(ApiAudiences.Staff, user.Id, user.SecurityStamp,
            ClientInfo.Address(HttpContext), ClientInfo.UserAgent(HttpContext), ct);
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new { accessToken = issued.AccessToken, expiresAt = issued.ExpiresAt, userId = user.Id, name = user.DisplayName });
    }
}
