using System.Net;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Account;

/// <summary>Defect 14 of issue 11 (transport): plain HTTP only, no HSTS, no Secure cookies behind TLS, "Server: Kestrel".</summary>
[Collection(DatabaseCollection.Name)]
public class TransportTests(DatabaseFixture fixture)
{
    private static HttpRequestMessage Through(string url, string proto, string forwardedFor = "198.51.100.20")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "lantoa.longan.gov.vn";
        request.Headers.Add("X-Forwarded-Proto", proto);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return request;
    }

    [Fact]
    public async Task No_Server_header_and_the_security_headers_on_every_answer()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        foreach (var url in new[] { "/Account/Login", "/Plans", "/khong-co-trang-nay", "/css/site.css", "/healthz" })
        {
            var r = await client.GetAsync(url);
            Assert.False(r.Headers.Contains("Server"), $"{url}: Server {string.Join(",", r.Headers.TryGetValues("Server", out var v) ? v : [])}");
            if (url.StartsWith("/css", StringComparison.Ordinal) || url == "/healthz") continue;
            var csp = r.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", r.Headers.GetValues("X-Frame-Options").Single());
        }
    }

    [Fact]
    public async Task Behind_a_trusted_TLS_proxy_answers_carry_HSTS_and_cookies_are_Secure()
    {
        await using var app = await TestApp.StartAsync(fixture, auth: AccountTestKit.BehindProxy());
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };

        var https = await http.SendAsync(Through("/Account/Login", "https"));
        Assert.Equal(HttpStatusCode.OK, https.StatusCode);
        Assert.StartsWith("max-age=31536000", https.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.All(https.Headers.GetValues("Set-Cookie"), c => Assert.True(c.Contains("secure", StringComparison.OrdinalIgnoreCase), c));

        var plain = await http.SendAsync(Through("/Account/Login", "http"));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.All(plain.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));

        // The login cookie too (posted by hand: a cookie jar keeps Secure cookies off the test's plain connection).
        var form = await TestApp.Client.ParseAsync(await https.Content.ReadAsStringAsync());
        var post = Through("/Account/Login", "https");
        post.Method = HttpMethod.Post;
        post.Headers.Add("Cookie", string.Join("; ", https.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "lanhdao", ["Password"] = DemoSeeder.DemoPassword,
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        });
        var signIn = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("secure", signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lantoa.auth=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=31536000", signIn.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Forwarded_headers_from_an_untrusted_peer_are_ignored()
    {
        await using var app = await TestApp.StartAsync(fixture); // LANTOA_TRUSTED_PROXIES not set
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };
        var r = await http.SendAsync(Through("/Account/Login", "https", "10.9.8.7"));
        Assert.False(r.Headers.Contains("Strict-Transport-Security"));
        Assert.All(r.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));

        var client = app.NewClient();
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "10.9.8.7");
        await client.LoginAsync("lanhdao");
        var changes = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().AuditEntries.Where(a => a.Action == "SignedIn").Select(a => a.Changes).SingleAsync());
        Assert.Contains("\"127.0.0.1\"", changes);
        Assert.DoesNotContain("10.9.8.7", changes);
    }

    [Fact]
    public async Task Kestrel_serves_HTTPS_with_a_certificate_from_the_environment_and_sends_HSTS()
    {
        // docs/tls.md, way 2: Kestrel__Certificates__Default__Path/KeyPath and an https:// LANTOA_URLS.
        var dir = Directory.CreateTempSubdirectory("lantoa-tls-");
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=lantoa.test", key,
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var certPath = Path.Combine(dir.FullName, "cert.pem");
        var keyPath = Path.Combine(dir.FullName, "key.pem");
        await File.WriteAllTextAsync(certPath, cert.ExportCertificatePem());
        await File.WriteAllTextAsync(keyPath, key.ExportPkcs8PrivateKeyPem());
        Environment.SetEnvironmentVariable("Kestrel__Certificates__Default__Path", certPath);
        Environment.SetEnvironmentVariable("Kestrel__Certificates__Default__KeyPath", keyPath);
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = Lantoa.Web.Infrastructure.LantoaWeb.Build(new Lantoa.Web.Infrastructure.LantoaWebOptions
            {
                BackgroundJobs = false, ConnectionString = await fixture.NewDatabaseAsync(), Urls = "https://127.0.0.1:0",
                ContentRoot = TestApp.WebProjectDirectory(), Auth = new() { RateLimits = false },
            });
            await app.StartAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable("Kestrel__Certificates__Default__Path", null);
            Environment.SetEnvironmentVariable("Kestrel__Certificates__Default__KeyPath", null);
        }
        try
        {
            var address = new Uri(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
                .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First());
            string? served = null;
            using var http = new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, c, _, _) => { served = c?.Subject; return true; },
            }) { BaseAddress = address };
            var get = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
            get.Headers.Host = "lantoa.test";
            var r = await http.SendAsync(get);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("CN=lantoa.test", served);
            Assert.StartsWith("max-age=31536000", r.Headers.GetValues("Strict-Transport-Security").Single());
            Assert.All(r.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
            Assert.False(r.Headers.Contains("Server"));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            dir.Delete(recursive: true);
        }
    }
}
