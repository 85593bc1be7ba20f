using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Postgres;
using Lantoa.Web.Tests.Infrastructure;
using Npgsql;

namespace Lantoa.Web.Tests.Features.Hardening;

/// <summary>
/// Issue 11, defect 8: a crash while the first start loaded the demo data left a system nobody could sign into.
/// Here the real `serve` process is killed with SIGKILL in the middle of the seeding, then started again.
/// </summary>
public partial class FirstStartCrashTests
{
    [Fact]
    public async Task A_kill_during_first_start_seeding_and_a_restart_give_working_demo_logins()
    {
        var dir = Path.Combine(Path.GetTempPath(), "lantoa-crash-" + Guid.NewGuid().ToString("N")[..8]);
        var pgPort = EmbeddedPostgres.FreePort();
        var webPort = EmbeddedPostgres.FreePort();
        try
        {
            // First start: killed a moment after the seeding began (before it could finish).
            using (var first = Serve(dir, pgPort, webPort))
            {
                await first.WaitForAsync("Đang nạp dữ liệu mẫu", TimeSpan.FromMinutes(3));
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1500, 4000)));
                Assert.False(first.Saw("Lantoa đang chạy"), "the seeding finished before the kill; the test proves nothing");
                first.Process.Kill(entireProcessTree: true);
                await first.Process.WaitForExitAsync();
            }

            // PostgreSQL (a separate daemon) survived; the interrupted transaction left nothing behind.
            await using (var pg = await EmbeddedPostgres.StartAsync(dir, pgPort, TextWriter.Null))
            {
                await using var conn = new NpgsqlConnection(pg.SuperuserConnectionString("lantoa"));
                await conn.OpenAsync();
                foreach (var table in new[] { "provinces", "units", "users", "plans", "admin_units" })
                {
                    await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", conn);
                    Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
                }
            }

            // Second start: the demo is loaded and every demo login works.
            using (var second = Serve(dir, pgPort, webPort))
            {
                await second.WaitForAsync("Lantoa đang chạy", TimeSpan.FromMinutes(5));
                Assert.True(second.Saw("Đã nạp dữ liệu mẫu"));
                foreach (var login in DemoSeeder.Logins.Select(l => l.UserName).Take(3))
                {
                    using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
                    {
                        BaseAddress = new Uri($"http://127.0.0.1:{webPort}"),
                    };
                    var token = Token().Match(await http.GetStringAsync("/Account/Login")).Groups[1].Value;
                    var response = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["UserName"] = login, ["Password"] = DemoSeeder.DemoPassword, ["__RequestVerificationToken"] = token,
                    }));
                    Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                    Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/Plans")).StatusCode);
                }
                second.Process.Kill(entireProcessTree: true);
                await second.Process.WaitForExitAsync();
            }
        }
        finally
        {
            try
            {
                await (await EmbeddedPostgres.StartAsync(dir, pgPort, TextWriter.Null)).ForceStopAsync();
            }
            catch (InvalidOperationException)
            {
                // Never started.
            }
            Directory.Delete(dir, recursive: true);
        }
    }

    private static ServeProcess Serve(string dataDir, int pgPort, int webPort)
    {
        var web = TestApp.WebProjectDirectory();
        var dll = Path.Combine(AppContext.BaseDirectory, "Lantoa.Web.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetFullPath(Path.Combine(web, "..", "..")), // the repository: data/seeds, data/admin-units
        };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("serve");
        psi.Environment.Remove("ConnectionStrings__Lantoa");
        psi.Environment["LANTOA_DATA"] = dataDir;
        psi.Environment["LANTOA_PG_PORT"] = pgPort.ToString();
        psi.Environment["LANTOA_URLS"] = $"http://127.0.0.1:{webPort}";
        psi.Environment["LANTOA_REMINDERS"] = "0";
        return new ServeProcess(Process.Start(psi)!);
    }

    private sealed class ServeProcess : IDisposable
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public ServeProcess(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public bool Saw(string text) => _lines.Any(l => l.Contains(text, StringComparison.Ordinal));

        public async Task WaitForAsync(string text, TimeSpan timeout)
        {
            var watch = Stopwatch.StartNew();
            while (!Saw(text))
            {
                if (Process.HasExited) throw new InvalidOperationException($"serve exited ({Process.ExitCode}): {string.Join('\n', _lines)}");
                if (watch.Elapsed > timeout) throw new TimeoutException($"'{text}' not seen: {string.Join('\n', _lines)}");
                await Task.Delay(100);
            }
        }

        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.Dispose();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
