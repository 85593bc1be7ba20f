using System.CommandLine;
using System.Text;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Documents;
using Lantoa.Web.Features.Imports;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Cli;

/// <summary>
/// `bench import`: time to read and understand plan documents (reader, parser, unit resolution, the same-file lookup),
/// for the three seeds as .txt, the Long An plan as an exported .docx, and a long synthetic plan (the DX Day plan with
/// its first activity repeated to about 1 MB). Builds lantoa_bench with the demo data; writes nothing else; asserts nothing.
/// </summary>
public static partial class BenchCommands
{
    private static Command ImportCommand()
    {
        var runs = new Option<int>("--runs") { Description = "Số lần đo mỗi tệp (mặc định 20).", DefaultValueFactory = _ => 20 };
        var cmd = new Command("import", "Đo thời gian đọc và hiểu văn bản kế hoạch (.txt, .docx).") { runs };
        cmd.SetAction((pr, ct) => RunImportAsync(pr.GetValue(runs), ct));
        return cmd;
    }

    private static async Task<int> RunImportAsync(int runs, CancellationToken ct)
    {
        await using var runtime = await LantoaRuntime.StartAsync(LantoaRuntime.Configuration(), Console.Error, ct);
        var cs = await BenchServer.DemoDatabaseAsync(runtime.OwnerConnectionString, ct);
        await using var services = LantoaWeb.CommandLineServices(cs);

        await using var work = services.CreateAsyncScope();
        var sp = work.ServiceProvider;
        var db = sp.GetRequiredService<LantoaDb>();
        var longAn = await db.Provinces.Where(p => p.Code == "80").Select(p => p.Id).SingleAsync(ct);
        var planId = await db.Plans.Where(p => p.ProvinceId == longAn && p.Kind == Domain.Plans.PlanKind.DxDay).Select(p => p.Id).FirstAsync(ct);
        var docx = await PlanExport.DocxAsync(db, sp.GetRequiredService<Features.Units.UnitDirectory>(), planId, ct);
        var comms = await File.ReadAllTextAsync(DemoBudgets.SeedFile("longan-2024-tuyen-truyen-cds.txt")!, ct);
        var dxDay = await File.ReadAllTextAsync(DemoBudgets.SeedFile("longan-2024-ngay-cds.txt")!, ct);
        // A long plan: the DX Day plan with its first activity repeated as activities 1 … N (about 1 MB).
        var firstActivity = dxDay.IndexOf("\n1. Tổ chức các hoạt động truyền thông", StringComparison.Ordinal) + 1;
        var second = dxDay.IndexOf("\n2. Họp mặt", StringComparison.Ordinal) + 1;
        var block = dxDay[firstActivity..second][3..];
        var longText = new StringBuilder(dxDay[..firstActivity]);
        for (var n = 1; longText.Length < 1_000_000; n++) longText.Append(n).Append(". ").Append(block);
        longText.Append(dxDay[dxDay.IndexOf("\nIV. KINH", StringComparison.Ordinal)..]);
        var files = new List<(string Name, byte[] Bytes)>
        {
            ("longan-2024-ngay-cds.txt", await File.ReadAllBytesAsync(DemoBudgets.SeedFile("longan-2024-ngay-cds.txt")!, ct)),
            ("longan-2024-tuyen-truyen-cds.txt", Encoding.UTF8.GetBytes(comms)),
            ("tiengiang-2024-ngay-cds.txt", await File.ReadAllBytesAsync(DemoBudgets.SeedFile("tiengiang-2024-ngay-cds.txt")!, ct)),
            ("longan-ngay-cds (xuất).docx", docx!),
            ("dai-1MB.txt", Encoding.UTF8.GetBytes(longText.ToString())),
        };

        var importer = sp.GetRequiredService<PlanImporter>();
        foreach (var (name, bytes) in files)
        {
            var first = await importer.PreviewAsync(longAn, name, bytes, ct);
            var times = await MeasureAsync(runs, () => importer.PreviewAsync(longAn, name, bytes, ct));
            Console.Write($"{name} ({bytes.Length / 1024} KB, {first.Plan.AllActivities().Count()} hoạt động, {first.Findings.Count} phát hiện)\n  ");
            Report("đọc + hiểu + nhận diện đơn vị", times);
        }

        return 0;
    }
}
