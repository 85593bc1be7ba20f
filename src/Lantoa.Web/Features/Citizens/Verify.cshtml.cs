using Lantoa.Domain.Citizens;
using Lantoa.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// "Xác minh": the six-digit code sent to the e-mail (or by SMS). Open to all (a login and a code); a signed-in citizen
/// has their login filled in and may have a new code sent. Five wrong codes spend it.
/// </summary>
[EnableRateLimiting(PublicRateLimits.Codes)]
public sealed class Verify(CitizenAccounts accounts, CodeSender sender) : CitizenPage
{
    public const string Path = "/cong-dan/xac-minh";

    protected override bool RequiresCitizen => false;

    [BindProperty] public string? Login { get; set; }
    [BindProperty] public string? Code { get; set; }

    public bool CanMail => sender.CanMail;
    public bool CanText => sender.CanText;

    public void OnGet() => Login ??= Me?.Email ?? Me?.Phone;

    public async Task<IActionResult> OnPostAsync()
    {
        var check = await accounts.VerifyAsync(Login, Code);
        if (check != CodeCheck.Accepted)
        {
            ModelState.AddModelError(nameof(Code), CitizenAccounts.CodeMessage(check));
            Code = null;
            return Invalid();
        }
        TempData["Flash"] = "Đã xác minh. " + (Me is null ? "Hãy đăng nhập." : "");
        return Redirect(Me is null ? CitizenAuth.SignInPath : Account.Path);
    }

    /// <summary>A new code to the signed-in citizen's unverified e-mail or phone.</summary>
    public async Task<IActionResult> OnPostResendAsync()
    {
        if (Me is null) return Redirect(CitizenAuth.SignInPath + "?ReturnUrl=" + Uri.EscapeDataString(Path));
        await accounts.SendCodesAsync(Me);
        TempData["Flash"] = "Đã gửi mã mới.";
        return Redirect(Path);
    }
}
