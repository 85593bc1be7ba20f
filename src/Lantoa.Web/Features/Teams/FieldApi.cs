using Lantoa.Domain.Teams;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Auth;

namespace Lantoa.Web.Features.Teams;

/// <summary>
/// The field API of team members (docs/api.md): <c>GET /api/v1/me/campaigns</c> (the campaigns of the member's teams'
/// communes) and <c>POST /api/v1/field-logs</c> (a batch of logs, each answered created, duplicate or rejected).
/// Bearer tokens of staff logins; only a login with the role Tổ CNSCĐ on a team's roster gets an answer.
/// </summary>
public static class FieldApi
{
    public const string CampaignsPath = "/api/v1/me/campaigns";
    public const string LogsPath = "/api/v1/field-logs";

    public sealed record FieldLogRequest(string? ClientId, int CampaignId, string? CommuneCode, string? Village, string? Category, DateOnly? Date,
        int Households, int People, Dictionary<string, int>? Figures, string? Note);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CampaignsPath, CampaignsAsync).RequireAuthorization(ApiAudiences.StaffPolicy)
            .WithName("GetMyCampaigns").Produces<List<MemberCampaign>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        endpoints.MapPost(LogsPath, SyncAsync).RequireAuthorization(ApiAudiences.StaffPolicy)
            .WithName("PostFieldLogs").Produces<List<SyncResult>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private const string NotAMember = "Chỉ thành viên Tổ công nghệ số cộng đồng có tên trong danh sách của một tổ mới dùng được chức năng này.";

    private static async Task<IResult> CampaignsAsync(HttpContext http, FieldSync sync, CancellationToken ct)
    {
        if (LantoaClaims.ToActor(http.User) is not { } actor || await sync.TeamsOfAsync(actor, ct) is not { } teams)
            return ApiProblems.Forbidden(NotAMember);
        return Results.Ok(await sync.CampaignsAsync(teams, ct));
    }

    private static async Task<IResult> SyncAsync(List<FieldLogRequest>? body, HttpContext http, FieldSync sync, CancellationToken ct)
    {
        if (LantoaClaims.ToActor(http.User) is not { } actor || await sync.TeamsOfAsync(actor, ct) is not { } teams)
            return ApiProblems.Forbidden(NotAMember);
        if (body is null || body.Count == 0) return ApiProblems.Validation("body", "Cần một danh sách bản ghi (ít nhất một bản ghi).");
        if (body.Count > FieldSync.MaxBatch) return ApiProblems.Validation("body", $"Mỗi lần gửi tối đa {FieldSync.MaxBatch} bản ghi.");
        var inputs = body.Select(b => new FieldLogInput(b.ClientId, b.CampaignId, b.CommuneCode, b.Village, b.Category, b.Date,
            b.Households, b.People, b.Figures, b.Note)).ToList();
        return Results.Ok(await sync.SyncAsync(actor, teams, inputs, ct));
    }
}
