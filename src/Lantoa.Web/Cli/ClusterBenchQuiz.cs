using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantoa.Domain.Citizens;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Cluster;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lantoa.Web.Cli;

/// <summary>
/// `bench quiz-cluster [--nodes 3] [--kill-node] [--kill-primary]` (to be `bench quiz --cluster --kill-node`): the demo
/// quiz's practice round taken by many citizens at once through nginx in front of a <see cref="LocalCluster"/>. Each
/// client signs in (a bearer token), starts an attempt, answers every question (PUT, idempotent) and submits, again and
/// again. A request that fails (a node killed mid-request, the database gone) is retried, the same request, until it
/// gets a 2xx; nginx sends it to a living node. First the throughput with 1, 2 … N nodes behind nginx; then, with
/// --kill-node, one node is SIGKILLed mid-run and started again; with --kill-primary, the primary PostgreSQL is killed,
/// writes must get the Vietnamese 503 (no stack trace), scripts/failover.sh promotes the replica and the nodes recover
/// without a restart (time measured). At the end every acknowledged answer is looked up in the database: 0 lost, 0
/// duplicated, or the command fails. Beside it, the bare PostgreSQL figure: the same upserts straight from Npgsql.
/// </summary>
public static class ClusterBenchQuiz
{
    private const int QuizId = 1; // the demo quiz (Long An 2024), practice round 0: unlimited attempts

    public static Command Build()
    {
        var nodes = new Option<int>("--nodes") { Description = "Số nút Lantoa (mặc định 3); thông lượng đo với 1, 2 … N nút.", DefaultValueFactory = _ => 3 };
        var clients = new Option<int>("--clients") { Description = "Số người dự thi cùng lúc (mặc định 40).", DefaultValueFactory = _ => 40 };
        var seconds = new Option<int>("--seconds") { Description = "Thời gian đo mỗi lượt, giây (mặc định 15).", DefaultValueFactory = _ => 15 };
        var killNode = new Option<bool>("--kill-node") { Description = "Giữa lượt đo, SIGKILL một nút rồi khởi động lại; đếm câu trả lời mất hoặc trùng." };
        var killPrimary = new Option<bool>("--kill-primary") { Description = "Giữa lượt đo, SIGKILL PostgreSQL chính, nâng bản sao (scripts/failover.sh), đo thời gian phục hồi." };
        var cmd = new Command("quiz-cluster", "Thi trắc nghiệm qua nginx trên nhiều nút: lượt thi/giây với 1…N nút, hỏng một nút, hỏng máy chủ CSDL chính; không mất, không trùng câu trả lời nào.")
            { nodes, clients, seconds, killNode, killPrimary };
        cmd.SetAction((pr, ct) => RunAsync(pr.GetValue(nodes), pr.GetValue(clients), pr.GetValue(seconds), pr.GetValue(killNode), pr.GetValue(killPrimary), ct));
        return cmd;
    }

