using System.CommandLine;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lantoa.Domain.Contests;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Contests;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Lantoa.Web.Cli;

/// <summary>
/// `bench vote`: N signed-in citizens vote at once through HTTP (Lantoa on Kestrel, loopback) for the demo contest's
/// accepted entries, every tenth of them sending its vote twice at the same moment. The citizens (and their bearer
/// tokens, as POST /api/v1/auth/token would store them) are loaded by COPY into a database of the benchmark's own
/// (lantoa_bench_vote) with the demo data. Prints votes/s and p50/p95/p99, then counts what the database holds against
/// the 201s the clients got: lost and doubled votes (both must be 0), one vote per person and entry, and each entry's
/// stored count equal to its rows. Beside it, the bare PostgreSQL figure: the same vote statement (VoteStore.CastSql) from
/// N tasks over Npgsql, for the next day.
/// </summary>
public static partial class BenchCommands
{
    private static Command VoteCommand()
    {
        var voters = new Option<int>("--voters") { Description = "Số người dân bình chọn đồng thời (mặc định 1000).", DefaultValueFactory = _ => 1000 };
        var cmd = new Command("vote", "Đo bình chọn: N người dân đã đăng nhập cùng bình chọn qua HTTP (một số gửi hai lần), đối chiếu số phiếu trong CSDL, kèm thời gian PostgreSQL thuần.") { voters };
        cmd.SetAction((pr, ct) => RunVoteAsync(pr.GetValue(voters), ct));
        return cmd;
    }

    private static async Task<int> RunVoteAsync(int voters, CancellationToken ct)
    {
        if (voters is < 1 or > 100_000) return Fail("Số người bình chọn phải từ 1 đến 100.000.");
        await using var runtime = await LantoaRuntime.StartAsync(LantoaRuntime.Configuration(), Console.Error, ct);
        Console.WriteLine("Tạo CSDL lantoa_bench_vote với dữ liệu mẫu …");
        var cs = await BenchCommands.FreshDatabaseAsync(runtime.OwnerConnectionString, "lantoa_bench_vote", ct);
        await MigrationRunner.MigrateAsync(cs, ct);
        await using (var services = LantoaWeb.CommandLineServices(cs))
        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);

        var (contestId, entries) = await DemoContestAsync(cs, ct);
        if (entries.Length == 0) return Fail("Dữ liệu mẫu không có cuộc thi video clip với bài dự thi đã được chấp nhận.");
        var copy = Stopwatch.StartNew();
        var tokens = await CopyVotersAsync(cs, voters, ct);
        Console.WriteLine($"Dữ liệu: {DataGenerate.N(voters)} người dân và mã truy cập của họ nạp bằng COPY trong {copy.Elapsed.TotalSeconds:0.0} s; " +
                          $"cuộc thi {contestId}, {entries.Length} bài dự thi được bình chọn.");

