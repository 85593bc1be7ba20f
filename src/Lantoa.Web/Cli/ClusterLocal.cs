using System.Diagnostics;
using Lantoa.Web.Infrastructure.Cluster;
using Lantoa.Web.Infrastructure.Postgres;
using Npgsql;

namespace Lantoa.Web.Cli;

/// <summary>
/// A whole cluster on this machine, for `./run.sh cluster` and `bench quiz-cluster`: Lantoa's own PostgreSQL as the
/// primary, a streaming replica of it (pg_basebackup -R, synchronous: a commit is acknowledged once the replica has it),
/// Redis, N Lantoa processes (`serve`) on loopback ports and nginx in front. Every node gets the same environment: the
/// failover connection string (both servers, read-write target), the replica for read-only pages, LANTOA_KEYS=database,
/// LANTOA_REDIS, LANTOA_DATA (the shared folder: key-encryption key, evidence, import stash) and its LANTOA_NODE name.
/// Everything is stopped on dispose, in reverse order.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    public sealed record Settings
    {
        public required string DataDirectory { get; init; }
        public int Nodes { get; init; } = 3;
        public int HttpPort { get; init; } = 5000;
        public int PrimaryPort { get; init; } = 55442;
        public int ReplicaPort { get; init; } = 55443;
        public int RedisPort { get; init; } = 56379;
        public int FirstNodePort { get; init; } = 5101;
        public bool Demo { get; init; } = true;

        /// <summary>More environment for every node (the benchmark turns rate limits off).</summary>
        public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
    }

    private readonly Settings _settings;
    private readonly TextWriter _log;
    private readonly Process?[] _nodes;
    private Process? _redis;

    private LocalCluster(Settings settings, TextWriter log, EmbeddedPostgres primary)
    {
        _settings = settings;
        _log = log;
        Primary = primary;
        _nodes = new Process?[settings.Nodes];
    }

    public EmbeddedPostgres Primary { get; }
    public StreamingReplica? Replica { get; private set; }
    public Nginx? Nginx { get; private set; }
    public Uri Address => new($"http://127.0.0.1:{_settings.HttpPort}/");
    public int NodeCount => _settings.Nodes;
    public string LogDirectory => Path.Combine(_settings.DataDirectory, "logs");

    /// <summary>Both servers' connection limit; the nodes' pools share it (<see cref="PoolPerNode"/>), with room for a
    /// restarted node while its killed predecessor's sessions are still being ended, and for the tools.</summary>
    public const int MaxConnections = 300;

    public int PoolPerNode => Math.Max(10, (MaxConnections - 60) / (_settings.Nodes + 1));

    /// <summary>The application's connection string as the nodes have it (both servers, the writable one chosen).</summary>
    public string AppConnectionString => new NpgsqlConnectionStringBuilder(
        StreamingReplica.FailoverConnectionString(Primary.AppConnectionString(Infrastructure.LantoaRuntime.DatabaseName), _settings.ReplicaPort))
        { MaxPoolSize = PoolPerNode }.ConnectionString;
    public string OwnerConnectionString => StreamingReplica.FailoverConnectionString(Primary.OwnerConnectionString(Infrastructure.LantoaRuntime.DatabaseName), _settings.ReplicaPort);

    public int NodePort(int i) => _settings.FirstNodePort + i;

    public static async Task<LocalCluster> StartAsync(Settings settings, TextWriter log, CancellationToken ct)
    {
        if (!Nginx.Installed) throw new InvalidOperationException("Chưa cài nginx (apt-get install nginx).");
        if (!File.Exists("/usr/bin/redis-server")) throw new InvalidOperationException("Chưa cài redis-server (apt-get install redis-server).");
        var data = Path.GetFullPath(settings.DataDirectory);
        settings = settings with { DataDirectory = data };
        Directory.CreateDirectory(data);
        ForgetSynchronousStandby(Path.Combine(data, "pg"));
        log.WriteLine($"PostgreSQL chính: cổng {settings.PrimaryPort} …");
        var primary = await EmbeddedPostgres.StartAsync(data, settings.PrimaryPort, log, ct, MaxConnections);
        var cluster = new LocalCluster(settings, log, primary);
        try
        {
            await primary.EnsureDatabaseAsync(Infrastructure.LantoaRuntime.DatabaseName, ct);
            await Infrastructure.Data.MigrationRunner.MigrateAsync(primary.OwnerConnectionString(Infrastructure.LantoaRuntime.DatabaseName), ct);

            log.WriteLine($"Bản sao PostgreSQL (streaming, đồng bộ): cổng {settings.ReplicaPort} …");
            cluster.Replica = await StreamingReplica.CreateAsync(primary, Path.Combine(data, "pg-replica"), settings.ReplicaPort, ct);
            await cluster.Replica.StartAsync(ct, MaxConnections);
            await StreamingReplica.WaitStreamingAsync(primary, TimeSpan.FromSeconds(60), ct);
            await StreamingReplica.MakeSynchronousAsync(primary, ct);

            log.WriteLine($"Redis: cổng {settings.RedisPort} …");
            cluster.StartRedis();
            Infrastructure.Auth.KeyEncryptionKey.LoadOrCreate(Path.Combine(data, "keys")); // one key-encryption key, before any node
            Directory.CreateDirectory(cluster.LogDirectory);

            // The first node loads the demo data into an empty database; the others start once it serves.
            log.WriteLine($"{settings.Nodes} nút Lantoa: cổng {settings.FirstNodePort}…{settings.FirstNodePort + settings.Nodes - 1} (nhật ký: {cluster.LogDirectory}) …");
            await cluster.StartNodeAsync(0, settings.Demo, ct);
            await Task.WhenAll(Enumerable.Range(1, settings.Nodes - 1).Select(i => cluster.StartNodeAsync(i, false, ct)));

            log.WriteLine($"nginx: cổng {settings.HttpPort} …");
            cluster.Nginx = await Nginx.StartAsync(Path.Combine(data, "nginx"), settings.HttpPort,
                Enumerable.Range(0, settings.Nodes).Select(cluster.NodePort).ToList(), ct);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A primary left with synchronous_standby_names set (a run that did not stop cleanly) would wait for a replica that
    /// is not there yet: the line is dropped before it starts; it is set again once the new replica streams.
    /// </summary>
    private static void ForgetSynchronousStandby(string pgData)
    {
        var auto = Path.Combine(pgData, "postgresql.auto.conf");
        if (!File.Exists(auto)) return;
        var lines = File.ReadAllLines(auto);
        var kept = lines.Where(l => !l.TrimStart().StartsWith("synchronous_standby_names", StringComparison.Ordinal)).ToArray();
        if (kept.Length != lines.Length) File.WriteAllLines(auto, kept); // keeps the file's owner and mode
    }

    private void StartRedis()
    {
        var psi = new ProcessStartInfo("/usr/bin/redis-server") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--port", _settings.RedisPort.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" })
            psi.ArgumentList.Add(a);
        _redis = Process.Start(psi) ?? throw new InvalidOperationException("Không chạy được redis-server.");
        Pump(_redis, Path.Combine(_settings.DataDirectory, "logs", "redis.log"));
    }

    /// <summary>Starts node <paramref name="i"/> (again, after a kill) and waits until /healthz answers "ok".</summary>
    public async Task StartNodeAsync(int i, bool demo = false, CancellationToken ct = default)
    {
        var port = NodePort(i);
        var dll = typeof(LocalCluster).Assembly.Location;
        var host = Environment.ProcessPath ?? "dotnet";
        var psi = new ProcessStartInfo(host) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") psi.ArgumentList.Add(dll);
        foreach (var a in new[] { "serve", "--urls", $"http://127.0.0.1:{port}" }) psi.ArgumentList.Add(a);
        var env = psi.Environment;
        env["ConnectionStrings__Lantoa"] = AppConnectionString;
        env["ConnectionStrings__LantoaOwner"] = OwnerConnectionString;
        env["ConnectionStrings__LantoaReplica"] = new NpgsqlConnectionStringBuilder(
            StreamingReplica.ReplicaConnectionString(Primary.AppConnectionString(Infrastructure.LantoaRuntime.DatabaseName), _settings.ReplicaPort))
            { MaxPoolSize = 10 }.ConnectionString;
        env["LANTOA_DATA"] = _settings.DataDirectory;
        env["LANTOA_NODE"] = $"node{i + 1}";
        env["LANTOA_KEYS"] = "database";
        env["LANTOA_REDIS"] = $"127.0.0.1:{_settings.RedisPort}";
        env["LANTOA_DEMO"] = demo ? "1" : "0";
        env["LANTOA_TRUSTED_PROXIES"] = "127.0.0.1"; // nginx: the client's address comes from X-Forwarded-For
        env.Remove("LANTOA_URLS");
        foreach (var (k, v) in _settings.Environment) env[k] = v;
        var process = Process.Start(psi) ?? throw new InvalidOperationException($"Không chạy được nút {i + 1}.");
        _nodes[i] = process;
        Pump(process, Path.Combine(LogDirectory, $"node{i + 1}.log"));

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(5); // the first start loads the demo data
        while (true)
        {
            if (process.HasExited)
            {
                await Task.Delay(200, CancellationToken.None); // the log's last lines
                var log = Path.Combine(LogDirectory, $"node{i + 1}.log");
                var tail = File.Exists(log) ? string.Join("\n", File.ReadLines(log).TakeLast(15)) : "";
                throw new InvalidOperationException($"Nút {i + 1} dừng khi khởi động (mã {process.ExitCode}); {log}:\n{tail}");
            }
            try
            {
                using var r = await http.GetAsync($"http://127.0.0.1:{port}/healthz", ct);
                if (r.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Nút {i + 1} không phản hồi /healthz sau 5 phút.");
            await Task.Delay(200, ct);
        }
    }

    /// <summary>nginx again, in front of the first <paramref name="nodes"/> nodes only (the benchmark's 1, 2 … N).</summary>
    public async Task RouteAsync(int nodes, CancellationToken ct)
    {
        if (Nginx is not null) await Nginx.DisposeAsync();
        Nginx = null;
        Nginx = await Nginx.StartAsync(Path.Combine(_settings.DataDirectory, "nginx"), _settings.HttpPort,
            Enumerable.Range(0, nodes).Select(NodePort).ToList(), ct);
    }

    /// <summary>SIGKILL: the node dies at once, mid-request, as a crash would.</summary>
    public void KillNode(int i)
    {
        if (_nodes[i] is { HasExited: false } p)
        {
            Signals.Send(p.Id, Signals.Kill);
            p.WaitForExit();
        }
    }

    /// <summary>SIGKILL to the primary's postmaster (its backends end as soon as they notice).</summary>
    public void KillPrimary()
    {
        if (Primary.PostmasterPid() is { } pid) Signals.Send(pid, Signals.Kill);
    }

    /// <summary>Runs scripts/failover.sh on the replica (fencing the old primary first); returns how long it took.</summary>
    public async Task<TimeSpan> PromoteReplicaAsync(CancellationToken ct)
    {
        var script = Infrastructure.Files.RepositoryData.Find("scripts/failover.sh")
            ?? throw new FileNotFoundException("Không tìm thấy scripts/failover.sh.");
        var sw = Stopwatch.StartNew();
        await EmbeddedPostgres.RunAsync("bash", [script, Replica!.PgData, Primary.PgData], null, ct);
        return sw.Elapsed;
    }

    private static void Pump(Process p, string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var writer = new StreamWriter(file, append: true) { AutoFlush = true };
        var gate = new object();
        var open = 2; // stdout and stderr: the file is closed after the last line of both (a null line ends a stream)
        void Line(string? line)
        {
            lock (gate)
            {
                if (open == 0) return;
                if (line is not null) writer.WriteLine(line);
                else if (--open == 0) writer.Dispose();
            }
        }
        p.OutputDataReceived += (_, e) => Line(e.Data);
        p.ErrorDataReceived += (_, e) => Line(e.Data);
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
    }

    public async ValueTask DisposeAsync()
    {
        if (Nginx is not null) await Nginx.DisposeAsync();
        foreach (var p in _nodes.OfType<Process>().Where(p => !p.HasExited)) Signals.Send(p.Id, Signals.Term);
        foreach (var p in _nodes.OfType<Process>())
        {
            if (!await Nginx.WaitAsync(p, TimeSpan.FromSeconds(20)) && !p.HasExited) p.Kill(entireProcessTree: true);
            p.Dispose();
        }
        if (_redis is { HasExited: false })
        {
            Signals.Send(_redis.Id, Signals.Term);
            if (!await Nginx.WaitAsync(_redis, TimeSpan.FromSeconds(10))) _redis.Kill();
        }
        // The primary first forgets its synchronous replica, so that stopping them never leaves a commit waiting.
        try
        {
            await using var conn = new NpgsqlConnection(Primary.SuperuserConnectionString("postgres"));
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("ALTER SYSTEM RESET synchronous_standby_names; SELECT pg_reload_conf();", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException) { }
        await Primary.ForceStopAsync();
        if (Replica is not null) await Replica.StopAsync();
        _log.WriteLine("Đã dừng nginx, các nút, Redis và PostgreSQL.");
    }
}
