using System.Text.Json;
using System.Text.Json.Serialization;
using Lantoa.Domain.Events;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Events;

/// <summary>
/// The events API (docs/api.md): a citizen registers for an open session (citizen bearer token) and gets a ticket code;
/// the staff at the door upload scans (staff bearer token of the event's managers) and get a result per scan's nonce.
/// </summary>
public static class EventsApi
{
    public sealed record RegistrationRequest(int? SessionId);

    public sealed record RegistrationResponse(string TicketCode, int SessionId);

    public sealed record ScanRequest(string? TicketCode, int? SessionId, DateTimeOffset? ScannedAt, string? Nonce);

    public sealed record ScanResponse(string Nonce, string Result, string? Name);

    /// <summary>The most scans one upload may carry.</summary>
    public const int MaxScans = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.Strict,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/events").WithTags("Sự kiện");
        api.MapPost("/{eventId:int}/registrations", RegisterAsync).RequireAuthorization(ApiAudiences.CitizenPolicy)
            .RequireRateLimiting(PublicRateLimits.PublicWrite)
            .Produces<RegistrationResponse>(StatusCodes.Status201Created).Produces<RegistrationResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/{eventId:int}/checkins", CheckInAsync).RequireAuthorization(ApiAudiences.StaffPolicy)
            .Produces<ScanResponse[]>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> RegisterAsync(int eventId, HttpContext http, EventService events, RegistrationGate gate, CancellationToken ct)
    {
        if (CitizenAuth.CitizenId(http.User) is not { } citizenId) return ApiProblems.Unauthorized();
        var (request, bad) = await ReadAsync<RegistrationRequest>(http, 4 * 1024, ct);
        if (bad is not null) return bad;
        if (request!.SessionId is not { } sessionId) return ApiProblems.Validation("sessionId", "Hãy chọn phiên (sessionId).");
        var result = await gate.RunAsync(() => events.RegisterAsync(eventId, sessionId, citizenId, ct), ct);
        return result.Outcome switch
        {
            RegistrationOutcome.Created => Results.Json(new RegistrationResponse(result.TicketCode!, sessionId), Json, statusCode: 201),
            RegistrationOutcome.AlreadyRegistered => Results.Json(new RegistrationResponse(result.TicketCode!, sessionId), Json),
            RegistrationOutcome.Full => ApiProblems.Conflict(result.Message),
            RegistrationOutcome.Closed => ApiProblems.Validation("sessionId", result.Message!),
            _ => ApiProblems.NotFound(result.Message),
        };
    }

    private static async Task<IResult> CheckInAsync(int eventId, HttpContext http, LantoaDb db, EventService events, CancellationToken ct)
    {
        if (LantoaClaims.ToActor(http.User) is not { } actor) return ApiProblems.Unauthorized();
        var ev = await db.Set<Event>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null || !AccessPolicy.CanReadProvince(actor, ev.ProvinceId)) return ApiProblems.NotFound("Không có sự kiện này.");
        if (!AccessPolicy.CanCheckIn(actor, ev.ProvinceId)) return ApiProblems.Forbidden("Chỉ cán bộ điều phối của sự kiện được quét vé.");
        var (scans, bad) = await ReadAsync<ScanRequest?[]>(http, 256 * 1024, ct);
        if (bad is not null) return bad;
        if (scans!.Length > MaxScans) return ApiProblems.Validation("", $"Mỗi lần gửi tối đa {MaxScans} lượt quét.");
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < scans.Length; i++)
        {
            if (scans[i] is not { } s) { errors[$"[{i}]"] = ["Lượt quét phải là một đối tượng JSON."]; continue; }
            if (string.IsNullOrWhiteSpace(s.Nonce) || s.Nonce.Trim().Length > 100) errors[$"[{i}].nonce"] = ["Mỗi lượt quét cần một nonce (tối đa 100 ký tự)."];
            if (string.IsNullOrWhiteSpace(s.TicketCode)) errors[$"[{i}].ticketCode"] = ["Thiếu mã vé."];
        }
        var nonces = scans.Where(s => s?.Nonce is not null).GroupBy(s => s!.Nonce!.Trim()).Where(g => g.Count() > 1).Select(g => g.Key).FirstOrDefault();
        if (nonces is not null) errors["nonce"] = [$"Nonce \"{nonces}\" lặp lại trong cùng một lần gửi."];
        if (errors.Count > 0) return ApiProblems.Validation(errors, "Có lượt quét chưa hợp lệ; không lượt nào được ghi.");
        var answers = await events.CheckInAsync(ev, [.. scans.Select(s => new Scan(s!.TicketCode, s.SessionId, s.ScannedAt, s.Nonce))], actor, ct);
        return Results.Json(answers.Select(a => new ScanResponse(a.Nonce, ScanRules.ApiName(a.Result), a.Name)).ToList(), Json);
    }

    private static async Task<(T? Value, IResult? Bad)> ReadAsync<T>(HttpContext http, int limit, CancellationToken ct) where T : class
    {
        if (http.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            return (null, ApiProblems.Status(415, "Gửi nội dung JSON (Content-Type: application/json)."));
        if (http.Request.ContentLength > limit) return (null, ApiProblems.Status(413, $"Yêu cầu quá lớn (tối đa {limit / 1024} KB)."));
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Json, ct);
            return value is null ? (null, ApiProblems.BadRequest("Thân yêu cầu không được để trống.")) : (value, null);
        }
        catch (JsonException)
        {
            return (null, ApiProblems.BadRequest("Thân yêu cầu không phải JSON hợp lệ hoặc có trường sai kiểu."));
        }
    }
}
