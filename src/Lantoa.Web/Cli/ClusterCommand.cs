using System.CommandLine;
using System.Runtime.InteropServices;
using Lantoa.Web.DemoData;

namespace Lantoa.Web.Cli;

/// <summary>
/// `cluster [--nodes 3]`: Lantoa on several nodes on this machine (<see cref="LocalCluster"/>) — nginx on the usual port
/// in front of N processes, a PostgreSQL primary and its streaming replica, Redis — until Ctrl-C, which stops them all.
/// Its data folder is LANTOA_DATA/cluster (default ./.lantoa/cluster), apart from `serve`'s.
/// </summary>
public static class ClusterCommand
{
    public static Command Build()
    {
        var nodes = new Option<int>("--nodes") { Description = "Số nút Lantoa sau nginx (mặc định 3, từ 1 đến 8).", DefaultValueFactory = _ => 3 };
        var port = new Option<int?>("--port") { Description = "Cổng của nginx (mặc định cổng của LANTOA_URLS, hoặc 5000)." };
        var cmd = new Command("cluster", "Chạy Lantoa trên nhiều nút trên máy này: nginx, N tiến trình Lantoa, PostgreSQL chính và bản sao, Redis; Ctrl-C để dừng tất cả.") { nodes, port };
        cmd.SetAction((pr, ct) => RunAsync(pr.GetValue(nodes), pr.GetValue(port), ct));
        return cmd;
    }

    /// <summary>The cluster's data folder: LANTOA_CLUSTER_DATA, else LANTOA_DATA/cluster.</summary>
    public static string DataDirectory()
    {
        var config = Infrastructure.LantoaRuntime.Configuration();
        return config["LANTOA_CLUSTER_DATA"] is { Length: > 0 } d ? Path.GetFullPath(d) : Path.Combine(Infrastructure.LantoaRuntime.DataDirectoryOf(config), "cluster");
    }

    public static int HttpPort(int? port)
    {
        if (port is { } p) return p;
        var urls = Infrastructure.LantoaRuntime.Configuration()["LANTOA_URLS"];
        return urls is { Length: > 0 } && Uri.TryCreate(urls.Split(';')[0], UriKind.Absolute, out var u) ? u.Port : 5000;
    }

    private static async Task<int> RunAsync(int nodes, int? port, CancellationToken ct)
    {
        if (nodes is < 1 or > 8)
        {
            Console.Error.WriteLine("Lỗi: --nodes phải từ 1 đến 8.");
            return 2;
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Cancel();
        });
        try
        {
            await using var cluster = await LocalCluster.StartAsync(new LocalCluster.Settings
            {
                DataDirectory = DataDirectory(), Nodes = nodes, HttpPort = HttpPort(port),
            }, Console.Out, stop.Token);
            Console.WriteLine();
            Console.WriteLine($"Lantoa chạy trên {nodes} nút tại {cluster.Address} (nginx; tiêu đề X-Lantoa-Node cho biết nút nào trả lời)");
            Console.WriteLine($"PostgreSQL chính: cổng {cluster.Primary.Port}; bản sao: cổng {cluster.Replica!.Port} ({cluster.Replica.PgData})");
            Console.WriteLine($"Chuyển sang bản sao khi máy chủ chính hỏng: scripts/failover.sh {cluster.Replica.PgData} {cluster.Primary.PgData}");
            Console.WriteLine(DemoSeeder.LoginsText());
            Console.WriteLine("Nhấn Ctrl-C để dừng tất cả.");
            try { await Task.Delay(Timeout.Infinite, stop.Token); }
            catch (OperationCanceledException) { }
            Console.WriteLine("Đang dừng …");
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.WriteLine("Đã dừng trước khi khởi động xong.");
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
        return 0;
    }
}
