using Npgsql;

namespace Lantoa.Web.Infrastructure.Cluster;

/// <summary>Where a heavy read-only page reads: the replica while it is close enough behind, else the primary.</summary>
/// <param name="AsOf">The data are at least as fresh as this (null: as fresh as the primary's).</param>
public sealed record ReadSource(string ConnectionString, bool Replica, TimeSpan Lag, DateTimeOffset? AsOf);

/// <summary>
/// The optional streaming replica (ConnectionStrings__LantoaReplica) for heavy read-only pages — the dashboard,
/// coverage, public pages, results. Writes never go there. Its lag is measured (at most once a second) by comparing the
/// primary's current WAL position with what the replica has replayed: caught up = no lag; otherwise the time since the
/// replica's last replayed commit, an upper bound on how stale it is. Beyond LANTOA_REPLICA_MAX_LAG_SECONDS, or when the
/// replica does not answer, reads go to the primary. When the primary does not answer, the replica is used and
/// <see cref="ReadSource.AsOf"/> says as of when (pages show it: "Số liệu tính đến …").
/// </summary>
public sealed class ReadReplica(ClusterSettings settings, string primaryConnectionString, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTimeOffset At, ReadSource Source)? _last;

    public bool Configured => settings.ReplicaConnectionString is not null;

    public async Task<ReadSource> ChooseAsync(CancellationToken ct = default)
    {
        var primary = new ReadSource(primaryConnectionString, false, TimeSpan.Zero, null);
        if (settings.ReplicaConnectionString is not { } replica) return primary;
        var now = clock.GetUtcNow();
        if (_last is { } cached && now - cached.At < TimeSpan.FromSeconds(1)) return cached.Source;
        await _gate.WaitAsync(ct);
        try
        {
            if (_last is { } again && now - again.At < TimeSpan.FromSeconds(1)) return again.Source;
            var chosen = await MeasureAsync(primary, replica, ct);
            _last = (now, chosen);
            return chosen;
        }
        finally { _gate.Release(); }
    }

    /// <summary>The replica's lag now (null: it does not answer).</summary>
    public async Task<TimeSpan?> LagAsync(CancellationToken ct = default)
    {
        if (settings.ReplicaConnectionString is not { } replica) return null;
        var primaryLsn = await TryScalarAsync<NpgsqlTypes.NpgsqlLogSequenceNumber?>(primaryConnectionString,
            "SELECT CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_wal_lsn() END", ct);
        var r = await ReplicaStateAsync(replica, ct);
        if (r is null) return null;
        return LagOf(primaryLsn, r.Value);
    }

    private async Task<ReadSource> MeasureAsync(ReadSource primary, string replica, CancellationToken ct)
    {
        var primaryLsn = await TryScalarAsync<NpgsqlTypes.NpgsqlLogSequenceNumber?>(primaryConnectionString,
            "SELECT CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_wal_lsn() END", ct);
        var r = await ReplicaStateAsync(replica, ct);
        if (r is null) return primary;
        if (primaryLsn is null) // the primary is gone: the replica is all there is, as of its last replayed commit
            return new ReadSource(replica, true, clock.GetUtcNow() - (r.Value.LastReplay ?? clock.GetUtcNow()), r.Value.LastReplay);
        var lag = LagOf(primaryLsn, r.Value);
        return lag <= settings.ReplicaMaxLag ? new ReadSource(replica, true, lag, clock.GetUtcNow() - lag) : primary;
    }

    private TimeSpan LagOf(NpgsqlTypes.NpgsqlLogSequenceNumber? primaryLsn, (NpgsqlTypes.NpgsqlLogSequenceNumber? Replayed, DateTimeOffset? LastReplay) r)
    {
        if (primaryLsn is { } p && r.Replayed is { } done && done >= p) return TimeSpan.Zero;
        return r.LastReplay is { } at ? clock.GetUtcNow() - at : TimeSpan.MaxValue;
    }

    private static async Task<(NpgsqlTypes.NpgsqlLogSequenceNumber? Replayed, DateTimeOffset? LastReplay)?> ReplicaStateAsync(string cs, CancellationToken ct)
    {
        try
        {
            await using var conn = new NpgsqlConnection(Probe(cs));
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand(
                "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END, " +
                "CASE WHEN pg_is_in_recovery() THEN pg_last_xact_replay_timestamp() ELSE now() END", conn);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return (reader.IsDBNull(0) ? null : reader.GetFieldValue<NpgsqlTypes.NpgsqlLogSequenceNumber>(0),
                reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return null;
        }
    }

    /// <summary>A probe gives up quickly: a dead server must not hold a page for the default 15 seconds.</summary>
    private static string Probe(string cs) => new NpgsqlConnectionStringBuilder(cs) { Timeout = 3, CommandTimeout = 3 }.ConnectionString;

    private static async Task<T?> TryScalarAsync<T>(string cs, string sql, CancellationToken ct)
    {
        try
        {
            await using var conn = new NpgsqlConnection(Probe(cs));
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand(sql, conn);
            var v = await cmd.ExecuteScalarAsync(ct);
            return v is null or DBNull ? default : (T)v;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return default;
        }
    }
}
