using System.Net;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Cli;

/// <summary>
/// Lantoa served on a free loopback port for a benchmark, as `serve` composes it but without the daily reminder run
/// (which would write during the measurement); stopped when disposed.
/// </summary>
internal sealed class BenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchServer(WebApplication app)
    {
        _app = app;
        Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public string Address { get; }

    public static async Task<BenchServer> StartAsync(string connectionString, CancellationToken ct, TimeProvider? clock = null)
    {
        var app = LantoaWeb.Build(new LantoaWebOptions
        {
            ConnectionString = connectionString, Urls = "http://127.0.0.1:0", ContentRoot = AppContext.BaseDirectory, Clock = clock, BackgroundJobs = false,
            Auth = Infrastructure.Auth.AuthSettings.FromEnvironment() with { RateLimits = false }, // a benchmark on loopback signs in many clients
        });
        await app.StartAsync(ct);
        return new BenchServer(app);
    }

    /// <summary>An HTTP client signed in as <paramref name="user"/> (demo password), keeping its session cookie.</summary>
    public async Task<HttpClient> SignedInAsync(string user, CancellationToken ct, CookieContainer? cookies = null)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(Address),
        };
        await BenchCommands.LoginAsync(http, user, ct);
        return http;
    }

    /// <summary>A fresh database "lantoa_bench" (or <paramref name="name"/>) on the runtime's server, migrated, with the demo data.</summary>
    public static async Task<string> DemoDatabaseAsync(string serverConnection, CancellationToken ct, string name = "lantoa_bench")
    {
        var cs = await BenchCommands.FreshDatabaseAsync(serverConnection, name, ct);
        await MigrationRunner.MigrateAsync(cs, ct);
        await using var services = LantoaWeb.CommandLineServices(cs);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        return cs;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
