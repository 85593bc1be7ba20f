using System.Globalization;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Cluster;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Modules;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Infrastructure;

public sealed class LantoaWebOptions
{
    public required string ConnectionString { get; init; }
    public string? Urls { get; init; }

    /// <summary>Folder with wwwroot; defaults to the application's base directory.</summary>
    public string? ContentRoot { get; init; }

    public TimeProvider? Clock { get; init; }

    /// <summary>Where the keys that protect login cookies are kept (LANTOA_DATA/keys); null keeps them in memory.</summary>
    public string? KeysDirectory { get; init; }
    public string EnvironmentName { get; init; } = "Production";

    /// <summary>LANTOA_DATA: evidence files live in its evidence/ folder (null: the store's own default).</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Lantoa's own PostgreSQL, restarted by <see cref="Postgres.PostgresSupervisor"/> if it dies (null: not supervised).</summary>
    public Postgres.EmbeddedPostgres? SupervisedPostgres { get; init; }

    /// <summary>The daily reminder run; tests that set their own clock run it themselves.</summary>
    public bool BackgroundJobs { get; init; } = true;

    /// <summary>Sign-in limits, sessions, trusted proxies; null reads them from the environment (AuthSettings).</summary>
    public AuthSettings? Auth { get; init; }

    /// <summary>Last changes to the services, after every module's (tests: an SMTP listener's address, a log capture).</summary>
    public Action<IServiceCollection>? Services { get; init; }

    /// <summary>Bearer token lifetime and API limits; null reads them from the environment (ApiSettings).</summary>
    public ApiSettings? Api { get; init; }

    /// <summary>Node name, shared key ring, Redis, read replica (Infrastructure/Cluster); null reads them from the environment.</summary>
    public Cluster.ClusterSettings? Cluster { get; init; }
}

