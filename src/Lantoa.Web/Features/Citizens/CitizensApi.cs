using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lantoa.Domain.Citizens;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Auth;

namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// The citizens' JSON API for the province's app (docs/api.md): the proof-of-work challenge, sign-up, verification,
/// and the signed-in citizen's own account (<see cref="ApiAudiences.CitizenPolicy"/>: a citizen bearer token). Errors are
/// ProblemDetails with a Vietnamese title and detail and, for field errors, an "errors" map by field name.
/// </summary>
public static class CitizensApi
{
    public sealed record SignUpRequest(
        string? FullName, string? BirthDate, string? Phone, string? Email, string? Password, string? ProvinceCode, string? CommuneCode,
        int? WorkplaceUnitId, string? Workplace, bool? Consent, string? Challenge, string? Nonce);

    public sealed record VerifyRequest(string? Login, string? Code);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.Strict,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1");
        api.MapGet("/challenge", (ChallengeService challenges) =>
        {
            var (challenge, difficulty) = challenges.Issue();
            return Results.Json(new { challenge, difficulty, required = challenges.Required }, Json);
        }).AllowAnonymous();
        api.MapPost("/citizens", SignUpAsync).AllowAnonymous().RequireRateLimiting(PublicRateLimits.SignUp);
        api.MapPost("/citizens/verify", VerifyAsync).AllowAnonymous().RequireRateLimiting(PublicRateLimits.Codes);
        api.MapGet("/me", MeAsync).RequireAuthorization(ApiAudiences.CitizenPolicy);
        api.MapGet("/me/export", ExportAsync).RequireAuthorization(ApiAudiences.CitizenPolicy);
        api.MapDelete("/me", DeleteAsync).RequireAuthorization(ApiAudiences.CitizenPolicy).RequireRateLimiting(PublicRateLimits.PublicWrite);
    }

    private static async Task<IResult> SignUpAsync(HttpContext http, CitizenAccounts accounts, ChallengeService challenges, CancellationToken ct)
    {
        var (request, bad) = await ReadAsync<SignUpRequest>(http, ct);
        if (bad is not null) return bad;
        if (await challenges.RedeemAsync(request!.Challenge, request.Nonce, ct) is { } refused)
            return Problem(422, "Chưa hoàn thành thử thách chống gửi tự động", refused, new Dictionary<string, string> { ["challenge"] = refused });
        DateOnly? birth = null;
        string? unreadable = null;
        if (!string.IsNullOrWhiteSpace(request.BirthDate))
        {
            if (DateOnly.TryParseExact(request.BirthDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) birth = d;
            else unreadable = "Ngày sinh phải theo dạng YYYY-MM-DD, ví dụ 1990-09-05.";
        }
        var input = new SignUpInput(request.FullName, birth, request.Phone, request.Email, request.Password, request.ProvinceCode,
            request.CommuneCode, request.WorkplaceUnitId, request.Workplace,
            request.Consent == true ? [.. ConsentPurposes.RequiredKeys] : []) { BirthDateUnreadable = unreadable };
        var result = await accounts.SignUpAsync(input, ct);
        if (result.Conflict) return Problem(409, "Tài khoản đã tồn tại", CitizenAccounts.Taken, result.Errors);
        if (!result.Succeeded) return Problem(422, "Thông tin đăng ký chưa hợp lệ", "Hãy sửa các trường được nêu trong errors.", result.Errors);
        return Results.Json(new { citizenId = result.Citizen!.Id, verified = result.Citizen.IsVerified }, Json, statusCode: 201);
    }

    private static async Task<IResult> VerifyAsync(HttpContext http, CitizenAccounts accounts, CancellationToken ct)
    {
        var (request, bad) = await ReadAsync<VerifyRequest>(http, ct);
        if (bad is not null) return bad;
        var check = await accounts.VerifyAsync(request!.Login, request.Code, ct);
        if (check == CodeCheck.Accepted) return Results.NoContent();
        var message = CitizenAccounts.CodeMessage(check);
        return Problem(422, "Mã xác minh không được chấp nhận", message, new Dictionary<string, string> { ["code"] = message });
    }

    private static async Task<IResult> MeAsync(HttpContext http, CitizenAccounts accounts, CancellationToken ct)
    {
        if (await SignedInAsync(http, accounts, ct) is not { } c) return NotSignedIn();
        return Results.Json(new
        {
            citizenId = c.Id, c.FullName, birthDate = c.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Phone, c.Email,
            emailVerified = c.EmailVerifiedAt is not null, phoneVerified = c.PhoneVerifiedAt is not null, verified = c.IsVerified,
            c.ProvinceCode, c.CommuneCode, c.WorkplaceUnitId, c.Workplace, consents = c.Consents,
        }, Json);
    }

    private static async Task<IResult> ExportAsync(HttpContext http, CitizenAccounts accounts, CancellationToken ct)
    {
        if (await SignedInAsync(http, accounts, ct) is not { } c) return NotSignedIn();
        return Results.Json(await accounts.ExportAsync(c, ct), Data.Json);
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, CitizenAccounts accounts, ApiTokens tokens, CancellationToken ct)
    {
        if (await SignedInAsync(http, accounts, ct) is not { } c) return NotSignedIn();
        await accounts.DeleteAsync(c, ct);
        await tokens.RevokeAllAsync(ApiAudiences.Citizen, c.Id, ct);
        return Results.NoContent();
    }

    /// <summary>The citizen of the principal (NameIdentifier of a citizen-audience principal), still existing.</summary>
    private static async Task<Citizen?> SignedInAsync(HttpContext http, CitizenAccounts accounts, CancellationToken ct) =>
        CitizenAuth.CitizenId(http.User) is { } id ? await accounts.LiveAsync(id, ct) : null;

    private static IResult NotSignedIn() => Problem(401, "Chưa đăng nhập", "Tài khoản không còn hoặc phiên đăng nhập đã hết; hãy đăng nhập lại.");

    private static async Task<(T? Value, IResult? Bad)> ReadAsync<T>(HttpContext http, CancellationToken ct) where T : class
    {
        if (http.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            return (null, Problem(415, "Sai kiểu nội dung", "Gửi nội dung JSON (Content-Type: application/json)."));
        if (http.Request.ContentLength > 16 * 1024)
            return (null, Problem(413, "Nội dung quá lớn", "Yêu cầu quá lớn (tối đa 16 KB)."));
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Json, ct);
            return value is null ? (null, Problem(400, "Nội dung không hợp lệ", "Thân yêu cầu phải là một đối tượng JSON.")) : (value, null);
        }
        catch (JsonException)
        {
            return (null, Problem(400, "Nội dung không hợp lệ", "Thân yêu cầu không phải JSON hợp lệ hoặc có trường sai kiểu."));
        }
    }

    /// <summary>The API's ProblemDetails (<see cref="ApiProblems"/>): Vietnamese title and detail; <paramref name="errors"/> become
    /// {"field": ["message"]}. <paramref name="title"/> names the case in this file; the answer carries the API's title of the status.</summary>
    public static IResult Problem(int status, string title, string detail, IReadOnlyDictionary<string, string>? errors = null)
    {
        _ = title;
        return ApiProblems.Status(status, detail, errors is { Count: > 0 } ? errors.ToDictionary(e => e.Key, e => new[] { e.Value }) : null);
    }
}
