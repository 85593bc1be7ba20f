using System.ComponentModel.DataAnnotations;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Account;

public sealed class ChangePassword(LantoaDb db, IPasswordHasher<User> hasher) : LantoaPage
{
    [BindProperty, Required(ErrorMessage = "Nhập mật khẩu hiện tại.")]
    public string Current { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Nhập mật khẩu mới.")]
    public string New { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Nhập lại mật khẩu mới.")]
    public string Confirm { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (PasswordRules.Check(New) is { } problem) ModelState.AddModelError(nameof(New), problem);
        if (New != Confirm) ModelState.AddModelError(nameof(Confirm), "Mật khẩu nhập lại không khớp.");
        if (!ModelState.IsValid) return Invalid();
        var user = await db.Users.FindAsync(Actor.UserId);
        if (user is null) return NotFoundPage();
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, Current) == PasswordVerificationResult.Failed)
        {
            ModelState.AddModelError(nameof(Current), "Mật khẩu hiện tại không đúng.");
            return Invalid();
        }
        user.SetPasswordHash(hasher.HashPassword(user, New));
        user.MustChangePassword = false;
        await db.SaveChangesAsync();
        await HttpContext.SignInAsync(LantoaClaims.Principal(user));
        Flash("Đã đổi mật khẩu.");
        return Redirect("/");
    }
}
