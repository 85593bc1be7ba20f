using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Modules;

namespace Lantoa.Web.DemoData;

/// <summary>
/// Demo data for a first start: each module's demo steps (<see cref="ILantoaModule.DemoData"/>) in order — the
/// administrative units, Long An (80) and Tiền Giang (82) with their units and groups as of 2024, one login per role,
/// the seed plans, their budgets. Only into an empty database, in one transaction.
/// </summary>
public sealed class DemoSeeder(IServiceProvider services)
{
    /// <summary>Demo password of every demo login: LANTOA_DEMO_PASSWORD, or the documented default.</summary>
    public static string DemoPassword => Environment.GetEnvironmentVariable("LANTOA_DEMO_PASSWORD") is { Length: >= 10 } p ? p : "Lantoa@2024";

    public static readonly IReadOnlyList<DemoLogin> Logins =
    [
        new("admin", "Quản trị hệ thống (cả nước)", null, null, [Role.Admin]),
        new("quantri.longan", "Quản trị Long An", "80", "Văn phòng UBND tỉnh", [Role.Admin]),
        new("dieuphoi", "Nguyễn Văn Điều Phối (Sở TT&TT Long An)", "80", "Sở Thông tin và Truyền thông", [Role.Coordinator]),
        new("lanhdao", "Phạm Tấn Hòa (Lãnh đạo UBND tỉnh)", "80", "Ủy ban nhân dân tỉnh Long An", [Role.Leadership]),
        new("benluc", "Cán bộ UBND huyện Bến Lức", "80", "UBND huyện Bến Lức", [Role.UnitOfficer]),
        new("baolongan", "Cán bộ Báo Long An", "80", "Báo Long An", [Role.UnitOfficer]),
        new("tinhdoan", "Cán bộ Tỉnh Đoàn Long An", "80", "Tỉnh Đoàn", [Role.UnitOfficer]),
        new("taichinh", "Cán bộ Sở Tài chính Long An (thẩm định)", "80", "Sở Tài chính", [Role.Reviewer]),
        new("dieuphoi.tg", "Điều phối Sở TT&TT Tiền Giang", "82", "Sở Thông tin và Truyền thông", [Role.Coordinator]),
    ];

    public sealed record DemoLogin(string UserName, string DisplayName, string? ProvinceCode, string? UnitName, Role[] Roles);

    public static string LoginsText() =>
        "Tài khoản mẫu (mật khẩu: " + DemoPassword + "):\n" +
        string.Join("\n", Logins.Select(l => $"  {l.UserName,-16} {string.Join(", ", l.Roles.Select(r => r.Vietnamese())),-20} {l.DisplayName}"));

    /// <summary>
    /// Every module's demo steps, in their order, into an empty database — all or nothing: one transaction, so a crash
    /// at any point leaves an empty database that the next start seeds.
    /// </summary>
    public Task SeedAsync(CancellationToken ct = default) =>
        services.GetRequiredService<Infrastructure.Data.LantoaDb>().InTransactionAsync(async () =>
        {
            foreach (var step in LantoaModules.All.SelectMany(m => m.DemoData).OrderBy(s => s.Order))
                await step.RunAsync(services, ct);
            return true;
        }, ct);
}
