using System.Security.Cryptography;
using System.Text;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Infrastructure.Api;

/// <summary>
/// Bearer tokens of the API (table api_tokens): 256 random bits, given to the client once, kept only as their SHA-256.
/// A token has an audience (<see cref="ApiAudiences"/>), a subject (user or citizen id), an expiry
/// (<see cref="ApiSettings.TokenLifetime"/>) and may be revoked (sign-out). A staff token also carries the user's
/// security stamp at issue: a password or role change ends it (checked by <see cref="BearerAuthenticationHandler"/>).
/// Written with plain SQL, as sessions are: tokens are bookkeeping, not records the audit trail lists.
/// </summary>
public sealed class ApiTokens(LantoaDb db, TimeProvider clock, ApiSettings settings, TokenCache cache)
{
    public sealed record Issued(string AccessToken, DateTimeOffset ExpiresAt);

    public sealed record Row(string Audience, int SubjectId, string? Stamp, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt);

    public async Task<Issued> IssueAsync(string audience, int subjectId, string? stamp, string? address, string? userAgent,
        CancellationToken ct = default)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        var expires = now + settings.TokenLifetime;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO api_tokens (token_hash, audience, subject_id, stamp, created_at, expires_at, address, user_agent)
            VALUES ({Hash(token)}, {audience}, {subjectId}, {stamp}, {now}, {expires}, {address}, {userAgent})
            """, ct);
        return new Issued(token, expires);
    }

    /// <summary>The token's row, or null when no such token was ever issued (read again at most every
    /// <see cref="TokenCache.For"/> on this node).</summary>
    public async Task<Row?> FindAsync(string token, CancellationToken ct = default)
    {
        var hash = Hash(token);
        if (cache.Find(hash) is { } hit) return hit;
        var generation = cache.Generation;
        var row = (await db.Database.SqlQuery<Row>($"""
            SELECT audience AS "Audience", subject_id AS "SubjectId", stamp AS "Stamp", expires_at AS "ExpiresAt", revoked_at AS "RevokedAt"
            FROM api_tokens WHERE token_hash = {hash}
            """).ToListAsync(ct)).FirstOrDefault();
        if (row is not null) cache.Keep(hash, row, generation);
        return row;
    }

    /// <summary>Ends one token (the client's sign-out).</summary>
    public async Task RevokeAsync(string token, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        cache.Forget(Hash(token));
        await db.Database.ExecuteSqlAsync($"UPDATE api_tokens SET revoked_at = {now} WHERE token_hash = {Hash(token)} AND revoked_at IS NULL", ct);
        cache.Forget(Hash(token));
    }

    /// <summary>Ends every token of one subject (a citizen who changes the password or deletes the account; a user disabled).</summary>
    /// <returns>How many tokens were still open.</returns>
    public async Task<int> RevokeAllAsync(string audience, int subjectId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        cache.ForgetSubject(audience, subjectId);
        var open = await db.Database.ExecuteSqlAsync(
            $"UPDATE api_tokens SET revoked_at = {now} WHERE audience = {audience} AND subject_id = {subjectId} AND revoked_at IS NULL", ct);
        cache.ForgetSubject(audience, subjectId);
        return open;
    }

    /// <summary>The bearer token of a request's Authorization header, or null.</summary>
    public static string? FromHeader(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return null;
        var token = header[prefix.Length..].Trim();
        return token.Length is > 0 and <= 200 ? token : null;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
