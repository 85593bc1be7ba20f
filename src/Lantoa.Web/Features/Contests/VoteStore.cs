using Lantoa.Domain.Contests;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lantoa.Web.Features.Contests;

/// <summary>What a vote write did: counted (with the entry's new count), or already cast today.</summary>
public sealed record VoteWrite(bool Counted, int Votes);

/// <summary>
/// The public votes' writes, one statement each: the vote is inserted with ON CONFLICT DO NOTHING on the unique key
/// (contest, citizen, entry, day), and only when a row was inserted is the entry's count raised, in the same statement
/// (a repeat or two votes sent at once count once; the row lock on the entry keeps the count exact under concurrency).
/// Voiding marks the votes (kept, with the reason) and lowers the count by exactly the votes it voided.
/// </summary>
public sealed class VoteStore(LantoaDb db)
{
    public const string CastSql = """
        WITH ins AS (
            INSERT INTO contest_votes (contest_id, entry_id, citizen_id, day, cast_at, client_address)
            VALUES (@contest, @entry, @citizen, @day, @at, @address)
            ON CONFLICT ON CONSTRAINT ux_contest_votes_once DO NOTHING
            RETURNING entry_id),
        upd AS (
            UPDATE contest_entries e SET votes = e.votes + 1 FROM ins WHERE e.id = ins.entry_id RETURNING e.votes)
        SELECT (SELECT votes FROM upd), (SELECT votes FROM contest_entries WHERE id = @entry)
        """;

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
        return reader.IsDBNull(0) ? new VoteWrite(false, reader.GetInt32(1)) : new VoteWrite(true, reader.GetInt32(0));
    }

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
        foreach (var g in votes.GroupBy(v => v.EntryId))
            await db.Database.ExecuteSqlAsync($"UPDATE contest_entries SET votes = votes - {g.Count()} WHERE id = {g.Key}", ct);
        await tx.CommitAsync(ct);
        return votes.Count;
    }
}
