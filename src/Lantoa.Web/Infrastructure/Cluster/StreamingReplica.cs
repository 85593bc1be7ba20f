using Lantoa.Web.Infrastructure.Postgres;
using Npgsql;

namespace Lantoa.Web.Infrastructure.Cluster;

/// <summary>
/// A streaming replica of Lantoa's own PostgreSQL on this machine (for `./run.sh cluster` and the tests): a base backup
/// of the primary taken with <c>pg_basebackup -R</c> (which writes primary_conninfo and standby.signal), started with
/// pg_ctl on its own port. As root both run as 'postgres', as the primary does. <see cref="MakeSynchronousAsync"/> has the
/// primary wait for the replica's flush before it acknowledges a commit, so a promotion loses nothing acknowledged.
/// </summary>
public sealed class StreamingReplica
{
    private readonly string? _runAs = Environment.UserName == "root" ? "postgres" : null;
    private readonly string _binDir;

    private StreamingReplica(string pgData, int port, string binDir)
    {
        PgData = pgData;
        Port = port;
        _binDir = binDir;
    }

    public string PgData { get; }
    public int Port { get; }

    /// <summary>A fresh base backup of <paramref name="primary"/> in <paramref name="pgData"/> (an old folder there is replaced).</summary>
    public static async Task<StreamingReplica> CreateAsync(EmbeddedPostgres primary, string pgData, int port, CancellationToken ct = default)
    {
        var replica = new StreamingReplica(Path.GetFullPath(pgData), port, primary.BinDirectory);
        if (Directory.Exists(replica.PgData))
        {
            await replica.StopAsync(immediate: true);
            Directory.Delete(replica.PgData, recursive: true);
        }
        Directory.CreateDirectory(replica.PgData);
        Files.UnixModes.Set(replica.PgData, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (replica._runAs is not null) await EmbeddedPostgres.RunAsync("chown", [$"{replica._runAs}:", replica.PgData], null, ct);
        var su = new NpgsqlConnectionStringBuilder(primary.SuperuserConnectionString("postgres"));
        await EmbeddedPostgres.RunAsync(Path.Combine(replica._binDir, "pg_basebackup"),
            ["-h", "127.0.0.1", "-p", primary.Port.ToString(), "-U", su.Username!, "-D", replica.PgData, "-R", "-X", "stream", "-c", "fast",
             "--no-password"], replica._runAs, ct, new Dictionary<string, string> { ["PGPASSWORD"] = su.Password! });
        // The primary's log and lock files came along in the copy: the replica starts clean.
        foreach (var stale in new[] { "server.log", "postmaster.pid", "postmaster.opts" })
            File.Delete(Path.Combine(replica.PgData, stale));
        return replica;
    }

    /// <summary>An existing replica folder (e.g. to stop it after a crash of the process that started it).</summary>
    public static StreamingReplica Existing(string pgData, int port) =>
        new(Path.GetFullPath(pgData), port, EmbeddedPostgres.FindBinDirectory());

    /// <param name="maxConnections">A hot standby needs at least the primary's max_connections (Lantoa's own: 200).</param>
    public async Task StartAsync(CancellationToken ct = default, int maxConnections = 200)
    {
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -k {PgData} -c hot_standby=on -c max_connections={maxConnections}";
        await EmbeddedPostgres.RunAsync(Path.Combine(_binDir, "pg_ctl"),
            ["-D", PgData, "-l", Path.Combine(PgData, "server.log"), "-o", options, "-w", "-t", "60", "start"], _runAs, ct);
    }

    public async Task StopAsync(bool immediate = false)
    {
        if (!File.Exists(Path.Combine(PgData, "postmaster.pid"))) return;
        try
        {
            await EmbeddedPostgres.RunAsync(Path.Combine(_binDir, "pg_ctl"), ["-D", PgData, "-m", immediate ? "immediate" : "fast", "-w", "stop"], _runAs, CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Not running.
        }
    }

    /// <summary>The primary acknowledges a commit once the replica has it on disk (synchronous_standby_names = '*').</summary>
    public static async Task MakeSynchronousAsync(EmbeddedPostgres primary, CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(primary.SuperuserConnectionString("postgres"));
        await conn.OpenAsync(ct);
        foreach (var sql in new[] { "ALTER SYSTEM SET synchronous_standby_names = '*'", "ALTER SYSTEM SET synchronous_commit = 'on'", "SELECT pg_reload_conf()" })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Waits until the primary sees this replica streaming (its WAL sender in state 'streaming').</summary>
    public static async Task WaitStreamingAsync(EmbeddedPostgres primary, TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        await using var conn = new NpgsqlConnection(primary.SuperuserConnectionString("postgres"));
        await conn.OpenAsync(ct);
        while (true)
        {
            await using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'", conn);
            if ((long)(await cmd.ExecuteScalarAsync(ct))! > 0) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Bản sao PostgreSQL chưa nhận WAL từ máy chủ chính.");
            await Task.Delay(100, ct);
        }
    }

    /// <summary>
    /// The connection string every node uses: both servers, and Npgsql picks the one that accepts writes
    /// (Target Session Attributes=read-write): after a promotion the nodes find the new primary without a restart.
    /// </summary>
    public static string FailoverConnectionString(string primaryConnectionString, int replicaPort)
    {
        var b = new NpgsqlConnectionStringBuilder(primaryConnectionString);
        b.Host = $"{b.Host}:{b.Port},{b.Host}:{replicaPort}";
        b.TargetSessionAttributes = "read-write";
        b.HostRecheckSeconds = 2; // a host found down is tried again after 2 s (default 10)
        b.Timeout = 3;
        return b.ConnectionString;
    }

    /// <summary>The replica alone (ConnectionStrings__LantoaReplica): heavy read-only pages, never writes.</summary>
    public static string ReplicaConnectionString(string primaryConnectionString, int replicaPort) =>
        new NpgsqlConnectionStringBuilder(primaryConnectionString) { Port = replicaPort, Timeout = 3 }.ConnectionString;
}
