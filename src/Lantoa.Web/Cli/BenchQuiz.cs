using System.Collections.Concurrent;
using System.CommandLine;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lantoa.Domain.Quizzes;
using Lantoa.Web.Features.Quizzes;
using Lantoa.Web.Infrastructure;
using Npgsql;
using NpgsqlTypes;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Lantoa.Web.Cli;

/// <summary>
/// `bench quiz`: the online quiz under load, then its ranking at scale.
/// <para>1. A database of its own (lantoa_bench_quiz) with the demo data; N citizens of Long An and their bearer tokens
/// written by COPY (as POST /api/v1/auth/token would store them). Lantoa is served on a loopback port (or
/// <c>--url</c> points at a running Lantoa, e.g. nginx in front of a cluster, whose database must then be the one of
/// <c>ConnectionStrings__LantoaOwner</c>). C entrants at once start an attempt of the demo quiz's practice round
/// (POST /api/v1/quizzes/{id}/attempts), then answer every question (PUT …/answers/{q}) and change one answer
/// (the last write wins), then submit. Prints attempts/s, answer saves/s, p50/p95/p99 per call; beside it the bare
/// PostgreSQL single-row INSERT rate of the same answer rows from as many tasks on the same server (same durability
/// settings: the same server, the same database); and counts in the database every answer against the last one each
/// client got 2xx for (lost: missing or different; doubled: more than one row; unacknowledged: stored without 2xx).</para>
/// <para>2. A closed round of M attempts (default 1.000.000, by COPY: M/2 citizens with two attempts each, some accounts
/// sharing a CCCD, a few disqualified), ranked in PostgreSQL (<see cref="QuizRankingStore"/>) and timed; the ranking is
/// checked against <see cref="QuizRanking"/> (the domain's rules) on a sample: the top 100 people and every 1000th
/// account, with all their attempts; then one disqualification at the top and the ranking again.</para>
/// </summary>
public static partial class BenchCommands
{
    private const string QuizBenchDatabase = "lantoa_bench_quiz";

    private static Command QuizCommand()
    {
        var entrants = new Option<int>("--entrants") { Description = "Số thí sinh (mặc định 1.000).", DefaultValueFactory = _ => 1000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Số thí sinh làm bài cùng lúc (mặc định 1.000).", DefaultValueFactory = _ => 1000 };
        var attempts = new Option<int>("--attempts") { Description = "Số lượt thi của đợt được xếp hạng (mặc định 1.000.000; 0: bỏ qua phần xếp hạng).", DefaultValueFactory = _ => 1_000_000 };
        var think = new Option<double>("--think") { Description = "Ở lượt đo theo nhịp người thật: số giây đọc và chọn trung bình mỗi câu (mặc định 2,5; ngẫu nhiên từ 1/5 đến 9/5 mức này).", DefaultValueFactory = _ => 2.5 };
        var url = new Option<string?>("--url") { Description = "Địa chỉ của một Lantoa đang chạy (ví dụ nginx của cụm); mặc định: tự chạy Lantoa trên cổng nội bộ. CSDL của nó phải là CSDL của ConnectionStrings__LantoaOwner." };
        // --cluster: the same quiz through nginx in front of several nodes, with faults (ClusterBenchQuiz).
        var cluster = new Option<bool>("--cluster") { Description = "Chạy trên cụm nhiều nút sau nginx (như ./run.sh cluster): lượt thi/giây với 1…N nút, đếm câu trả lời mất hoặc trùng." };
        var nodes = new Option<int>("--nodes") { Description = "Với --cluster: số nút Lantoa (mặc định 3).", DefaultValueFactory = _ => 3 };
        var clients = new Option<int>("--clients") { Description = "Với --cluster: số người dự thi cùng lúc (mặc định 40).", DefaultValueFactory = _ => 40 };
        var seconds = new Option<int>("--seconds") { Description = "Với --cluster: thời gian đo mỗi lượt, giây (mặc định 15).", DefaultValueFactory = _ => 15 };
        var killNode = new Option<bool>("--kill-node") { Description = "Với --cluster: giữa lượt đo, SIGKILL một nút rồi khởi động lại." };
        var killPrimary = new Option<bool>("--kill-primary") { Description = "Với --cluster: giữa lượt đo, SIGKILL PostgreSQL chính, nâng bản sao, đo thời gian phục hồi." };
        var cmd = new Command("quiz", "Đo thi trắc nghiệm: nhiều thí sinh cùng bắt đầu, trả lời, nộp bài qua HTTP, kèm tốc độ INSERT PostgreSQL thuần; rồi xếp hạng một đợt 1.000.000 lượt thi. Với --cluster: qua nginx trên nhiều nút, có hỏng nút.")
            { entrants, concurrency, attempts, think, url, cluster, nodes, clients, seconds, killNode, killPrimary };
        cmd.SetAction((pr, ct) => pr.GetValue(cluster)
            ? ClusterBenchQuiz.RunAsync(pr.GetValue(nodes), pr.GetValue(clients), pr.GetValue(seconds), pr.GetValue(killNode), pr.GetValue(killPrimary), ct)
            : RunQuizAsync(pr.GetValue(entrants), pr.GetValue(concurrency), pr.GetValue(attempts), pr.GetValue(think), pr.GetValue(url), ct));
        return cmd;
    }

    private sealed record BenchEntrant(int CitizenId, string Token);

    private sealed class Calls
    {
        public readonly ConcurrentBag<double> Start = [], Answer = [], Submit = [];
        public int StartFailed, AnswerFailed, SubmitFailed;
    }

    private static async Task<int> RunQuizAsync(int entrantCount, int concurrency, int rankAttempts, double think, string? url, CancellationToken ct)
    {
        if (entrantCount < 1 || concurrency < 1) return Fail("Số thí sinh và số làm bài cùng lúc phải từ 1.");
        if (think is < 0 or > 60) return Fail("Thời gian đọc mỗi câu phải từ 0 đến 60 giây.");
        if (rankAttempts < 0) return Fail("Số lượt thi phải từ 0.");
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _)) return Fail($"Địa chỉ \"{url}\" không hợp lệ.");
        await using var runtime = await LantoaRuntime.StartAsync(LantoaRuntime.Configuration(), Console.Error, ct);
        Console.WriteLine($"Tạo CSDL {QuizBenchDatabase} với dữ liệu mẫu …");
        var own = await BenchServer.DemoDatabaseAsync(runtime.OwnerConnectionString, ct, QuizBenchDatabase);
        var cs = url is null ? own : runtime.OwnerConnectionString;
        Console.WriteLine($"Máy: {Environment.ProcessorCount} CPU; Lantoa và PostgreSQL chạy trên cùng máy{(url is null ? "" : $" (Lantoa ở {url})")}.");

