using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;

namespace Lantoa.Web.Infrastructure.Postgres;

using Files = Lantoa.Web.Infrastructure.Files;

/// <summary>
/// Lantoa's own PostgreSQL: a cluster in a data folder, started with initdb and pg_ctl from the machine's
/// PostgreSQL binaries, listening on a loopback port, stopped on exit. Used when no connection string is configured,
/// and by the integration tests. PostgreSQL refuses to run as root, so as root the cluster runs as the 'postgres' user.
/// <para>
/// Least privilege: the cluster asks for a SCRAM password on its socket and its port (no trust). Three roles:
/// the superuser (only for creating roles and databases), <see cref="OwnerRole"/> (owns the databases and runs the
/// migrations, no superuser) and <see cref="AppRole"/> (what the web application and the command line use: table rows
/// only). Their generated passwords are in DATA/secrets/postgres.json (0600, Lantoa's user).
/// </para>
/// <para>
/// Layout: DATA (0711 when PostgreSQL runs as another user, else 0700) holds pg/ (PostgreSQL's data directory, owned by
/// PostgreSQL's user, 0700) and Lantoa's own folders (keys/, secrets/, evidence/ …, owned by Lantoa's user, 0700), so
/// the postgres account can reach its own folder but cannot list or read Lantoa's.
/// </para>
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    public const string SuperUser = "lantoa";
    public const string OwnerRole = "lantoa_owner";
    public const string AppRole = "lantoa_app";

    private readonly string _binDir;
    private readonly Credentials _credentials;
    private readonly string? _runAs;

    /// <summary>The server's connection limit: 200 for Lantoa; the test cluster, shared by hundreds of parallel test
    /// apps whose pools each keep idle connections, asks for more.</summary>
    private int _maxConnections = 200;
    private bool _ownsServer;

    private EmbeddedPostgres(string dataDir, int port, string binDir, Credentials credentials, string? runAs, bool ownsServer)
    {
        DataDirectory = dataDir;
        Port = port;
        _binDir = binDir;
        _credentials = credentials;
        _runAs = runAs;
        _ownsServer = ownsServer;
    }

    public string DataDirectory { get; }
    public int Port { get; }
    public string PgData => Path.Combine(DataDirectory, "pg");
    public string BinDirectory => _binDir;

    /// <summary>The owner role: full rights in Lantoa's databases (migrations, COPY, creating its own databases), no superuser.</summary>
    public string ConnectionString(string database) => Build(OwnerRole, _credentials.Owner, database);

    public string OwnerConnectionString(string database) => Build(OwnerRole, _credentials.Owner, database);

    /// <summary>The application role: SELECT/INSERT/UPDATE/DELETE on tables, INSERT/SELECT only on the audit trail.</summary>
    public string AppConnectionString(string database) => Build(AppRole, _credentials.App, database);

    /// <summary>The superuser, for creating roles and databases (and the tests' template clones); never given to the app.</summary>
    public string SuperuserConnectionString(string database) => Build(SuperUser, _credentials.Superuser, database);

    private string Build(string user, string password, string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = user,
        Password = password,
        Database = database,
        Pooling = true,
        Timeout = 5,
    }.ConnectionString;

    private sealed record Credentials(string Superuser, string Owner, string App);

    /// <summary>Initialises the cluster if needed and starts it, or reuses one already running on that folder.</summary>
    public static async Task<EmbeddedPostgres> StartAsync(string dataDir, int port, TextWriter log, CancellationToken ct = default,
        int maxConnections = 200)
    {
        dataDir = Path.GetFullPath(dataDir);
        var binDir = FindBinDirectory();
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        Directory.CreateDirectory(dataDir);
        // PostgreSQL's user must traverse DATA to reach pg/, but never list it or open Lantoa's folders.
        Files.UnixModes.Set(dataDir, runAs is null ? Private : Private | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        var pgData = Path.Combine(dataDir, "pg");
        var credentials = LoadOrCreateCredentials(dataDir, out var fresh);
        var legacyTrust = false;

        if (!File.Exists(Path.Combine(pgData, "PG_VERSION")))
        {
            log.WriteLine($"Khởi tạo PostgreSQL trong {pgData} …");
            Directory.CreateDirectory(pgData);
            Files.UnixModes.Set(pgData, Private);
            if (runAs is not null) await RunAsync("chown", ["-R", $"{runAs}:", pgData], null, ct);
            // initdb reads the superuser's password from a file only PostgreSQL's user can read, deleted right after.
            var pwFile = Path.Combine(dataDir, ".initdb-" + Guid.NewGuid().ToString("N"));
            await File.WriteAllTextAsync(pwFile, credentials.Superuser + "\n", ct);
            Files.UnixModes.Set(pwFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            try
            {
                if (runAs is not null) await RunAsync("chown", [$"{runAs}:", pwFile], null, ct);
                await RunAsync(Path.Combine(binDir, "initdb"),
                    ["-D", pgData, "-U", SuperUser, "--auth=scram-sha-256", "--pwfile=" + pwFile, "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"], runAs, ct);
            }
            finally
            {
                File.Delete(pwFile);
            }
        }
        else
        {
            // A cluster made by an older Lantoa trusted every local connection: switch it to SCRAM once it runs.
            legacyTrust = File.ReadLines(Path.Combine(pgData, "pg_hba.conf"))
                .Any(l => !l.TrimStart().StartsWith('#') && l.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault() == "trust");
            if (fresh && !legacyTrust)
                throw new InvalidOperationException(
                    $"Thiếu tệp mật khẩu {Path.Combine(dataDir, "secrets", "postgres.json")} của PostgreSQL trong {pgData}; khôi phục tệp đó hoặc dùng thư mục dữ liệu khác.");
            if (runAs is not null) await RunAsync("chown", ["-R", $"{runAs}:", pgData], null, ct);
        }
        if (runAs is not null) await ReclaimLantoaFoldersAsync(dataDir, ct);

        var pg = new EmbeddedPostgres(dataDir, port, binDir, credentials, runAs, ownsServer: true) { _maxConnections = maxConnections };
        if (await pg.IsRunningAsync(ct))
        {
            log.WriteLine("PostgreSQL của Lantoa đã chạy sẵn trên thư mục dữ liệu này; dùng lại.");
            pg._ownsServer = false;
        }
        else
        {
            if (!IsPortFree(port))
                throw new InvalidOperationException(
                    $"Cổng {port} đang bị chiếm. Đặt LANTOA_PG_PORT sang cổng khác hoặc cấu hình ConnectionStrings__Lantoa.");
            await pg.PgCtlStartAsync(ct);
        }
        if (legacyTrust) await pg.UpgradeFromTrustAsync(ct);
        await pg.EnsureRolesAsync(ct);
        return pg;
    }

    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private async Task PgCtlStartAsync(CancellationToken ct)
    {
        // random_page_cost 1.1: the data is on SSD and mostly in memory, where an index lookup costs little more than a
        // sequential read. With the default 4 the planner hashes all 37.135 activities of the national dataset to join a
        // commune's 922 assignments (17 ms) instead of looking them up (5 ms).
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -k {PgData} -c fsync=on -c max_connections={_maxConnections} -c random_page_cost=1.1";
        await RunAsync(Path.Combine(_binDir, "pg_ctl"),
            ["-D", PgData, "-l", Path.Combine(PgData, "server.log"), "-o", options, "-w", "-t", "60", "start"], _runAs, ct);
    }

    private static Credentials LoadOrCreateCredentials(string dataDir, out bool created)
    {
        var secrets = Path.Combine(dataDir, "secrets");
        Directory.CreateDirectory(secrets);
        Files.UnixModes.Set(secrets, Private);
        var file = Path.Combine(secrets, "postgres.json");
        if (File.Exists(file))
        {
            created = false;
            return JsonSerializer.Deserialize<Credentials>(File.ReadAllText(file))
                   ?? throw new InvalidOperationException($"Tệp {file} hỏng.");
        }
        created = true;
        var credentials = new Credentials(NewPassword(), NewPassword(), NewPassword());
        using (var stream = new FileStream(file, Files.UnixModes.CreatePrivate(FileMode.CreateNew)))
            JsonSerializer.Serialize(stream, credentials);
        return credentials;
    }

    /// <summary>Letters and digits only, so it can be written into SQL and files without quoting.</summary>
    private static string NewPassword() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();

    /// <summary>An older Lantoa chowned the whole data folder to postgres: give Lantoa's folders back to Lantoa's user.</summary>
    private static async Task ReclaimLantoaFoldersAsync(string dataDir, CancellationToken ct)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(dataDir))
        {
            var name = Path.GetFileName(entry);
            if (name == "pg" || name.StartsWith(".initdb-", StringComparison.Ordinal)) continue;
            await RunAsync("chown", ["-R", $"{Environment.UserName}:", entry], null, ct);
            if (Directory.Exists(entry)) Files.UnixModes.Set(entry, Private);
        }
    }

    private async Task UpgradeFromTrustAsync(CancellationToken ct)
    {
        var trusted = new NpgsqlConnectionStringBuilder(SuperuserConnectionString("postgres")) { Password = null, Pooling = false }.ConnectionString;
        await using (var conn = new NpgsqlConnection(trusted))
        {
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand($"ALTER ROLE {SuperUser} PASSWORD '{_credentials.Superuser}'", conn);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        // Overwriting keeps the file's owner (PostgreSQL's user) and mode.
        await File.WriteAllTextAsync(Path.Combine(PgData, "pg_hba.conf"),
            "# Lantoa: every connection proves its password (SCRAM).\n" +
            "local all all scram-sha-256\nhost all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n" +
            "local replication all scram-sha-256\nhost replication all 127.0.0.1/32 scram-sha-256\n", ct);
        await using (var conn = new NpgsqlConnection(trusted))
        {
            await conn.OpenAsync(ct);
            await using var reload = new NpgsqlCommand("SELECT pg_reload_conf()", conn);
            await reload.ExecuteScalarAsync(ct);
        }
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>The owner and application roles, with the passwords of this data folder.</summary>
    private async Task EnsureRolesAsync(CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(SuperuserConnectionString("postgres"));
        await conn.OpenAsync(ct);
        foreach (var (role, password, rights) in new[]
                 {
                     (OwnerRole, _credentials.Owner, "NOSUPERUSER CREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"),
                     (AppRole, _credentials.App, "NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"),
                 })
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_roles WHERE rolname = @r", conn);
            exists.Parameters.AddWithValue("r", role);
            var verb = await exists.ExecuteScalarAsync(ct) is null ? "CREATE" : "ALTER";
            await using var cmd = new NpgsqlCommand($"{verb} ROLE {role} LOGIN {rights} PASSWORD '{password}'", conn);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Creates the database (owned by <see cref="OwnerRole"/>) if it does not exist yet; an older Lantoa's database is handed to the owner role.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken ct = default)
    {
        var name = database.Replace("\"", "");
        await using (var conn = new NpgsqlConnection(SuperuserConnectionString("postgres")))
        {
            await conn.OpenAsync(ct);
            await using var owner = new NpgsqlCommand("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = @n", conn);
            owner.Parameters.AddWithValue("n", database);
            var current = await owner.ExecuteScalarAsync(ct) as string;
            if (current is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" OWNER {OwnerRole} TEMPLATE template0 ENCODING 'UTF8'", conn);
                await create.ExecuteNonQueryAsync(ct);
                return;
            }
            if (current == OwnerRole) return;
            await using var alter = new NpgsqlCommand($"ALTER DATABASE \"{name}\" OWNER TO {OwnerRole}", conn);
            await alter.ExecuteNonQueryAsync(ct);
        }
        // Tables, views and sequences made by the superuser of an older Lantoa now belong to the owner role.
        await using var db = new NpgsqlConnection(SuperuserConnectionString(database));
        await db.OpenAsync(ct);
        await using var adopt = new NpgsqlCommand($$"""
            DO $$
            DECLARE r record;
            BEGIN
              FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                         AND pg_get_userbyid(c.relowner) <> '{{OwnerRole}}'
                         AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
              LOOP
                EXECUTE format('ALTER %s %I OWNER TO {{OwnerRole}}',
                  CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, r.relname);
              END LOOP;
              FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                       WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '{{OwnerRole}}'
              LOOP
                EXECUTE format('ALTER FUNCTION %s OWNER TO {{OwnerRole}}', r.f);
              END LOOP;
            END $$;
            """, db);
        await adopt.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Whether the postmaster of this data folder is alive (a killed one may linger as a zombie: that counts as dead).</summary>
    public bool IsPostmasterAlive()
    {
        try
        {
            var pidFile = Path.Combine(PgData, "postmaster.pid");
            if (!File.Exists(pidFile)) return false;
            if (!int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid)) return false;
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat)) return false;
            var text = File.ReadAllText(stat);
            var state = text[(text.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state is not ("Z" or "X");
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The postmaster's process id, or null.</summary>
    public int? PostmasterPid()
    {
        var pidFile = Path.Combine(PgData, "postmaster.pid");
        return File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) ? pid : null;
    }

    /// <summary>Starts a postmaster that died (the supervisor's step): a stale lock file of a dead one is removed first.</summary>
    public async Task RestartAsync(CancellationToken ct)
    {
        if (IsPostmasterAlive()) return;
        var pidFile = Path.Combine(PgData, "postmaster.pid");
        if (File.Exists(pidFile)) File.Delete(pidFile);
        await PgCtlStartAsync(ct);
        _ownsServer = true;
        NpgsqlConnection.ClearAllPools();
    }

    public async Task StopAsync()
    {
        if (!_ownsServer) return;
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunAsync(Path.Combine(_binDir, "pg_ctl"), ["-D", PgData, "-m", "fast", "-w", "stop"], _runAs, CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Already stopped: nothing to do.
        }
    }

    /// <summary>Stops the server of this folder even when another process started it (the tests' clean-up after a kill).</summary>
    public async Task ForceStopAsync()
    {
        _ownsServer = true;
        await StopAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<bool> IsRunningAsync(CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(PgData, "postmaster.pid"))) return false;
        if (!IsPostmasterAlive()) return false;
        try
        {
            await RunAsync(Path.Combine(_binDir, "pg_ctl"), ["-D", PgData, "status"], _runAs, ct);
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

    internal static async Task RunAsync(string file, IReadOnlyList<string> args, string? runAs, CancellationToken ct,
        IReadOnlyDictionary<string, string>? environment = null)
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
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"Không chạy được {file}.");
        var stdout = p.StandardOutput.ReadToEndAsync(ct);
        var stderr = p.StandardError.ReadToEndAsync(ct);
        await p.WaitForExitAsync(ct);
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args.Where(a => !a.StartsWith("--pwfile", StringComparison.Ordinal)))} thất bại ({p.ExitCode}): {await stderr}{await stdout}");
    }
}
