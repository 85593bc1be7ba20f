using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Lantoa.Web.Infrastructure.Data;
using Npgsql;

namespace Lantoa.Web.Infrastructure.Postgres;

using Files = Lantoa.Web.Infrastructure.Files;

/// <summary>
/// `backup OUT` and `restore IN`: one .tar.gz holding manifest.json (format, date, database, every entry's size and
/// SHA-256), database.dump (pg_dump's custom format) and files/… — every file Lantoa keeps in its data folder
/// (evidence, import stash, cookie keys and their encryption key), but not PostgreSQL's own folder (pg/) nor the
/// cluster's passwords (secrets/), which a restore makes anew. Restore goes only into an empty data folder and checks
/// every checksum before it writes anything.
/// </summary>
public static class LantoaBackup
{
    public const string Format = "lantoa-backup";
    public const int Version = 1;
    private const string DumpEntry = "database.dump";
    private const string FilesPrefix = "files/";

    public sealed record Entry(string Path, long Size, string Sha256);

    public sealed record Manifest(string Format, int Version, DateTimeOffset CreatedAt, string Database, string? LastMigration, IReadOnlyList<Entry> Entries);

    /// <summary>Folders and files of the data folder that are not Lantoa's data: PostgreSQL's cluster and its passwords.</summary>
    private static bool Skipped(string relative) =>
        relative is "pg" or "secrets" or "postgres.log" || relative.StartsWith("pg/", StringComparison.Ordinal) ||
        relative.StartsWith("secrets/", StringComparison.Ordinal) || relative.StartsWith(".initdb-", StringComparison.Ordinal);

