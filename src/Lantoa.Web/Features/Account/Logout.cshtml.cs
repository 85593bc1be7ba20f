using System.Globalization;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantoa.Web.Features.Account;

/// <summary>Sign-out: ends the server-side session, so that any kept copy of the cookie opens nothing any more.</summary>
public sealed class Logout(SessionStore sessions, LantoaDb db) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await sessions.EndAsync(User.FindFirst(LantoaClaims.Session)?.Value, "SignedOut");
        if (LantoaClaims.ToActor(User) is { } actor)
        {
            db.AddAuditEvent("User", actor.UserId.ToString(CultureInfo.InvariantCulture), AuditEvents.SignedOut, AuditEvents.Details(HttpContext));
            await db.SaveChangesAsync();
        }
        await HttpContext.SignOutAsync();
        return Redirect("/Account/Login");
    }
}
