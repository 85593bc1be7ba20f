using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Npgsql;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Lantoa.Web.Cli;

/// <summary>
/// `bench coverage`: the coverage page of a field campaign (/Teams/Campaigns/{id}/Coverage) on a generated dataset
/// (`data generate`: a campaign per province with its logs, about 2 million nationally), as the province's coordinator:
/// wrk at 4 and 16 connections (p50/p90/p95/p99, requests/s) beside the bare SQL of one request (the commands EF Core
/// sends, captured and replayed with Npgsql alone). The province is the one whose campaign has the most logs. Before
/// measuring it checks that the page adds up to the database — households reached, commune by commune, equal the sums
/// of the logs (nothing lost or doubled; exit 1 otherwise). --scale small (default, made when missing) or national.
/// </summary>
public static partial class BenchCommands
{
    private static Command CoverageCommand()
    {
        var scale = new Option<string>("--scale") { Description = "Bộ dữ liệu: small (mặc định, tự sinh nếu chưa có) hoặc national (sinh trước bằng data generate --scale national).", DefaultValueFactory = _ => "small" };
        var database = new Option<string?>("--database") { Description = "CSDL đã sinh bằng 'data generate' (mặc định lantoa_small hoặc lantoa_national theo --scale)." };
        var duration = new Option<string>("--duration") { Description = "Thời gian chạy wrk cho mỗi mức kết nối (mặc định 10s).", DefaultValueFactory = _ => "10s" };
        var connections = new Option<string>("--connections") { Description = "Các mức kết nối đồng thời của wrk, cách nhau bởi dấu phẩy (mặc định 4,16).", DefaultValueFactory = _ => "4,16" };
        var sqlRuns = new Option<int>("--sql-runs") { Description = "Số lần chạy lại SQL của trang (mặc định 50; tối đa 60 giây).", DefaultValueFactory = _ => 50 };
        var cmd = new Command("coverage", "Đo trang độ bao phủ của chiến dịch ra quân Tổ CNSCĐ bằng wrk ở 4 và 16 kết nối, kèm thời gian SQL thuần của trang và kiểm tra số liệu khớp với nhật ký.")
            { scale, database, duration, connections, sqlRuns };
        cmd.SetAction((pr, ct) => RunCoverageAsync(pr.GetValue(scale)!, pr.GetValue(database), pr.GetValue(duration)!, pr.GetValue(connections)!, pr.GetValue(sqlRuns), ct));
        return cmd;
    }

