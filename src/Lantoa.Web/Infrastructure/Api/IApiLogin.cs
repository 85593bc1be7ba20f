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
    /// web sign-in does. A login it does not know: <see cref="ApiLoginStatus.UnknownLogin"/> at once, without hashing
    /// the password and without counting a failure (the next kind of account may know it; when none does, the token
    /// endpoint spends the one password hash and counts the failure, so an unknown login costs what a known one does).</summary>
    Task<ApiLoginOutcome> CheckAsync(string login, string password, CancellationToken ct);
}

/// <summary>
/// <see cref="Refused"/>: the password was right but this account may not get a token with it alone (a staff user who
/// must sign in with a TOTP code, or must first change the password): 403 with <see cref="ApiLoginOutcome.Message"/>.
/// </summary>
public enum ApiLoginStatus { UnknownLogin, WrongPassword, LockedOut, Succeeded, Refused }

/// <summary>The outcome; <paramref name="SubjectId"/> is the user's or citizen's id when it succeeded,
/// <paramref name="RetryAfter"/> how long a locked-out login waits, <paramref name="Message"/> the Vietnamese reason of a
/// refusal, <paramref name="Stamp"/> (staff) the user's security stamp the token keeps: when it changes (a new password,
/// other roles) the token stops working. Citizens' tokens are ended by the Citizens module with
/// <see cref="ApiTokens.RevokeAllAsync"/> (new password, deleted account).</summary>
public sealed record ApiLoginOutcome(ApiLoginStatus Status, int? SubjectId = null, TimeSpan? RetryAfter = null,
    string? Message = null, string? Stamp = null);

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
