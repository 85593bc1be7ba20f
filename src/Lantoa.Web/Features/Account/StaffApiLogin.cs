using System.Globalization;
using System.Text;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Account;

/// <summary>
/// Staff sign-in to the JSON API (POST /api/v1/auth/token), under the web sign-in's rules: the progressive waits of
/// <see cref="LoginThrottle"/> (per account and address), the per-account limit of <see cref="LoginRateLimits"/> for
/// addresses the account never used, the audit trail (with the channel "API"). A user who signs in with a TOTP code
/// (enrolled, or an administrator while LANTOA_ADMIN_2FA is required) gets no token from a password alone, and a user who
/// must change the password gets none until it is changed on the web: both are refused with the reason (403).
/// </summary>
public sealed class StaffApiLogin(LantoaDb db, IPasswordHasher<User> hasher, SessionStore sessions, LoginThrottle throttle,
    LoginRateLimits limits, TwoFactorStore twoFactor, IHttpContextAccessor http, TimeProvider clock) : IApiLogin
{
    public const string TwoFactorRefusal =
        "Tài khoản này đăng nhập bằng mật khẩu và mã xác thực hai bước; API chưa nhận mã xác thực hai bước, nên không cấp "
        + "mã truy cập chỉ với mật khẩu. Hãy dùng trang web của Lantoa, hoặc dùng một tài khoản không bắt buộc xác thực hai bước.";

    public const string PasswordChangeRefusal =
        "Tài khoản phải đổi mật khẩu trước khi dùng: hãy đăng nhập trang web của Lantoa để đổi mật khẩu, rồi lấy mã truy cập.";

    public const string Channel = "API";

    public string Audience => ApiAudiences.Staff;

    public async Task<ApiLoginOutcome> CheckAsync(string login, string password, CancellationToken ct)
    {
        var account = login.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == account, ct);
        if (user is null) return new ApiLoginOutcome(ApiLoginStatus.UnknownLogin);
        var context = http.HttpContext!;
        var address = ClientInfo.Address(context);
        var now = clock.GetUtcNow();
        if (await throttle.BlockedUntilAsync(account, address, ct) is { } blocked)
        {
            hasher.VerifyHashedPassword(user, user.PasswordHash, password); // the same cost as a real check
            return new ApiLoginOutcome(ApiLoginStatus.LockedOut, RetryAfter: blocked - now);
        }
        if (limits.TryAccount(account) is { } retry && !await sessions.IsKnownAddressAsync(account, address, ct))
            return new ApiLoginOutcome(ApiLoginStatus.LockedOut, RetryAfter: retry);

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        var details = AuditEvents.Details(context, ("Channel", Channel));
        var who = new AuditIdentity(user.Id, user.UserName, user.ProvinceId);
        var id = user.Id.ToString(CultureInfo.InvariantCulture);
        if (!user.IsActive || result == PasswordVerificationResult.Failed)
        {
            var until = await throttle.RecordFailureAsync(account, address, ct);
            db.AddAuditEvent(nameof(User), id, AuditEvents.SignInFailed, details, who);
            await db.SaveChangesAsync(ct);
            return until is { } u
                ? new ApiLoginOutcome(ApiLoginStatus.LockedOut, RetryAfter: u - now)
                : new ApiLoginOutcome(ApiLoginStatus.WrongPassword);
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded) user.SetPasswordHash(hasher.HashPassword(user, password));
        await throttle.ClearAsync(account, address, ct);
        if (await twoFactor.IsEnabledAsync(user.Id, ct) || (limits.Settings.AdminTwoFactorRequired && user.Roles.Contains(Role.Admin)))
        {
            await db.SaveChangesAsync(ct);
            return new ApiLoginOutcome(ApiLoginStatus.Refused, Message: TwoFactorRefusal);
        }
        if (user.MustChangePassword)
        {
            await db.SaveChangesAsync(ct);
            return new ApiLoginOutcome(ApiLoginStatus.Refused, Message: PasswordChangeRefusal);
        }
        db.AddAuditEvent(nameof(User), id, AuditEvents.SignedIn, details, who);
        await db.SaveChangesAsync(ct);
        return new ApiLoginOutcome(ApiLoginStatus.Succeeded, user.Id, Stamp: user.SecurityStamp);
    }
}
