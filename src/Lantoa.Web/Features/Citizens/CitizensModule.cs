using Lantoa.Domain.Citizens;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// Citizen accounts (người dân): sign-up with the proof-of-work challenge and honeypot, e-mail and SMS codes, the
/// citizens' own cookie scheme, consent, export and deletion, the CCCD keyed hash, and the JSON API under /api/v1.
/// </summary>
public sealed class CitizensModule : ILantoaModule
{
    /// <summary>The demo citizen (README): signs in with this e-mail or phone and the demo password.</summary>
    public const string DemoEmail = "nguoidan@lantoa.vn";
    public const string DemoPhone = "0912345678";

    public string Name => "Citizens";

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton(CitizenSettings.FromEnvironment());
        services.AddSingleton<CitizenKeys>();
        services.AddHttpClient();
        services.AddSingleton<ISmsGateway, HttpSmsGateway>();
        services.AddScoped<CodeSender>();
        services.AddScoped<ChallengeService>();
        services.AddScoped<CommuneSearch>();
        services.AddScoped<CitizenAccounts>();
        services.AddScoped<CitizenIdCards>();
        services.AddScoped<IApiLogin, CitizenApiLogin>();
        services.AddSingleton<IPasswordHasher<Citizen>, PasswordHasher<Citizen>>();
        CitizenAuth.AddScheme(services);
    }

    /// <summary>Staff authorization does not apply to /cong-dan: every citizen page checks the citizen cookie itself (CitizenPage).</summary>
    public void ConfigurePages(PageConventionCollection pages) => pages.AllowAnonymousToFolder("/Citizens");

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => CitizensApi.Map(endpoints);

    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string>
    {
        ["Citizen"] = "Tài khoản người dân", ["VerificationCode"] = "Mã xác minh",
    };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["Phone"] = "Số điện thoại", ["FullName"] = "Họ và tên", ["BirthDate"] = "Ngày sinh", ["CommuneCode"] = "Mã xã, phường",
        ["WorkplaceUnitId"] = "Đơn vị nơi làm việc", ["Workplace"] = "Nơi làm việc, học tập", ["EmailVerifiedAt"] = "Xác minh thư điện tử lúc",
        ["PhoneVerifiedAt"] = "Xác minh số điện thoại lúc", ["Consents"] = "Mục đích đã đồng ý", ["ConsentedAt"] = "Đồng ý lúc",
        ["IdCardHash"] = "Mã băm số căn cước", ["IdCardLast4"] = "4 số cuối căn cước", ["DeletedAt"] = "Xóa lúc",
        ["CitizenId"] = "Người dân", ["Channel"] = "Kênh", ["CodeHash"] = "Mã băm", ["ExpiresAt"] = "Hết hạn lúc",
        ["Failures"] = "Số lần nhập sai", ["UsedAt"] = "Dùng lúc",
    };

    /// <summary>The citizens' columns `data generate` and `bench quiz` write (Cli/QuizRoundRows.cs).</summary>
    public const string GeneratedColumns =
        "id, email, password_hash, full_name, birth_date, province_code, commune_code, workplace_unit_id, email_verified_at, " +
        "consents, consented_at, created_at, security_stamp, id_card_hash";

    /// <summary>The entrants of the generated quiz rounds (writers: Cli/DataGenerate.Quizzes.cs).</summary>
    public IEnumerable<GeneratedTable> GeneratedTables => [new("citizens", GeneratedColumns, Big: true)];

    public IEnumerable<DemoStep> DemoData =>
    [
        new(900, "người dân mẫu", async (sp, ct) =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var places = sp.GetRequiredService<CommuneSearch>();
            var clock = sp.GetRequiredService<TimeProvider>();
            var today = Lantoa.Domain.Tracking.TrackingCalendar.LocalDay(clock.GetUtcNow());
            var commune = (await places.CommunesAsync("80", "tan an", today, ct: ct)).FirstOrDefault()
                          ?? (await places.CommunesAsync("80", null, today, ct: ct)).FirstOrDefault();
            if (commune is null) return; // no administrative units of province 80 today
            var citizen = new Citizen(new CitizenProfile("Nguyễn Văn Dân", new DateOnly(1990, 9, 5), "80", commune.Code, null, "Trường THPT Tân An"),
                DemoPhone, DemoEmail, ConsentPurposes.All.Select(p => p.Key), clock.GetUtcNow());
            citizen.SetPasswordHash(sp.GetRequiredService<IPasswordHasher<Citizen>>().HashPassword(citizen, DemoSeeder.DemoPassword));
            citizen.MarkEmailVerified(clock.GetUtcNow());
            db.Set<Citizen>().Add(citizen);
            await db.SaveChangesAsync(ct);
        }),
    ];
}
