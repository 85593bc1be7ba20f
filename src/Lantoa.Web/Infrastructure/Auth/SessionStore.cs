using System.Security.Cryptography;
using System.Text;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Infrastructure.Auth;

/// <summary>
/// Server-side sessions (table user_sessions). The login cookie carries a random session id; every request checks it
/// here, so a sign-out, an idle gap (LANTOA_SESSION_IDLE_MINUTES, 30) or the absolute limit (12 hours) ends the
/// session for every copy of the cookie. Only a hash of the id is stored. Written with plain SQL: touching a session is
/// bookkeeping, not a change the audit trail should list.
/// </summary>
public sealed class SessionStore(LantoaDb db, TimeProvider clock, AuthSettings settings)
{
    /// <summary>How stale last_seen_at may get before a request writes it again (one write a minute, not one a request).</summary>
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    public enum State { Active, Unknown, Ended, Idle, Expired }

    private sealed record Row(int UserId, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset? EndedAt);

    /// <returns>The new session id, to carry in the cookie.</returns>
    public async Task<string> StartAsync(int userId, string address, string? userAgent, CancellationToken ct = default)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO user_sessions (id_hash, user_id, created_at, last_seen_at, address, user_agent) VALUES ({Hash(id)}, {userId}, {now}, {now}, {address}, {userAgent ?? ""})", ct);
        return id;
    }

    /// <summary>Checks the session of a request and, when it is active, notes that it was used.</summary>
    public async Task<State> TouchAsync(string? id, int userId, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(id)) return State.Unknown;
        var hash = Hash(id);
        var row = (await db.Database.SqlQuery<Row>(
                $"SELECT user_id AS \"UserId\", created_at AS \"CreatedAt\", last_seen_at AS \"LastSeenAt\", ended_at AS \"EndedAt\" FROM user_sessions WHERE id_hash = {hash}")
            .ToListAsync(ct)).FirstOrDefault();
        if (row is null || row.UserId != userId) return State.Unknown;
        if (row.EndedAt is not null) return State.Ended;
        var now = clock.GetUtcNow();
        if (now - row.LastSeenAt > settings.SessionIdle)
        {
            await EndAsync(id, "Idle", ct);
            return State.Idle;
        }
        if (now - row.CreatedAt > settings.SessionAbsolute)
        {
            await EndAsync(id, "Expired", ct);
            return State.Expired;
        }
        if (now - row.LastSeenAt >= TouchEvery)
            await db.Database.ExecuteSqlAsync($"UPDATE user_sessions SET last_seen_at = {now} WHERE id_hash = {hash} AND ended_at IS NULL", ct);
        return State.Active;
    }

    public async Task EndAsync(string? id, string reason, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(id)) return;
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync(
            $"UPDATE user_sessions SET ended_at = {now}, end_reason = {reason} WHERE id_hash = {Hash(id)} AND ended_at IS NULL", ct);
    }

    /// <summary>Whether the account has signed in from this address before (its sessions remember where they began).</summary>
    public async Task<bool> IsKnownAddressAsync(string account, string address, CancellationToken ct = default) =>
        (await db.Database.SqlQuery<bool>(
            $"SELECT EXISTS (SELECT 1 FROM user_sessions s JOIN users u ON u.id = s.user_id WHERE u.user_name = {account} AND s.address = {address}) AS \"Value\"")
            .ToListAsync(ct)).Single();

    private static string Hash(string id) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(id)));
}
