using System.CommandLine;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Geography;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Cli;

/// <summary>
/// Lantoa's command line. With no command it serves the web application. `./run.sh ARGS` passes ARGS here.
/// Exit codes: 0 done, 1 failed, 2 bad input (a file or value that cannot be read).
/// </summary>
public static class LantoaCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Lantoa — lập, triển khai và báo cáo kế hoạch chuyển đổi số của tỉnh.\n" +
                                   "Không có lệnh: chạy ứng dụng web (như 'serve').");
        var serve = ServeCommand();
        root.Subcommands.Add(serve);
        root.Subcommands.Add(DbCommand());
        root.Subcommands.Add(UnitsCommands.Build());
        root.Subcommands.Add(UsersCommands.Build());
        root.Subcommands.Add(BenchCommands.Build());
        root.Subcommands.Add(BudgetCommands.Money());
        root.Subcommands.Add(BudgetCommands.Budget());
        root.Subcommands.Add(PlanCommands.Build());
        root.Subcommands.Add(DataGenerate.Build());
        root.Subcommands.Add(BackupCommands.Backup());
        root.Subcommands.Add(BackupCommands.Restore());
        root.Subcommands.Add(ClusterCommand.Build());
        root.SetAction((_, ct) => ServeAsync([], ct));
        VietnameseHelp.Apply(root);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !VietnameseHelp.IsHelp(parse))
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine("Lỗi: " + VietnameseHelp.Translate(error.Message));
            Console.Error.WriteLine($"Gõ '{VietnameseHelp.Program} --help' (hoặc '{VietnameseHelp.Program} LỆNH --help') để xem cách dùng.");
            return 2;
        }

        try
        {
            // Ctrl-C is left to the web host, which shuts down cleanly and then stops PostgreSQL.
            return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
        }
        catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            Console.Error.WriteLine("Lỗi: địa chỉ web đã có chương trình khác dùng (có thể là một Lantoa khác đang chạy). " +
                                    "Dừng chương trình đó, hoặc chọn cổng khác: LANTOA_URLS=http://127.0.0.1:5001 ./run.sh");
            return 1;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Console.Error.WriteLine($"Lỗi: {ex.Message}");
            if (Environment.GetEnvironmentVariable("LANTOA_DEBUG") == "1") Console.Error.WriteLine(ex);
            else Console.Error.WriteLine("(Đặt LANTOA_DEBUG=1 để xem chi tiết kỹ thuật.)");
            return 1;
        }
    }

    private static Command ServeCommand()
    {
        var urls = new Option<string?>("--urls") { Description = "Địa chỉ lắng nghe (mặc định http://127.0.0.1:5000 hoặc LANTOA_URLS)." };
        var cmd = new Command("serve", "Chạy ứng dụng web: CSDL, migration, dữ liệu mẫu lần đầu, rồi phục vụ.") { urls };
        cmd.SetAction((pr, ct) =>
        {
            var u = pr.GetValue(urls);
            return ServeAsync(u is null ? [] : [$"--urls={u}"], ct);
        });
        return cmd;
    }

    private static async Task<int> ServeAsync(string[] extra, CancellationToken ct)
    {
        var config = LantoaRuntime.Configuration(extra);
        await using var runtime = await LantoaRuntime.StartAsync(config, Console.Out, ct);
        await MigrationRunner.MigrateAsync(runtime.OwnerConnectionString, ct);

        var urls = config["urls"] ?? config["LANTOA_URLS"] ?? "http://127.0.0.1:5000";
        var app = LantoaWeb.Build(new LantoaWebOptions
        {
            ConnectionString = runtime.ConnectionString, Urls = urls, KeysDirectory = Path.Combine(runtime.DataDirectory, "keys"),
            DataDirectory = runtime.DataDirectory, SupervisedPostgres = runtime.Embedded,
        });
        var seeded = await SeedIfEmptyAsync(app.Services, config, ct);

        await app.StartAsync(ct);
        Console.WriteLine();
        Console.WriteLine($"Lantoa đang chạy tại {urls.Split(';')[0]}");
        Console.WriteLine($"Trang công khai của các tỉnh: {urls.Split(';')[0].TrimEnd('/')}/tinh (tỉnh mẫu: /tinh/long-an)");
        if (runtime.Embedded is not null) Console.WriteLine($"PostgreSQL riêng của Lantoa: {runtime.Embedded.DataDirectory} (cổng {runtime.Embedded.Port})");
        if (seeded) Console.WriteLine("Đã nạp dữ liệu mẫu.");
        Console.WriteLine(DemoSeeder.LoginsText());
        Console.WriteLine("Nhấn Ctrl-C để dừng.");
        await app.WaitForShutdownAsync(CancellationToken.None);
        await app.DisposeAsync();
        return 0;
    }

    private static async Task<bool> SeedIfEmptyAsync(IServiceProvider services, Microsoft.Extensions.Configuration.IConfiguration config, CancellationToken ct)
    {
        if (config["LANTOA_DEMO"] == "0") return false;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
        if (await db.Provinces.AnyAsync(ct)) return false;
        Console.WriteLine("Đang nạp dữ liệu mẫu (một giao dịch: dừng giữa chừng thì lần chạy sau nạp lại) …");
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        return true;
    }

    private static Command DbCommand()
    {
        var migrate = new Command("migrate", "Áp dụng các migration còn thiếu (chạy lại không làm gì).");
        migrate.SetAction(async (_, ct) =>
        {
            await using var runtime = await LantoaRuntime.StartAsync(LantoaRuntime.Configuration(), Console.Out, ct);
            var applied = await MigrationRunner.MigrateAsync(runtime.OwnerConnectionString, ct);
            Console.WriteLine(applied.Count == 0 ? "CSDL đã ở phiên bản mới nhất." : $"Đã áp dụng: {string.Join(", ", applied)}");
            return 0;
        });
        var seed = new Command("seed", "Nạp dữ liệu mẫu (đơn vị hành chính, đơn vị, người dùng, kế hoạch) nếu CSDL còn trống.");
        seed.SetAction(async (_, ct) => await WithServicesAsync(async (sp, token) =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            if (await db.Provinces.AnyAsync(token))
            {
                Console.WriteLine("CSDL đã có dữ liệu; không nạp lại.");
                return 0;
            }
            await sp.GetRequiredService<DemoSeeder>().SeedAsync(token);
            Console.WriteLine("Đã nạp dữ liệu mẫu.");
            Console.WriteLine(DemoSeeder.LoginsText());
            return 0;
        }, ct));
        return new Command("db", "Cơ sở dữ liệu.") { migrate, seed };
    }

    /// <summary>Runs a command body with the database migrated and a DI scope whose audit actor is the command line.</summary>
    internal static async Task<int> WithServicesAsync(Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken ct)
    {
        await using var runtime = await LantoaRuntime.StartAsync(LantoaRuntime.Configuration(), Console.Error, ct);
        await MigrationRunner.MigrateAsync(runtime.OwnerConnectionString, ct);
        await using var services = LantoaWeb.CommandLineServices(runtime.ConnectionString);
        await using var scope = services.CreateAsyncScope();
        return await body(scope.ServiceProvider, ct);
    }
}
