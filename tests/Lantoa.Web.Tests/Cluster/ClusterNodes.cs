using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Cluster;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Cluster;

/// <summary>One Lantoa node in the test process: composed by LantoaWeb.Build as `serve` does, with cluster settings.</summary>
public sealed class ClusterNode : IAsyncDisposable
{
    private ClusterNode(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }
    public Uri Address { get; }

    public static async Task<ClusterNode> StartAsync(string appConnectionString, string dataDirectory, ClusterSettings settings,
        bool backgroundJobs = false, Action<IServiceCollection>? services = null, string urls = "http://127.0.0.1:0")
    {
        var app = LantoaWeb.Build(new LantoaWebOptions
        {
            BackgroundJobs = backgroundJobs,
            ConnectionString = appConnectionString,
            Urls = urls,
            ContentRoot = TestApp.WebProjectDirectory(),
            DataDirectory = dataDirectory,
            KeysDirectory = Path.Combine(dataDirectory, "keys"),
            Auth = new AuthSettings { RateLimits = false },
            Cluster = settings,
            Services = services,
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ClusterNode(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>A browser-like client whose cookies follow it from node to node (cookies ignore the port).</summary>
public sealed class RoamingClient : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true });

    public async Task<string> TokenAsync(Uri page)
    {
        var response = await Http.GetAsync(page);
        var html = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return html.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? html.QuerySelector("meta[name=antiforgery-token]")?.GetAttribute("content")
               ?? throw new InvalidOperationException($"No antiforgery token on {page} ({(int)response.StatusCode})");
    }

    public Task<HttpResponseMessage> PostAsync(Uri url, string token, Dictionary<string, string> fields) =>
        Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));

    public void Dispose() => Http.Dispose();
}

/// <summary>Debian's redis-server on a free loopback port, nothing written to disk; killed on dispose.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var port = Lantoa.Web.Infrastructure.Postgres.EmbeddedPostgres.FreePort();
        var psi = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" })
            psi.ArgumentList.Add(a);
        var process = Process.Start(psi)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, port);
                return new RedisServer(process, port);
            }
            catch (SocketException) { await Task.Delay(100); }
        }
        process.Kill();
        throw new InvalidOperationException("redis-server did not start (apt-get install redis-server)");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
