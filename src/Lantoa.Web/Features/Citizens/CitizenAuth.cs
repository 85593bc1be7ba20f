using System.Globalization;
using System.Security.Claims;
using Lantoa.Domain.Citizens;
using Lantoa.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// The citizens' own cookie scheme ("citizen", cookie lantoa.cd), apart from staff's: the staff default scheme never
/// reads it, so a citizen cookie opens no staff page; citizen pages and endpoints read only it (or a citizen bearer
/// token), so a staff cookie opens no citizen action. Each request checks the account still exists and its stamp.
/// </summary>
public static class CitizenAuth
{
    public const string Scheme = "citizen";
    public const string CookieName = "lantoa.cd";
    public const string Stamp = "lantoa:citizen-stamp";
    public const string SignInPath = "/cong-dan/dang-nhap";

    public static void AddScheme(IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = SignInPath;
            o.LogoutPath = "/cong-dan/dang-xuat";
            o.AccessDeniedPath = "/Error/403";
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = ValidateAsync;
            o.Events.OnRedirectToLogin = ctx =>
            {
                if (ctx.Request.Path.StartsWithSegments("/api")) ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else ctx.Response.Redirect(ctx.RedirectUri);
                return Task.CompletedTask;
            };
        });
    }

    public static ClaimsPrincipal Principal(Citizen citizen) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, citizen.Id.ToString(CultureInfo.InvariantCulture)),
        new Claim(ApiAudiences.AudienceClaim, ApiAudiences.Citizen),
        new Claim(Stamp, citizen.SecurityStamp),
    ], Scheme));

    /// <summary>The citizen id of a principal of the citizen audience (cookie or bearer), or null.</summary>
    public static int? CitizenId(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && principal.HasClaim(ApiAudiences.AudienceClaim, ApiAudiences.Citizen)
        && int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id : null;

    /// <summary>The signed-in citizen of this request by the citizen cookie, or null.</summary>
    public static async Task<int?> SignedInAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(Scheme);
        return result.Succeeded ? CitizenId(result.Principal) : null;
    }

    public static Task SignInAsync(HttpContext http, Citizen citizen) =>
        http.SignInAsync(Scheme, Principal(citizen), new AuthenticationProperties { IsPersistent = false });

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(Scheme);

    private static async Task ValidateAsync(CookieValidatePrincipalContext ctx)
    {
        var id = ctx.Principal is null ? null : CitizenId(ctx.Principal);
        var stamp = ctx.Principal?.FindFirstValue(Stamp);
        var db = ctx.HttpContext.RequestServices.GetRequiredService<Infrastructure.Data.LantoaDb>();
        var current = id is null ? null : await db.Set<Citizen>().Where(c => c.Id == id && c.DeletedAt == null)
            .Select(c => c.SecurityStamp).FirstOrDefaultAsync();
        if (current is null || current != stamp)
        {
            ctx.RejectPrincipal();
            await ctx.HttpContext.SignOutAsync(Scheme);
        }
    }
}
