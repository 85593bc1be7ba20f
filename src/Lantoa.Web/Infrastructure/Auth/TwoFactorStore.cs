using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace Lantoa.Web.Infrastructure.Auth;

/// <summary>
/// TOTP secrets (RFC 6238, 6 digits, 30 seconds; Otp.NET) of the accounts that sign in with a second step, in table
/// user_totp, protected by Data Protection. A code is accepted one step either side of the clock's, and only once:
/// the step it matched is kept, and a code of that step or an earlier one is refused.
/// </summary>
public sealed class TwoFactorStore(LantoaDb db, TimeProvider clock, IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Lantoa.Totp");

    private sealed record Row(string Secret, long LastStep);

    public static byte[] NewSecret() => KeyGeneration.GenerateRandomKey(20);

    public static string Base32(byte[] secret) => Base32Encoding.ToString(secret);

    public static byte[] FromBase32(string secret) => Base32Encoding.ToBytes(secret);

    /// <summary>The otpauth:// address an authenticator app reads (typed or scanned as a QR code).</summary>
    public static string OtpAuthUri(byte[] secret, string userName) =>
        $"otpauth://totp/Lantoa:{Uri.EscapeDataString(userName)}?secret={Base32(secret)}&issuer=Lantoa&algorithm=SHA1&digits=6&period=30";

    public async Task<bool> IsEnabledAsync(int userId, CancellationToken ct = default) =>
        (await db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM user_totp WHERE user_id = {userId}) AS \"Value\"").ToListAsync(ct)).Single();

    /// <summary>Checks a code against a secret not yet stored (enrolment).</summary>
    public bool Matches(byte[] secret, string? code, out long step) =>
        new Totp(secret).VerifyTotp(clock.GetUtcNow().UtcDateTime, Clean(code), out step, new VerificationWindow(previous: 1, future: 1));

    public async Task EnableAsync(int userId, byte[] secret, long step, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var stored = _protector.Protect(Base32(secret));
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO user_totp (user_id, secret, enabled_at, last_step) VALUES ({userId}, {stored}, {now}, {step})
            ON CONFLICT (user_id) DO UPDATE SET secret = EXCLUDED.secret, enabled_at = EXCLUDED.enabled_at, last_step = EXCLUDED.last_step
            """, ct);
    }

    public async Task DisableAsync(int userId, CancellationToken ct = default) =>
        await db.Database.ExecuteSqlAsync($"DELETE FROM user_totp WHERE user_id = {userId}", ct);

    /// <summary>Checks a code of an enrolled account and uses it up.</summary>
    public async Task<bool> VerifyAsync(int userId, string? code, CancellationToken ct = default)
    {
        var row = (await db.Database.SqlQuery<Row>($"SELECT secret AS \"Secret\", last_step AS \"LastStep\" FROM user_totp WHERE user_id = {userId}").ToListAsync(ct)).FirstOrDefault();
        if (row is null) return false;
        if (!Matches(FromBase32(_protector.Unprotect(row.Secret)), code, out var step) || step <= row.LastStep) return false;
        var updated = await db.Database.ExecuteSqlAsync($"UPDATE user_totp SET last_step = {step} WHERE user_id = {userId} AND last_step < {step}", ct);
        return updated == 1; // two requests racing with one code: only one wins
    }

    private static string Clean(string? code) => new((code ?? "").Where(char.IsAsciiDigit).Take(6).ToArray());
}