    internal static async Task<int> RunAsync(int nodeCount, int clientCount, int seconds, bool killNode, bool killPrimary, CancellationToken ct)
    {
        if (nodeCount is < 1 or > 8 || clientCount is < 1 or > 2000 || seconds is < 2 or > 600)
        {
            Console.Error.WriteLine("Lỗi: --nodes từ 1 đến 8, --clients từ 1 đến 2000, --seconds từ 2 đến 600.");
            return 2;
        }
        if (killNode && nodeCount < 2)
        {
            Console.Error.WriteLine("Lỗi: --kill-node cần ít nhất 2 nút (--nodes 2).");
            return 2;
        }
        var data = Path.Combine(ClusterCommand.DataDirectory(), "..", "bench-cluster-" + Guid.NewGuid().ToString("N")[..8]);
        int Free() => Infrastructure.Postgres.EmbeddedPostgres.FreePort();
        var settings = new LocalCluster.Settings
        {
            DataDirectory = data, Nodes = nodeCount, HttpPort = Free(), PrimaryPort = Free(), ReplicaPort = Free(), RedisPort = Free(),
            FirstNodePort = Free(),
            Environment = new Dictionary<string, string> { ["LANTOA_RATE_LIMITS"] = "off", ["LANTOA_REMINDERS"] = "0" },
        };
        // Node ports: consecutive from a free one; check they are free too.
        settings = settings with { FirstNodePort = ConsecutiveFreePorts(nodeCount) };
        var failed = false;
        try
        {
            Console.WriteLine($"Khởi động cụm: {nodeCount} nút, PostgreSQL chính + bản sao đồng bộ, Redis, nginx (dữ liệu mẫu lần đầu: vài phút) …");
            await using var cluster = await LocalCluster.StartAsync(settings, Console.Out, ct);
            var citizens = await MakeCitizensAsync(cluster.Primary.OwnerConnectionString(LantoaRuntime.DatabaseName), clientCount, ct);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clientCount + 8, PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
                { BaseAddress = cluster.Address, Timeout = TimeSpan.FromSeconds(60) };
            var tokens = await TokensAsync(http, citizens, ct);
            var ledger = new Ledger();

            Console.WriteLine();
            Console.WriteLine($"{clientCount} người dự thi cùng lúc, {seconds} s mỗi lượt, qua nginx {cluster.Address}");
            Console.WriteLine("nút | lượt thi/s | câu trả lời/s | PUT câu trả lời p50 / p95 / p99 (ms) | lỗi đã thử lại | nút đã trả lời");
            for (var n = 1; n <= nodeCount; n++)
            {
                await cluster.RouteAsync(n, ct);
                var run = await RunClientsAsync(http, tokens, TimeSpan.FromSeconds(seconds), ledger, null, ct);
                Console.WriteLine(run.Line(n.ToString()));
            }
            await cluster.RouteAsync(nodeCount, ct);

            if (killNode)
            {
                var fault = new Fault();
                var run = await RunClientsAsync(http, tokens, TimeSpan.FromSeconds(seconds), ledger, async () =>
                {
                    await Task.Delay(TimeSpan.FromSeconds(seconds / 3.0), ct);
                    cluster.KillNode(1);
                    fault.Note($"SIGKILL nút 2 lúc {fault.Since:0.0} s");
                    await Task.Delay(TimeSpan.FromSeconds(2), ct);
                    await cluster.StartNodeAsync(1, false, ct);
                    fault.Note($"nút 2 chạy lại lúc {fault.Since:0.0} s");
                }, ct);
                Console.WriteLine(run.Line($"{nodeCount}, hỏng nút 2") + "  (" + fault + ")");
            }

            if (killPrimary)
            {
                var fault = new Fault();
                ProblemSample? sample = null;
                var promotedAt = TimeSpan.Zero;
                var run = await RunClientsAsync(http, tokens, TimeSpan.FromSeconds(Math.Max(seconds, 12)), ledger, async () =>
                {
                    await Task.Delay(TimeSpan.FromSeconds(3), ct);
                    cluster.KillPrimary();
                    fault.Note($"SIGKILL PostgreSQL chính lúc {fault.Since:0.0} s");
                    sample = await SampleOutageAsync(http, tokens[0], ct);
                    await Task.Delay(TimeSpan.FromSeconds(2), ct);
                    var took = await cluster.PromoteReplicaAsync(ct);
                    promotedAt = fault.Elapsed;
                    fault.Note($"bản sao được nâng lúc {fault.Since:0.0} s ({took.TotalSeconds:0.0} s)");
                }, ct);
                Console.WriteLine(run.Line($"{nodeCount}, hỏng CSDL chính") + "  (" + fault + ")");
                if (sample is null || sample.Status != 503 || !sample.Vietnamese || sample.StackTrace)
                {
                    Console.WriteLine($"LỖI: khi mất CSDL chính, ghi phải nhận 503 tiếng Việt không có vết ngăn xếp; nhận được: {sample}");
                    failed = true;
                }
                else Console.WriteLine($"Khi mất CSDL chính: {sample}");
                var firstOk = run.FirstSuccessAfter(promotedAt);
                Console.WriteLine(firstOk is { } ok
                    ? $"Phục hồi không cần khởi động lại: câu trả lời 2xx đầu tiên {(ok - promotedAt).TotalSeconds:0.0} s sau khi nâng bản sao"
                    : "LỖI: không có câu trả lời 2xx nào sau khi nâng bản sao");
                failed |= firstOk is null;
            }

            Console.WriteLine();
            var check = await ledger.CheckAsync(killPrimary ? cluster.OwnerConnectionString : cluster.Primary.OwnerConnectionString(LantoaRuntime.DatabaseName), ct);
            Console.WriteLine(check.Text);
            failed |= !check.Ok;
            Console.WriteLine(await BarePostgresAsync(killPrimary ? cluster.OwnerConnectionString : cluster.Primary.OwnerConnectionString(LantoaRuntime.DatabaseName),
                clientCount, TimeSpan.FromSeconds(Math.Min(seconds, 10)), ct));
        }
        catch
        {
            Console.Error.WriteLine($"Thư mục của cụm được giữ lại để xem nhật ký: {Path.GetFullPath(data)}");
            throw;
        }
        if (!failed) try { Directory.Delete(data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        else Console.Error.WriteLine($"Thư mục của cụm được giữ lại để xem nhật ký: {Path.GetFullPath(data)}");
        return failed ? 1 : 0;
    }

    private static int ConsecutiveFreePorts(int count)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var first = Infrastructure.Postgres.EmbeddedPostgres.FreePort();
            if (first + count >= 65535) continue;
            var ok = true;
            for (var p = first; p < first + count && ok; p++)
            {
                try
                {
                    using var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, p);
                    l.Start();
                }
                catch (System.Net.Sockets.SocketException) { ok = false; }
            }
            if (ok) return first;
        }
        throw new InvalidOperationException("Không tìm được cổng trống liên tiếp cho các nút.");
    }

    /// <summary>Citizens of Long An, verified, with the demo citizen's password (its hash copied: no hashing per citizen).</summary>
    private static async Task<List<string>> MakeCitizensAsync(string cs, int count, CancellationToken ct)
    {
        await using var services = LantoaWeb.CommandLineServices(cs);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
        var demo = await db.Set<Citizen>().AsNoTracking().FirstAsync(c => c.Email == CitizensModule.DemoEmail, ct);
        var now = DateTimeOffset.UtcNow;
        var phones = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var phone = $"0987{i:D6}";
            var c = new Citizen(new CitizenProfile($"Người dự thi {i + 1}", demo.BirthDate!.Value, demo.ProvinceCode!, demo.CommuneCode!, null, "Đo hiệu năng"),
                phone, null, ConsentPurposes.All.Select(p => p.Key), now);
            c.SetPasswordHash(demo.PasswordHash);
            c.MarkPhoneVerified(now);
            db.Set<Citizen>().Add(c);
            phones.Add(phone);
        }
        await db.SaveChangesAsync(ct);
        return phones;
    }

    private static async Task<List<string>> TokensAsync(HttpClient http, List<string> phones, CancellationToken ct)
    {
        var tokens = new string[phones.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, phones.Count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (i, token) =>
        {
            for (var tries = 1; ; tries++)
            {
                try
                {
                    using var r = await http.PostAsJsonAsync("/api/v1/auth/token", new { login = phones[i], password = DemoData.DemoSeeder.DemoPassword }, token);
                    r.EnsureSuccessStatusCode();
                    tokens[i] = (await r.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("accessToken").GetString()!;
                    return;
                }
                catch (Exception e) when (tries < 5 && !token.IsCancellationRequested && e is HttpRequestException or TaskCanceledException)
                {
                    await Task.Delay(500 * tries, token); // a busy machine: the password check is slow on purpose
                }
            }
        });
        return [.. tokens];
    }

    private sealed record Question(long Id, long OptionId);

    private sealed class Ledger
    {
        /// <summary>(attempt, question) → the option acknowledged with a 2xx.</summary>
        public ConcurrentDictionary<(long Attempt, long Question), long> Acknowledged { get; } = new();
        public ConcurrentDictionary<long, byte> Attempts { get; } = new();

        public async Task<(bool Ok, string Text)> CheckAsync(string cs, CancellationToken ct)
        {
            await using var conn = new NpgsqlConnection(cs);
            await conn.OpenAsync(ct);
            var ids = Attempts.Keys.ToArray();
            var stored = new Dictionary<(long, long), List<long[]>>();
            await using (var cmd = new NpgsqlCommand("SELECT attempt_id, question_id, option_ids FROM quiz_answers WHERE attempt_id = ANY(@ids)", conn))
            {
                cmd.Parameters.AddWithValue("ids", ids);
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct))
                {
                    var key = (r.GetInt64(0), r.GetInt64(1));
                    if (!stored.TryGetValue(key, out var list)) stored[key] = list = [];
                    list.Add(r.GetFieldValue<long[]>(2));
                }
            }
            var lost = Acknowledged.Count(a => !stored.TryGetValue(a.Key, out var rows) || !rows.Any(o => o.SequenceEqual([a.Value])));
            var doubled = stored.Values.Sum(rows => rows.Count - 1);
            var unacknowledged = stored.Keys.Count(k => !Acknowledged.ContainsKey(k)); // stored, but the client never saw the 2xx
            var ok = lost == 0 && doubled == 0;
            var vi = LantoaWeb.Vietnamese;
            return (ok, $"Câu trả lời được xác nhận 2xx: {Acknowledged.Count.ToString("N0", vi)}, trong CSDL: {stored.Count.ToString("N0", vi)} — mất {lost}, trùng {doubled}"
                        + (unacknowledged > 0 ? $", {unacknowledged} lưu mà chưa kịp xác nhận" : "") + (ok ? "" : "  LỖI"));
        }
    }

    private sealed class Fault
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<string> _notes = [];
        public double Since => _clock.Elapsed.TotalSeconds;
        public TimeSpan Elapsed => _clock.Elapsed;
        public void Note(string s) { lock (_notes) _notes.Add(s); }
        public override string ToString() { lock (_notes) return string.Join("; ", _notes); }
    }

    private sealed record ProblemSample(int Status, bool Vietnamese, bool StackTrace, string Detail)
    {
        public override string ToString() => $"{Status}, \"{Detail}\"" + (StackTrace ? " (CÓ vết ngăn xếp)" : ", không có vết ngăn xếp");
    }

    /// <summary>A write while the primary is down: what the client gets.</summary>
    private static async Task<ProblemSample?> SampleOutageAsync(HttpClient http, string token, CancellationToken ct)
    {
        for (var i = 0; i < 50; i++)
        {
            using var req = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/quizzes/{QuizId}/attempts");
            req.Headers.Authorization = new("Bearer", token);
            using var r = await http.SendAsync(req, ct);
            var body = await r.Content.ReadAsStringAsync(ct);
            if ((int)r.StatusCode >= 500)
            {
                var detail = "";
                try
                {
                    var problem = JsonDocument.Parse(body).RootElement;
                    detail = string.Join(" — ", new[] { "title", "detail" }
                        .Select(k => problem.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null).OfType<string>());
                }
                catch (JsonException) { }
                return new ProblemSample((int)r.StatusCode, detail.Any(c => c > 0x7F), body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal), detail);
            }
            await Task.Delay(100, ct);
        }
        return null;
    }

    private sealed class Run
    {
        public int Completed;
        public int Answers;
        public int Retries;
        public readonly ConcurrentBag<double> AnswerMs = [];
        public readonly ConcurrentDictionary<string, int> Nodes = new();
        public readonly ConcurrentBag<TimeSpan> WriteOks = [];
        public readonly Stopwatch Clock = Stopwatch.StartNew();
        public TimeSpan Duration;

        public TimeSpan? FirstSuccessAfter(TimeSpan t) => WriteOks.Where(x => x >= t).DefaultIfEmpty(TimeSpan.MaxValue).Min() is var m && m != TimeSpan.MaxValue ? m : null;

        public string Line(string label)
        {
            var ms = AnswerMs.OrderBy(x => x).ToArray();
            double P(double q) => ms.Length == 0 ? 0 : ms[Math.Min(ms.Length - 1, (int)(q * ms.Length))];
            var s = Duration.TotalSeconds;
            return $"{label} | {Completed / s:0.0} | {Answers / s:0} | {P(0.5):0.0} / {P(0.95):0.0} / {P(0.99):0.0} | {Retries} | "
                   + string.Join(", ", Nodes.OrderBy(n => n.Key).Select(n => $"{n.Key}: {n.Value}"));
        }
    }

    /// <summary>Clients take attempts until <paramref name="duration"/> is over (an attempt under way is finished).</summary>
    private static async Task<Run> RunClientsAsync(HttpClient http, List<string> tokens, TimeSpan duration, Ledger ledger,
        Func<Task>? fault, CancellationToken ct)
    {
        var run = new Run();
        var faultTask = fault?.Invoke() ?? Task.CompletedTask;
        await Task.WhenAll(tokens.Select(token => Task.Run(async () =>
        {
            while (run.Clock.Elapsed < duration && !ct.IsCancellationRequested)
            {
                var start = await SendAsync(http, run, HttpMethod.Post, $"/api/v1/quizzes/{QuizId}/attempts", token, null, ct);
                var attempt = start.RootElement.GetProperty("attemptId").GetInt64();
                ledger.Attempts.TryAdd(attempt, 0);
                var answered = start.RootElement.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("questionId").GetInt64()).ToHashSet();
                var questions = start.RootElement.GetProperty("questions").EnumerateArray()
                    .Select(q => new Question(q.GetProperty("id").GetInt64(), q.GetProperty("options")[0].GetProperty("id").GetInt64())).ToList();
                foreach (var q in questions.Where(q => !answered.Contains(q.Id)))
                {
                    var sw = Stopwatch.StartNew();
                    await SendAsync(http, run, HttpMethod.Put, $"/api/v1/attempts/{attempt}/answers/{q.Id}", token, new { optionIds = new[] { q.OptionId } }, ct);
                    run.AnswerMs.Add(sw.Elapsed.TotalMilliseconds);
                    ledger.Acknowledged[(attempt, q.Id)] = q.OptionId;
                    Interlocked.Increment(ref run.Answers);
                }
                await SendAsync(http, run, HttpMethod.Post, $"/api/v1/attempts/{attempt}/submit", token, new { prediction = 100 }, ct);
                Interlocked.Increment(ref run.Completed);
            }
        }, ct)));
        run.Duration = run.Clock.Elapsed;
        await faultTask;
        return run;
    }

    /// <summary>The same request until it gets a 2xx (a 5xx or a broken connection is retried; a 4xx is a bug: thrown).</summary>
    private static async Task<JsonDocument> SendAsync(HttpClient http, Run run, HttpMethod method, string url, string token, object? body, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        var delay = 50;
        while (true)
        {
            try
            {
                using var req = new HttpRequestMessage(method, url);
                req.Headers.Authorization = new("Bearer", token);
                if (body is not null) req.Content = JsonContent.Create(body);
                using var r = await http.SendAsync(req, ct);
                if (r.Headers.TryGetValues(ClusterSetup.NodeHeader, out var node)) run.Nodes.AddOrUpdate(node.First(), 1, (_, n) => n + 1);
                if (r.IsSuccessStatusCode)
                {
                    if (method != HttpMethod.Get) run.WriteOks.Add(run.Clock.Elapsed);
                    var text = await r.Content.ReadAsStringAsync(ct);
                    return JsonDocument.Parse(text.Length == 0 ? "{}" : text);
                }
                if ((int)r.StatusCode < 500)
                    throw new InvalidOperationException($"{method} {url}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync(ct)}");
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            Interlocked.Increment(ref run.Retries);
            if (deadline.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException($"{method} {url}: không thành công sau 2 phút thử lại.");
            await Task.Delay(delay, ct);
            delay = Math.Min(delay * 2, 1000);
        }
    }

    /// <summary>The bare PostgreSQL figure: the same kind of upsert (one answer = one statement) from as many connections.</summary>
    private static async Task<string> BarePostgresAsync(string cs, int connections, TimeSpan duration, CancellationToken ct)
    {
        await using (var setup = new NpgsqlConnection(cs))
        {
            await setup.OpenAsync(ct);
            await using var create = new NpgsqlCommand("CREATE UNLOGGED TABLE IF NOT EXISTS bench_bare_answers (attempt_id bigint, question_id bigint, option_ids bigint[], answered_at timestamptz, PRIMARY KEY (attempt_id, question_id)); TRUNCATE bench_bare_answers", setup);
            await create.ExecuteNonQueryAsync(ct);
        }
        var count = 0;
        var sw = Stopwatch.StartNew();
        var ms = new ConcurrentBag<double>();
        await Task.WhenAll(Enumerable.Range(0, Math.Min(connections, 50)).Select(async c =>
        {
            await using var conn = new NpgsqlConnection(cs);
            await conn.OpenAsync(ct);
            var i = 0L;
            while (sw.Elapsed < duration)
            {
                var one = Stopwatch.StartNew();
                await using var cmd = new NpgsqlCommand("INSERT INTO bench_bare_answers VALUES (@a, @q, @o, now()) ON CONFLICT (attempt_id, question_id) DO UPDATE SET option_ids = EXCLUDED.option_ids, answered_at = EXCLUDED.answered_at", conn);
                cmd.Parameters.AddWithValue("a", (long)c);
                cmd.Parameters.AddWithValue("q", i++ % 1000);
                cmd.Parameters.AddWithValue("o", new[] { i });
                await cmd.ExecuteNonQueryAsync(ct);
                ms.Add(one.Elapsed.TotalMilliseconds);
                Interlocked.Increment(ref count);
            }
        }));
        await using (var drop = new NpgsqlConnection(cs))
        {
            await drop.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand("DROP TABLE bench_bare_answers", drop);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        var sorted = ms.OrderBy(x => x).ToArray();
        double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
        return $"PostgreSQL trần (cùng upsert, {Math.Min(connections, 50)} kết nối, bảng UNLOGGED): {count / sw.Elapsed.TotalSeconds:0} câu trả lời/s, p50 / p95 / p99 {P(0.5):0.0} / {P(0.95):0.0} / {P(0.99):0.0} ms";
    }
}
