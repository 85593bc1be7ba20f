using System.Security.Claims;
using System.Text.Encodings.Web;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lantoa.Web.Infrastructure.Api;

/// <summary>
/// The <see cref="ApiAudiences.BearerScheme"/> scheme: `Authorization: Bearer …` checked against api_tokens (read through
/// <see cref="TokenCache"/>) on every
/// request (not expired, not revoked; for staff: the user exists, is active and has the stamp the token was issued
/// with). The principal carries NameIdentifier = subject and the `aud` claim; a staff principal also carries every
/// claim of the login cookie (roles, province, unit), so <see cref="LantoaClaims.ToActor"/> works on staff endpoints.
/// Only /api paths ever reach this scheme (the cookie scheme forwards them here); Razor pages never see a bearer token.
/// </summary>
public sealed class BearerAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, ApiTokens tokens, LantoaDb db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>HttpContext.Items key of why a token was refused (shown as the 401's detail).</summary>
    public const string RefusalKey = "lantoa.bearer-refusal";

    public const string Missing = "Cần đăng nhập: gửi mã truy cập trong tiêu đề Authorization (Bearer …), lấy từ POST /api/v1/auth/token.";
    public const string Invalid = "Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi. Hãy đăng nhập lại (POST /api/v1/auth/token).";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiTokens.FromHeader(Request) is not { } token)
            return Request.Headers.Authorization.Count == 0 ? AuthenticateResult.NoResult() : Fail();
        var row = await tokens.FindAsync(token, Context.RequestAborted);
        if (row is null || row.RevokedAt is not null || row.ExpiresAt <= clock.GetUtcNow()) return Fail();

        ClaimsIdentity identity;
        if (row.Audience == ApiAudiences.Staff)
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == row.SubjectId, Context.RequestAborted);
            if (user is null || !user.IsActive || user.SecurityStamp != row.Stamp) return Fail();
            // Marked to change the password after the token was issued: no API call until it is changed on the web
            // (the pages' ForcedPasswordChange would answer an API call with a redirect to a page).
            if (user.MustChangePassword) return Fail(MustChangePassword);
            identity = new ClaimsIdentity(LantoaClaims.Principal(user, "api").Claims, ApiAudiences.BearerScheme, ClaimTypes.Name, ClaimTypes.Role);
        }
        else
        {
            identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, row.SubjectId.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                ApiAudiences.BearerScheme, ClaimTypes.Name, ClaimTypes.Role);
        }
        identity.AddClaim(new Claim(ApiAudiences.AudienceClaim, row.Audience));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiAudiences.BearerScheme));
    }

    public const string MustChangePassword =
        "Tài khoản phải đổi mật khẩu: hãy đăng nhập trang web của Lantoa để đổi mật khẩu, rồi lấy mã truy cập mới.";

    private AuthenticateResult Fail(string why = Invalid)
    {
        Context.Items[RefusalKey] = why;
        return AuthenticateResult.Fail("invalid bearer token");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = Context.Items.ContainsKey(RefusalKey) ? "Bearer error=\"invalid_token\"" : "Bearer";
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
