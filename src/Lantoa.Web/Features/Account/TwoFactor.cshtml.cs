using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Account;

/// <summary>
/// The second step of sign-in: the 6-digit code of the authenticator app. For an administrator who must use two-step
/// sign-in (LANTOA_ADMIN_2FA=required) and has not enrolled, the page first shows the new secret (text, otpauth://
/// address and QR code); the first valid code enrols and signs in. Wrong codes wait like wrong passwords.
/// </summary>
public sealed class TwoFactor(LantoaDb db, TwoFactorStore store, SignInFlow flow, LoginThrottle throttle, TimeProvider clock) : LantoaPage
{
    public const string Path = "/Account/TwoFactor";

    [BindProperty, Required(ErrorMessage = "Nhập mã 6 chữ số trong ứng dụng xác thực."), StringLength(10, ErrorMessage = "Mã có 6 chữ số.")]
    public string Code { get; set; } = "";

    public TwoFactorEnrolment? Enrolment { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var (pending, user) = await LoadAsync();
        if (pending is null || user is null) return Redirect("/Account/Login");
        Enrolment = pending.EnrolSecret is { } s ? TwoFactorEnrolment.For(TwoFactorStore.FromBase32(s), user.UserName) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (pending, user) = await LoadAsync();
        if (pending is null || user is null) return Redirect("/Account/Login");
        Enrolment = pending.EnrolSecret is { } s ? TwoFactorEnrolment.For(TwoFactorStore.FromBase32(s), user.UserName) : null;
        if (!ModelState.IsValid) return Invalid();
        var account = "2fa:" + user.UserName;
        var address = ClientInfo.Address(HttpContext);
        if (await throttle.BlockedUntilAsync(account, address) is { } blocked) return Wait(blocked);

        var ok = false;
        if (Enrolment is not null && store.Matches(Enrolment.Secret, Code, out var step))
        {
            await store.EnableAsync(user.Id, Enrolment.Secret, step);
            db.AddAuditEvent(nameof(User), user.Id.ToString(CultureInfo.InvariantCulture), "TwoFactorEnabled", AuditEvents.Details(HttpContext),
                new AuditIdentity(user.Id, user.UserName, user.ProvinceId));
            ok = true;
        }
        else if (Enrolment is null) ok = await store.VerifyAsync(user.Id, Code);
        if (!ok)
        {
            var until = await throttle.RecordFailureAsync(account, address);
            db.AddAuditEvent(nameof(User), user.Id.ToString(CultureInfo.InvariantCulture), "TwoFactorFailed", AuditEvents.Details(HttpContext),
                new AuditIdentity(user.Id, user.UserName, user.ProvinceId));
            await db.SaveChangesAsync();
            if (until is { } u) return Wait(u);
            ModelState.AddModelError(nameof(Code), "Mã không đúng hoặc đã dùng. Nhập mã đang hiện trong ứng dụng xác thực.");
            return Invalid();
        }
        await throttle.ClearAsync(account, address);
        return LocalRedirect(await flow.CompleteAsync(HttpContext, user, pending.ReturnUrl));
    }

    private async Task<(SignInFlow.Pending?, User?)> LoadAsync()
    {
        var pending = flow.Read(HttpContext);
        if (pending is null) return (null, null);
        var user = await db.Users.FindAsync(pending.UserId);
        return user is { IsActive: true } && user.SecurityStamp == pending.Stamp ? (pending, user) : (null, null);
    }

    private IActionResult Wait(DateTimeOffset until)
    {
        var wait = until - clock.GetUtcNow();
        Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        ModelState.AddModelError(nameof(Code), $"Đã nhập sai mã nhiều lần. Vui lòng thử lại sau {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} phút.");
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return Page();
    }
}

/// <summary>What an authenticator app needs: the secret as text, its otpauth:// address and that address as a QR code (PNG data URI).</summary>
public sealed record TwoFactorEnrolment(byte[] Secret, string SecretText, string Uri, string QrDataUri)
{
    public static TwoFactorEnrolment For(byte[] secret, string userName)
    {
        var uri = TwoFactorStore.OtpAuthUri(secret, userName);
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCoder.QRCodeGenerator.ECCLevel.M);
        var png = new QRCoder.PngByteQRCode(data).GetGraphic(5);
        var text = string.Join(' ', TwoFactorStore.Base32(secret).Chunk(4).Select(c => new string(c)));
        return new TwoFactorEnrolment(secret, text, uri, "data:image/png;base64," + Convert.ToBase64String(png));
    }
}
