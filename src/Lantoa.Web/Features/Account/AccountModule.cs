using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Lantoa.Web.Features.Account;

/// <summary>Sign-in (password, then TOTP where required), sign-out, change of password, two-step setup.</summary>
public sealed class AccountModule : ILantoaModule
{
    public string Name => "Account";

    /// <summary>Staff logins of the JSON API's token endpoint.</summary>
    public void AddServices(IServiceCollection services) => services.AddScoped<IApiLogin, StaffApiLogin>();

    public void ConfigurePages(PageConventionCollection pages)
    {
        pages.AllowAnonymousToPage("/Account/Login");
        pages.AllowAnonymousToPage("/Account/TwoFactor"); // the code step: the password step's pending cookie decides
    }

    /// <summary>Events of sign-in, refusals and downloads (Infrastructure/Auth/AuditEvents).</summary>
    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string>
    {
        ["Login"] = "Tên đăng nhập không tồn tại", ["Request"] = "Yêu cầu",
    };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["Address"] = "Địa chỉ nguồn", ["UserAgent"] = "Trình duyệt", ["File"] = "Tệp", ["Method"] = "Phương thức",
        ["Channel"] = "Kênh",
    };
}
