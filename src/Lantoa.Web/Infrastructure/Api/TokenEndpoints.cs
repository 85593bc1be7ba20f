using System.Text;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;

namespace Lantoa.Web.Infrastructure.Api;

/// <summary>
/// `POST /api/v1/auth/token` {login, password} → 200 {accessToken, expiresAt}; `GET` → what the token is;
/// `DELETE` → the token ends (sign-out). Each registered <see cref="IApiLogin"/> (staff, citizens) is asked in turn;
/// the first that knows the login decides. A login none knows counts as a failed password of that name
/// (<see cref="LoginThrottle"/>), so it waits exactly as a known one would. The per-address limit of sign-in
/// (LoginRateLimits) covers the POST.
/// </summary>
public static class TokenEndpoints
{
    public const string Path = "/api/v1/auth/token";
    public const string WrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";

    public sealed record TokenRequest(string? Login, string? Password);

    public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string TokenType = "Bearer");

    public sealed record TokenInfo(string Audience, int SubjectId, DateTimeOffset ExpiresAt);

    private static readonly User Nobody = new("nobody", "nobody", null, null, [Role.Leadership], DateTimeOffset.UnixEpoch);
    private static string? _nobodyHash;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path).WithTags("Đăng nhập");
        group.MapPost("", IssueAsync).AllowAnonymous()
            .WithSummary("Lấy mã truy cập (Bearer) bằng tên đăng nhập và mật khẩu")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("", InfoAsync).RequireAuthorization(ApiSetup.AnyTokenPolicy)
            .WithSummary("Thông tin về mã truy cập đang dùng")
            .Produces<TokenInfo>().ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapDelete("", RevokeAsync).RequireAuthorization(ApiSetup.AnyTokenPolicy)
            .WithSummary("Đăng xuất: thu hồi mã truy cập đang dùng")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> IssueAsync(TokenRequest? body, HttpContext http, IEnumerable<IApiLogin> logins, ApiTokens tokens,
        LoginThrottle throttle, IPasswordHasher<User> hasher, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body?.Login)) errors["login"] = ["Nhập tên đăng nhập, số điện thoại hoặc thư điện tử."];
        else if (body.Login.Length > 200) errors["login"] = ["Tên đăng nhập quá dài."];
        if (string.IsNullOrEmpty(body?.Password)) errors["password"] = ["Nhập mật khẩu."];
        else if (body.Password.Length > 200) errors["password"] = ["Mật khẩu quá dài."];
        if (errors.Count > 0 || body is null) return ApiProblems.Validation(errors);

        var login = body.Login!.Trim().Normalize(NormalizationForm.FormC);
        var password = body.Password!;
        foreach (var kind in logins)
        {
            var outcome = await kind.CheckAsync(login, password, ct);
            switch (outcome.Status)
            {
                case ApiLoginStatus.UnknownLogin:
                    continue;
                case ApiLoginStatus.WrongPassword:
                    return ApiProblems.Unauthorized(WrongCredentials);
                case ApiLoginStatus.LockedOut:
                    return Wait(outcome.RetryAfter ?? TimeSpan.FromMinutes(1));
                case ApiLoginStatus.Refused:
                    return ApiProblems.Forbidden(outcome.Message);
                case ApiLoginStatus.Succeeded when outcome.SubjectId is { } subject:
                    var issued = await tokens.IssueAsync(kind.Audience, subject, outcome.Stamp, ClientInfo.Address(http), ClientInfo.UserAgent(http), ct);
                    return TypedResults.Ok(new TokenResponse(issued.AccessToken, issued.ExpiresAt));
                default:
                    throw new InvalidOperationException($"{kind.GetType().Name} succeeded without a subject");
            }
        }

        // No kind of account knows this login: the same hash, count and waits as a wrong password.
        _nobodyHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));
        hasher.VerifyHashedPassword(Nobody, _nobodyHash, password);
        var account = login.ToLowerInvariant();
        var address = ClientInfo.Address(http);
        var until = await throttle.BlockedUntilAsync(account, address, ct) ?? await throttle.RecordFailureAsync(account, address, ct);
        return until is { } u ? Wait(u - clock.GetUtcNow()) : ApiProblems.Unauthorized(WrongCredentials);
    }

    private static IResult Wait(TimeSpan wait) => ApiProblems.TooManyRequests(wait,
        $"Đã nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} phút.");

    private static async Task<IResult> InfoAsync(HttpContext http, ApiTokens tokens, CancellationToken ct)
    {
        var row = ApiTokens.FromHeader(http.Request) is { } token ? await tokens.FindAsync(token, ct) : null;
        return row is null ? ApiProblems.Unauthorized() : TypedResults.Ok(new TokenInfo(row.Audience, row.SubjectId, row.ExpiresAt));
    }

    private static async Task<IResult> RevokeAsync(HttpContext http, ApiTokens tokens, CancellationToken ct)
    {
        if (ApiTokens.FromHeader(http.Request) is { } token) await tokens.RevokeAsync(token, ct);
        return TypedResults.NoContent();
    }
}
