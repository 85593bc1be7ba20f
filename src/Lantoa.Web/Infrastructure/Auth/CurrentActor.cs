using System.Security.Claims;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;

namespace Lantoa.Web.Infrastructure.Auth;

/// <summary>Claim names of Lantoa's login cookie.</summary>
public static class LantoaClaims
{
    public const string Province = "lantoa:province";
    public const string Unit = "lantoa:unit";
    public const string Stamp = "lantoa:stamp";
    public const string Session = "lantoa:session";

    /// <summary>Present while the user must change the password; every page but the change itself then redirects there.</summary>
    public const string MustChangePassword = "lantoa:must-change-password";

    /// <param name="session">The server-side session id (SessionStore); a cookie without one is refused.</param>
    public static ClaimsPrincipal Principal(User user, string session)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.GivenName, user.DisplayName),
            new(Stamp, user.SecurityStamp),
            new(Session, session),
        };
        if (user.MustChangePassword) claims.Add(new Claim(MustChangePassword, "1"));
        if (user.ProvinceId is { } p) claims.Add(new Claim(Province, p.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.UnitId is { } u) claims.Add(new Claim(Unit, u.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "lantoa"));
    }

    public static Actor? ToActor(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        // A citizen's bearer token names a citizen, not a user: no staff actor (nor a user id in the audit trail).
        if (principal.HasClaim(Api.ApiAudiences.AudienceClaim, Api.ApiAudiences.Citizen)) return null;
        if (!int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)) return null;
        int? Int(string type) => int.TryParse(principal.FindFirstValue(type), out var v) ? v : null;
        var roles = principal.FindAll(ClaimTypes.Role)
            .Select(c => Enum.TryParse<Role>(c.Value, out var r) ? r : (Role?)null)
            .OfType<Role>()
            .ToHashSet();
        var national = roles.Contains(Role.Admin) && (principal.FindFirst(Province) is null || principal.HasClaim(c => c.Type == WorkingProvince.Claim));
        return new Actor(id, principal.Identity.Name ?? "", Int(Province), Int(Unit), roles) { PicksProvince = national };
    }
}

/// <summary>The signed-in person of the current request.</summary>
public sealed class CurrentActor(IHttpContextAccessor http)
{
    public Actor? Actor => http.HttpContext is { } ctx ? LantoaClaims.ToActor(ctx.User) : null;
}

/// <summary>Audit identity taken from the login cookie; outside a request, the named system job (or "hệ thống").</summary>
public sealed class HttpAuditActor(CurrentActor current, IHttpContextAccessor http) : IAuditActor
{
    public AuditIdentity Current => current.Actor is { } a
        ? new AuditIdentity(a.UserId, a.UserName, a.ProvinceId)
        : new AuditIdentity(null, SystemJob.Current ?? (http.HttpContext is null ? "hệ thống" : "khách"), null);
}

/// <summary>The name a background job writes the audit trail under ("Tác vụ nhắc hạn hằng ngày"), for the async flow that runs it.</summary>
public static class SystemJob
{
    private static readonly AsyncLocal<string?> Name = new();

    public static string? Current => Name.Value;

    /// <summary>Names the job until the returned scope is disposed.</summary>
    public static IDisposable Run(string name)
    {
        var previous = Name.Value;
        Name.Value = name;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Name.Value = previous;
    }
}
