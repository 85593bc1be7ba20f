using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Infrastructure;

/// <summary>
/// Lantoa running on Kestrel on a free loopback port against its own test database, exactly as `serve` composes it,
/// with a clock the test controls.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private TestApp(WebApplication app, string connectionString, Uri baseAddress, MutableClock clock)
    {
        App = app;
        ConnectionString = connectionString;
        BaseAddress = baseAddress;
        Clock = clock;
    }

    public WebApplication App { get; }
    public string ConnectionString { get; }
    public Uri BaseAddress { get; }
    public MutableClock Clock { get; }

    /// <param name="auth">Sign-in limits; by default every rate limit is off (tests sign in many times from 127.0.0.1).</param>
    /// <param name="extra">Test-only endpoints mapped after the app's own (the API tests' probes of the helpers and policies).</param>
    public static async Task<TestApp> StartAsync(DatabaseFixture db, DateTimeOffset? now = null, AuthSettings? auth = null,
        Action<WebApplication>? extra = null)
    {
        var cs = await db.NewDatabaseAsync();
        return await StartOnAsync(cs, db.AsApp(cs), now, auth: auth, extra: extra);
    }

    /// <summary>
    /// Lantoa on a given database: <paramref name="appConnectionString"/> is what the app uses, <paramref name="connectionString"/>
    /// what the test uses; with <paramref name="dataDirectory"/>, evidence and (encrypted) cookie keys live there as in `serve`.
    /// </summary>
    public static async Task<TestApp> StartOnAsync(string connectionString, string appConnectionString, DateTimeOffset? now = null,
        string? dataDirectory = null, Lantoa.Web.Infrastructure.Postgres.EmbeddedPostgres? supervised = null,
        AuthSettings? auth = null, Action<WebApplication>? extra = null)
    {
        var cs = connectionString;
        var clock = new MutableClock(now ?? new DateTimeOffset(2024, 10, 5, 9, 0, 0, TimeSpan.FromHours(7)));
        var app = LantoaWeb.Build(new LantoaWebOptions
        {
            BackgroundJobs = false,
            ConnectionString = appConnectionString,
            Urls = "http://127.0.0.1:0",
            ContentRoot = WebProjectDirectory(),
            Clock = clock,
            DataDirectory = dataDirectory,
            KeysDirectory = dataDirectory is null ? null : Path.Combine(dataDirectory, "keys"),
            SupervisedPostgres = supervised,
            Auth = auth ?? new AuthSettings { RateLimits = false },
        });
        extra?.Invoke(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestApp(app, cs, new Uri(address), clock);
    }

    /// <summary>A browser-like client: cookies, no automatic redirects, so tests see every 302.</summary>
    public Client NewClient() => new(this);

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Work on the app's database in a scope of its own, as a request would (Contoso's SliceFixture.ExecuteDbContextAsync).</summary>
    public Task<T> DbAsync<T>(Func<LantoaDb, Task<T>> work) => InScopeAsync(sp => work(sp.GetRequiredService<LantoaDb>()));

    public Task DbAsync(Func<LantoaDb, Task> work) => InScopeAsync(async sp =>
    {
        await work(sp.GetRequiredService<LantoaDb>());
        return true;
    });

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    public static string WebProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Lantoa.Web");
            if (File.Exists(Path.Combine(candidate, "Lantoa.Web.csproj"))) return candidate;
        }
        throw new DirectoryNotFoundException("src/Lantoa.Web not found above the test binaries");
    }

    public sealed class Client
    {
        private static readonly HtmlParser Parser = new();
        private readonly HttpClient _http;

        internal Client(TestApp app)
        {
            _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
            {
                BaseAddress = app.BaseAddress,
            };
        }

        public HttpClient Http => _http;

        public async Task LoginAsync(string userName, string? password = null)
        {
            var response = await PostFormAsync("/Account/Login", new() { ["UserName"] = userName, ["Password"] = password ?? DemoSeeder.DemoPassword });
            if (response.StatusCode != HttpStatusCode.Redirect)
                throw new InvalidOperationException($"Login of {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        public Task<HttpResponseMessage> GetAsync(string url, bool htmx = false)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (htmx) request.Headers.Add("HX-Request", "true");
            return _http.SendAsync(request);
        }

        public async Task<IHtmlDocument> GetPageAsync(string url)
        {
            var response = await _http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        }

        /// <summary>Posts a form the way a browser does: the antiforgery token is taken from a page first (the form's own page, or <paramref name="tokenFrom"/>).</summary>
        public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? tokenFrom = null, bool htmx = false)
        {
            var page = await _http.GetAsync(tokenFrom ?? TokenPage(url));
            var html = await Parser.ParseDocumentAsync(await page.Content.ReadAsStringAsync());
            var token = html.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                        ?? html.QuerySelector("meta[name=antiforgery-token]")?.GetAttribute("content")
                        ?? throw new InvalidOperationException($"No antiforgery token on {tokenFrom ?? url} ({(int)page.StatusCode})");
            var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(body) };
            if (htmx) request.Headers.Add("HX-Request", "true");
            return await _http.SendAsync(request);
        }

        /// <summary>Posts a file as a browser's multipart form does, with the antiforgery token of <paramref name="tokenFrom"/>; more fields optional.</summary>
        public async Task<HttpResponseMessage> PostFileAsync(string url, string tokenFrom, byte[] bytes, string fileName,
            Dictionary<string, string>? fields = null)
        {
            var page = await GetPageAsync(tokenFrom);
            var token = page.QuerySelector("meta[name=antiforgery-token]")!.GetAttribute("content")!;
            using var content = new MultipartFormDataContent();
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "file", fileName);
            content.Add(new StringContent(token), "__RequestVerificationToken");
            foreach (var (name, value) in fields ?? []) content.Add(new StringContent(value), name);
            return await _http.PostAsync(url, content);
        }

        /// <summary>Posts without any antiforgery token.</summary>
        public Task<HttpResponseMessage> PostWithoutTokenAsync(string url, Dictionary<string, string> fields) =>
            _http.PostAsync(url, new FormUrlEncodedContent(fields));

        private static string TokenPage(string url)
        {
            var path = url.Split('?')[0];
            return path.StartsWith("/Account/Login", StringComparison.Ordinal) ? "/Account/Login" : "/Account/ChangePassword";
        }

        public static Task<IHtmlDocument> ParseAsync(string html) => Parser.ParseDocumentAsync(html);
    }
}

/// <summary>A clock the test sets: "the plan as of 05/10/2024".</summary>
public sealed class MutableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");
}
