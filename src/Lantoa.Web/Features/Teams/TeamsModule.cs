using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Modules;

namespace Lantoa.Web.Features.Teams;

/// <summary>Community digital technology teams: rosters, field campaigns, logs from the field (API, offline page), coverage.</summary>
public sealed class TeamsModule : ILantoaModule
{
    public string Name => "Teams";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<FieldSync>();
        services.AddScoped<RosterImport>();
    }

    public IEnumerable<MenuItem> Menu =>
    [
        new("Tổ CNSCĐ", "/Teams/Rosters", 48, AccessPolicy.SeesRosters, "rosters-link"),
        new("Ghi nhận tại cơ sở", "/Teams/Field", 70, AccessPolicy.SeesFieldLog, "field-link"),
    ];

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => FieldApi.Map(endpoints);

    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string>
    {
        ["Team"] = "Tổ công nghệ số cộng đồng", ["TeamMember"] = "Thành viên tổ", ["FieldCampaign"] = "Chiến dịch ra quân",
        ["CampaignCommune"] = "Xã tham gia chiến dịch", ["FieldLog"] = "Nhật ký hướng dẫn tại cơ sở",
    };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["CommuneCode"] = "Mã xã, phường", ["Village"] = "Ấp, khu phố", ["FullName"] = "Họ và tên", ["Organisation"] = "Đơn vị",
        ["Phone"] = "Số điện thoại", ["TeamId"] = "Tổ", ["StartsOn"] = "Ngày bắt đầu", ["EndsOn"] = "Ngày kết thúc",
        ["Categories"] = "Nội dung hướng dẫn", ["CampaignId"] = "Chiến dịch", ["Households"] = "Số hộ",
        ["TargetHouseholds"] = "Chỉ tiêu số hộ", ["TargetPeople"] = "Chỉ tiêu số người", ["ClientId"] = "Mã bản ghi của thiết bị",
        ["Category"] = "Nội dung", ["Date"] = "Ngày", ["People"] = "Số người", ["FiguresJson"] = "Chỉ số", ["Note"] = "Ghi chú",
    };

    /// <summary>Teams, members, a campaign per province and its logs for `data generate` (writers: Cli/DataGenerate.Teams.cs).</summary>
    public IEnumerable<GeneratedTable> GeneratedTables =>
    [
        new("teams", "id, province_id, commune_code, name, kind, village, created_at"),
        new("team_members", "id, team_id, full_name, role, organisation, phone, user_id"),
        new("field_campaigns", "id, province_id, plan_id, activity_id, title, starts_on, ends_on, categories"),
        new("campaign_communes", "id, campaign_id, commune_code, households, target_households, target_people"),
        new("field_logs", "id, client_id, campaign_id, team_id, user_id, commune_code, village, category, date, households, people, figures_json, note, recorded_at", Big: true),
    ];

    /// <summary>The coverage sums the triggers keep (field_coverage), from the logs `data generate` loaded with triggers off.</summary>
    public IEnumerable<string> AfterGenerate => ["SELECT field_coverage_rebuild()"];

    public IEnumerable<DemoStep> DemoData =>
        [new(800, "tổ công nghệ số cộng đồng và chiến dịch ra quân", (sp, ct) => ActivatorUtilities.CreateInstance<TeamsDemoData>(sp).SeedAsync(ct))];
}
