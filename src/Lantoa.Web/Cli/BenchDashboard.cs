using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Lantoa.Web.Cli;

/// <summary>
/// `bench dashboard`: serves Lantoa against a generated dataset (`data generate`, default lantoa_national), signs in as
/// a province's coordinator and as one of its commune officers, and for the dashboard (/Dashboard?year=…; /Plans where
/// this build has no dashboard) and "Việc của đơn vị" (/MyWork) runs wrk with the session cookie: latency percentiles
/// and requests per second. Beside them, the bare SQL of the same page: the commands EF Core sends during one request
/// are captured from its DiagnosticListener (no hook in the app is needed) and replayed with Npgsql alone, one
/// connection, N times. The app's clock is the dataset's "as of" day, so that the figures do not drift with the date.
/// wrk runs at each level of --connections (4 and 16 by default); the summary gives each page's HTML size too. Before
/// measuring it checks that the progress counters the database keeps equal the computation from scratch (exit 1 if
/// not). --quick: the small dataset (made when missing), 3-second runs, 5 SQL replays — a CI-sized run.
/// </summary>
public static partial class BenchCommands
{
    private static Command DashboardCommand()
    {
        var database = new Option<string?>("--database") { Description = "CSDL đã sinh bằng 'data generate' (mặc định lantoa_national; với --quick: lantoa_small, tự sinh nếu chưa có)." };
        var duration = new Option<string?>("--duration") { Description = "Thời gian chạy wrk cho mỗi trang và mỗi mức kết nối (mặc định 30s; với --quick: 3s)." };
        var connections = new Option<string>("--connections") { Description = "Các mức kết nối đồng thời của wrk, cách nhau bởi dấu phẩy (mặc định 4,16).", DefaultValueFactory = _ => "4,16" };
        var threads = new Option<int>("--threads") { Description = "Số luồng của wrk (mặc định 4, không quá số kết nối).", DefaultValueFactory = _ => 4 };
        var province = new Option<string?>("--province") { Description = "Mã tỉnh của tài khoản đo (mặc định: tỉnh có nhiều xã nhất)." };
        var year = new Option<int>("--year") { Description = "Năm xem trên bảng điều khiển (mặc định 2025).", DefaultValueFactory = _ => 2025 };
        var sqlRuns = new Option<int?>("--sql-runs") { Description = "Số lần chạy lại SQL của mỗi trang (mặc định 50, với --quick: 5; tối đa 60 giây mỗi trang)." };
        var quick = new Option<bool>("--quick") { Description = "Chạy nhanh cho CI: bộ dữ liệu nhỏ (lantoa_small, tự sinh nếu chưa có), wrk 3 giây mỗi mức, SQL chạy lại 5 lần." };
        var cmd = new Command("dashboard", "Đo bảng điều khiển và trang Việc của đơn vị trên bộ dữ liệu quy mô toàn quốc bằng wrk, kèm thời gian SQL thuần, dung lượng HTML và kiểm tra số liệu tổng hợp.")
            { database, duration, connections, threads, province, year, sqlRuns, quick };
        cmd.SetAction((pr, ct) =>
        {
            var q = pr.GetValue(quick);
            return RunDashboardAsync(pr.GetValue(database) ?? (q ? "lantoa_small" : "lantoa_national"), pr.GetValue(duration) ?? (q ? "3s" : "30s"),
                pr.GetValue(connections)!, pr.GetValue(threads), pr.GetValue(province), pr.GetValue(year), pr.GetValue(sqlRuns) ?? (q ? 5 : 50), q, ct);
        });
        return cmd;
    }

    private sealed record PageResult(string Name, string Url, string User, int Queries, IReadOnlyList<(int Connections, WrkResult Http)> Http, double[] Sql,
        double SequentialP50, int HtmlBytes);

    private sealed record WrkResult(long Requests, double Seconds, double P50, double P90, double P95, double P99, double Max, string Errors)
    {
        public double PerSecond => Requests / Seconds;
    }

