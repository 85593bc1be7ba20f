using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lantoa.Web.Tests.Infrastructure;

/// <summary>
/// The serial collection: tests that change process-wide state (the command-line tests redirect Console and set
/// environment variables) or that are heavy enough to want the machine to themselves (the browser journeys). xUnit runs
/// it after the parallel classes, alone. Other database tests take the fixture as
/// <c>IClassFixture&lt;DatabaseFixture&gt;</c> and run in parallel, each on its own cloned database.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
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
            _dataDir = Path.Combine(Path.GetTempPath(), "lantoa-tests-" + Guid.NewGuid().ToString("N")[..8]);
            var pg = await EmbeddedPostgres.StartAsync(_dataDir, EmbeddedPostgres.FreePort(), TextWriter.Null);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
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

    /// <summary>A fresh database with the demo data, for one test.</summary>
    public async Task<string> NewDatabaseAsync(bool empty = false)
    {
        var name = $"t{Interlocked.Increment(ref _counter)}_{Guid.NewGuid().ToString("N")[..6]}";
        await using var conn = new NpgsqlConnection(Server.SuperuserConnectionString("postgres"));
        await conn.OpenAsync();
        // CREATE DATABASE … TEMPLATE needs the template to have no other session: clones are made one at a time.
        await Clone.WaitAsync();
        try
        {
            await using var cmd = new NpgsqlCommand(
                empty ? $"CREATE DATABASE {name} OWNER {EmbeddedPostgres.OwnerRole} TEMPLATE template0 ENCODING 'UTF8'"
                      : $"CREATE DATABASE {name} OWNER {EmbeddedPostgres.OwnerRole} TEMPLATE {Template}", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        finally
        {
            Clone.Release();
        }
        return Server.ConnectionString(name);
    }

    /// <summary>The same database as the application role sees it (what the app under test connects with).</summary>
    public string AsApp(string connectionString) =>
        Server.AppConnectionString(new NpgsqlConnectionStringBuilder(connectionString).Database!);

    /// <summary>The same database as the superuser (for tests that play an attacker who has it).</summary>
    public string AsSuperuser(string connectionString) =>
        Server.SuperuserConnectionString(new NpgsqlConnectionStringBuilder(connectionString).Database!);

    private static readonly SemaphoreSlim Clone = new(1, 1);

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
