using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Account;

/// <summary>
/// "Đổi mật khẩu": the current password is checked under the same per account and address waits as sign-in; the new
/// one must pass PasswordRules. Also the page every other page redirects to while a password change is required.
/// </summary>
public sealed class ChangePassword(LantoaDb db, IPasswordHasher<User> hasher, LoginThrottle throttle, TimeProvider clock) : LantoaPage
{
    [BindProperty, Required(ErrorMessage = "Nhập mật khẩu hiện tại."), StringLength(200, ErrorMessage = "Mật khẩu quá dài.")]
    public string Current { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Nhập mật khẩu mới.")]
    public string New { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Nhập lại mật khẩu mới.")]
    public string Confirm { get; set; } = "";

    public bool MustChange => User.HasClaim(LantoaClaims.MustChangePassword, "1");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (PasswordRules.Check(New, Actor.UserName) is { } problem) ModelState.AddModelError(nameof(New), problem);
        if (New != Confirm) ModelState.AddModelError(nameof(Confirm), "Mật khẩu nhập lại không khớp.");
        if (!ModelState.IsValid) return Invalid();
        var user = await db.Users.FindAsync(Actor.UserId);
        if (user is null) return NotFoundPage();
        var address = ClientInfo.Address(HttpContext);
        if (await throttle.BlockedUntilAsync(user.UserName, address) is { } blocked) return Wait(blocked);
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, Current) == PasswordVerificationResult.Failed)
        {
            var until = await throttle.RecordFailureAsync(user.UserName, address);
            db.AddAuditEvent(nameof(User), user.Id.ToString(CultureInfo.InvariantCulture), AuditEvents.PasswordCheckFailed, AuditEvents.Details(HttpContext));
            await db.SaveChangesAsync();
            if (until is { } u) return Wait(u);
            ModelState.AddModelError(nameof(Current), "Mật khẩu hiện tại không đúng.");
            return Invalid();
        }
        if (Current == New)
        {
            ModelState.AddModelError(nameof(New), "Mật khẩu mới phải khác mật khẩu hiện tại.");
            return Invalid();
        }
        await throttle.ClearAsync(user.UserName, address);
        user.SetPasswordHash(hasher.HashPassword(user, New));
        user.MustChangePassword = false;
        await db.SaveChangesAsync();
        await HttpContext.SignInAsync(LantoaClaims.Principal(user, User.FindFirst(LantoaClaims.Session)!.Value));
        Flash("Đã đổi mật khẩu.");
        return Redirect("/");
    }

    private IActionResult Wait(DateTimeOffset until)
    {
        var wait = until - clock.GetUtcNow();
        Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        ModelState.AddModelError(nameof(Current), Login.WaitMessage(wait));
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return Page();
    }
}