    private static async Task<int> RunDashboardAsync(string database, string duration, string connectionList, int threads, string? provinceCode,
        int year, int sqlRuns, bool quick, CancellationToken ct)
    {
        if (!DurationPattern().IsMatch(duration)) return Fail($"Thời gian \"{duration}\" không hợp lệ (ví dụ 30s, 2m).");
        var levels = connectionList.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
        if (levels.Count == 0 || levels.Any(c => c < 1 || c > 1000)) return Fail($"Mức kết nối \"{connectionList}\" không hợp lệ (ví dụ 4,16).");
        if (threads < 1) return Fail("Số luồng phải từ 1.");
        if (sqlRuns < 1) return Fail("Số lần chạy lại SQL phải từ 1.");

        await using var runtime = await LantoaRuntime.StartAsync(LantoaRuntime.Configuration(), Console.Error, ct);
        var cs = new NpgsqlConnectionStringBuilder(runtime.OwnerConnectionString) { Database = database }.ConnectionString;
        string? marker;
        await using (var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(runtime.OwnerConnectionString) { Database = "postgres" }.ConnectionString))
        {
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand("SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = @n", conn);
            cmd.Parameters.AddWithValue("n", database);
            marker = await cmd.ExecuteScalarAsync(ct) as string;
        }
        if (quick && (marker is null || !marker.StartsWith(DataGenerate.Marker, StringComparison.Ordinal)))
        {
            Console.WriteLine($"Chưa có bộ dữ liệu nhỏ trong {database}: sinh bằng data generate --scale small…");
            var generated = await DataGenerate.GenerateAsync(runtime.OwnerConnectionString, DataGenerate.Small, 2025, 2, database, replace: false, ct);
            if (generated != 0) return generated;
            await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(runtime.OwnerConnectionString) { Database = "postgres" }.ConnectionString);
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand("SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = @n", conn);
            cmd.Parameters.AddWithValue("n", database);
            marker = await cmd.ExecuteScalarAsync(ct) as string;
        }
        if (marker is null) return Fail($"Chưa có CSDL {database}. Chạy trước: ./run.sh data generate --scale national");
        await MigrationRunner.MigrateAsync(cs, ct);

        // Nothing lost or doubled: the counters the database keeps equal the computation from scratch.
        var check = Stopwatch.StartNew();
        IReadOnlyList<string> mismatches;
        await using (var conn = new NpgsqlConnection(cs))
        {
            await conn.OpenAsync(ct);
            mismatches = await Features.Tracking.Dashboard.ProgressAggregates.MismatchesAsync(conn, 10, ct);
        }
        if (mismatches.Count > 0)
        {
            Console.Error.WriteLine("Lỗi: số liệu tổng hợp duy trì khác với tính lại từ đầu (bảng: khóa → đang giữ / tính lại):");
            foreach (var line in mismatches) Console.Error.WriteLine($"  {line}");
            return 1;
        }
        Console.WriteLine($"Số liệu tổng hợp duy trì khớp với tính lại từ đầu ({DataGenerate.S(check.Elapsed)} s).");

        var asOf = AsOfPattern().Match(marker) is { Success: true } m ? DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var wrk = await EnsureWrkAsync(ct);

        string code, provinceName;
        long communes, assignments, size;
        await using (var conn = new NpgsqlConnection(cs))
        {
            await conn.OpenAsync(ct);
            await using (var cmd = new NpgsqlCommand(
                             "SELECT p.code, p.name, count(u.id) FROM provinces p JOIN units u ON u.province_id = p.id AND u.kind = 'CommuneCommittee' " +
                             "WHERE @c::text IS NULL OR p.code = @c GROUP BY p.code, p.name ORDER BY count(u.id) DESC, p.code LIMIT 1", conn))
            {
                cmd.Parameters.AddWithValue("c", (object?)provinceCode ?? DBNull.Value);
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                if (!await reader.ReadAsync(ct)) return Fail(provinceCode is null ? $"CSDL {database} chưa có tỉnh nào." : $"Không có tỉnh mã {provinceCode} trong {database}.");
                (code, provinceName, communes) = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
            }
            await using (var cmd = new NpgsqlCommand(
                             "SELECT count(*) FROM assignments a JOIN plans p ON p.id = a.plan_id JOIN provinces v ON v.id = p.province_id WHERE v.code = @c AND p.year = @y", conn))
            {
                cmd.Parameters.AddWithValue("c", code);
                cmd.Parameters.AddWithValue("y", year);
                assignments = (long)(await cmd.ExecuteScalarAsync(ct))!;
            }
            await using (var cmd = new NpgsqlCommand("SELECT pg_database_size(current_database())", conn))
                size = (long)(await cmd.ExecuteScalarAsync(ct))!;
        }

        var clock = asOf is { } day ? new FixedClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7))) : null;
        Console.WriteLine($"Dữ liệu: {database}, {DataGenerate.N(size / 1024 / 1024)} MB; tỉnh {code} {provinceName}: {DataGenerate.N(communes)} xã, " +
                          $"{DataGenerate.N(assignments)} nhiệm vụ năm {year}. Ngày của ứng dụng: {(asOf is { } a ? a.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "hôm nay")}.");
        Console.WriteLine($"Máy: {Environment.ProcessorCount} CPU; wrk, Lantoa và PostgreSQL chạy trên cùng máy.");

        using var capture = new SqlCapture();
        var results = new List<PageResult>();
        await using (var server = await BenchServer.StartAsync(cs, ct, clock))
        {
            var address = server.Address;
            var coordinator = $"dieuphoi.{code}";
            var officer = $"xa.{code}.1";
            var coordinatorCookie = await SessionCookieAsync(server, coordinator, ct);
            var officerCookie = await SessionCookieAsync(server, officer, ct);

            var dashboard = $"/Dashboard?year={year}";
            var pages = new List<(string Name, string Url, string User, string Cookie)>();
            if (await StatusAsync(address, dashboard, coordinatorCookie, ct) == HttpStatusCode.NotFound)
            {
                Console.WriteLine($"{dashboard} trả về 404 trong bản dựng này (chưa có bảng điều khiển): đo /Plans thay thế.");
                pages.Add(("Danh sách kế hoạch (thay bảng điều khiển)", "/Plans", coordinator, coordinatorCookie));
            }
            else pages.Add(("Bảng điều khiển", dashboard, coordinator, coordinatorCookie));
            pages.Add(("Việc của đơn vị", "/MyWork", officer, officerCookie));

            foreach (var (name, url, user, cookie) in pages)
            {
                Console.WriteLine();
                Console.WriteLine($"== {name}: {url} ({user}) ==");
                using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
                http.DefaultRequestHeaders.Add("Cookie", cookie);
                for (var i = 0; i < 3; i++) await GetOkAsync(http, url, ct); // warm-up: JIT, query plans, pools, caches

                capture.Start();
                var html = await http.GetStringAsync(url, ct);
                var commands = capture.Stop();
                Console.WriteLine($"  Trang: {DataGenerate.N(System.Text.Encoding.UTF8.GetByteCount(html) / 1024)} KB HTML; {commands.Count} câu SQL, EF đo {Ms(commands.Sum(c => c.Duration.TotalMilliseconds))} ms trong một yêu cầu.");

                var sequential = new List<double>();
                var budget = Stopwatch.StartNew();
                while (sequential.Count < (quick ? 3 : 10) && (sequential.Count < 3 || budget.Elapsed < TimeSpan.FromSeconds(20)))
                {
                    var sw = Stopwatch.StartNew();
                    await GetOkAsync(http, url, ct);
                    sequential.Add(sw.Elapsed.TotalMilliseconds);
                }
                var sequentialP50 = Percentile(sequential, 0.50);
                Console.WriteLine($"  HTTP tuần tự (1 kết nối, n={sequential.Count}): p50 {Ms(sequentialP50)} ms");

                var runs = new List<(int Connections, WrkResult Http)>();
                foreach (var connections in levels)
                {
                    var t = Math.Min(threads, connections);
                    var result = await RunWrkAsync(wrk, address + url, cookie, duration, connections, t, ct);
                    await GetOkAsync(http, url, ct); // the session still works: wrk measured the page, not a redirect to the login
                    if (result.Requests == 0) Console.WriteLine($"  HTTP wrk ({connections} kết nối, {t} luồng, {duration}): không yêu cầu nào xong; hãy tăng --duration.");
                    else Console.WriteLine($"  HTTP wrk ({connections} kết nối, {t} luồng, {duration}): {DataGenerate.N(result.Requests)} yêu cầu, " +
                                      $"{result.PerSecond.ToString("0.0", LantoaWeb.Vietnamese)} yêu cầu/s; p50 {Ms(result.P50)}  p90 {Ms(result.P90)}  " +
                                      $"p95 {Ms(result.P95)}  p99 {Ms(result.P99)}  max {Ms(result.Max)} ms; lỗi: {result.Errors}");
                    runs.Add((connections, result));
                }

                var sql = await ReplayAsync(cs, commands, sqlRuns, ct);
                results.Add(new PageResult(name, url, user, commands.Count, runs, sql, sequentialP50, System.Text.Encoding.UTF8.GetByteCount(html)));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Tóm tắt (ms; wrk {duration} mỗi mức kết nối; SQL: các câu của một yêu cầu chạy lại bằng Npgsql, 1 kết nối):");
        Console.WriteLine($"  {"trang",-40} {"kết nối",7} {"HTTP p50",9} {"p90",8} {"p95",8} {"p99",8} {"yc/s",7} | {"1 kết nối",9} | {"SQL p50",8} {"p95",8} {"p99",8} {"câu",4} | {"HTML KB",7}");
        foreach (var r in results)
        foreach (var (c, h) in r.Http)
            Console.WriteLine($"  {r.Name + " " + r.Url,-40} {c,7} {Ms(h.P50),9} {Ms(h.P90),8} {Ms(h.P95),8} {Ms(h.P99),8} " +
                              $"{h.PerSecond.ToString("0.0", LantoaWeb.Vietnamese),7} | {Ms(r.SequentialP50),9} | " +
                              $"{Ms(Percentile(r.Sql, 0.50)),8} {Ms(Percentile(r.Sql, 0.95)),8} {Ms(Percentile(r.Sql, 0.99)),8} {r.Queries,4} | {DataGenerate.N(r.HtmlBytes / 1024),7}");
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"Lỗi: {message}");
        return 2;
    }

    private static string Ms(double ms) => double.IsNaN(ms) ? "—" : ms.ToString(ms >= 100 ? "#,##0" : "0.0", LantoaWeb.Vietnamese);

    internal static double Percentile(IReadOnlyList<double> values, double q)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Count) - 1))];
    }

    /// <summary>Signs in and returns the "Cookie" header value of the session.</summary>
    private static async Task<string> SessionCookieAsync(BenchServer server, string user, CancellationToken ct)
    {
        var cookies = new CookieContainer();
        var address = server.Address;
        using var http = await server.SignedInAsync(user, ct, cookies);
        var auth = cookies.GetCookies(new Uri(address)).FirstOrDefault(c => c.Name == "lantoa.auth")
                   ?? throw new InvalidOperationException($"Đăng nhập {user} không trả về cookie phiên.");
        return $"{auth.Name}={auth.Value}";
    }

    private static async Task<HttpStatusCode> StatusAsync(string address, string url, string cookie, CancellationToken ct)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        using var response = await http.GetAsync(url, ct);
        return response.StatusCode;
    }

    private static async Task<string> EnsureWrkAsync(CancellationToken ct)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':'))
            if (File.Exists(Path.Combine(dir, "wrk"))) return Path.Combine(dir, "wrk");
        Console.WriteLine("Cài wrk (apt-get install wrk)…");
        var root = Environment.UserName == "root";
        foreach (var args in new[] { "update -qq", "install -y -qq wrk" })
        {
            using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(root ? "apt-get" : "sudo", root ? args : "apt-get " + args)
            {
                Environment = { ["DEBIAN_FRONTEND"] = "noninteractive" },
            })!;
            await p.WaitForExitAsync(ct);
        }
        return File.Exists("/usr/bin/wrk") ? "/usr/bin/wrk" : throw new InvalidOperationException("Không cài được wrk (apt-get install wrk).");
    }

    /// <summary>wrk with the session cookie; a Lua script prints the percentiles wrk's own report lacks (p95) in a form easy to read back.</summary>
    private static async Task<WrkResult> RunWrkAsync(string wrk, string url, string cookie, string duration, int connections, int threads, CancellationToken ct)
    {
        var script = Path.Combine(Path.GetTempPath(), $"lantoa-wrk-{Environment.ProcessId}.lua");
        await File.WriteAllTextAsync(script, $$"""
            wrk.headers["Cookie"] = "{{cookie}}"
            done = function(summary, latency, requests)
              io.write(string.format("LANTOA requests %d\n", summary.requests))
              io.write(string.format("LANTOA duration %d\n", summary.duration))
              io.write(string.format("LANTOA errors connect=%d read=%d write=%d status=%d timeout=%d\n",
                summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
              for _, p in ipairs({50, 90, 95, 99}) do
                io.write(string.format("LANTOA p%d %d\n", p, latency:percentile(p)))
              end
              io.write(string.format("LANTOA max %d\n", latency.max))
            end
            """, ct);
        try
        {
            var info = new System.Diagnostics.ProcessStartInfo(wrk)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            foreach (var a in new[] { $"-t{threads}", $"-c{connections}", $"-d{duration}", "--timeout", "120s", "--latency", "-s", script, url })
                info.ArgumentList.Add(a);
            using var process = System.Diagnostics.Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            var lines = (await output).Split('\n').Where(l => l.StartsWith("LANTOA ", StringComparison.Ordinal))
                .Select(l => l["LANTOA ".Length..].Split(' ', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1].Trim() : "");
            if (process.ExitCode != 0 || !lines.ContainsKey("requests"))
                throw new InvalidOperationException($"wrk thất bại: {await error}{await output}");
            double Millis(string key) => long.Parse(lines[key], CultureInfo.InvariantCulture) / 1000.0;
            var errors = lines["errors"];
            var requests = long.Parse(lines["requests"], CultureInfo.InvariantCulture);
            double Latency(string key) => requests == 0 ? double.NaN : Millis(key);
            return new WrkResult(requests, Millis("duration") / 1000.0,
                Latency("p50"), Latency("p90"), Latency("p95"), Latency("p99"), Latency("max"), errors.Split(' ').All(e => e.EndsWith("=0", StringComparison.Ordinal)) ? "0" : errors);
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>The page's SELECTs, each with its parameters, run one after another on one connection, <paramref name="runs"/>
    /// times (at most a minute); every row is read. Returns the total per run, after printing each command's percentiles.</summary>
    private static async Task<double[]> ReplayAsync(string cs, IReadOnlyList<CapturedCommand> captured, int runs, CancellationToken ct)
    {
        var selects = captured.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                                          || c.Sql.TrimStart().StartsWith("WITH", StringComparison.OrdinalIgnoreCase)).ToList();
        if (selects.Count < captured.Count) Console.WriteLine($"  ({captured.Count - selects.Count} câu không phải SELECT không chạy lại.)");
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync(ct);
        var commands = selects.Select(c =>
        {
            var cmd = new NpgsqlCommand(c.Sql, conn) { CommandTimeout = 0 };
            foreach (var p in c.Parameters) cmd.Parameters.Add(p.Clone());
            return cmd;
        }).ToList();
        var perCommand = commands.Select(_ => new List<double>()).ToList();
        var rows = new long[commands.Count];
        var totals = new List<double>();
        try
        {
            async Task<double> RunOnceAsync(bool record)
            {
                var total = 0.0;
                for (var i = 0; i < commands.Count; i++)
                {
                    var sw = Stopwatch.StartNew();
                    long n = 0;
                    await using (var reader = await commands[i].ExecuteReaderAsync(ct))
                        do
                        {
                            while (await reader.ReadAsync(ct)) n++;
                        } while (await reader.NextResultAsync(ct));
                    var ms = sw.Elapsed.TotalMilliseconds;
                    total += ms;
                    rows[i] = n;
                    if (record) perCommand[i].Add(ms);
                }
                return total;
            }

            await RunOnceAsync(false); // warm-up
            var budget = Stopwatch.StartNew();
            while (totals.Count < runs && (totals.Count < 3 || budget.Elapsed < TimeSpan.FromSeconds(60)))
                totals.Add(await RunOnceAsync(true));
        }
        finally
        {
            foreach (var c in commands) await c.DisposeAsync();
        }

        Console.WriteLine($"  SQL riêng (Npgsql, 1 kết nối, n={totals.Count}): cả trang p50 {Ms(Percentile(totals, 0.5))}  p95 {Ms(Percentile(totals, 0.95))}  p99 {Ms(Percentile(totals, 0.99))} ms");
        for (var i = 0; i < commands.Count; i++)
        {
            var text = Regex.Replace(selects[i].Sql, @"\s+", " ");
            Console.WriteLine($"    {i + 1,2}. p50 {Ms(Percentile(perCommand[i], 0.5)),7}  p95 {Ms(Percentile(perCommand[i], 0.95)),7}  p99 {Ms(Percentile(perCommand[i], 0.99)),7} ms" +
                              $"  {DataGenerate.N(rows[i]),7} dòng  {(text.Length > 110 ? text[..110] + "…" : text)}");
        }
        return totals.ToArray();
    }

    private sealed record CapturedCommand(string Sql, NpgsqlParameter[] Parameters, TimeSpan Duration);

    /// <summary>
    /// The SQL commands EF Core executes while capturing is on, from its DiagnosticListener ("Microsoft.EntityFrameworkCore"):
    /// the text, a copy of the parameters and EF's own duration. Off, the listener reports no event as enabled, so EF
    /// does no extra work during the load test.
    /// </summary>
    private sealed class SqlCapture : IObserver<System.Diagnostics.DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly IDisposable _all;
        private readonly List<IDisposable> _subscriptions = [];
        private readonly List<CapturedCommand> _captured = [];
        private volatile bool _on;

        public SqlCapture() => _all = System.Diagnostics.DiagnosticListener.AllListeners.Subscribe(this);

        public void Start()
        {
            lock (_captured) _captured.Clear();
            _on = true;
        }

        public List<CapturedCommand> Stop()
        {
            _on = false;
            lock (_captured) return [.. _captured];
        }

        public void OnNext(System.Diagnostics.DiagnosticListener listener)
        {
            if (listener.Name != DbLoggerCategory.Name) return;
            lock (_subscriptions)
                _subscriptions.Add(listener.Subscribe(this, name => _on && name == RelationalEventId.CommandExecuted.Name));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (!_on || e.Value is not CommandExecutedEventData data) return;
            var parameters = data.Command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToArray();
            lock (_captured) _captured.Add(new CapturedCommand(data.Command.CommandText, parameters, data.Duration));
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_subscriptions)
                foreach (var s in _subscriptions) s.Dispose();
        }
    }

    /// <summary>The app's clock stopped at one instant (timers still run on real time).</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    [GeneratedRegex(@"^\d+[smh]?$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"as-of (\d{4}-\d{2}-\d{2})")]
    private static partial Regex AsOfPattern();
}
