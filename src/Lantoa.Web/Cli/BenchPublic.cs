using System.CommandLine;
using System.Text.RegularExpressions;
using Lantoa.Web.Infrastructure;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Lantoa.Web.Cli;

/// <summary>
/// `bench public`: the demo province's public home page (/tinh/long-an, anonymous) under wrk, once with output caching
/// on and once off (LANTOA_OUTPUT_CACHE=off, a second app instance on the same fresh demo database), with the page's
/// weight (HTML and every stylesheet and script it links) and, beside it, the bare PostgreSQL time of the queries one
/// uncached request runs (captured from EF Core, replayed with Npgsql). Checks that every response was a 200 and that
/// the page after the run is the page before it.
/// </summary>
public static partial class BenchCommands
{
    private static Command PublicCommand()
    {
        var duration = new Option<string>("--duration") { Description = "Thời gian chạy wrk cho mỗi chế độ (mặc định 20s).", DefaultValueFactory = _ => "20s" };
        var connections = new Option<int>("--connections") { Description = "Số kết nối đồng thời của wrk (mặc định 16).", DefaultValueFactory = _ => 16 };
        var threads = new Option<int>("--threads") { Description = "Số luồng của wrk (mặc định 2).", DefaultValueFactory = _ => 2 };
        var sqlRuns = new Option<int>("--sql-runs") { Description = "Số lần chạy lại SQL của trang (mặc định 200).", DefaultValueFactory = _ => 200 };
        var cmd = new Command("public", "Đo trang chủ công khai của tỉnh mẫu bằng wrk, khi bật và khi tắt bộ đệm đầu ra, kèm dung lượng trang và thời gian SQL thuần.")
            { duration, connections, threads, sqlRuns };
        cmd.SetAction((pr, ct) => RunPublicAsync(pr.GetValue(duration)!, pr.GetValue(connections), pr.GetValue(threads), pr.GetValue(sqlRuns), ct));
        return cmd;
    }

    private static async Task<int> RunPublicAsync(string duration, int connections, int threads, int sqlRuns, CancellationToken ct)
    {
        if (!DurationPattern().IsMatch(duration)) return Fail($"Thời gian \"{duration}\" không hợp lệ (ví dụ 20s, 1m).");
        if (connections < 1 || threads < 1 || threads > connections) return Fail("Số kết nối phải từ 1 và không ít hơn số luồng.");
        if (sqlRuns < 1) return Fail("Số lần chạy lại SQL phải từ 1.");
        const string url = "/tinh/long-an";

        await using var runtime = await LantoaRuntime.StartAsync(LantoaRuntime.Configuration(), Console.Error, ct);
        Console.WriteLine("Tạo CSDL lantoa_bench với dữ liệu mẫu (kế hoạch năm 2024 của Long An đã công bố) …");
        var cs = await BenchServer.DemoDatabaseAsync(runtime.OwnerConnectionString, ct);
        var wrk = await EnsureWrkAsync(ct);
        Console.WriteLine($"Máy: {Environment.ProcessorCount} CPU; wrk, Lantoa và PostgreSQL chạy trên cùng máy.");

        var previous = Environment.GetEnvironmentVariable("LANTOA_OUTPUT_CACHE");
        var results = new List<(string Mode, WrkResult Http)>();
        double[] sql = [];
        int queries = 0;
        using var capture = new SqlCapture();
        try
        {
            foreach (var (mode, switchValue) in new[] { ("bộ đệm bật", "on"), ("bộ đệm tắt", "off") })
            {
                Environment.SetEnvironmentVariable("LANTOA_OUTPUT_CACHE", switchValue); // read when the app is composed
                await using var server = await BenchServer.StartAsync(cs, ct);
                using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
                {
                    BaseAddress = new Uri(server.Address), Timeout = TimeSpan.FromMinutes(5),
                };
                Console.WriteLine();
                Console.WriteLine($"== Trang chủ công khai {url}, {mode} ==");
                var before = await http.GetStringAsync(url, ct);
                if (results.Count == 0) await PrintWeightAsync(http, url, before, ct);
                for (var i = 0; i < 5; i++) await GetOkAsync(http, url, ct); // warm-up: JIT, query plans, pools, the cache
                if (switchValue == "off")
                {
                    capture.Start();
                    await GetOkAsync(http, url, ct);
                    var commands = capture.Stop();
                    queries = commands.Count;
                    Console.WriteLine($"  Một yêu cầu không qua bộ đệm: {commands.Count} câu SQL, EF đo {Ms(commands.Sum(c => c.Duration.TotalMilliseconds))} ms.");
                    sql = await ReplayAsync(cs, commands, sqlRuns, ct);
                }
                var result = await RunWrkAsync(wrk, server.Address + url, "", duration, connections, threads, ct);
                Console.WriteLine($"  wrk ({connections} kết nối, {threads} luồng, {duration}): {DataGenerate.N(result.Requests)} yêu cầu, " +
                                  $"{result.PerSecond.ToString("0.0", LantoaWeb.Vietnamese)} yêu cầu/s; p50 {Ms(result.P50)}  p90 {Ms(result.P90)}  " +
                                  $"p95 {Ms(result.P95)}  p99 {Ms(result.P99)}  max {Ms(result.Max)} ms; lỗi: {result.Errors}");
                var after = await http.GetStringAsync(url, ct);
                if (after != before) Console.WriteLine("  CẢNH BÁO: trang sau khi đo khác trang trước khi đo.");
                if (result.Errors != "0") Console.WriteLine("  CẢNH BÁO: có yêu cầu lỗi hoặc không phải 2xx.");
                results.Add((mode, result));
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("LANTOA_OUTPUT_CACHE", previous);
        }

        Console.WriteLine();
        Console.WriteLine($"Tóm tắt (ms; wrk {connections} kết nối, {duration}):");
        Console.WriteLine($"  {"chế độ",-14} {"p50",8} {"p95",8} {"p99",8} {"yc/s",9}");
        foreach (var (mode, r) in results)
            Console.WriteLine($"  {mode,-14} {Ms(r.P50),8} {Ms(r.P95),8} {Ms(r.P99),8} {r.PerSecond.ToString("0.0", LantoaWeb.Vietnamese),9}");
        Console.WriteLine($"  {"SQL thuần",-14} {Ms(Percentile(sql, 0.50)),8} {Ms(Percentile(sql, 0.95)),8} {Ms(Percentile(sql, 0.99)),8}" +
                          $"  ({queries} câu của một yêu cầu, Npgsql, 1 kết nối, n={sql.Length})");
        return results.All(r => r.Http.Errors == "0") ? 0 : 1;
    }

    /// <summary>Prints the bytes of the page's HTML and of every stylesheet and script it links.</summary>
    private static async Task PrintWeightAsync(HttpClient http, string url, string html, CancellationToken ct)
    {
        var htmlBytes = System.Text.Encoding.UTF8.GetByteCount(html);
        var total = (long)htmlBytes;
        var parts = new List<string> { $"HTML {DataGenerate.N(htmlBytes)} B" };
        foreach (Match m in Regex.Matches(html, "<(?:link[^>]+rel=\"stylesheet\"[^>]+href|script[^>]+src)=\"([^\"]+)\""))
        {
            var bytes = (await http.GetByteArrayAsync(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value), ct)).Length;
            total += bytes;
            parts.Add($"{m.Groups[1].Value.Split('?')[0]} {DataGenerate.N(bytes)} B");
        }
        Console.WriteLine($"  Dung lượng trang chủ (trước ảnh, chưa nén): {DataGenerate.N(total)} B = {string.Join(" + ", parts)} (giới hạn 61.440 B)");
    }
}
