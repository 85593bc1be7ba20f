using System.CommandLine;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Configuration;

namespace Lantoa.Web.Cli;

/// <summary>`backup OUT` and `restore IN` (see <see cref="LantoaBackup"/>).</summary>
public static class BackupCommands
{
    private static Option<string?> DataOption() =>
        new("--data") { Description = "Thư mục dữ liệu của Lantoa (mặc định LANTOA_DATA hoặc ./.lantoa)." };

    public static Command Backup()
    {
        var output = new Argument<string>("OUT") { Description = "Tệp sao lưu sẽ ghi (.tar.gz)." };
        var data = DataOption();
        var cmd = new Command("backup",
            "Sao lưu CSDL (pg_dump) và mọi tệp Lantoa lưu (minh chứng, tệp nhập chờ xác nhận, khóa) vào một tệp, kèm danh mục và mã kiểm tra SHA-256.")
        {
            output, data,
        };
        cmd.SetAction(async (pr, ct) =>
        {
            var config = Configuration(pr.GetValue(data));
            await using var runtime = await LantoaRuntime.StartAsync(config, Console.Error, ct);
            await MigrationRunner.MigrateAsync(runtime.OwnerConnectionString, ct);
            var manifest = await LantoaBackup.CreateAsync(runtime.OwnerConnectionString, runtime.DataDirectory, pr.GetValue(output)!, ct);
            Console.WriteLine($"Đã sao lưu vào {Path.GetFullPath(pr.GetValue(output)!)}: CSDL và {manifest.Entries.Count - 1} tệp " +
                              $"({(manifest.Entries.Sum(e => e.Size) / 1024.0 / 1024.0).ToString("0.0", LantoaWeb.Vietnamese)} MB trước khi nén).");
            return 0;
        });
        return cmd;
    }

    public static Command Restore()
    {
        var input = new Argument<string>("IN") { Description = "Tệp sao lưu do 'backup' tạo." };
        var data = DataOption();
        var cmd = new Command("restore",
            "Khôi phục một bản sao lưu vào thư mục dữ liệu trống (kiểm tra mã SHA-256 của từng tệp trước khi ghi).") { input, data };
        cmd.SetAction(async (pr, ct) =>
        {
            var config = Configuration(pr.GetValue(data));
            var dataDir = LantoaRuntime.DataDirectoryOf(config);
            var file = pr.GetValue(input)!;
            if (!File.Exists(file)) return Refuse($"Không tìm thấy tệp sao lưu {file}.");
            if (LantoaBackup.RefusalFor(dataDir) is { } refusal) return Refuse(refusal);
            LantoaBackup.Manifest manifest;
            DirectoryInfo staging;
            try
            {
                (manifest, staging) = await LantoaBackup.UnpackAsync(file, ct);
            }
            catch (BackupRejected ex)
            {
                return Refuse(ex.Message);
            }
            try
            {
                await using var runtime = await LantoaRuntime.StartAsync(config, Console.Error, ct);
                await LantoaBackup.RestoreAsync(manifest, staging, dataDir, runtime.OwnerConnectionString, ct);
            }
            finally
            {
                staging.Delete(recursive: true);
            }
            Console.WriteLine($"Đã khôi phục bản sao lưu ngày {manifest.CreatedAt.ToOffset(TimeSpan.FromHours(7)):dd/MM/yyyy HH:mm} vào {dataDir}: " +
                              $"CSDL và {manifest.Entries.Count - 1} tệp, mã kiểm tra khớp. Chạy ./run.sh với LANTOA_DATA={dataDir}.");
            return 0;
        });
        return cmd;
    }

    private static IConfiguration Configuration(string? data) =>
        LantoaRuntime.Configuration(data is null ? [] : [$"LANTOA_DATA={data}"]);

    private static int Refuse(string message)
    {
        Console.Error.WriteLine($"Lỗi: {message}");
        return 2;
    }
}
