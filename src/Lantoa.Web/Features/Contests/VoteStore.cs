using Lantoa.Domain.Contests;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lantoa.Web.Features.Contests;

/// <summary>What a vote write did: counted (with the entry's new count), or already cast today.</summary>
public sealed record VoteWrite(bool Counted, int Votes);

/// <summary>
/// The public votes' writes, one statement each: the vote is inserted with ON CONFLICT DO NOTHING on the unique key
/// (contest, citizen, entry, day), and only when a row was inserted is one of the entry's 16 counter rows raised (the
/// citizen's slot, citizen id % 16), in the same statement: a repeat or two votes sent at once count once, and votes for
/// one entry spread their row locks over 16 rows instead of queueing on one. An entry's count is the sum of its counter
/// rows (at most 16, never the votes). Voiding marks the votes (kept, with the reason) and lowers each slot by exactly
/// the votes it voided there.
/// </summary>
public sealed class VoteStore(LantoaDb db)
{
    public const int Slots = 16;

    public const string CastSql = """
        WITH ins AS (
            INSERT INTO contest_votes (contest_id, entry_id, citizen_id, day, cast_at, client_address)
            VALUES (@contest, @entry, @citizen, @day, @at, @address)
            ON CONFLICT ON CONSTRAINT ux_contest_votes_once DO NOTHING
            RETURNING entry_id),
        upd AS (
            INSERT INTO contest_vote_counts (entry_id, slot, votes) SELECT entry_id, (@citizen % 16)::smallint, 1 FROM ins
            ON CONFLICT (entry_id, slot) DO UPDATE SET votes = contest_vote_counts.votes + 1
            RETURNING votes)
        SELECT (SELECT count(*) FROM upd)::int, (SELECT coalesce(sum(votes), 0) FROM contest_vote_counts WHERE entry_id = @entry)::int
        """;

    /// <summary>Casts the vote; the count returned is the entry's count as this statement saw it, plus the vote just counted.</summary>
    public async Task<VoteWrite> CastAsync(int contestId, int entryId, int citizenId, DateTimeOffset at, string? address, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(CastSql, connection);
        cmd.Parameters.AddWithValue("contest", contestId);
        cmd.Parameters.AddWithValue("entry", entryId);
        cmd.Parameters.AddWithValue("citizen", citizenId);
        cmd.Parameters.AddWithValue("day", ContestVote.DayOf(at));
        cmd.Parameters.AddWithValue("at", at.ToUniversalTime());
        cmd.Parameters.AddWithValue("address", (object?)address ?? DBNull.Value);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var counted = reader.GetInt32(0) > 0;
        return new VoteWrite(counted, reader.GetInt32(1) + (counted ? 1 : 0));
    }

    /// <summary>The valid votes of each entry (0 for one without any): sums of the counter rows.</summary>
    public async Task<IReadOnlyDictionary<int, int>> CountsAsync(IReadOnlyCollection<int> entryIds, CancellationToken ct)
    {
        var ids = entryIds.ToArray();
        var rows = await db.Database.SqlQuery<EntryCount>($"""
            SELECT entry_id AS "EntryId", sum(votes)::int AS "Votes" FROM contest_vote_counts WHERE entry_id = ANY({ids}) GROUP BY entry_id
            """).ToListAsync(ct);
        var counts = ids.Distinct().ToDictionary(id => id, _ => 0);
        foreach (var r in rows) counts[r.EntryId] = r.Votes;
        return counts;
    }

    public sealed record EntryCount(int EntryId, int Votes);

    /// <summary>Voids the given valid votes of the contest with the reason (audited, kept); returns how many were voided.</summary>
    public async Task<int> VoidAsync(int contestId, IReadOnlyCollection<long> voteIds, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var ids = voteIds.ToArray();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var votes = await db.Set<ContestVote>()
            .FromSql($"SELECT * FROM contest_votes WHERE contest_id = {contestId} AND id = ANY({ids}) AND voided_at IS NULL FOR UPDATE")
            .ToListAsync(ct);
        foreach (var v in votes) v.Void(reason, now);
        await db.SaveChangesAsync(ct);
        foreach (var g in votes.GroupBy(v => (v.EntryId, Slot: (short)(v.CitizenId % Slots))))
            await db.Database.ExecuteSqlAsync(
                $"UPDATE contest_vote_counts SET votes = votes - {g.Count()} WHERE entry_id = {g.Key.EntryId} AND slot = {g.Key.Slot}", ct);
        await tx.CommitAsync(ct);
        return votes.Count;
    }
}
