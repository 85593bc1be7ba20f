using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantoa.Web.Features.Citizens;

/// <summary>"Xóa tài khoản": with the password; the person is removed, results that must stay keep only the anonymous id.</summary>
[EnableRateLimiting(PublicRateLimits.CitizenLogin)]
public sealed class Delete(CitizenAccounts accounts) : CitizenPage
{
    [BindProperty] public string? Password { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var login = Me!.Email ?? Me.Phone;
        var (outcome, _) = await accounts.CheckPasswordAsync(login, Password, ClientInfo.Address(HttpContext));
        if (outcome.Status != ApiLoginStatus.Succeeded)
        {
            ModelState.AddModelError(nameof(Password), outcome.Status == ApiLoginStatus.LockedOut
                ? Lantoa.Web.Features.Account.Login.WaitMessage(outcome.RetryAfter ?? TimeSpan.FromMinutes(1)) : "Mật khẩu không đúng.");
            Password = null;
            return Invalid();
        }
        await accounts.DeleteAsync(Me);
        await CitizenAuth.SignOutAsync(HttpContext);
        TempData["Flash"] = "Đã xóa tài khoản và dữ liệu cá nhân của bạn.";
        return Redirect(CitizenAuth.SignInPath);
    }
}
