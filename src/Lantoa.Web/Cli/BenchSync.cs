using System.CommandLine;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Lantoa.Web.Features.Teams;
using Lantoa.Web.Infrastructure;
using Npgsql;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Lantoa.Web.Cli;

/// <summary>
/// `bench sync`: N devices at once (the demo team member's token) each POST a batch of M field logs to
/// /api/v1/field-logs, then every batch is sent again (a resend). Prints the batches' p50/p95/p99, records stored per
/// second, and checks that the database holds exactly N×M new rows (nothing lost, nothing doubled) and that every
/// resent record was answered "duplicate". Beside it, the bare PostgreSQL figure: the same INSERT … unnest … ON CONFLICT
/// by Npgsql from N tasks at once.
/// </summary>
public static partial class BenchCommands
{
    private static Command SyncCommand()
    {
        var devices = new Option<int>("--devices") { Description = "Số thiết bị gửi đồng thời (mặc định 200).", DefaultValueFactory = _ => 200 };
        var records = new Option<int>("--records") { Description = "Số bản ghi mỗi thiết bị gửi (mặc định 50).", DefaultValueFactory = _ => 50 };
        var cmd = new Command("sync", "Đo đồng bộ nhật ký tại cơ sở: nhiều thiết bị gửi cùng lúc, gửi lại lần hai, kèm thời gian PostgreSQL thuần.") { devices, records };
        cmd.SetAction((pr, ct) => RunSyncAsync(pr.GetValue(devices), pr.GetValue(records), ct));
        return cmd;
    }

    private static async Task<int> RunSyncAsync(int devices, int records, CancellationToken ct)
    {
        if (devices < 1 || records < 1 || records > FieldSync.MaxBatch) return Fail($"Số thiết bị phải từ 1, số bản ghi từ 1 đến {FieldSync.MaxBatch}.");
        await using var runtime = await LantoaRuntime.StartAsync(LantoaRuntime.Configuration(), Console.Error, ct);
        Console.WriteLine("Tạo CSDL lantoa_bench với dữ liệu mẫu …");
        var cs = await BenchServer.DemoDatabaseAsync(runtime.OwnerConnectionString, ct);
        await using var server = await BenchServer.StartAsync(cs, ct);
        using var http = new HttpClient { BaseAddress = new Uri(server.Address), Timeout = TimeSpan.FromMinutes(5) };
        var tokenResponse = await http.PostAsync("/api/v1/auth/token", new StringContent(
            JsonSerializer.Serialize(new { login = TeamsDemoData.DemoLogin, password = DemoData.DemoSeeder.DemoPassword }), Encoding.UTF8, "application/json"), ct);
        tokenResponse.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("accessToken").GetString()!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var campaign = JsonDocument.Parse(await http.GetStringAsync(FieldApi.CampaignsPath, ct)).RootElement[0];
        var campaignId = campaign.GetProperty("id").GetInt32();
        var commune = campaign.GetProperty("communes")[0].GetProperty("code").GetString()!;
        var categories = campaign.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("key").GetString()!).ToArray();
        var start = DateOnly.Parse(campaign.GetProperty("startsOn").GetString()!);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        string Batch(int device) => JsonSerializer.Serialize(Enumerable.Range(0, records).Select(i => new
        {
            clientId = Guid.NewGuid(), campaignId, communeCode = commune, village = $"Ấp {i % 5 + 1}", category = categories[i % categories.Length],
            date = start.AddDays((device + i) % 10), households = 1, people = 2,
        }), options);

        long Count() { using var c = new NpgsqlConnection(cs); c.Open(); using var cmd = new NpgsqlCommand("SELECT count(*) FROM field_logs", c); return (long)cmd.ExecuteScalar()!; }
        var before = Count();
        var batches = Enumerable.Range(0, devices).Select(Batch).ToArray();
        // warm-up: one small batch (JIT, pools), counted in "before".
        (await http.PostAsync(FieldApi.LogsPath, new StringContent(Batch(0)[..0] + JsonSerializer.Serialize(new object[0]), Encoding.UTF8, "application/json"), ct)).Dispose();
        before = Count();

