using System.Diagnostics;
using Lantoa.Web.Infrastructure.Cluster;
using Lantoa.Web.Infrastructure.Postgres;
using Lantoa.Web.Infrastructure.Web;
using Lantoa.Web.Tests.Infrastructure;
using Npgsql;

namespace Lantoa.Web.Tests.Cluster;

/// <summary>
/// A primary and its synchronous streaming replica (as `./run.sh cluster` makes them), the read replica's lag bound,
/// and scripts/failover.sh: the primary is killed, the script promotes the replica, and the very connection string the
/// nodes use (both servers, read-write target) writes again, with every acknowledged row there.
/// </summary>
[Collection(DatabaseCollection.Name)] // two PostgreSQL servers of its own: not beside the parallel classes' peak
public class FailoverTests
{
    [Fact]
    public async Task The_replica_serves_reads_within_its_lag_bound_and_after_the_primary_dies_failover_sh_promotes_it_and_writes_resume_with_nothing_lost()
    {
        var dir = Directory.CreateTempSubdirectory("lantoa-failover-").FullName;
        var primary = await EmbeddedPostgres.StartAsync(dir, EmbeddedPostgres.FreePort(), TextWriter.Null);
        StreamingReplica? replica = null;
        try
        {
            await primary.EnsureDatabaseAsync("lantoa");
            await ExecAsync(primary.OwnerConnectionString("lantoa"), "CREATE TABLE answers (id int PRIMARY KEY, v text NOT NULL)");
            replica = await StreamingReplica.CreateAsync(primary, Path.Combine(dir, "pg-replica"), EmbeddedPostgres.FreePort());
            await replica.StartAsync();
            await StreamingReplica.WaitStreamingAsync(primary, TimeSpan.FromSeconds(60));
            await StreamingReplica.MakeSynchronousAsync(primary);
            var failover = StreamingReplica.FailoverConnectionString(primary.OwnerConnectionString("lantoa"), replica.Port);
            var replicaCs = StreamingReplica.ReplicaConnectionString(primary.OwnerConnectionString("lantoa"), replica.Port);

            for (var i = 1; i <= 100; i++) await ExecAsync(failover, $"INSERT INTO answers VALUES ({i}, 'trước')");
            Assert.Equal("on", await ScalarAsync<string>(primary.SuperuserConnectionString("postgres"), "SHOW synchronous_commit"));
            Assert.Equal("*", await ScalarAsync<string>(primary.SuperuserConnectionString("postgres"), "SHOW synchronous_standby_names"));

            // Reads: the replica, caught up or a moment behind, is within a 5 s bound; a 0 s bound sends reads to the primary
            // unless the replica has replayed everything.
            var reads = new ReadReplica(new ClusterSettings { ReplicaConnectionString = replicaCs, ReplicaMaxLag = TimeSpan.FromSeconds(5) },
                primary.OwnerConnectionString("lantoa"), TimeProvider.System);
            var source = await reads.ChooseAsync();
            Assert.True(source.Replica);
            Assert.Equal(replicaCs, source.ConnectionString);
            Assert.True(source.Lag < TimeSpan.FromSeconds(5));
            var write = await Assert.ThrowsAsync<PostgresException>(() => ExecAsync(replicaCs, "INSERT INTO answers VALUES (0, 'bản sao')"));
            Assert.Equal("25006", write.SqlState); // read-only: writes never land on the replica

            // The primary dies: writes get the outage (the 503 page), not a stack trace.
            Signals.Send(primary.PostmasterPid()!.Value, Signals.Kill);
            NpgsqlConnection.ClearAllPools();
            var down = await Assert.ThrowsAnyAsync<Exception>(() => ExecAsync(failover, "INSERT INTO answers VALUES (101, 'trong lúc hỏng')"));
            Assert.True(DatabaseErrors.IsOutage(down), down.ToString());
            var stale = await new ReadReplica(new ClusterSettings { ReplicaConnectionString = replicaCs }, primary.OwnerConnectionString("lantoa"), TimeProvider.System).ChooseAsync();
            Assert.True(stale.Replica); // the primary is gone: reads come from the replica, with the time they are as of
            Assert.NotNull(stale.AsOf);

            var (code, output) = await FailoverScriptAsync(replica.PgData, primary.PgData);
            Assert.True(code == 0, output);
            Assert.Contains("Đã nâng bản sao", output);

            // The same connection string finds the promoted server (Host Recheck Seconds = 2), no restart of anything.
            var recovered = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    await ExecAsync(failover, "INSERT INTO answers VALUES (101, 'sau')");
                    break;
                }
                catch (Exception e) when (DatabaseErrors.IsOutage(e) || e is PostgresException { SqlState: "25006" })
                {
                    Assert.True(recovered.Elapsed < TimeSpan.FromSeconds(60), e.ToString());
                    await Task.Delay(200);
                }
            }
            Assert.Equal(101L, await ScalarAsync<long>(failover, "SELECT count(*) FROM answers"));
            Assert.Equal(100L, await ScalarAsync<long>(failover, "SELECT count(*) FROM answers WHERE v = 'trước'"));

            // Run again on what is now a primary: refused as bad input, nothing changed.
            var (again, message) = await FailoverScriptAsync(replica.PgData, null);
            Assert.Equal(2, again);
            Assert.Contains("không phải bản sao", message);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (replica is not null) await replica.StopAsync(immediate: true);
            await primary.ForceStopAsync();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static async Task<(int, string)> FailoverScriptAsync(string replica, string? old)
    {
        var repo = Path.GetFullPath(Path.Combine(TestApp.WebProjectDirectory(), "..", ".."));
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(repo, "scripts", "failover.sh"));
        psi.ArgumentList.Add(replica);
        if (old is not null) psi.ArgumentList.Add(old);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await stdout + await stderr);
    }

    private static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
