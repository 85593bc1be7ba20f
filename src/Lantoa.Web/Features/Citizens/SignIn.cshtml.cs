using System.Globalization;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// "Đăng nhập" of citizens: a phone or an e-mail and the password. The same answer whether the account exists; after
/// LANTOA_LOCKOUT_FAILURES wrong passwords this address waits (429, Retry-After), as staff sign-in does.
/// </summary>
[EnableRateLimiting(PublicRateLimits.CitizenLogin)]
public sealed class SignIn(CitizenAccounts accounts) : CitizenPage
{
    protected override bool RequiresCitizen => false;

    [BindProperty] public string? Login { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Login) || string.IsNullOrEmpty(Password) || Login.Length > 254 || Password.Length > 200)
        {
            ModelState.AddModelError("", "Nhập số điện thoại hoặc thư điện tử và mật khẩu.");
            return Invalid();
        }
        var (outcome, citizen) = await accounts.CheckPasswordAsync(Login, Password, ClientInfo.Address(HttpContext));
        Password = null;
        switch (outcome.Status)
        {
            case ApiLoginStatus.Succeeded:
                await CitizenAuth.SignInAsync(HttpContext, citizen!);
                return Redirect(LocalOnly(ReturnUrl) ?? Account.Path);
            case ApiLoginStatus.LockedOut:
                var wait = outcome.RetryAfter ?? TimeSpan.FromMinutes(1);
                Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                ModelState.AddModelError("", Lantoa.Web.Features.Account.Login.WaitMessage(wait));
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return Page();
            default:
                ModelState.AddModelError("", CitizenAccounts.WrongLogin);
                return Invalid();
        }
    }
}
