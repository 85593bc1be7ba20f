using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Account;

/// <summary>
/// Sign-in. The same message, the same work (one password hash) and the same waits whether or not the account
/// exists; failed passwords slow down one account from one address (LoginThrottle), attempts on one account from
/// addresses it never used are rate-limited (LoginRateLimits); each attempt goes to the audit trail.
/// </summary>
public sealed class Login(LantoaDb db, IPasswordHasher<User> hasher, SessionStore sessions, LoginThrottle throttle,
    LoginRateLimits limits, TwoFactorStore twoFactor, SignInFlow flow, TimeProvider clock) : LantoaPage
{
    public const string WrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";

    private static readonly User Nobody = new("nobody", "nobody", null, null, [Role.Leadership], DateTimeOffset.UnixEpoch);
    private static string? _nobodyHash;

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
        var account = UserName.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var address = ClientInfo.Address(HttpContext);
        if (await throttle.BlockedUntilAsync(account, address) is { } blocked)
        {
            Verify(null, Password); // the same cost as a real check
            return Wait(blocked);
        }
        if (limits.TryAccount(account) is { } retry && !await sessions.IsKnownAddressAsync(account, address))
        {
            Response.Headers.RetryAfter = Seconds(retry);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == account);
        var result = Verify(user, Password);
        if (user is null || !user.IsActive || result == PasswordVerificationResult.Failed)
        {
            var until = await throttle.RecordFailureAsync(account, address);
            db.AddAuditEvent(user is null ? AuditEvents.Login : nameof(User), user?.Id.ToString(CultureInfo.InvariantCulture) ?? account,
                AuditEvents.SignInFailed, AuditEvents.Details(HttpContext), new AuditIdentity(user?.Id, account, user?.ProvinceId));
            await db.SaveChangesAsync();
            if (until is { } u) return Wait(u);
            ModelState.AddModelError("", WrongCredentials);
            return Invalid();
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded) user.SetPasswordHash(hasher.HashPassword(user, Password));
        await throttle.ClearAsync(account, address);
        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;
        var enrolled = await twoFactor.IsEnabledAsync(user.Id);
        if (enrolled || (limits.Settings.AdminTwoFactorRequired && user.Roles.Contains(Role.Admin)))
        {
            await db.SaveChangesAsync(); // a rehashed password
            flow.Hold(HttpContext, user, enrolled ? null : TwoFactorStore.Base32(TwoFactorStore.NewSecret()), returnUrl);
            return Redirect(TwoFactor.Path);
        }
        return LocalRedirect(await flow.CompleteAsync(HttpContext, user, returnUrl));
    }

    private PasswordVerificationResult Verify(User? user, string password)
    {
        if (user is not null) return hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        _nobodyHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));
        hasher.VerifyHashedPassword(Nobody, _nobodyHash, password);
        return PasswordVerificationResult.Failed;
    }

    /// <summary>The form again, 429 with Retry-After: this address must wait before trying this name again.</summary>
    private IActionResult Wait(DateTimeOffset until)
    {
        var wait = until - clock.GetUtcNow();
        Response.Headers.RetryAfter = Seconds(wait);
        ModelState.AddModelError("", WaitMessage(wait));
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return Page();
    }

    public static string WaitMessage(TimeSpan wait) =>
        $"Đã nhập sai mật khẩu nhiều lần từ máy này. Vui lòng thử lại sau {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} phút.";

    private static string Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
