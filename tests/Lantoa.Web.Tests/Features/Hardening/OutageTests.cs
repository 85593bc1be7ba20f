using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Lantoa.Domain.Geography;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Postgres;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Hardening;

/// <summary>
/// Issue 11, defect 9: after a database outage signed-in users got blank 500s (the error page re-checked the cookie
/// against the dead database) and Lantoa never restarted its own PostgreSQL.
/// </summary>
public partial class OutageTests
{
    [Fact]
    public async Task A_killed_database_is_restarted_while_signed_in_users_see_the_Vietnamese_503_page()
    {
        var dir = Path.Combine(Path.GetTempPath(), "lantoa-outage-" + Guid.NewGuid().ToString("N")[..8]);
        var pg = await EmbeddedPostgres.StartAsync(dir, EmbeddedPostgres.FreePort(), TextWriter.Null);
        try
        {
            await pg.EnsureDatabaseAsync("lantoa");
            await MigrationRunner.MigrateAsync(pg.OwnerConnectionString("lantoa"));
            await using (var services = LantoaWeb.CommandLineServices(pg.AppConnectionString("lantoa")))
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
                var province = new Province("80", "Long An");
                db.Provinces.Add(province);
                await db.SaveChangesAsync();
                var user = new User("quantri", "Quản trị", null, null, [Role.Admin], DateTimeOffset.UtcNow);
                user.SetPasswordHash(new PasswordHasher<User>().HashPassword(user, "Mật-khẩu-dài-2024"));
                db.Users.Add(user);
                await db.SaveChangesAsync();
            }

            await using var app = await TestApp.StartOnAsync(pg.OwnerConnectionString("lantoa"), pg.AppConnectionString("lantoa"), dataDirectory: dir, supervised: pg);
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.BaseAddress };
            var form = await http.GetStringAsync("/Account/Login");
            var token = Token().Match(form).Groups[1].Value;
            var login = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "quantri", ["Password"] = "Mật-khẩu-dài-2024", ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/Admin/Users")).StatusCode);

            var pid = pg.PostmasterPid()!.Value;
            Process.GetProcessById(pid).Kill(); // SIGKILL: no shutdown, no clean-up
            var outage = await http.GetAsync("/Admin/Users");
            var body = await outage.Content.ReadAsStringAsync();
            Assert.True(outage.StatusCode == HttpStatusCode.ServiceUnavailable, $"{outage.StatusCode}: {body}");
            Assert.Contains("Hệ thống tạm thời gián đoạn", body);
            Assert.Contains("Dữ liệu đã lưu không bị mất", body);

            // Recovered without restarting Lantoa: the same signed-in user gets the page again.
            var watch = Stopwatch.StartNew();
            HttpStatusCode status;
            do
            {
                await Task.Delay(500);
                status = (await http.GetAsync("/Admin/Users")).StatusCode;
                Assert.True(status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{status}");
            } while (status != HttpStatusCode.OK && watch.Elapsed < TimeSpan.FromSeconds(90));
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.NotEqual(pid, pg.PostmasterPid());
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
            // It was Lantoa's supervisor that restarted it. The page may answer a moment before pg_ctl, which the supervisor
            // waits on, has returned and the restart is counted: wait for the count, within the same bound.
            var supervisor = app.Service<IEnumerable<Microsoft.Extensions.Hosting.IHostedService>>().OfType<PostgresSupervisor>().Single();
            while (supervisor.Restarts == 0 && watch.Elapsed < TimeSpan.FromSeconds(90)) await Task.Delay(100);
            Assert.True(supervisor.Restarts >= 1, "the supervisor did not count a restart");
        }
        finally
        {
            await pg.ForceStopAsync();
            Directory.Delete(dir, recursive: true);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
