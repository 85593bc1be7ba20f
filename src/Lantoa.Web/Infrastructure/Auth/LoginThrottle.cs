using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Infrastructure.Auth;

/// <summary>
/// Progressive waits after wrong passwords, per account and address (table login_throttles). After
/// LANTOA_LOCKOUT_FAILURES (5) failures in a row for one account from one address, that address must wait one minute,
/// then two, four … up to an hour, before it may try that account again; a success from the address clears its count.
/// The account itself is never locked: the real user signing in from another address is not held back by an attacker
/// (an account-wide lockout lets anyone lock the admin out). Keyed by the typed name, so an unknown account behaves
/// exactly as a known one. Also guards the current-password check of "Đổi mật khẩu".
/// </summary>
public sealed class LoginThrottle(LantoaDb db, TimeProvider clock, AuthSettings settings)
{
    /// <summary>A count older than this starts again from zero.</summary>
    private static readonly TimeSpan Forget = TimeSpan.FromDays(1);

    /// <returns>Until when this account may not be tried from this address, or null.</returns>
    public async Task<DateTimeOffset?> BlockedUntilAsync(string account, string address, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var until = (await db.Database.SqlQuery<DateTimeOffset?>(
            $"SELECT blocked_until AS \"Value\" FROM login_throttles WHERE account = {account} AND address = {address}").ToListAsync(ct)).FirstOrDefault();
        return until > now ? until : null;
    }

    /// <summary>Counts one wrong password.</summary>
    /// <returns>Until when the address must now wait, or null.</returns>
    public async Task<DateTimeOffset?> RecordFailureAsync(string account, string address, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var forgetBefore = now - Forget;
        var failures = (await db.Database.SqlQuery<int>($"""
            INSERT INTO login_throttles AS t (account, address, failures, last_failure_at) VALUES ({account}, {address}, 1, {now})
            ON CONFLICT (account, address) DO UPDATE
               SET failures = CASE WHEN t.last_failure_at < {forgetBefore} THEN 1 ELSE t.failures + 1 END, last_failure_at = {now}
            RETURNING failures AS "Value"
            """).ToListAsync(ct)).Single();
        if (failures < settings.LockoutFailures) return null;
        var wait = TimeSpan.FromTicks(Math.Min(settings.LockoutMax.Ticks,
            settings.LockoutFirst.Ticks * (1L << Math.Min(20, failures - settings.LockoutFailures))));
        var until = now + wait;
        await db.Database.ExecuteSqlAsync($"UPDATE login_throttles SET blocked_until = {until} WHERE account = {account} AND address = {address}", ct);
        return until;
    }

    public async Task ClearAsync(string account, string address, CancellationToken ct = default) =>
        await db.Database.ExecuteSqlAsync($"DELETE FROM login_throttles WHERE account = {account} AND address = {address}", ct);
}
