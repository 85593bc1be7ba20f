using System.Globalization;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;

namespace Lantoa.Web.Features.Account;

/// <summary>
/// The end of a sign-in, shared by the password step and the TOTP step: the server-side session, the audit entry and
/// the cookie. Between the two steps, the account waits in a short-lived protected cookie ("lantoa.2fa": who, the
/// security stamp, and during enrolment the new secret), which opens nothing but the code page.
/// </summary>
public sealed class SignInFlow(LantoaDb db, SessionStore sessions, IDataProtectionProvider protection)
{
    public const string PendingCookie = "lantoa.2fa";
    private static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(5);

    public sealed record Pending(int UserId, string Stamp, string? EnrolSecret, string? ReturnUrl);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Lantoa.SignIn.Pending").ToTimeLimitedDataProtector();

    public async Task<string> CompleteAsync(HttpContext http, User user, string? returnUrl)
    {
        var session = await sessions.StartAsync(user.Id, ClientInfo.Address(http), ClientInfo.UserAgent(http));
        db.AddAuditEvent(nameof(User), user.Id.ToString(CultureInfo.InvariantCulture), AuditEvents.SignedIn, AuditEvents.Details(http),
            new AuditIdentity(user.Id, user.UserName, user.ProvinceId));
        await db.SaveChangesAsync();
        await http.SignInAsync(LantoaClaims.Principal(user, session));
        http.Response.Cookies.Delete(PendingCookie);
        if (user.MustChangePassword) return ForcedPasswordChange.Page;
        return returnUrl is { Length: > 1 } r && r[0] == '/' && r[1] != '/' && r[1] != '\\' ? r : "/";
    }

    public void Hold(HttpContext http, User user, string? enrolSecret, string? returnUrl)
    {
        var value = string.Join('\n', user.Id.ToString(CultureInfo.InvariantCulture), user.SecurityStamp, enrolSecret ?? "", returnUrl ?? "");
        http.Response.Cookies.Append(PendingCookie, Protector.Protect(value, PendingLifetime), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/Account", IsEssential = true,
        });
    }

    public Pending? Read(HttpContext http)
    {
        if (http.Request.Cookies[PendingCookie] is not { Length: > 0 } raw) return null;
        try
        {
            var parts = Protector.Unprotect(raw).Split('\n');
            return new Pending(int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], parts[2] is { Length: > 0 } s ? s : null,
                parts[3] is { Length: > 0 } u ? u : null);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // expired or forged
        }
    }
}
