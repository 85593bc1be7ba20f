using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lantoa.Web.Tests.Infrastructure;

/// <summary>
/// One real PostgreSQL for the whole test run, started the way Lantoa starts its own (initdb + pg_ctl, as the
/// 'postgres' user when run as root). A template database is migrated and seeded with the demo data once; every test
/// gets its own copy (CREATE DATABASE … TEMPLATE, by the superuser, owned by the owner role), so tests never see each
/// other's writes. <see cref="NewDatabaseAsync"/> answers the owner role's connection; the app under test connects as
/// the application role (<see cref="AsApp"/>), so the tests exercise its privileges.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}

public sealed class DatabaseFixture : IAsyncLifetime
{
    private const string Template = "lantoa_template";
    private EmbeddedPostgres? _pg;
    private string? _dataDir;
    private int _counter;

    public EmbeddedPostgres Server => _pg ?? throw new InvalidOperationException("PostgreSQL not started");

    public async Task InitializeAsync()
    {
        _dataDir = Path.Combine(Path.GetTempPath(), "lantoa-tests-" + Guid.NewGuid().ToString("N")[..8]);
        _pg = await EmbeddedPostgres.StartAsync(_dataDir, EmbeddedPostgres.FreePort(), TextWriter.Null);
        await _pg.EnsureDatabaseAsync(Template);
        var cs = _pg.ConnectionString(Template);
        await MigrationRunner.MigrateAsync(cs);
        await using (var services = LantoaWeb.CommandLineServices(cs))
        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>A fresh database with the demo data, for one test.</summary>
    public async Task<string> NewDatabaseAsync(bool empty = false)
    {
        var name = $"t{Interlocked.Increment(ref _counter)}_{Guid.NewGuid().ToString("N")[..6]}";
        await using var conn = new NpgsqlConnection(Server.SuperuserConnectionString("postgres"));
        await conn.OpenAsync();
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

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_pg is not null) await _pg.StopAsync();
        try
        {
            if (_dataDir is not null) Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