        async Task<(double[] Times, int Created, int Duplicates, int Other, TimeSpan Wall)> SendAllAsync()
        {
            var times = new double[devices];
            int created = 0, duplicates = 0, other = 0;
            var wall = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, devices).Select(async d =>
            {
                var sw = Stopwatch.StartNew();
                using var response = await http.PostAsync(FieldApi.LogsPath, new StringContent(batches[d], Encoding.UTF8, "application/json"), ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                times[d] = sw.Elapsed.TotalMilliseconds;
                if (!response.IsSuccessStatusCode) { Interlocked.Add(ref other, records); return; }
                foreach (var r in JsonDocument.Parse(body).RootElement.EnumerateArray())
                    switch (r.GetProperty("status").GetString())
                    {
                        case "created": Interlocked.Increment(ref created); break;
                        case "duplicate": Interlocked.Increment(ref duplicates); break;
                        default: Interlocked.Increment(ref other); break;
                    }
            }));
            return (times, created, duplicates, other, wall.Elapsed);
        }

        var first = await SendAllAsync();
        var afterFirst = Count();
        var resend = await SendAllAsync();
        var afterResend = Count();
        var total = devices * records;
        Console.WriteLine($"Máy: {Environment.ProcessorCount} CPU; Lantoa và PostgreSQL chạy trên cùng máy. {devices} thiết bị × {records} bản ghi = {DataGenerate.N(total)} bản ghi.");
        foreach (var (name, r) in new[] { ("Lần gửi đầu", first), ("Gửi lại", resend) })
            Console.WriteLine($"  {name,-12} lô: p50 {Ms(Percentile(r.Times, 0.50))}  p95 {Ms(Percentile(r.Times, 0.95))}  p99 {Ms(Percentile(r.Times, 0.99))} ms; " +
                              $"{(total / r.Wall.TotalSeconds).ToString("0", LantoaWeb.Vietnamese)} bản ghi/s; tạo mới {r.Created}, trùng {r.Duplicates}, lỗi {r.Other}");
        var stored = afterFirst - before;
        var doubled = afterResend - afterFirst;
        Console.WriteLine($"  CSDL: thêm {DataGenerate.N(stored)} dòng sau lần đầu (cần {DataGenerate.N(total)}), thêm {doubled} dòng sau khi gửi lại (cần 0): trùng lặp {doubled + (stored - total > 0 ? stored - total : 0)}, mất {Math.Max(0, total - stored)}.");

        // Bare PostgreSQL: the same statement from N tasks, one connection each.
        var bare = new double[devices];
        var bareWall = Stopwatch.StartNew();
        var ids = await ScalarsAsync(cs, commune, ct);
        await Task.WhenAll(Enumerable.Range(0, devices).Select(async d =>
        {
            await using var c = new NpgsqlConnection(cs);
            await c.OpenAsync(ct);
            var sw = Stopwatch.StartNew();
            await using var cmd = new NpgsqlCommand("""
                INSERT INTO field_logs (client_id, campaign_id, team_id, user_id, commune_code, village, category, date, households, people, recorded_at)
                SELECT c, @ca, @t, @u, @cc, 'Ấp 1', @cat, @d, 1, 2, now() FROM unnest(@c) AS x(c)
                ON CONFLICT (client_id) DO NOTHING RETURNING client_id
                """, c);
            cmd.Parameters.Add(new NpgsqlParameter<Guid[]>("c", Enumerable.Range(0, records).Select(_ => Guid.NewGuid()).ToArray()));
            cmd.Parameters.Add(new NpgsqlParameter<int>("ca", campaignId));
            cmd.Parameters.Add(new NpgsqlParameter<int>("t", ids.Team));
            cmd.Parameters.Add(new NpgsqlParameter<int>("u", ids.User));
            cmd.Parameters.Add(new NpgsqlParameter<string>("cc", commune));
            cmd.Parameters.Add(new NpgsqlParameter<string>("cat", categories[0]));
            cmd.Parameters.Add(new NpgsqlParameter<DateOnly>("d", start));
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) { }
            bare[d] = sw.Elapsed.TotalMilliseconds;
        }));
        Console.WriteLine($"  PostgreSQL thuần (cùng câu lệnh, {devices} kết nối): lô p50 {Ms(Percentile(bare, 0.50))}  p95 {Ms(Percentile(bare, 0.95))}  p99 {Ms(Percentile(bare, 0.99))} ms; " +
                          $"{(total / bareWall.Elapsed.TotalSeconds).ToString("0", LantoaWeb.Vietnamese)} bản ghi/s");
        var ok = stored == total && doubled == 0 && first.Created == total && resend.Duplicates == total;
        if (!ok) Console.WriteLine("  LỖI: có bản ghi bị mất hoặc bị trùng.");
        return ok ? 0 : 1;
    }

    private static async Task<(int Team, int User)> ScalarsAsync(string cs, string commune, CancellationToken ct)
    {
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT team_id, user_id FROM field_logs WHERE commune_code = @cc LIMIT 1", c);
        cmd.Parameters.Add(new NpgsqlParameter<string>("cc", commune));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return (r.GetInt32(0), r.GetInt32(1));
    }
}