    public static async Task<Manifest> CreateAsync(string ownerConnectionString, string dataDirectory, string outFile, CancellationToken ct = default)
    {
        outFile = Path.GetFullPath(outFile);
        dataDirectory = Path.GetFullPath(dataDirectory);
        var work = Directory.CreateTempSubdirectory("lantoa-backup-");
        try
        {
            var dump = Path.Combine(work.FullName, DumpEntry);
            var cs = new NpgsqlConnectionStringBuilder(ownerConnectionString);
            await EmbeddedPostgres.RunAsync(Path.Combine(EmbeddedPostgres.FindBinDirectory(), "pg_dump"),
                ["--format=custom", "--no-owner", "--no-privileges", "--file=" + dump], null, ct, PgEnvironment(cs));

            var sources = new List<(string Entry, string File)> { (DumpEntry, dump) };
            if (Directory.Exists(dataDirectory))
                foreach (var file in Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var relative = Path.GetRelativePath(dataDirectory, file).Replace('\\', '/');
                    if (Skipped(relative) || Path.GetFullPath(file) == outFile) continue;
                    sources.Add((FilesPrefix + relative, file));
                }

            var entries = new List<Entry>();
            foreach (var (entry, file) in sources)
                entries.Add(new Entry(entry, new FileInfo(file).Length, await Sha256Async(file, ct)));
            var manifest = new Manifest(Format, Version, DateTimeOffset.UtcNow, cs.Database ?? "", await LastMigrationAsync(ownerConnectionString, ct), entries);

            Directory.CreateDirectory(Path.GetDirectoryName(outFile)!);
            var partial = outFile + ".partial";
            await using (var stream = new FileStream(partial, Files.UnixModes.CreatePrivate(FileMode.Create)))
            await using (var gzip = new GZipStream(stream, CompressionLevel.Fastest))
            await using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(manifest, Json);
                await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "manifest.json") { DataStream = new MemoryStream(json) }, ct);
                foreach (var (entry, file) in sources)
                {
                    await using var content = File.OpenRead(file);
                    await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, entry) { DataStream = content }, ct);
                }
            }
            File.Move(partial, outFile, overwrite: true);
            return manifest;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>A reason the restore cannot start (Vietnamese), or null.</summary>
    public static string? RefusalFor(string dataDirectory) =>
        Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any()
            ? $"Thư mục dữ liệu {dataDirectory} không trống. Khôi phục chỉ vào một thư mục trống (đặt LANTOA_DATA hoặc --data sang thư mục mới)."
            : null;

    /// <summary>Reads and checks the archive into a staging folder: the manifest, then every entry against its size and SHA-256.</summary>
    /// <exception cref="BackupRejected">In Vietnamese: what is wrong with the archive.</exception>
    public static async Task<(Manifest Manifest, DirectoryInfo Staging)> UnpackAsync(string inFile, CancellationToken ct = default)
    {
        var staging = Directory.CreateTempSubdirectory("lantoa-restore-");
        try
        {
            Manifest? manifest = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            await using (var stream = File.OpenRead(inFile))
            await using (var gzip = new GZipStream(stream, CompressionMode.Decompress))
            {
                var tar = new TarReader(gzip);
                try
                {
                    while (await tar.GetNextEntryAsync(copyData: false, ct) is { } entry)
                    {
                        if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
                        var name = entry.Name;
                        if (name == "manifest.json")
                        {
                            manifest = entry.DataStream is null ? null : await JsonSerializer.DeserializeAsync<Manifest>(entry.DataStream, Json, ct);
                            if (manifest is not { Format: Format, Version: Version })
                                throw new BackupRejected("Tệp không phải bản sao lưu của Lantoa (manifest.json không đúng).");
                            continue;
                        }
                        if (manifest is null) throw new BackupRejected("Bản sao lưu thiếu manifest.json ở đầu tệp.");
                        var expected = manifest.Entries.FirstOrDefault(e => e.Path == name)
                                       ?? throw new BackupRejected($"Bản sao lưu có tệp {name} không ghi trong manifest.");
                        var target = SafePath(staging.FullName, name);
                        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                        await using (var file = File.Create(target))
                            if (entry.DataStream is not null) await entry.DataStream.CopyToAsync(file, ct);
                        var info = new FileInfo(target);
                        if (info.Length != expected.Size || await Sha256Async(target, ct) != expected.Sha256)
                            throw new BackupRejected($"Bản sao lưu hỏng: {name} không khớp mã kiểm tra SHA-256 trong manifest.");
                        seen.Add(name);
                    }
                }
                catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or FormatException or JsonException)
                {
                    throw new BackupRejected("Không đọc được tệp sao lưu (tệp hỏng hoặc không phải .tar.gz).");
                }
            }
            if (manifest is null) throw new BackupRejected("Bản sao lưu thiếu manifest.json.");
            var missing = manifest.Entries.Select(e => e.Path).Where(p => !seen.Contains(p)).ToList();
            if (missing.Count > 0) throw new BackupRejected($"Bản sao lưu thiếu {missing.Count} tệp ghi trong manifest, ví dụ {missing[0]}.");
            return (manifest, staging);
        }
        catch
        {
            staging.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Restores a checked archive: its files into the (empty) data folder, 0600 in 0700 folders, then the database dump
    /// into <paramref name="ownerConnectionString"/>'s database (which must have no tables), then the migrations the
    /// archive predates and the application role's grants.
    /// </summary>
    public static async Task RestoreAsync(Manifest manifest, DirectoryInfo staging, string dataDirectory, string ownerConnectionString, CancellationToken ct = default)
    {
        await using (var conn = new NpgsqlConnection(ownerConnectionString))
        {
            await conn.OpenAsync(ct);
            await using var tables = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", conn);
            if ((long)(await tables.ExecuteScalarAsync(ct))! > 0)
                throw new InvalidOperationException("CSDL đích đã có bảng; khôi phục chỉ vào một CSDL trống.");
        }
        await EmbeddedPostgres.RunAsync(Path.Combine(EmbeddedPostgres.FindBinDirectory(), "pg_restore"),
            ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname=" + new NpgsqlConnectionStringBuilder(ownerConnectionString).Database,
             Path.Combine(staging.FullName, DumpEntry)], null, ct, PgEnvironment(new NpgsqlConnectionStringBuilder(ownerConnectionString)));
        await MigrationRunner.MigrateAsync(ownerConnectionString, ct);
        NpgsqlConnection.ClearAllPools();

        const UnixFileMode folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        foreach (var entry in manifest.Entries.Where(e => e.Path.StartsWith(FilesPrefix, StringComparison.Ordinal)))
        {
            var relative = entry.Path[FilesPrefix.Length..];
            var target = SafePath(dataDirectory, relative);
            for (var dir = Path.GetDirectoryName(target)!; dir.Length > dataDirectory.Length; dir = Path.GetDirectoryName(dir)!)
            {
                Directory.CreateDirectory(dir);
                Files.UnixModes.Set(dir, folder);
            }
            File.Copy(SafePath(staging.FullName, entry.Path), target, overwrite: false);
            Files.UnixModes.Set(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static string SafePath(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.Contains('\0'))
            throw new BackupRejected($"Bản sao lưu có đường dẫn không hợp lệ: {relative}");
        return full;
    }

    private static Dictionary<string, string> PgEnvironment(NpgsqlConnectionStringBuilder cs) => new()
    {
        ["PGHOST"] = cs.Host ?? "127.0.0.1",
        ["PGPORT"] = cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PGUSER"] = cs.Username ?? "",
        ["PGPASSWORD"] = cs.Password ?? "",
        ["PGDATABASE"] = cs.Database ?? "",
        ["PGSSLMODE"] = cs.SslMode switch { SslMode.Disable => "disable", SslMode.Require => "require", _ => "prefer" },
    };

    private static async Task<string?> LastMigrationAsync(string cs, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT max(version) FROM schema_migrations", conn);
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    private static async Task<string> Sha256Async(string file, CancellationToken ct)
    {
        await using var stream = File.OpenRead(file);
        return Convert.ToHexString(await SHA256.HashDataAsync(stream, ct)).ToLowerInvariant();
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}

/// <summary>An archive that is not a whole Lantoa backup; the message says why, in Vietnamese.</summary>
public sealed class BackupRejected(string message) : Exception(message);
