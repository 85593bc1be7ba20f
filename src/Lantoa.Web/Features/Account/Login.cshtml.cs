using System.ComponentModel.DataAnnotations;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Account;

public sealed class Login(LantoaDb db, IPasswordHasher<User> hasher, TimeProvider clock) : LantoaPage
{
    [BindProperty, Required(ErrorMessage = "Nhập tên đăng nhập."), StringLength(100, ErrorMessage = "Tên đăng nhập quá dài.")]
    public string UserName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Nhập mật khẩu."), StringLength(200, ErrorMessage = "Mật khẩu quá dài.")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Invalid();
        var now = clock.GetUtcNow();
        var name = UserName.Trim().ToLowerInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == name);
        if (user is null || !user.IsActive)
        {
            hasher.HashPassword(new User("x", "x", null, null, [Role.Leadership], now), Password); // same cost whether or not the user exists
            ModelState.AddModelError("", "Tên đăng nhập hoặc mật khẩu không đúng.");
            return Invalid();
        }
        if (user.IsLockedOut(now))
        {
            ModelState.AddModelError("", $"Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau {user.LockoutEnd!.Value.ToOffset(TimeSpan.FromHours(7)):HH:mm}.");
            return Invalid();
        }
        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, Password);
        if (result == PasswordVerificationResult.Failed)
        {
            user.RecordFailedLogin(now);
            await db.SaveChangesAsync();
            ModelState.AddModelError("", user.IsLockedOut(now)
                ? "Đăng nhập sai quá 5 lần; tài khoản bị tạm khóa 15 phút."
                : "Tên đăng nhập hoặc mật khẩu không đúng.");
            return Invalid();
        }
        if (result == PasswordVerificationResult.SuccessRehashNeeded) user.SetPasswordHash(hasher.HashPassword(user, Password));
        user.RecordSuccessfulLogin();
        await db.SaveChangesAsync();
        await HttpContext.SignInAsync(LantoaClaims.Principal(user));
        if (user.MustChangePassword) return Redirect("/Account/ChangePassword");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
