using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lantoa.Web.Tests.Infrastructure;

/// <summary>
/// The serial collection, for what truly shares process-wide state or measures: the command-line tests (they redirect
/// Console and set environment variables), tests that set Kestrel's environment, and tests that assert time budgets
/// (the fuzz sample, the document stall, sign-in timing). xUnit runs it after the parallel classes, alone. Every other
/// database test takes the fixture as <c>IClassFixture&lt;DatabaseFixture&gt;</c> and runs in parallel, each test on
/// its own cloned database.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}

/// <summary>
/// The browser journeys: one Chromium at a time (each is heavy), beside the parallel classes rather than after them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "browser";
}

/// <summary>
/// One real PostgreSQL for the whole test run, started the way Lantoa starts its own (initdb + pg_ctl, as the
/// 'postgres' user when run as root). A template database is migrated and seeded with the demo data once; every test
/// gets its own copy (CREATE DATABASE … TEMPLATE, by the superuser, owned by the owner role), so tests never see each
/// other's writes and may run in parallel; the app under test connects as the application role (<see cref="AsApp"/>).
/// Every fixture instance (one per test class, one for the serial collection) shares that server; it stops when the
/// test process exits.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private const string Template = "lantoa_template";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static EmbeddedPostgres? _pg;
    private static string? _dataDir;
    private static int _counter;

    public EmbeddedPostgres Server => _pg ?? throw new InvalidOperationException("PostgreSQL not started");

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_pg is not null) return;
            RemoveClustersOfDeadRuns();
            _dataDir = Path.Combine(Path.GetTempPath(), $"lantoa-tests-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
            // Hundreds of test apps run in parallel, each with its own pool keeping idle connections, and the concurrency
            // tests hold up to 80 at once: 200 slots ran out (53300) once six modules had added their tests.
            var pg = await EmbeddedPostgres.StartAsync(_dataDir, EmbeddedPostgres.FreePort(), TextWriter.Null, maxConnections: 600);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
            await TuneForTestsAsync(pg);
            await pg.EnsureDatabaseAsync(Template);
            var cs = pg.ConnectionString(Template);
            await MigrationRunner.MigrateAsync(cs);
            await using (var services = LantoaWeb.CommandLineServices(cs))
            await using (var scope = services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
            NpgsqlConnection.ClearAllPools();
            _pg = pg;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// A run that was killed (a cancelled build, a crashed host) leaves its cluster of several gigabytes behind; a
    /// cluster whose test process no longer exists is removed before a new one is made, so the disk does not fill up.
    /// </summary>
    private static void RemoveClustersOfDeadRuns()
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), "lantoa-tests-*"))
        {
            var parts = Path.GetFileName(dir).Split('-');
            if (parts.Length != 4 || !int.TryParse(parts[2], out var pid) || ProcessAlive(pid)) continue;
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // Another run is removing it at the same moment.
            }
            catch (UnauthorizedAccessException)
            {
                // Someone else's folder: not ours to remove.
            }
        }
    }

    private static bool ProcessAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// This throw-away cluster need not survive a power cut: commits do not wait for their WAL flush and pages are not
    /// written twice. Nothing of what is tested changes (every commit is still atomic and visible to the next query);
    /// the tests that crash or kill PostgreSQL run their own cluster, started as `serve` starts it.
    /// </summary>
    private static async Task TuneForTestsAsync(EmbeddedPostgres pg)
    {
        await using var conn = new NpgsqlConnection(pg.SuperuserConnectionString("postgres"));
        await conn.OpenAsync();
        foreach (var sql in new[]
                 {
                     "ALTER SYSTEM SET synchronous_commit = off", "ALTER SYSTEM SET full_page_writes = off", "SELECT pg_reload_conf()",
                 })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    /// <summary>A fresh database with the demo data, for one test.</summary>
    public async Task<string> NewDatabaseAsync(bool empty = false)
    {
        var name = $"t{Interlocked.Increment(ref _counter)}_{Guid.NewGuid().ToString("N")[..6]}";
        await using var conn = new NpgsqlConnection(Server.SuperuserConnectionString("postgres"));
        await conn.OpenAsync();
        // CREATE DATABASE … TEMPLATE needs the template to have no session of its own (none is left once it is seeded);
        // clones made at the same time only share it for reading, so parallel tests clone in parallel.
        await using var cmd = new NpgsqlCommand(
            empty ? $"CREATE DATABASE {name} OWNER {EmbeddedPostgres.OwnerRole} TEMPLATE template0 ENCODING 'UTF8'"
                  : $"CREATE DATABASE {name} OWNER {EmbeddedPostgres.OwnerRole} TEMPLATE {Template}", conn);
        await cmd.ExecuteNonQueryAsync();
        return Server.ConnectionString(name);
    }

    /// <summary>The same database as the application role sees it (what the app under test connects with).</summary>
    public string AsApp(string connectionString) =>
        Server.AppConnectionString(new NpgsqlConnectionStringBuilder(connectionString).Database!);

    /// <summary>The same database as the superuser (for tests that play an attacker who has it).</summary>
    public string AsSuperuser(string connectionString) =>
        Server.SuperuserConnectionString(new NpgsqlConnectionStringBuilder(connectionString).Database!);

    /// <summary>The server outlives every test class; it is stopped once, when the test process ends.</summary>
    public Task DisposeAsync() => Task.CompletedTask;

    private static void Stop()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            _pg?.StopAsync().GetAwaiter().GetResult();
            if (_dataDir is not null) Directory.Delete(_dataDir, recursive: true);
        }
        catch (Exception)
        {
            // A leftover temp folder is harmless; the process is ending.
        }
    }
}
