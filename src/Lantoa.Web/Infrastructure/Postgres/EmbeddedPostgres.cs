using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Lantoa.Web.Infrastructure.Postgres;

/// <summary>
/// Lantoa's own PostgreSQL: a cluster in a data folder, started with initdb and pg_ctl from the machine's
/// PostgreSQL binaries, listening on a loopback port, stopped on exit. Used when no connection string is configured,
/// and by the integration tests. PostgreSQL refuses to run as root, so as root the cluster runs as the 'postgres' user.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    public const string SuperUser = "lantoa";

    private readonly string _binDir;
    private readonly bool _ownsServer;

    private EmbeddedPostgres(string dataDir, int port, string binDir, bool ownsServer)
    {
        DataDirectory = dataDir;
        Port = port;
        _binDir = binDir;
        _ownsServer = ownsServer;
    }

    public string DataDirectory { get; }
    public int Port { get; }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        Pooling = true,
        Timeout = 5,
    }.ConnectionString;

    /// <summary>Initialises the cluster if needed and starts it, or reuses one already running on that folder.</summary>
    public static async Task<EmbeddedPostgres> StartAsync(string dataDir, int port, TextWriter log, CancellationToken ct = default)
    {
        dataDir = Path.GetFullPath(dataDir);
        var binDir = FindBinDirectory();
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        Directory.CreateDirectory(dataDir);
        var pgData = Path.Combine(dataDir, "pg");

        if (!File.Exists(Path.Combine(pgData, "PG_VERSION")))
        {
            log.WriteLine($"Khởi tạo PostgreSQL trong {pgData} …");
            Directory.CreateDirectory(pgData);
            if (runAs is not null) await RunAsync("chown", ["-R", $"{runAs}:", dataDir], null, ct);
            await RunAsync(Path.Combine(binDir, "initdb"),
                ["-D", pgData, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"], runAs, ct);
        }
        else if (runAs is not null)
        {
            await RunAsync("chown", ["-R", $"{runAs}:", dataDir], null, ct);
        }

        var pg = new EmbeddedPostgres(dataDir, port, binDir, ownsServer: true);
        if (await pg.IsRunningAsync(runAs, ct))
        {
            log.WriteLine("PostgreSQL của Lantoa đã chạy sẵn trên thư mục dữ liệu này; dùng lại.");
            return new EmbeddedPostgres(dataDir, port, binDir, ownsServer: false);
        }

        if (!IsPortFree(port))
            throw new InvalidOperationException(
                $"Cổng {port} đang bị chiếm. Đặt LANTOA_PG_PORT sang cổng khác hoặc cấu hình ConnectionStrings__Lantoa.");

        var options = $"-p {port} -c listen_addresses=127.0.0.1 -k {pgData} -c fsync=on -c max_connections=200";
        await RunAsync(Path.Combine(binDir, "pg_ctl"),
            ["-D", pgData, "-l", Path.Combine(dataDir, "postgres.log"), "-o", options, "-w", "-t", "60", "start"], runAs, ct);
        return pg;
    }

    /// <summary>Creates the database if it does not exist yet.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(ConnectionString("postgres"));
        await conn.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", conn);
        exists.Parameters.AddWithValue("n", database);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "")}\" TEMPLATE template0 ENCODING 'UTF8'", conn);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task StopAsync()
    {
        if (!_ownsServer) return;
        NpgsqlConnection.ClearAllPools();
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        try
        {
            await RunAsync(Path.Combine(_binDir, "pg_ctl"), ["-D", Path.Combine(DataDirectory, "pg"), "-m", "fast", "-w", "stop"], runAs, CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Already stopped: nothing to do.
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<bool> IsRunningAsync(string? runAs, CancellationToken ct)
    {
        var pid = Path.Combine(DataDirectory, "pg", "postmaster.pid");
        if (!File.Exists(pid)) return false;
        try
        {
            await RunAsync(Path.Combine(_binDir, "pg_ctl"), ["-D", Path.Combine(DataDirectory, "pg"), "status"], runAs, ct);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public static string FindBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("LANTOA_PG_BIN");
        if (!string.IsNullOrEmpty(configured)) return configured;
        const string root = "/usr/lib/postgresql";
        var best = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => (dir: Path.Combine(d, "bin"), version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(x => File.Exists(Path.Combine(x.dir, "pg_ctl")))
                .OrderByDescending(x => x.version)
                .Select(x => x.dir)
                .FirstOrDefault()
            : null;
        return best ?? throw new InvalidOperationException(
            "Không tìm thấy PostgreSQL (/usr/lib/postgresql/*/bin). Cài bằng: apt-get install -y postgresql");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsPortFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> args, string? runAs, CancellationToken ct)
    {
        var psi = new ProcessStartInfo
        {
            FileName = runAs is null ? file : "runuser",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        if (runAs is not null)
        {
            psi.ArgumentList.Add("-u");
            psi.ArgumentList.Add(runAs);
            psi.ArgumentList.Add("--");
            psi.ArgumentList.Add(file);
        }
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"Không chạy được {file}.");
        var stdout = p.StandardOutput.ReadToEndAsync(ct);
        var stderr = p.StandardError.ReadToEndAsync(ct);
        await p.WaitForExitAsync(ct);
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} thất bại ({p.ExitCode}): {await stderr}{await stdout}");
    }
}
