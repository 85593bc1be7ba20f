using Lantoa.Domain.Users;
using Lantoa.Web.Features.Admin.Users;
using Lantoa.Web.Infrastructure.Modules;

namespace Lantoa.Web.Features.Admin;

/// <summary>Users and password resets; the audit trail.</summary>
public sealed class AdminModule : ILantoaModule
{
    public string Name => "Admin";

    public void AddServices(IServiceCollection services) =>
        services.AddScoped<Microsoft.AspNetCore.Authentication.IClaimsTransformation, Infrastructure.Auth.WorkingProvince>();

    public IEnumerable<MenuItem> Menu =>
    [
        new("Chọn tỉnh", "/Admin/Province", 1, AccessPolicy.CanPickProvince, "province-link"),
        new("Người dùng", "/Admin/Users", 70, AccessPolicy.SeesAdministration),
        new("Nhật ký", "/Admin/Audit", 80, AccessPolicy.SeesAdministration),
    ];

    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string> { ["User"] = "Người dùng" };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["UserName"] = "Tên đăng nhập", ["DisplayName"] = "Họ tên", ["Roles"] = "Vai trò", ["IsActive"] = "Đang hoạt động",
        ["PasswordHash"] = "Mật khẩu", ["FailedLogins"] = "Số lần đăng nhập sai", ["LockoutEnd"] = "Khóa đến",
        ["MustChangePassword"] = "Phải đổi mật khẩu",
        ["Email"] = "Thư điện tử",
    };

    public IEnumerable<DemoStep> DemoData =>
        [new(300, "tài khoản mẫu", (sp, ct) => ActivatorUtilities.CreateInstance<UsersDemoData>(sp).SeedAsync(ct))];

    public IEnumerable<GeneratedTable> GeneratedTables =>
        [new("users", "id, user_name, display_name, password_hash, roles, unit_id, province_id, security_stamp, created_at")];
}