/// <summary>Composition of the web application, shared by `serve`, the HTTP tests and the browser tests.</summary>
public static class LantoaWeb
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static WebApplication Build(LantoaWebOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LantoaWeb).Assembly.GetName().Name,
            ContentRootPath = options.ContentRoot ?? AppContext.BaseDirectory,
            EnvironmentName = options.EnvironmentName,
            // Lantoa is configured by environment variables: no file watcher on appsettings (each one costs an inotify
            // instance, and a process that builds many apps — the tests — runs out of them).
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (options.Urls is not null) builder.WebHost.UseUrls(options.Urls.Split(';'));
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        var auth = options.Auth ?? AuthSettings.FromEnvironment();
        AddAuth(builder.Services, auth);
        builder.Services.AddLantoaApi(options.Api ?? ApiSettings.FromEnvironment());

        AddServices(builder.Services, options.ConnectionString, options.Clock ?? TimeProvider.System);
        var cluster = options.Cluster ?? Cluster.ClusterSettings.FromEnvironment();
        builder.Services.AddLantoaCluster(cluster, options.ConnectionString);
        if (options.BackgroundJobs) // on one node at a time (a PostgreSQL advisory lock)
            Cluster.SingleNodeJobs.Add(builder.Services, options.ConnectionString, jobs =>
            {
                foreach (var module in LantoaModules.All) module.AddHostedJobs(jobs);
            });
        // Vietnamese text goes out as UTF-8 characters, not as &#x…; escapes.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddHttpContextAccessor();
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Lantoa");
        if (options.KeysDirectory is not null)
        {
            // Keys live in LANTOA_DATA/keys (0700) or, for several nodes, in PostgreSQL (LANTOA_KEYS=database); each is
            // encrypted with the AES key of LANTOA_DATA/keys (0600), which the database never sees.
            Cluster.ClusterSetup.PersistKeys(dataProtection, builder.Services, cluster, options.KeysDirectory, options.ConnectionString);
        }
        else dataProtection.UseEphemeralDataProtectionProvider();
        if (options.DataDirectory is not null)
            builder.Services.AddSingleton(new Features.Tracking.Reports.EvidenceStore(Path.Combine(options.DataDirectory, "evidence")));
        if (options.SupervisedPostgres is not null)
        {
            builder.Services.AddSingleton(options.SupervisedPostgres);
            builder.Services.AddHostedService<Postgres.PostgresSupervisor>();
        }
        builder.Services.AddScoped<IAuditActor, HttpAuditActor>();
        builder.Services.AddScoped<CurrentActor>();

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/Account/Login";
                o.LogoutPath = "/Account/Logout";
                o.AccessDeniedPath = "/Error/403";
                o.Cookie.Name = "lantoa.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // The server-side session (SessionStore) decides idle and absolute ends; the ticket only backs it up.
                o.ExpireTimeSpan = auth.SessionAbsolute + TimeSpan.FromMinutes(5);
                o.SlidingExpiration = false;
                o.EventsType = typeof(SecurityStampValidator);
                o.ForwardDefaultSelector = ApiSetup.ForwardedScheme; // /api: bearer tokens only, never the cookie (CSRF)
            });
        builder.Services.AddScoped<SecurityStampValidator>();
        builder.Services.AddAuthorization();
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = "RequestVerificationToken";
            o.Cookie.Name = "lantoa.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure behind TLS
        });
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToPage("/Error");
                foreach (var module in LantoaModules.All) module.ConfigurePages(o.Conventions);
            })
            .AddMvcOptions(o =>
            {
                VietnameseModelBinding.Apply(o.ModelBindingMessageProvider);
                o.Filters.Add(new ResponseCacheAttribute { NoStore = true, Location = ResponseCacheLocation.None });
                o.Filters.Add(new RequestHygieneFilter());
                o.Filters.Add(new Features.Shared.ConflictFilter()); // a stale save: the 409 conflict page
            });
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        options.Services?.Invoke(builder.Services);

        var app = builder.Build();
        Configure(app);
        return app;
    }

    /// <summary>Services without the web: for command-line commands.</summary>
    public static ServiceProvider CommandLineServices(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        AddServices(services, connectionString, TimeProvider.System);
        services.AddSingleton<IAuditActor>(new SystemAuditActor("dòng lệnh"));
        return services.BuildServiceProvider();
    }

    private static void AddServices(IServiceCollection services, string connectionString, TimeProvider clock)
    {
        services.AddSingleton(clock);
        services.AddSingleton(new Web.DatabaseAddress(connectionString));
        services.AddDbContext<LantoaDb>(o => o.UseNpgsql(connectionString, npg => npg.CommandTimeout(30).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
        foreach (var module in LantoaModules.All) module.AddServices(services);
        services.AddSingleton<Files.UploadWorkers>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<Lantoa.Domain.Users.User>,
            Microsoft.AspNetCore.Identity.PasswordHasher<Lantoa.Domain.Users.User>>();
    }

    private static void AddAuth(IServiceCollection services, AuthSettings auth)
    {
        services.AddSingleton(auth);
        services.AddScoped<SessionStore>();
        services.AddScoped<LoginThrottle>();
        services.AddSingleton<LoginRateLimits>();
        services.AddScoped<TwoFactorStore>();
        services.AddScoped<Features.Account.SignInFlow>();
        services.AddRateLimiter(o => LoginRateLimits.Configure(o, auth));
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear(); // only LANTOA_TRUSTED_PROXIES, never loopback by default
            o.KnownIPNetworks.Clear();
            foreach (var p in auth.TrustedProxies)
            {
                if (p.Contains('/')) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(p));
                else o.KnownProxies.Add(System.Net.IPAddress.Parse(p));
            }
        });
    }

    private static void Configure(WebApplication app)
    {
        if (app.Services.GetRequiredService<AuthSettings>().TrustedProxies.Count > 0) app.UseForwardedHeaders();
        app.UseLantoaCluster(); // X-Lantoa-Node: which node answered
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.Use(ApiPipeline.Handle); // /api: ProblemDetails instead of the HTML error pages
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Vietnamese),
            SupportedCultures = [Vietnamese],
            SupportedUICultures = [Vietnamese],
        });
        app.Use(async (ctx, next) =>
        {
            var h = ctx.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";
            h.Vary = "HX-Request";
            await next();
        });
        app.UseMiddleware<AllowedMethods>();
        app.UseHsts(); // HTTPS requests only (directly or through a trusted proxy)
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(async (ctx, next) =>
        {
            // A signed-in user whose cookie could not be checked because the database is down gets the 503 page.
            if (ctx.Items.Remove(SecurityStampValidator.OutageKey, out var outage) && outage is Exception ex)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex);
            await next();
        });
        app.Use(ForcedPasswordChange.Enforce);
        app.Use(AuditEvents.RecordRefusalsAndDownloads);
        app.UseAuthorization();
        app.UseOutputCache(); // the public site's pages and API (Features/PublicSite/PublicCachePolicy); nothing else opts in
        app.MapHealthChecks("/healthz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = async (ctx, report) =>
            {
                ctx.Response.ContentType = "text/plain; charset=utf-8";
                await ctx.Response.WriteAsync(report.Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
                    ? "ok" : "Cơ sở dữ liệu không phản hồi");
            },
        }).AllowAnonymous();
        app.MapLantoaApi();
        foreach (var module in LantoaModules.All) module.MapEndpoints(app);
        app.MapRazorPages();
    }
}
