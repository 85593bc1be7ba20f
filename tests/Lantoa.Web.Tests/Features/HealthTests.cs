using System.Net;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Postgres;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features;

public class HealthTests
{
    [Fact]
    public async Task Healthz_is_200_while_the_database_answers_and_503_once_it_is_stopped()
    {
        var dir = Path.Combine(Path.GetTempPath(), "lantoa-health-" + Guid.NewGuid().ToString("N")[..8]);
        var pg = await EmbeddedPostgres.StartAsync(dir, EmbeddedPostgres.FreePort(), TextWriter.Null);
        try
        {
            await pg.EnsureDatabaseAsync("lantoa");
            await MigrationRunner.MigrateAsync(pg.ConnectionString("lantoa"));
            var app = LantoaWeb.Build(new LantoaWebOptions { ConnectionString = pg.ConnectionString("lantoa"), Urls = "http://127.0.0.1:0", ContentRoot = TestApp.WebProjectDirectory() });
            await app.StartAsync();
            try
            {
                var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                using var http = new HttpClient { BaseAddress = new Uri(address) };

                var up = await http.GetAsync("/healthz");
                Assert.Equal(HttpStatusCode.OK, up.StatusCode);

                await pg.StopAsync();
                var down = await http.GetAsync("/healthz");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
                Assert.Equal("Cơ sở dữ liệu không phản hồi", await down.Content.ReadAsStringAsync());

                // A page that needs the database says so in Vietnamese with 503, never a stack trace.
                var login = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "x", ["Password"] = "y" }));
                Assert.NotEqual(HttpStatusCode.InternalServerError, login.StatusCode);
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
        finally
        {
            await pg.StopAsync();
            Directory.Delete(dir, recursive: true);
        }
    }
}
