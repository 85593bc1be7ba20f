using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Dom;
using Lantoa.Domain.Citizens;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lantoa.Web.Tests.Features.Citizens;

/// <summary>
/// A test app whose citizen mail goes to a real SMTP listener and whose logs (every level) are captured, and the sign-up
/// form filled as a browser does: the antiforgery token and the proof-of-work challenge read from the page, the work done.
/// </summary>
public sealed class CitizenApp : IAsyncDisposable
{
    public const string LongAn = "80";
    public const string TanAnWard5 = "27685";     // Phường 5, Thành phố Tân An (Long An, before 1/7/2025)
    public const string MyThoWard5 = "28249";     // Phường 5, Thành phố Mỹ Tho (Tiền Giang)
    public const string Password = "Lua-chin-vang-dong-2024";

    private CitizenApp(TestApp app, SmtpCatcher smtp, LogCapture logs)
    {
        App = app;
        Smtp = smtp;
        Logs = logs;
    }

    public TestApp App { get; }
    public SmtpCatcher Smtp { get; }
    public LogCapture Logs { get; }

    /// <param name="rateLimits">Rate limits and the proof of work on (as in production), with these limits.</param>
    public static async Task<CitizenApp> StartAsync(DatabaseFixture fixture, AuthSettings? auth = null)
    {
        var smtp = new SmtpCatcher();
        var logs = new LogCapture();
        var app = await TestApp.StartAsync(fixture, auth: auth ?? new AuthSettings { RateLimits = true, SignUpsPerAddress = 1000, CitizenLoginsPerAddress = 1000, CodesPerAddress = 1000, PublicWritesPerAddress = 1000, LoginsPerAddressPerMinute = 1000 },
            services: s =>
            {
                s.AddSingleton(new CitizenSettings { SmtpHost = "127.0.0.1", SmtpPort = smtp.Port, SmtpFrom = "lantoa@longan.gov.vn" });
                s.AddSingleton<ILoggerProvider>(logs);
                s.Configure<LoggerFilterOptions>(o => o.MinLevel = LogLevel.Debug);
            });
        return new CitizenApp(app, smtp, logs);
    }

    public static Dictionary<string, string> Fields(string? email = "an.nguyen@example.vn", string? phone = null) => new()
    {
        ["Email"] = email ?? "", ["Phone"] = phone ?? "", ["Password"] = Password,
        ["Form.FullName"] = "Nguyễn Thị Bình An", ["Form.BirthDate"] = "05/09/1990",
        ["Form.ProvinceCode"] = LongAn, ["Form.CommuneCode"] = TanAnWard5, ["Form.Workplace"] = "Trường THPT Tân An",
    };

    /// <summary>Posts the sign-up form; <paramref name="solve"/> false leaves the challenge unsolved (a robot's post).</summary>
    public async Task<HttpResponseMessage> SignUpAsync(TestApp.Client client, Dictionary<string, string> fields, bool solve = true,
        IEnumerable<string>? consents = null, Func<string, string>? tamper = null)
    {
        var page = await client.GetPageAsync("/cong-dan/dang-ky");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var challenge = page.QuerySelector("input[name=Challenge]")!.GetAttribute("value")!;
        var bits = int.Parse(page.QuerySelector("form[data-pow]")!.GetAttribute("data-difficulty")!);
        var body = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        if (solve)
        {
            body.Add(new("Challenge", tamper?.Invoke(challenge) ?? challenge));
            body.Add(new("Nonce", ProofOfWork.Solve(challenge, bits)));
        }
        foreach (var c in consents ?? ConsentPurposes.RequiredKeys) body.Add(new("Consents", c));
        return await client.Http.PostAsync("/cong-dan/dang-ky", new FormUrlEncodedContent(body));
    }

    public static Task<HttpResponseMessage> PostAsync(TestApp.Client client, string url, Dictionary<string, string> fields) =>
        client.PostFormAsync(url, fields, tokenFrom: "/cong-dan/dang-nhap");

    public static async Task<IHtmlDocument> HtmlAsync(HttpResponseMessage response) =>
        await TestApp.Client.ParseAsync(await response.Content.ReadAsStringAsync());

    /// <summary>The Vietnamese message of a field ("Form_FullName-error") or of the summary.</summary>
    public static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        var html = await HtmlAsync(response);
        return string.Join(" | ", html.QuerySelectorAll(".cd-error, .cd-summary li").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
    }

    public Task<int> CitizenCountAsync() => App.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<Citizen>()));

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

/// <summary>Every log line the app writes, at every level, kept in memory.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