    private static async Task<int> RunCoverageAsync(string scaleName, string? database, string duration, string connectionList, int sqlRuns, CancellationToken ct)
    {
        var scale = scaleName.Trim().ToLowerInvariant() switch { "small" => DataGenerate.Small, "national" => DataGenerate.National, _ => null };
        if (scale is null) return Fail($"Quy mô \"{scaleName}\" không hợp lệ: dùng small hoặc national.");
        if (!DurationPattern().IsMatch(duration)) return Fail($"Thời gian \"{duration}\" không hợp lệ (ví dụ 10s, 1m).");
        var levels = connectionList.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
        if (levels.Count == 0 || levels.Any(c => c < 1 || c > 1000)) return Fail($"Mức kết nối \"{connectionList}\" không hợp lệ (ví dụ 4,16).");
        if (sqlRuns < 1) return Fail("Số lần chạy lại SQL phải từ 1.");
        var name = database ?? $"lantoa_{scale.Name}";

        await using var runtime = await LantoaRuntime.StartAsync(LantoaRuntime.Configuration(), Console.Error, ct);
        var cs = new NpgsqlConnectionStringBuilder(runtime.OwnerConnectionString) { Database = name }.ConnectionString;
        var marker = await MarkerAsync(runtime.OwnerConnectionString, name, ct);
        if (marker is not null && marker.StartsWith(DataGenerate.Marker, StringComparison.Ordinal) && !await HasCampaignLogsAsync(cs, ct))
        {
            Console.WriteLine($"{name} được sinh trước khi có dữ liệu Tổ CNSCĐ: sinh lại.");
            marker = null;
        }
        if (marker is null && scale == DataGenerate.Small)
        {
            Console.WriteLine($"Chưa có bộ dữ liệu trong {name}: sinh bằng data generate --scale small…");
            var generated = await DataGenerate.GenerateAsync(runtime.OwnerConnectionString, scale, 2025, 2, name, replace: false, ct);
            if (generated != 0) return generated;
            marker = await MarkerAsync(runtime.OwnerConnectionString, name, ct);
        }
        if (marker is null || !await HasCampaignLogsAsync(cs, ct))
            return Fail($"Chưa có bộ dữ liệu có chiến dịch Tổ CNSCĐ trong {name}. Chạy trước: ./run.sh data generate --scale {scale.Name} --replace");
        await MigrationRunner.MigrateAsync(cs, ct);

        int campaign;
        string code, provinceName;
        long logs, communes, totalLogs;
        await using (var conn = new NpgsqlConnection(cs))
        {
            await conn.OpenAsync(ct);
            await using (var cmd = new NpgsqlCommand("""
                SELECT c.id, p.code, p.name, (SELECT count(*) FROM field_logs l WHERE l.campaign_id = c.id) AS logs,
                       (SELECT count(*) FROM campaign_communes x WHERE x.campaign_id = c.id)
                FROM field_campaigns c JOIN provinces p ON p.id = c.province_id
                ORDER BY logs DESC, c.id LIMIT 1
                """, conn))
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
            {
                await reader.ReadAsync(ct);
                (campaign, code, provinceName, logs, communes) = (reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4));
            }
            await using (var cmd = new NpgsqlCommand("SELECT count(*) FROM field_logs", conn))
                totalLogs = (long)(await cmd.ExecuteScalarAsync(ct))!;
        }
        var asOf = AsOfPattern().Match(marker) is { Success: true } m ? DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var clock = asOf is { } day ? new FixedClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7))) : null;
        Console.WriteLine($"Dữ liệu: {name}, {DataGenerate.N(totalLogs)} bản ghi tại cơ sở; chiến dịch {campaign} của tỉnh {code} {provinceName}: " +
                          $"{DataGenerate.N(communes)} xã, {DataGenerate.N(logs)} bản ghi.");
        Console.WriteLine($"Máy: {Environment.ProcessorCount} CPU; wrk, Lantoa và PostgreSQL chạy trên cùng máy.");
        var wrk = await EnsureWrkAsync(ct);

        var url = $"/Teams/Campaigns/{campaign}/Coverage";
        using var capture = new SqlCapture();
        await using var server = await BenchServer.StartAsync(cs, ct, clock);
        var user = $"dieuphoi.{code}";
        var cookie = await SessionCookieAsync(server, user, ct);
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Address), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        for (var i = 0; i < 3; i++) await GetOkAsync(http, url, ct); // warm-up: JIT, query plans, pools

        // Nothing lost or doubled: every commune's "reached" on the page is the sum of its logs in the database.
        capture.Start();
        var html = await http.GetStringAsync(url, ct);
        var commands = capture.Stop();
        var shown = ReachedPattern().Matches(html).ToDictionary(x => x.Groups[1].Value, x => long.Parse(x.Groups[2].Value, CultureInfo.InvariantCulture));
        var stored = new Dictionary<string, long>();
        await using (var conn = new NpgsqlConnection(cs))
        {
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand(
                "SELECT x.commune_code, coalesce((SELECT sum(households) FROM field_logs l WHERE l.campaign_id = x.campaign_id AND l.commune_code = x.commune_code), 0) " +
                "FROM campaign_communes x WHERE x.campaign_id = @c", conn);
            cmd.Parameters.AddWithValue("c", campaign);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) stored[reader.GetString(0)] = reader.GetInt64(1);
        }
        var wrong = stored.Where(s => shown.GetValueOrDefault(s.Key, -1) != s.Value).Select(s => $"{s.Key}: trang {shown.GetValueOrDefault(s.Key, -1)}, CSDL {s.Value}").ToList();
        if (wrong.Count > 0 || shown.Count != stored.Count)
        {
            Console.Error.WriteLine($"Lỗi: trang độ bao phủ không khớp với nhật ký ({shown.Count} xã trên trang, {stored.Count} xã trong chiến dịch):");
            foreach (var line in wrong.Take(10)) Console.Error.WriteLine($"  {line}");
            return 1;
        }
        Console.WriteLine($"Số hộ đã tiếp cận của cả {DataGenerate.N(stored.Count)} xã trên trang khớp với tổng nhật ký ({DataGenerate.N(stored.Values.Sum())} hộ): không mất, không trùng.");
        Console.WriteLine($"Trang: {DataGenerate.N(System.Text.Encoding.UTF8.GetByteCount(html) / 1024)} KB HTML; {commands.Count} câu SQL, EF đo {Ms(commands.Sum(c => c.Duration.TotalMilliseconds))} ms trong một yêu cầu.");

        var sequential = new List<double>();
        var budget = Stopwatch.StartNew();
        while (sequential.Count < 10 && (sequential.Count < 3 || budget.Elapsed < TimeSpan.FromSeconds(20)))
        {
            var sw = Stopwatch.StartNew();
            await GetOkAsync(http, url, ct);
            sequential.Add(sw.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"HTTP tuần tự (1 kết nối, n={sequential.Count}): p50 {Ms(Percentile(sequential, 0.50))} ms");

        var runs = new List<(int Connections, WrkResult Http)>();
        foreach (var connections in levels)
        {
            var threads = Math.Min(4, connections);
            var result = await RunWrkAsync(wrk, server.Address + url, cookie, duration, connections, threads, ct);
            await GetOkAsync(http, url, ct); // the session still works: wrk measured the page, not a redirect to the login
            Console.WriteLine(result.Requests == 0
                ? $"HTTP wrk ({connections} kết nối, {threads} luồng, {duration}): không yêu cầu nào xong; hãy tăng --duration."
                : $"HTTP wrk ({connections} kết nối, {threads} luồng, {duration}): {DataGenerate.N(result.Requests)} yêu cầu, " +
                  $"{result.PerSecond.ToString("0.0", LantoaWeb.Vietnamese)} yêu cầu/s; p50 {Ms(result.P50)}  p90 {Ms(result.P90)}  " +
                  $"p95 {Ms(result.P95)}  p99 {Ms(result.P99)}  max {Ms(result.Max)} ms; lỗi: {result.Errors}");
            runs.Add((connections, result));
        }
        var sql = await ReplayAsync(cs, commands, sqlRuns, ct);

        Console.WriteLine();
        Console.WriteLine($"Tóm tắt (ms; wrk {duration} mỗi mức; SQL: các câu của một yêu cầu chạy lại bằng Npgsql, 1 kết nối, n={sql.Length}):");
        Console.WriteLine($"  {"kết nối",7} {"HTTP p50",9} {"p90",8} {"p95",8} {"p99",8} {"yc/s",8} | {"SQL p50",8} {"p95",8} {"p99",8} {"câu",4}");
        foreach (var (c, h) in runs)
            Console.WriteLine($"  {c,7} {Ms(h.P50),9} {Ms(h.P90),8} {Ms(h.P95),8} {Ms(h.P99),8} {h.PerSecond.ToString("0.0", LantoaWeb.Vietnamese),8} | " +
                              $"{Ms(Percentile(sql, 0.50)),8} {Ms(Percentile(sql, 0.95)),8} {Ms(Percentile(sql, 0.99)),8} {commands.Count,4}");
        return 0;
    }

    private static async Task<string?> MarkerAsync(string ownerConnection, string database, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ownerConnection) { Database = "postgres", Pooling = false }.ConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = @n", conn);
        cmd.Parameters.AddWithValue("n", database);
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    private static async Task<bool> HasCampaignLogsAsync(string cs, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cs) { Pooling = false }.ConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT to_regclass('field_logs') IS NOT NULL AND EXISTS (SELECT 1 FROM field_logs)", conn);
        try
        {
            return (bool)(await cmd.ExecuteScalarAsync(ct))!;
        }
        catch (PostgresException)
        {
            return false; // to_regclass is null: the EXISTS on a missing table fails before it
        }
    }

    [GeneratedRegex("data-code=\"([^\"]+)\"[^>]*>(?:(?!</tr>).)*?data-testid=\"reached\">(\\d+)<", RegexOptions.Singleline)]
    private static partial Regex ReachedPattern();
}