        var ok = await AttemptsUnderLoadAsync(cs, url, own, entrantCount, concurrency, think, ct);
        if (rankAttempts > 0) ok &= await RankAtScaleAsync(own, rankAttempts, ct);
        return ok ? 0 : 1;
    }

    // ----- 1. entrants over HTTP -----

    private static async Task<bool> AttemptsUnderLoadAsync(string cs, string? url, string own, int entrantCount, int concurrency, double think, CancellationToken ct)
    {
        var (quizId, provinceId) = await DemoQuizAsync(cs, ct);
        var tag = DateTime.UtcNow.ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var warm = Math.Min(100, entrantCount); // as many as the app's connection pool: a warm-up opens its connections (SCRAM, a backend each)
        var sw = Stopwatch.StartNew();
        var entrants = await CitizensWithTokensAsync(cs, provinceId, warm + entrantCount * (think > 0 ? 2 : 1), tag, ct);
        Console.WriteLine($"Dữ liệu: {DataGenerate.N(entrants.Count)} người dân + mã truy cập (COPY) trong {DataGenerate.S(sw.Elapsed)} s.");

        var server = url is null ? await BenchServer.StartAsync(own, ct) : null;
        var address = url ?? server!.Address;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(concurrency, 1), PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(3),
        };

        // Warm-up (JIT, the connection pool, the quiz and bank caches): entrants the whole way at once, not counted.
        var warmCalls = new Calls();
        var warmAcks = new ConcurrentDictionary<(long, long), long[]>();
        await RunEntrantsAsync(http, quizId, entrants.Take(warm).ToList(), warm, warmCalls, warmAcks, new ConcurrentDictionary<long, int>(), ct);
        if (warmCalls.StartFailed + warmCalls.AnswerFailed + warmCalls.SubmitFailed > 0)
        {
            Console.WriteLine($"  LỖI: lượt chạy thử thất bại (bắt đầu {warmCalls.StartFailed}, trả lời {warmCalls.AnswerFailed}, nộp {warmCalls.SubmitFailed} lỗi). Đợt thi thử của cuộc thi mẫu có đang mở?");
            return false;
        }

        var measured = entrants.Skip(warm).Take(entrantCount).ToList();
        var calls = new Calls();
        var acks = new ConcurrentDictionary<(long Attempt, long Question), long[]>();
        var scores = new ConcurrentDictionary<long, int>();
        var phases = await RunEntrantsAsync(http, quizId, measured, concurrency, calls, acks, scores, ct);

        Console.WriteLine($"1. Bão hòa: {DataGenerate.N(measured.Count)} thí sinh, {concurrency} cùng lúc, không nghỉ giữa các lời gọi; mỗi người trả lời mọi câu rồi đổi một câu, rồi nộp bài:");
        PrintCalls(calls, phases);
        var saves = calls.Answer.Count - calls.AnswerFailed;
        var savesPerSecond = saves / phases.Answer.TotalSeconds;

        // 2. The same number of entrants at a person's pace: starts spread over ten seconds (the evening a round opens),
        // each question read and answered in 1/5 to 9/5 of --think seconds, then the submit.
        var paced = new Calls();
        var pacedAcks = new ConcurrentDictionary<(long Attempt, long Question), long[]>();
        if (think > 0)
        {
            var pacedPhases = await RunPacedAsync(http, quizId, [.. entrants.Skip(warm + entrantCount)], think, paced, pacedAcks, scores, ct);
            Console.WriteLine($"2. Nhịp người thật: {DataGenerate.N(entrantCount)} thí sinh cùng làm bài, bắt đầu rải trong 10 giây, mỗi câu đọc và chọn " +
                              $"{(think / 5).ToString("0.#", LantoaWeb.Vietnamese)}–{(think * 9 / 5).ToString("0.#", LantoaWeb.Vietnamese)} giây:");
            PrintCalls(paced, pacedPhases);
        }

        // What the database holds against what the clients were told.
        var all = new ConcurrentDictionary<(long Attempt, long Question), long[]>(acks.Concat(pacedAcks));
        var (lost, doubled, unacknowledged, wrongScores) = await CheckAnswersAsync(cs, all, scores, ct);
        Console.WriteLine($"  CSDL (cả hai lượt đo): {DataGenerate.N(all.Count)} câu trả lời được xác nhận 2xx; mất {lost}, trùng {doubled}, lưu mà không xác nhận {unacknowledged}; điểm nộp bài khác CSDL {wrongScores}.");

        // Bare PostgreSQL: the same rows by single-row INSERT from as many tasks, through a pool as large as the app's
        // (the server stopped first, so that both pools never hold the server's connections at once).
        if (server is not null) await server.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        var (bareTimes, bareWall) = await BareAnswerInsertsAsync(cs, acks, concurrency, ct);
        var bareRate = bareTimes.Length / bareWall.TotalSeconds;
        Console.WriteLine($"  PostgreSQL thuần (INSERT một dòng, cùng {DataGenerate.N(bareTimes.Length)} dòng, {concurrency} tác vụ): p50 {Ms(Percentile(bareTimes, 0.50))}  " +
                          $"p95 {Ms(Percentile(bareTimes, 0.95))}  p99 {Ms(Percentile(bareTimes, 0.99))} ms; {bareRate.ToString("0", LantoaWeb.Vietnamese)} dòng/s");
        var share = savesPerSecond / bareRate;
        static double MaxP99(Calls c) => new[] { c.Start, c.Answer, c.Submit }.Max(t => t.IsEmpty ? 0 : Percentile(t.ToArray(), 0.99));
        Console.WriteLine($"  Lưu câu trả lời qua HTTP (bão hòa): {savesPerSecond.ToString("0", LantoaWeb.Vietnamese)}/s = {(share * 100).ToString("0", LantoaWeb.Vietnamese)} % INSERT thuần (mục tiêu ≥ 40 %).");
        Console.WriteLine($"  p99 lớn nhất của các lời gọi: bão hòa {Ms(MaxP99(calls))} ms" +
                          (think > 0 ? $"; nhịp người thật {Ms(MaxP99(paced))} ms (mục tiêu < 100 ms)." : "."));
        var failed = calls.StartFailed + calls.AnswerFailed + calls.SubmitFailed + paced.StartFailed + paced.AnswerFailed + paced.SubmitFailed;
        var fine = lost == 0 && doubled == 0 && wrongScores == 0 && failed == 0;
        if (!fine) Console.WriteLine("  LỖI: có lời gọi thất bại, câu trả lời bị mất hoặc bị trùng.");
        return fine;
    }

    private static void PrintCalls(Calls calls, (TimeSpan Start, TimeSpan Answer, TimeSpan Submit) phases)
    {
        Console.WriteLine($"  {"lời gọi",-34} {"số",8} {"p50",8} {"p95",8} {"p99",8}  lượt/s   lỗi");
        void Line(string name, ConcurrentBag<double> times, TimeSpan wall, int failed) =>
            Console.WriteLine($"  {name,-34} {times.Count,8} {Ms(Percentile(times.ToArray(), 0.50)),8} {Ms(Percentile(times.ToArray(), 0.95)),8} {Ms(Percentile(times.ToArray(), 0.99)),8}  " +
                              $"{(times.Count / wall.TotalSeconds).ToString("0", LantoaWeb.Vietnamese),6}  {failed,5}");
        Line("POST …/attempts (bắt đầu)", calls.Start, phases.Start, calls.StartFailed);
        Line("PUT …/answers/{q} (lưu câu trả lời)", calls.Answer, phases.Answer, calls.AnswerFailed);
        Line("POST …/submit (nộp bài)", calls.Submit, phases.Submit, calls.SubmitFailed);
    }

    private static async Task<(int QuizId, int ProvinceId)> DemoQuizAsync(string cs, CancellationToken ct)
    {
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            SELECT q.id, q.province_id FROM quizzes q JOIN quiz_rounds r ON r.quiz_id = q.id AND r.practice AND now() BETWEEN r.opens_at AND r.closes_at
            WHERE q.published ORDER BY q.id LIMIT 1
            """, c);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) throw new InvalidOperationException("Không có cuộc thi nào đang mở đợt thi thử (dữ liệu mẫu).");
        return (r.GetInt32(0), r.GetInt32(1));
    }

    /// <summary>The province's communes and units the generated citizens live and work in.</summary>
    private static async Task<(string Code, string[] Communes, int[] Units)> PlacesAsync(NpgsqlConnection c, int provinceId, CancellationToken ct)
    {
        string code;
        await using (var cmd = new NpgsqlCommand("SELECT code FROM provinces WHERE id = $1", c))
        {
            cmd.Parameters.AddWithValue(provinceId);
            code = (string)(await cmd.ExecuteScalarAsync(ct))!;
        }
        var communes = new List<string>();
        await using (var cmd = new NpgsqlCommand("SELECT DISTINCT code FROM admin_units WHERE province_code = $1 AND level = 'Commune' ORDER BY code LIMIT 60", c))
        {
            cmd.Parameters.AddWithValue(code);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) communes.Add(r.GetString(0));
        }
        var units = new List<int>();
        await using (var cmd = new NpgsqlCommand("SELECT id FROM units WHERE province_id = $1 ORDER BY id LIMIT 30", c))
        {
            cmd.Parameters.AddWithValue(provinceId);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) units.Add(r.GetInt32(0));
        }
        return (code, communes.Count > 0 ? [.. communes] : [""], [.. units]);
    }

    /// <summary>
    /// N citizens by binary COPY (e-mail logins "bench-{tag}-{i}@bench.invalid", verified, adults of the province) and a
    /// bearer token each, stored as the API stores one (SHA-256 of the token, audience citizen, 8 hours).
    /// </summary>
    private static async Task<List<BenchEntrant>> CitizensWithTokensAsync(string cs, int provinceId, int count, string tag, CancellationToken ct)
    {
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync(ct);
        var (code, communes, units) = await PlacesAsync(c, provinceId, ct);
        int first;
        await using (var cmd = new NpgsqlCommand("SELECT coalesce(max(id), 0) + 1 FROM citizens", c)) first = (int)(await cmd.ExecuteScalarAsync(ct))!;
        var now = DateTime.UtcNow;
        var place = new QuizRoundRows.Place(code, communes, units);
        await using (var w = await c.BeginBinaryImportAsync($"COPY citizens ({QuizRoundRows.CitizenColumns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < count; i++)
                QuizRoundRows.WriteCitizen(w, first + i, i, $"bench-{tag}-{i}@bench.invalid", "bench: no password", place, now, Guid.NewGuid().ToString("N"), null);
            await w.CompleteAsync(ct);
        }
        await using (var cmd = new NpgsqlCommand("SELECT setval(pg_get_serial_sequence('citizens', 'id'), (SELECT max(id) FROM citizens))", c))
            await cmd.ExecuteNonQueryAsync(ct);
        var entrants = new List<BenchEntrant>(count);
        await using (var w = await c.BeginBinaryImportAsync(
                         "COPY api_tokens (token_hash, audience, subject_id, created_at, expires_at, address, user_agent) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < count; i++)
            {
                var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
                entrants.Add(new BenchEntrant(first + i, token));
                await w.StartRowAsync(ct);
                await w.WriteAsync(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))), NpgsqlDbType.Text, ct);
                await w.WriteAsync(Infrastructure.Api.ApiAudiences.Citizen, NpgsqlDbType.Text, ct);
                await w.WriteAsync(first + i, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(now.AddHours(8), NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync("127.0.0.1", NpgsqlDbType.Text, ct);
                await w.WriteAsync("lantoa bench quiz", NpgsqlDbType.Text, ct);
            }
            await w.CompleteAsync(ct);
        }
        return entrants;
    }

    private sealed record Paper(BenchEntrant Who, long AttemptId, (long Id, bool Multiple, long[] Options)[] Questions);

    /// <summary>
    /// The entrants in three phases, each with <paramref name="concurrency"/> at once (all start — the evening a round
    /// opens; all answer; all submit): every answer acknowledged 2xx is remembered as the last one for its question.
    /// </summary>
    private static async Task<(TimeSpan Start, TimeSpan Answer, TimeSpan Submit)> RunEntrantsAsync(HttpClient http, int quizId, List<BenchEntrant> entrants, int concurrency,
        Calls calls, ConcurrentDictionary<(long, long), long[]> acks, ConcurrentDictionary<long, int> scores, CancellationToken ct)
    {
        Task<(int Status, string Body, double Ms)> SendAsync(HttpMethod method, string path, string? json, string token) =>
            SendQuizAsync(http, method, path, json, token, ct);

        async Task PhaseAsync<T>(IReadOnlyList<T> items, Func<T, Task> each)
        {
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, items.Count)).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < items.Count) await each(items[i]);
            }));
        }

        var papers = new ConcurrentBag<Paper>();
        var wall = Stopwatch.StartNew();
        await PhaseAsync(entrants, async e =>
        {
            var (status, body, ms) = await SendAsync(HttpMethod.Post, $"/api/v1/quizzes/{quizId}/attempts", null, e.Token);
            calls.Start.Add(ms);
            if (status is not (200 or 201)) { Interlocked.Increment(ref calls.StartFailed); return; }
            papers.Add(ReadPaper(e, body));
        });
        var start = wall.Elapsed;

        var list = papers.ToList();
        wall.Restart();
        await PhaseAsync(list, async p =>
        {
            foreach (var (question, options) in Sends(p))
            {
                var (status, _, ms) = await SendAsync(HttpMethod.Put, $"/api/v1/attempts/{p.AttemptId}/answers/{question}",
                    JsonSerializer.Serialize(new { optionIds = options }), p.Who.Token);
                calls.Answer.Add(ms);
                if (status is >= 200 and < 300) acks[(p.AttemptId, question)] = options;
                else Interlocked.Increment(ref calls.AnswerFailed);
            }
        });
        var answer = wall.Elapsed;

        wall.Restart();
        await PhaseAsync(list, async p =>
        {
            var (status, body, ms) = await SendAsync(HttpMethod.Post, $"/api/v1/attempts/{p.AttemptId}/submit", Prediction(p), p.Who.Token);
            calls.Submit.Add(ms);
            if (status != 200) { Interlocked.Increment(ref calls.SubmitFailed); return; }
            using var doc = JsonDocument.Parse(body);
            scores[p.AttemptId] = doc.RootElement.GetProperty("score").GetInt32();
        });
        return (start, answer, wall.Elapsed);
    }

    private static async Task<(int Status, string Body, double Ms)> SendQuizAsync(HttpClient http, HttpMethod method, string path, string? json, string token,
        CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        var sw = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            return ((int)response.StatusCode, body, sw.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (0, e.Message, sw.Elapsed.TotalMilliseconds);
        }
    }

    private static Paper ReadPaper(BenchEntrant who, string body)
    {
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        return new Paper(who, root.GetProperty("attemptId").GetInt64(), [.. root.GetProperty("questions").EnumerateArray().Select(q =>
            (q.GetProperty("id").GetInt64(), q.GetProperty("multiple").GetBoolean(), q.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetInt64()).ToArray()))]);
    }

    /// <summary>An answer to every question, then the first one changed (the last write wins).</summary>
    private static List<(long Question, long[] Options)> Sends(Paper p)
    {
        var random = new Random((int)p.AttemptId);
        var sends = p.Questions.Select(q => (q.Id, Options: Choose(q, random))).ToList();
        if (p.Questions.Length > 0) sends.Add((p.Questions[0].Id, Choose(p.Questions[0], random)));
        return sends;
    }

    private static string Prediction(Paper p) => JsonSerializer.Serialize(new { prediction = (int)(p.AttemptId % 50) });

    /// <summary>
    /// Every entrant at once, each at a person's pace: it starts at a random moment of the first ten seconds, reads each
    /// question for 1/5 to 9/5 of <paramref name="think"/> seconds before its answer, then submits. A call's time is the
    /// server's answer time under this load; the phases' lengths are from the first call of a kind to the last.
    /// </summary>
    private static async Task<(TimeSpan Start, TimeSpan Answer, TimeSpan Submit)> RunPacedAsync(HttpClient http, int quizId, List<BenchEntrant> entrants, double think,
        Calls calls, ConcurrentDictionary<(long, long), long[]> acks, ConcurrentDictionary<long, int> scores, CancellationToken ct)
    {
        var wall = Stopwatch.StartNew();
        long firstAnswer = long.MaxValue, lastStart = 0, lastAnswer = 0, firstSubmit = long.MaxValue, lastSubmit = 0;
        static void Min(ref long at, long value) { long seen; while (value < (seen = Interlocked.Read(ref at)) && Interlocked.CompareExchange(ref at, value, seen) != seen) { } }
        static void Max(ref long at, long value) { long seen; while (value > (seen = Interlocked.Read(ref at)) && Interlocked.CompareExchange(ref at, value, seen) != seen) { } }
        TimeSpan Pause(Random random) => TimeSpan.FromSeconds(think * (0.2 + 1.6 * random.NextDouble()));
        await Task.WhenAll(entrants.Select(async (e, i) =>
        {
            var random = new Random(e.CitizenId);
            await Task.Delay(TimeSpan.FromSeconds(10.0 * i / entrants.Count), ct);
            var (status, body, ms) = await SendQuizAsync(http, HttpMethod.Post, $"/api/v1/quizzes/{quizId}/attempts", null, e.Token, ct);
            calls.Start.Add(ms);
            Max(ref lastStart, wall.ElapsedTicks);
            if (status is not (200 or 201)) { Interlocked.Increment(ref calls.StartFailed); return; }
            var paper = ReadPaper(e, body);
            foreach (var (question, options) in Sends(paper))
            {
                await Task.Delay(Pause(random), ct);
                Min(ref firstAnswer, wall.ElapsedTicks);
                var (s, _, t) = await SendQuizAsync(http, HttpMethod.Put, $"/api/v1/attempts/{paper.AttemptId}/answers/{question}",
                    JsonSerializer.Serialize(new { optionIds = options }), e.Token, ct);
                calls.Answer.Add(t);
                Max(ref lastAnswer, wall.ElapsedTicks);
                if (s is >= 200 and < 300) acks[(paper.AttemptId, question)] = options;
                else Interlocked.Increment(ref calls.AnswerFailed);
            }
            await Task.Delay(Pause(random), ct);
            Min(ref firstSubmit, wall.ElapsedTicks);
            var (st, b, sm) = await SendQuizAsync(http, HttpMethod.Post, $"/api/v1/attempts/{paper.AttemptId}/submit", Prediction(paper), e.Token, ct);
            calls.Submit.Add(sm);
            Max(ref lastSubmit, wall.ElapsedTicks);
            if (st != 200) { Interlocked.Increment(ref calls.SubmitFailed); return; }
            using var doc = JsonDocument.Parse(b);
            scores[paper.AttemptId] = doc.RootElement.GetProperty("score").GetInt32();
        }));
        static TimeSpan Span(long from, long to) => TimeSpan.FromTicks(Math.Max(1, (to - from) * TimeSpan.TicksPerSecond / Stopwatch.Frequency));
        return (Span(0, lastStart), Span(firstAnswer, lastAnswer), Span(firstSubmit, lastSubmit));
    }

    private static long[] Choose((long Id, bool Multiple, long[] Options) q, Random random)
    {
        if (!q.Multiple || q.Options.Length < 2) return [q.Options[random.Next(q.Options.Length)]];
        return [.. q.Options.OrderBy(_ => random.Next()).Take(random.Next(1, q.Options.Length + 1)).Order()];
    }

    private static async Task<(long Lost, long Doubled, long Unacknowledged, long WrongScores)> CheckAnswersAsync(string cs,
        ConcurrentDictionary<(long Attempt, long Question), long[]> acks, ConcurrentDictionary<long, int> scores, CancellationToken ct)
    {
        var attempts = acks.Keys.Select(k => k.Attempt).Concat(scores.Keys).Distinct().ToArray();
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync(ct);
        var stored = new Dictionary<(long, long), long[]>();
        long doubled = 0;
        await using (var cmd = new NpgsqlCommand("""
            SELECT attempt_id, question_id, option_ids, count(*) OVER (PARTITION BY attempt_id, question_id)
            FROM quiz_answers WHERE attempt_id = ANY($1)
            """, c))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = attempts, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                stored[(r.GetInt64(0), r.GetInt64(1))] = r.GetFieldValue<long[]>(2);
                if (r.GetInt64(3) > 1) doubled++;
            }
        }
        var lost = acks.Count(a => !stored.TryGetValue(a.Key, out var v) || !v.Order().SequenceEqual(a.Value.Order()));
        var unacknowledged = stored.Keys.Count(k => !acks.ContainsKey(k));
        long wrongScores = 0;
        await using (var cmd = new NpgsqlCommand("SELECT id, correct FROM quiz_attempts WHERE id = ANY($1)", c))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = scores.Keys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                if (r.IsDBNull(1) || r.GetInt32(1) != scores[r.GetInt64(0)]) wrongScores++;
        }
        return (lost, doubled, unacknowledged, wrongScores);
    }

    /// <summary>The acknowledged answer rows again, into a copy of quiz_answers (same columns, primary key and server),
    /// one single-row INSERT per answer, <paramref name="concurrency"/> tasks over a pool as large as the app's.</summary>
    private static async Task<(double[] Times, TimeSpan Wall)> BareAnswerInsertsAsync(string cs,
        ConcurrentDictionary<(long Attempt, long Question), long[]> acks, int concurrency, CancellationToken ct)
    {
        await using (var c = new NpgsqlConnection(cs))
        {
            await c.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand("DROP TABLE IF EXISTS bench_quiz_answers; CREATE TABLE bench_quiz_answers (LIKE quiz_answers INCLUDING ALL)", c);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        var byAttempt = acks.GroupBy(a => a.Key.Attempt).Select(g => g.ToArray()).ToArray();
        var times = new ConcurrentBag<double>();
        await using var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(cs) { MaxPoolSize = Math.Min(concurrency, 100) }.ConnectionString);
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, byAttempt.Length)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < byAttempt.Length)
                foreach (var a in byAttempt[i])
                {
                    var sw = Stopwatch.StartNew();
                    await using var c = await source.OpenConnectionAsync(ct);
                    await using var cmd = new NpgsqlCommand("INSERT INTO bench_quiz_answers (attempt_id, question_id, option_ids, answered_at) VALUES ($1, $2, $3, now())", c);
                    cmd.Parameters.AddWithValue(a.Key.Attempt); cmd.Parameters.AddWithValue(a.Key.Question);
                    cmd.Parameters.Add(new NpgsqlParameter { Value = a.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
                    await cmd.ExecuteNonQueryAsync(ct);
                    times.Add(sw.Elapsed.TotalMilliseconds);
                }
        }));
        var elapsed = wall.Elapsed;
        await using (var c = new NpgsqlConnection(cs))
        {
            await c.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand("DROP TABLE bench_quiz_answers", c);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return ([.. times], elapsed);
    }

    // ----- 2. ranking a round of a million attempts -----

    private static async Task<bool> RankAtScaleAsync(string cs, int attempts, CancellationToken ct)
    {
        var (quizId, provinceId) = await DemoQuizAsync(cs, ct);
        const int round = 90;
        var people = Math.Max(1, attempts / 2);
        var sw = Stopwatch.StartNew();
        await using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cs) { CommandTimeout = 600 }.ConnectionString);
        await c.OpenAsync(ct);
        var closes = DateTimeOffset.UtcNow.AddDays(-1);
        var opens = closes.AddDays(-20);
        await using (var cmd = new NpgsqlCommand("INSERT INTO quiz_rounds (quiz_id, number, opens_at, closes_at) VALUES ($1, $2, $3, $4)", c))
        {
            cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue(round); cmd.Parameters.AddWithValue(opens); cmd.Parameters.AddWithValue(closes);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        var (code, communes, units) = await PlacesAsync(c, provinceId, ct);
        int firstCitizen;
        await using (var cmd = new NpgsqlCommand("SELECT coalesce(max(id), 0) + 1 FROM citizens", c)) firstCitizen = (int)(await cmd.ExecuteScalarAsync(ct))!;
        var now = DateTime.UtcNow;
        var place = new QuizRoundRows.Place(code, communes, units);
        await using (var w = await c.BeginBinaryImportAsync($"COPY citizens ({QuizRoundRows.CitizenColumns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < people; i++)
                QuizRoundRows.WriteCitizen(w, firstCitizen + i, i, $"rank-{i}@bench.invalid", "bench: no password", place, now, "bench", "bench");
            await w.CompleteAsync(ct);
        }
        long firstAttempt;
        await using (var cmd = new NpgsqlCommand("SELECT coalesce(max(id), 0) + 1 FROM quiz_attempts", c)) firstAttempt = (long)(await cmd.ExecuteScalarAsync(ct))!;
        var random = new Random(20241001);
        await using (var w = await c.BeginBinaryImportAsync($"COPY quiz_attempts ({QuizRoundRows.AttemptColumns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < attempts; i++)
                QuizRoundRows.WriteAttempt(w, firstAttempt + i, quizId, round, firstCitizen + i % people, opens, 19 * 86400, 20, 900, attempts, random);
            await w.CompleteAsync(ct);
        }
        await using (var cmd = new NpgsqlCommand("""
            SELECT setval(pg_get_serial_sequence('citizens', 'id'), (SELECT max(id) FROM citizens));
            SELECT setval(pg_get_serial_sequence('quiz_attempts', 'id'), (SELECT max(id) FROM quiz_attempts));
            ANALYZE citizens; ANALYZE quiz_attempts;
            """, c) { CommandTimeout = 600 })
            await cmd.ExecuteNonQueryAsync(ct);
        Console.WriteLine($"Xếp hạng: {DataGenerate.N(attempts)} lượt thi của {DataGenerate.N(people)} tài khoản (COPY) trong {DataGenerate.S(sw.Elapsed)} s.");

        var run = await QuizRankingStore.RankAsync(c, quizId, round, DateTimeOffset.UtcNow, ct);
        Console.WriteLine($"  Xếp hạng trong PostgreSQL (một INSERT … SELECT, hàm cửa sổ): {DataGenerate.S(run.Elapsed)} s (mục tiêu < 60 s); " +
                          $"{DataGenerate.N(run.Entrants)} thí sinh, {DataGenerate.N(run.AllCorrect)} đúng tất cả, {DataGenerate.N(run.Ranked)} người được xếp hạng.");
        var fine = await CheckRankingAsync(c, quizId, round, run, ct);

        // A disqualification at the top: the round is ranked again (the all-correct count, and so every prediction's
        // error, may change with it), the disqualified person is gone and the new ranking still matches the domain's.
        int topCitizen;
        await using (var cmd = new NpgsqlCommand("SELECT citizen_id FROM quiz_rankings WHERE quiz_id = $1 AND round_number = $2 AND rank = 1", c))
        {
            cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue(round);
            topCitizen = (int)(await cmd.ExecuteScalarAsync(ct))!;
        }
        await using (var cmd = new NpgsqlCommand("UPDATE quiz_attempts SET disqualified_reason = 'Đo hiệu năng: loại người đứng đầu' WHERE citizen_id = $1 AND quiz_id = $2 AND round_number = $3", c))
        {
            cmd.Parameters.AddWithValue(topCitizen); cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue(round);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        var again = await QuizRankingStore.RankAsync(c, quizId, round, DateTimeOffset.UtcNow, ct);
        long left;
        await using (var cmd = new NpgsqlCommand("SELECT count(*) FROM quiz_rankings WHERE quiz_id = $1 AND round_number = $2 AND citizen_id = $3", c))
        {
            cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue(round); cmd.Parameters.AddWithValue(topCitizen);
            left = (long)(await cmd.ExecuteScalarAsync(ct))!;
        }
        Console.WriteLine($"  Loại người hạng 1 rồi xếp hạng lại: {DataGenerate.S(again.Elapsed)} s; người bị loại {(left == 0 ? "không còn" : "VẪN CÒN")} trong bảng xếp hạng.");
        var stillFine = await CheckRankingAsync(c, quizId, round, again, ct);
        return fine && left == 0 && stillFine;
    }

    /// <summary>
    /// The domain's ranking (<see cref="QuizRanking.Rank"/>) of a sample — the top 100 people and every 1000th account,
    /// each with every account sharing its CCCD and all their attempts — against PostgreSQL's: the same attempts in the
    /// same order, and for the top 100 the same rank and prize.
    /// </summary>
    private static async Task<bool> CheckRankingAsync(NpgsqlConnection c, int quizId, int round, RankingRun run, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        const string sample = """
            WITH picked AS (
                SELECT citizen_id FROM quiz_rankings WHERE quiz_id = $1 AND round_number = $2 AND rank <= 100
                UNION SELECT DISTINCT citizen_id FROM quiz_attempts WHERE quiz_id = $1 AND round_number = $2 AND citizen_id % 1000 = 7
            ), persons AS (
                SELECT ci.id FROM citizens ci WHERE ci.id IN (SELECT citizen_id FROM picked)
                UNION SELECT o.id FROM citizens ci JOIN citizens o ON o.id_card_hash = ci.id_card_hash WHERE ci.id IN (SELECT citizen_id FROM picked)
            )
            """;
        var entries = new List<RankEntry>();
        await using (var cmd = new NpgsqlCommand(sample + """
            SELECT a.id, a.citizen_id, a.correct, a.prediction, a.duration_ms, a.submitted_at, a.disqualified_reason, ci.phone, ci.email, ci.id_card_hash
            FROM quiz_attempts a JOIN citizens ci ON ci.id = a.citizen_id
            WHERE a.quiz_id = $1 AND a.round_number = $2 AND a.submitted_at IS NOT NULL AND a.citizen_id IN (SELECT id FROM persons)
            """, c))
        {
            cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue(round);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                entries.Add(new RankEntry(r.GetInt64(0), r.GetInt32(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt32(3), r.GetInt64(4),
                    r.GetFieldValue<DateTimeOffset>(5), [.. new[] { r.IsDBNull(7) ? null : "p:" + r.GetString(7), r.IsDBNull(8) ? null : "e:" + r.GetString(8),
                        r.IsDBNull(9) ? null : "c:" + r.GetString(9) }.OfType<string>()], r.IsDBNull(6) ? null : r.GetString(6)));
        }
        var sql = new List<(long Attempt, int Rank, string? Prize, int? Error)>();
        var ids = entries.Select(e => e.AttemptId).ToArray();
        await using (var cmd = new NpgsqlCommand("SELECT attempt_id, rank, prize, prediction_error FROM quiz_rankings WHERE quiz_id = $1 AND round_number = $2 AND attempt_id = ANY($3) ORDER BY rank", c))
        {
            cmd.Parameters.AddWithValue(quizId); cmd.Parameters.AddWithValue(round);
            cmd.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) sql.Add((r.GetInt64(0), r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetInt32(3)));
        }
        IReadOnlyList<PrizeTier> tiers;
        await using (var cmd = new NpgsqlCommand("SELECT prizes::text FROM quizzes WHERE id = $1", c))
        {
            cmd.Parameters.AddWithValue(quizId);
            tiers = QuizStore.Tiers((string)(await cmd.ExecuteScalarAsync(ct))!);
        }
        var domain = QuizRanking.Rank(entries, run.AllCorrect, tiers);
        var sameOrder = domain.Select(d => d.Entry.AttemptId).SequenceEqual(sql.Select(s => s.Attempt));
        var sameErrors = domain.Zip(sql).All(x => (x.First.PredictionError == int.MaxValue ? null : (int?)x.First.PredictionError) == x.Second.Error);
        var top = domain.Zip(sql).Where(x => x.Second.Rank <= 100).ToList();
        var sameTop = top.Count == Math.Min(100, run.Ranked) && top.All(x => x.First.Rank == x.Second.Rank && x.First.Prize == x.Second.Prize);
        var fine = sameOrder && sameErrors && sameTop;
        Console.WriteLine($"  Đối chiếu với quy tắc xếp hạng của miền (QuizRanking) trên mẫu {DataGenerate.N(entries.Count)} lượt thi, {DataGenerate.N(domain.Count)} người " +
                          $"(100 người đầu và mỗi tài khoản thứ 1000): {(fine ? "khớp" : $"KHÔNG KHỚP (thứ tự {sameOrder}, sai số dự đoán {sameErrors}, 100 người đầu {sameTop})")} ({DataGenerate.S(sw.Elapsed)} s).");
        return fine;
    }
}
