using Lantoa.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Configuration;

namespace Lantoa.Web.Infrastructure;

/// <summary>
/// Where Lantoa's database is: the configured connection string (ConnectionStrings__Lantoa), or else its own
/// PostgreSQL started in LANTOA_DATA (default ./.lantoa) on LANTOA_PG_PORT (default 55432) and stopped on dispose.
/// </summary>
public sealed class LantoaRuntime : IAsyncDisposable
{
    public const string DatabaseName = "lantoa";

    private LantoaRuntime(string connectionString, EmbeddedPostgres? embedded)
    {
        ConnectionString = connectionString;
        Embedded = embedded;
    }

    public string ConnectionString { get; }
    public EmbeddedPostgres? Embedded { get; }

    public static IConfiguration Configuration(string[]? args = null) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args ?? [])
        .Build();

    public static async Task<LantoaRuntime> StartAsync(IConfiguration config, TextWriter log, CancellationToken ct = default)
    {
        var configured = config.GetConnectionString("Lantoa");
        if (!string.IsNullOrWhiteSpace(configured)) return new LantoaRuntime(configured, null);

        var dataDir = config["LANTOA_DATA"] ?? Path.Combine(Directory.GetCurrentDirectory(), ".lantoa");
        var port = int.TryParse(config["LANTOA_PG_PORT"], out var p) ? p : 55432;
        var pg = await EmbeddedPostgres.StartAsync(dataDir, port, log, ct);
        await pg.EnsureDatabaseAsync(DatabaseName, ct);
        return new LantoaRuntime(pg.ConnectionString(DatabaseName), pg);
    }

    public async ValueTask DisposeAsync()
    {
        if (Embedded is not null) await Embedded.StopAsync();
    }
}
