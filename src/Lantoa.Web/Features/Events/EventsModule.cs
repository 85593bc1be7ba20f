using Lantoa.Web.Features.PublicSite;
using Lantoa.Web.Infrastructure.Modules;

namespace Lantoa.Web.Features.Events;

/// <summary>Events on plan activities: sessions with capacity, delegate quotas per unit from the participant appendix,
/// delegates, citizens' registrations, tickets with signed codes, check-in at the door.</summary>
public sealed class EventsModule : ILantoaModule
{
    public string Name => "Events";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<EventService>();
        services.AddSingleton<RegistrationGate>();
        services.AddScoped<EventBoard>();
        services.AddScoped<Inbox.IInboxSource, EventsInbox>();
        services.AddScoped<MyWork.IUnitWorkSource, EventsUnitWork>();
        services.AddScoped<IPublicSection, EventsPublicSection>();
    }

    public IEnumerable<MenuItem> Menu => [new("Sự kiện", "/Events", 47, a => a.ProvinceId is not null && Lantoa.Domain.Users.AccessPolicy.SeesEvents(a), "events-link")];

    /// <summary>The citizens' event page (/su-kien/{id}) is a <see cref="Citizens.CitizenPage"/>: the citizen cookie decides.</summary>
    public void ConfigurePages(Microsoft.AspNetCore.Mvc.ApplicationModels.PageConventionCollection pages) => pages.AllowAnonymousToFolder("/Events/Public");

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => EventsApi.Map(endpoints);

    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string>
    {
        ["Event"] = "Sự kiện", ["EventSession"] = "Phiên của sự kiện", ["DelegateQuota"] = "Chỉ tiêu đại biểu",
        ["EventDelegate"] = "Đại biểu", ["Ticket"] = "Vé tham dự", ["CheckIn"] = "Lượt điểm danh",
        ["RoadshowStop"] = "Điểm lưu động theo cụm", ["RoadshowParticipant"] = "Đơn vị tham gia cụm",
    };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["StartsOn"] = "Ngày bắt đầu", ["EndsOn"] = "Ngày kết thúc", ["Published"] = "Công khai",
        ["ReplyBy"] = "Hạn đăng ký đại biểu", ["TicketKey"] = "Khóa ký mã vé", ["EventId"] = "Sự kiện", ["StartsAt"] = "Bắt đầu lúc",
        ["EndsAt"] = "Kết thúc lúc", ["Room"] = "Phòng", ["Capacity"] = "Sức chứa", ["SeatsTaken"] = "Số chỗ đã đăng ký",
        ["PublicRegistration"] = "Người dân đăng ký", ["RegistrationOpensAt"] = "Mở đăng ký lúc", ["RegistrationClosesAt"] = "Hết hạn đăng ký lúc",
        ["QuotaId"] = "Chỉ tiêu", ["FullName"] = "Họ và tên", ["Position"] = "Chức vụ",
        ["HolderName"] = "Người tham dự", ["CitizenId"] = "Người dân", ["DelegateId"] = "Đại biểu",
        ["SessionId"] = "Phiên", ["TicketId"] = "Vé", ["Nonce"] = "Mã lượt quét", ["ScannedAt"] = "Quét lúc", ["RecordedAt"] = "Ghi nhận lúc",
        ["ByUserId"] = "Người quét",
        ["Cluster"] = "Cụm", ["HostUnitId"] = "Đơn vị chủ trì cụm", ["Venue"] = "Địa điểm tổ chức", ["StopId"] = "Điểm lưu động",
    };

    public IEnumerable<DemoStep> DemoData =>
        [new(800, "sự kiện mẫu", (sp, ct) => ActivatorUtilities.CreateInstance<EventsDemoData>(sp).SeedAsync(ct))];
}
