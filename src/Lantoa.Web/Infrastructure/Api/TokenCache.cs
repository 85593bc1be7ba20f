using System.Collections.Concurrent;

namespace Lantoa.Web.Infrastructure.Api;

/// <summary>
/// Token rows this node has just read (<see cref="ApiTokens.FindAsync"/>), kept <see cref="For"/>: an entrant's phone
/// sends a call every few seconds, and each would otherwise begin with a database round trip for its token. A sign-out
/// or a revocation on this node drops the entries at once (and a read that overlapped it is not kept); on another node
/// of a cluster a revoked token works at most <see cref="For"/> longer. Expiry is still checked on every call against
/// the row's own expires_at; staff tokens are checked against their user on every call as before.
/// </summary>
public sealed class TokenCache
{
    public static readonly TimeSpan For = TimeSpan.FromSeconds(15);
    private const int MaxEntries = 200_000;

    private readonly ConcurrentDictionary<string, (ApiTokens.Row Row, long Until)> rows = new(StringComparer.Ordinal);
    private long generation;

    /// <summary>Taken before a read; <see cref="Keep"/> keeps the row only if no revocation happened since.</summary>
    public long Generation => Interlocked.Read(ref generation);

    public ApiTokens.Row? Find(string hash) =>
        rows.TryGetValue(hash, out var hit) && hit.Until > Environment.TickCount64 ? hit.Row : null;

    public void Keep(string hash, ApiTokens.Row row, long readAtGeneration)
    {
        if (rows.Count >= MaxEntries) rows.Clear(); // a bound, not a policy: a few reads again
        rows[hash] = (row, Environment.TickCount64 + (long)For.TotalMilliseconds);
        // A revocation ran while the row was read: the row may predate it.
        if (Generation != readAtGeneration) rows.TryRemove(hash, out _);
    }

    public void Forget(string hash)
    {
        Interlocked.Increment(ref generation);
        rows.TryRemove(hash, out _);
    }

    public void ForgetSubject(string audience, int subjectId)
    {
        Interlocked.Increment(ref generation);
        foreach (var (hash, entry) in rows)
            if (entry.Row.Audience == audience && entry.Row.SubjectId == subjectId) rows.TryRemove(hash, out _);
    }
}
