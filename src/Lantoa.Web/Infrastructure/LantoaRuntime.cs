using Lantoa.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Configuration;

namespace Lantoa.Web.Infrastructure;

/// <summary>
/// Where Lantoa's database is: the configured connection string (ConnectionStrings__Lantoa, and optionally
/// ConnectionStrings__LantoaOwner for migrations), or else its own PostgreSQL started in LANTOA_DATA (default ./.lantoa)
/// on LANTOA_PG_PORT (default 55432) and stopped on dispose. Two connection strings: <see cref="ConnectionString"/> for
/// the application (table rows only) and <see cref="OwnerConnectionString"/> for migrations and bulk loads.
/// </summary>
public sealed class LantoaRuntime : IAsyncDisposable
{
    public const string DatabaseName = "lantoa";

    private LantoaRuntime(string connectionString, string ownerConnectionString, string dataDirectory, EmbeddedPostgres? embedded)
    {
        ConnectionString = connectionString;
        OwnerConnectionString = ownerConnectionString;
        DataDirectory = dataDirectory;
        Embedded = embedded;
    }

    /// <summary>The application's connection: the app role of Lantoa's own PostgreSQL, or ConnectionStrings__Lantoa.</summary>
    public string ConnectionString { get; }

    /// <summary>Migrations, COPY and new databases: the owner role, or ConnectionStrings__LantoaOwner (else ConnectionStrings__Lantoa).</summary>
    public string OwnerConnectionString { get; }

    /// <summary>LANTOA_DATA: keys, evidence and (for Lantoa's own PostgreSQL) the cluster.</summary>
    public string DataDirectory { get; }

    public EmbeddedPostgres? Embedded { get; }

    public static IConfiguration Configuration(string[]? args = null) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args ?? [])
        .Build();

    public static string DataDirectoryOf(IConfiguration config) =>
        Path.GetFullPath(config["LANTOA_DATA"] is { Length: > 0 } d ? d : Path.Combine(Directory.GetCurrentDirectory(), ".lantoa"));

    public static int PortOf(IConfiguration config) => int.TryParse(config["LANTOA_PG_PORT"], out var p) ? p : 55432;

    public static async Task<LantoaRuntime> StartAsync(IConfiguration config, TextWriter log, CancellationToken ct = default)
    {
        var dataDir = DataDirectoryOf(config);
        var configured = config.GetConnectionString("Lantoa");
        if (!string.IsNullOrWhiteSpace(configured))
            return new LantoaRuntime(configured, config.GetConnectionString("LantoaOwner") is { Length: > 0 } owner ? owner : configured, dataDir, null);

        var pg = await EmbeddedPostgres.StartAsync(dataDir, PortOf(config), log, ct);
        await pg.EnsureDatabaseAsync(DatabaseName, ct);
        return new LantoaRuntime(pg.AppConnectionString(DatabaseName), pg.OwnerConnectionString(DatabaseName), dataDir, pg);
    }

    public async ValueTask DisposeAsync()
    {
        if (Embedded is not null) await Embedded.StopAsync();
    }
}
