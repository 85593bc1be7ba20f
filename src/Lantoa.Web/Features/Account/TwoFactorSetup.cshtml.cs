using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Account;

/// <summary>
/// "Xác thực hai bước" for the signed-in person: turn it on (a new secret, confirmed by a first code) or off (with a
/// current code; not for administrators while LANTOA_ADMIN_2FA=required).
/// </summary>
public sealed class TwoFactorSetup(LantoaDb db, TwoFactorStore store, AuthSettings settings, IDataProtectionProvider protection) : LantoaPage
{
    [BindProperty, Required(ErrorMessage = "Nhập mã 6 chữ số trong ứng dụng xác thực."), StringLength(10, ErrorMessage = "Mã có 6 chữ số.")]
    public string Code { get; set; } = "";

    /// <summary>The new secret between the page and its confirmation, protected (the browser cannot choose it).</summary>
    [BindProperty] public string? Secret { get; set; }

    public bool Enabled { get; private set; }
    public bool CanDisable { get; private set; }
    public TwoFactorEnrolment? Enrolment { get; private set; }

    private IDataProtector Protector => protection.CreateProtector("Lantoa.Totp.Setup", Actor.UserId.ToString(CultureInfo.InvariantCulture));

    public async Task OnGetAsync()
    {
        await DescribeAsync();
        if (!Enabled)
        {
            var secret = TwoFactorStore.NewSecret();
            Secret = Protector.Protect(TwoFactorStore.Base32(secret));
            Enrolment = TwoFactorEnrolment.For(secret, Actor.UserName);
        }
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        await DescribeAsync();
        if (Enabled) return Redirect("/Account/TwoFactorSetup");
        byte[] secret;
        try { secret = TwoFactorStore.FromBase32(Protector.Unprotect(Secret ?? "")); }
        catch (System.Security.Cryptography.CryptographicException) { return BadRequest(); }
        Enrolment = TwoFactorEnrolment.For(secret, Actor.UserName);
        if (!ModelState.IsValid) return Invalid();
        if (!store.Matches(secret, Code, out var step))
        {
            ModelState.AddModelError(nameof(Code), "Mã không đúng. Nhập mã đang hiện trong ứng dụng xác thực.");
            return Invalid();
        }
        await store.EnableAsync(Actor.UserId, secret, step);
        db.AddAuditEvent(nameof(User), Actor.UserId.ToString(CultureInfo.InvariantCulture), "TwoFactorEnabled", AuditEvents.Details(HttpContext));
        await db.SaveChangesAsync();
        Flash("Đã bật xác thực hai bước.");
        return Redirect("/Account/TwoFactorSetup");
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        await DescribeAsync();
        if (!Enabled) return Redirect("/Account/TwoFactorSetup");
        if (!CanDisable) return Denied();
        if (!ModelState.IsValid) return Invalid();
        if (!await store.VerifyAsync(Actor.UserId, Code))
        {
            ModelState.AddModelError(nameof(Code), "Mã không đúng hoặc đã dùng.");
            return Invalid();
        }
        await store.DisableAsync(Actor.UserId);
        db.AddAuditEvent(nameof(User), Actor.UserId.ToString(CultureInfo.InvariantCulture), "TwoFactorDisabled", AuditEvents.Details(HttpContext));
        await db.SaveChangesAsync();
        Flash("Đã tắt xác thực hai bước.");
        return Redirect("/Account/TwoFactorSetup");
    }

    private async Task DescribeAsync()
    {
        Enabled = await store.IsEnabledAsync(Actor.UserId);
        CanDisable = !(settings.AdminTwoFactorRequired && Actor.Has(Role.Admin));
    }
}
