namespace Lantoa.Web.Infrastructure.Api;

/// <summary>
/// A kind of account that can sign in to the JSON API with a login and a password (`POST /api/v1/auth/token`): staff
/// users (the Account module) and citizens (the Citizens module) each register one. The token endpoint asks each in
/// turn; the first that knows the login decides. The bearer token then carries the <see cref="Audience"/> and the
/// subject, so that a citizen's token opens no staff endpoint and a staff token no citizen action.
/// </summary>
public interface IApiLogin
{
    /// <summary><see cref="ApiAudiences.Staff"/> or <see cref="ApiAudiences.Citizen"/>.</summary>
    string Audience { get; }

    /// <summary>Checks a login (user name, phone or e-mail) and password, counting failures toward lockout as the
    /// web sign-in does.</summary>
    Task<ApiLoginOutcome> CheckAsync(string login, string password, CancellationToken ct);
}

public enum ApiLoginStatus { UnknownLogin, WrongPassword, LockedOut, Succeeded }

/// <summary>The outcome; <paramref name="SubjectId"/> is the user's or citizen's id when it succeeded,
/// <paramref name="RetryAfter"/> how long a locked-out login waits.</summary>
public sealed record ApiLoginOutcome(ApiLoginStatus Status, int? SubjectId = null, TimeSpan? RetryAfter = null);

/// <summary>The two audiences of bearer tokens and the names the API's authentication and authorization use.</summary>
public static class ApiAudiences
{
    public const string Staff = "staff";
    public const string Citizen = "citizen";

    /// <summary>The authentication scheme of `Authorization: Bearer …`.</summary>
    public const string BearerScheme = "Bearer";

    /// <summary>Authorization policies: a valid bearer token of that audience.</summary>
    public const string StaffPolicy = "api-staff";
    public const string CitizenPolicy = "api-citizen";

    /// <summary>The claim that carries the audience in the API's principal.</summary>
    public const string AudienceClaim = "aud";
}