        // A burst of N requests queues for the application's 100 pooled connections; on a loaded machine the wait exceeds
        // the default 5 s (each waiting request would fail), so the measured server waits up to 60 s for a connection.
        await using var server = await BenchServer.StartAsync(new NpgsqlConnectionStringBuilder(cs) { Timeout = 60 }.ConnectionString, ct);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = new Uri(server.Address), Timeout = TimeSpan.FromMinutes(5),
        };
        // Voter i votes for entries[i % n]; every tenth voter sends the same vote twice at once.
        var sends = Enumerable.Range(0, voters).SelectMany(i => Enumerable.Repeat(i, i % 10 == 0 ? 2 : 1)).ToArray();
        // Warm-up, reads only (nothing is counted before the measurement): JIT, then waves of concurrent reads that open the
        // HTTP connections the voters will use and grow the application's database pool, so the measurement does not
        // start with a thousand connection handshakes at once. A read refused under the storm does not matter here.
        for (var i = 0; i < 20; i++)
            (await http.GetAsync($"/api/v1/contests/{contestId}/entries", ct)).Dispose();
        foreach (var wave in new[] { 25, 50, 100, sends.Length })
            await Task.WhenAll(Enumerable.Range(0, wave).Select(async _ =>
            {
                try { (await http.GetAsync($"/api/v1/contests/{contestId}/entries", ct)).Dispose(); }
                catch (HttpRequestException) { }
            }));

        var times = new double[sends.Length];
        var status = new int[sends.Length];
        var returned = new int[sends.Length];
        using var start = new SemaphoreSlim(0);
        var wall = Stopwatch.StartNew();
        var tasks = sends.Select(async (voter, k) =>
        {
            await start.WaitAsync(ct);
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/entries/{entries[voter % entries.Length]}/votes");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[voter].Token);
            var sw = Stopwatch.StartNew();
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            times[k] = sw.Elapsed.TotalMilliseconds;
            status[k] = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.Created) returned[k] = JsonDocument.Parse(body).RootElement.GetProperty("votes").GetInt32();
        }).ToArray();
        wall.Restart();
        start.Release(sends.Length);
        await Task.WhenAll(tasks);
        var elapsed = wall.Elapsed;

        var created = status.Count(s => s == 201);
        var conflicts = status.Count(s => s == 409);
        var other = sends.Length - created - conflicts;
        Console.WriteLine($"Máy: {Environment.ProcessorCount} CPU; Lantoa và PostgreSQL chạy trên cùng máy. {DataGenerate.N(voters)} người bình chọn đồng thời, " +
                          $"{DataGenerate.N(sends.Length)} yêu cầu (mỗi người thứ mười gửi hai lần cùng lúc).");
        Console.WriteLine($"  HTTP POST /api/v1/entries/{{id}}/votes: p50 {Ms(Percentile(times, 0.50))}  p95 {Ms(Percentile(times, 0.95))}  p99 {Ms(Percentile(times, 0.99))} ms; " +
                          $"{(created / elapsed.TotalSeconds).ToString("0", LantoaWeb.Vietnamese)} phiếu/s ({(sends.Length / elapsed.TotalSeconds).ToString("0", LantoaWeb.Vietnamese)} yêu cầu/s); " +
                          $"201: {created}, 409: {conflicts}, khác: {other}");

        // Against the database: every 201 is one row, no row without a 201, one per person and entry, counts = rows.
        var check = await CheckVotesAsync(cs, contestId, ct);
        var accepted = sends.Select((voter, k) => (voter, k)).Where(x => status[x.k] == 201).GroupBy(x => x.voter).ToDictionary(g => g.Key, g => g.Count());
        var lost = Math.Max(0, created - check.Rows);
        var doubled = Math.Max(0, check.Rows - created) + accepted.Values.Sum(c => c - 1);
        var twiceOk = sends.Where(v => v % 10 == 0).Distinct().All(v => accepted.GetValueOrDefault(v) == 1);
        var countsOk = check.CountsMatchRows && check.PerEntry.Sum(e => e.Votes) == created;
        // The counts the voters were told: each between 1 and the entry's final count (a vote sees the count as its statement began, plus itself).
        var toldOk = entries.All(e =>
        {
            var final = check.PerEntry.FirstOrDefault(x => x.EntryId == e)?.Votes ?? 0;
            return sends.Select((voter, k) => (voter, k)).Where(x => status[x.k] == 201 && entries[x.voter % entries.Length] == e)
                .All(x => returned[x.k] >= 1 && returned[x.k] <= final);
        });
        Console.WriteLine($"  CSDL: {DataGenerate.N(check.Rows)} phiếu (cần {DataGenerate.N(created)} = số 201): mất {lost}, trùng {doubled}; " +
                          $"người gửi hai lần được tính một lần: {(twiceOk ? "đúng" : "SAI")}; số phiếu lưu ở từng bài = số dòng phiếu: {(countsOk ? "đúng" : "SAI")}; " +
                          $"số phiếu trả về cho từng người trong khoảng 1…số cuối cùng: {(toldOk ? "đúng" : "SAI")}");
        foreach (var e in check.PerEntry)
            Console.WriteLine($"    bài {e.EntryId}: lưu {e.Votes} phiếu, {e.Rows} dòng");

        // Bare PostgreSQL: the same statement, N tasks, for the next day (new rows, as the measured ones were).
        var bare = await BareVotesAsync(cs, contestId, entries, tokens, ct);
        Console.WriteLine($"  PostgreSQL thuần (cùng câu lệnh VoteStore, {DataGenerate.N(voters)} tác vụ, tối đa {BarePool} kết nối): p50 {Ms(Percentile(bare.Times, 0.50))}  " +
                          $"p95 {Ms(Percentile(bare.Times, 0.95))}  p99 {Ms(Percentile(bare.Times, 0.99))} ms; {(voters / bare.Wall.TotalSeconds).ToString("0", LantoaWeb.Vietnamese)} phiếu/s");

        var ok = lost == 0 && doubled == 0 && other == 0 && created == voters && twiceOk && countsOk && toldOk;
        if (!ok) Console.WriteLine("  LỖI: có phiếu bị mất, bị trùng hoặc số phiếu không khớp.");
        return ok ? 0 : 1;
    }

    private const int BarePool = 64;

    private static async Task<(int ContestId, int[] Entries)> DemoContestAsync(string cs, CancellationToken ct)
    {
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            SELECT c.id, array_agg(e.id ORDER BY e.id) FILTER (WHERE e.status = 'Accepted')
            FROM contests c JOIN contest_entries e ON e.contest_id = c.id WHERE c.title = @t GROUP BY c.id
            """, c);
        cmd.Parameters.AddWithValue("t", ContestsDemoData.Title);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct) || r.IsDBNull(1)) return (0, []);
        return (r.GetInt32(0), r.GetFieldValue<int[]>(1));
    }

    private sealed record BenchVoter(int CitizenId, string Token);

    /// <summary>N citizens (the demo citizen's password hash, a commune of the demo citizen) and one citizen token each, by binary COPY.</summary>
    private static async Task<BenchVoter[]> CopyVotersAsync(string cs, int count, CancellationToken ct)
    {
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync(ct);
        string hash, commune;
        await using (var cmd = new NpgsqlCommand("SELECT password_hash, commune_code FROM citizens ORDER BY id LIMIT 1", c))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            if (!await r.ReadAsync(ct)) throw new InvalidOperationException("Dữ liệu mẫu không có người dân.");
            hash = r.GetString(0);
            commune = r.GetString(1);
        }
        long first;
        await using (var cmd = new NpgsqlCommand("SELECT coalesce(max(id), 0) + 1 FROM citizens", c)) first = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct));
        var now = DateTimeOffset.UtcNow;
        var run = Guid.NewGuid().ToString("N")[..8];
        await using (var w = await c.BeginBinaryImportAsync(
                         "COPY citizens (id, email, password_hash, full_name, birth_date, province_code, commune_code, consents, consented_at, created_at, security_stamp, email_verified_at) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < count; i++)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync((int)(first + i), NpgsqlDbType.Integer, ct);
                await w.WriteAsync($"binhchon.{run}.{i}@example.vn", NpgsqlDbType.Text, ct);
                await w.WriteAsync(hash, NpgsqlDbType.Text, ct);
                await w.WriteAsync($"Người bình chọn {i + 1}", NpgsqlDbType.Text, ct);
                await w.WriteAsync(new DateOnly(1990 + i % 20, 1 + i % 12, 1 + i % 28), NpgsqlDbType.Date, ct);
                await w.WriteAsync("80", NpgsqlDbType.Text, ct);
                await w.WriteAsync(commune, NpgsqlDbType.Text, ct);
                await w.WriteAsync(Lantoa.Domain.Citizens.ConsentPurposes.RequiredKeys.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await w.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(Guid.NewGuid().ToString("N"), NpgsqlDbType.Text, ct);
                await w.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
            }
            await w.CompleteAsync(ct);
        }
        await using (var cmd = new NpgsqlCommand("SELECT setval(pg_get_serial_sequence('citizens', 'id'), (SELECT max(id) FROM citizens))", c)) await cmd.ExecuteScalarAsync(ct);

        var voters = Enumerable.Range(0, count).Select(i => new BenchVoter((int)(first + i),
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'))).ToArray();
        await using (var w = await c.BeginBinaryImportAsync("COPY api_tokens (token_hash, audience, subject_id, created_at, expires_at) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var v in voters)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(v.Token))), NpgsqlDbType.Text, ct);
                await w.WriteAsync(ApiAudiences.Citizen, NpgsqlDbType.Text, ct);
                await w.WriteAsync(v.CitizenId, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(now.AddHours(8), NpgsqlDbType.TimestampTz, ct);
            }
            await w.CompleteAsync(ct);
        }
        return voters;
    }

    private sealed record EntryCheck(int EntryId, int Votes, int Rows);

    private sealed record VoteCheck(int Rows, IReadOnlyList<EntryCheck> PerEntry, bool CountsMatchRows);

    private static async Task<VoteCheck> CheckVotesAsync(string cs, int contestId, CancellationToken ct)
    {
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            SELECT e.id, (SELECT coalesce(sum(n.votes), 0) FROM contest_vote_counts n WHERE n.entry_id = e.id)::int,
                   (SELECT count(*) FROM contest_votes v WHERE v.entry_id = e.id AND v.voided_at IS NULL)::int
            FROM contest_entries e WHERE e.contest_id = @c AND e.status = 'Accepted' ORDER BY e.id
            """, c);
        cmd.Parameters.AddWithValue("c", contestId);
        var list = new List<EntryCheck>();
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) list.Add(new EntryCheck(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2)));
        await using var all = new NpgsqlCommand("SELECT count(*)::int FROM contest_votes WHERE contest_id = @c", c);
        all.Parameters.AddWithValue("c", contestId);
        var rows = (int)(await all.ExecuteScalarAsync(ct))!;
        return new VoteCheck(rows, list, list.All(e => e.Votes == e.Rows));
    }

    private static async Task<(double[] Times, TimeSpan Wall)> BareVotesAsync(string cs, int contestId, int[] entries, BenchVoter[] voters, CancellationToken ct)
    {
        var pooled = new NpgsqlConnectionStringBuilder(cs) { MaxPoolSize = BarePool }.ConnectionString;
        await using var source = NpgsqlDataSource.Create(pooled);
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1);
        var times = new double[voters.Length];
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(voters.Select(async (v, i) =>
        {
            var sw = Stopwatch.StartNew();
            await using var c = await source.OpenConnectionAsync(ct);
            await using var cmd = new NpgsqlCommand(VoteStore.CastSql, c);
            cmd.Parameters.AddWithValue("contest", contestId);
            cmd.Parameters.AddWithValue("entry", entries[i % entries.Length]);
            cmd.Parameters.AddWithValue("citizen", v.CitizenId);
            cmd.Parameters.AddWithValue("day", ContestVote.DayOf(tomorrow));
            cmd.Parameters.AddWithValue("at", tomorrow);
            cmd.Parameters.AddWithValue("address", "127.0.0.1");
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) { }
            times[i] = sw.Elapsed.TotalMilliseconds;
        }));
        return (times, wall.Elapsed);
    }
}
