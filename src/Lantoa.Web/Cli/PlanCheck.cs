using System.Text;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Findings;
using Lantoa.Web.Features.Documents;
using Lantoa.Web.Features.Imports;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Cli;

/// <summary>
/// `plan check FILE [--json] [--province CODE]`. The province is the one given, else the one the document names.
/// With a database (ConnectionStrings__Lantoa, or Lantoa's own PostgreSQL already created in LANTOA_DATA) names are
/// resolved against that province's units in the database when it has them; otherwise — a fresh checkout, no set-up —
/// against the province's built-in catalogue (<see cref="ProvinceCatalogues"/>), and no PostgreSQL is started.
/// </summary>
internal static class PlanCheck
{
    public static async Task<int> RunAsync(FileInfo file, bool json, string? provinceCode, CancellationToken ct)
    {
        Console.OutputEncoding = Encoding.UTF8;
        if (await PlanCommands.ReadFileAsync(file, ct) is not { } document) return 2;
        if (HasDatabase())
        {
            var fromDatabase = 0;
            var exit = await LantoaCli.WithServicesAsync(async (sp, token) =>
            {
                var code = provinceCode ?? Detected(document)?.Code;
                var db = sp.GetRequiredService<LantoaDb>();
                var province = code is null ? null : await db.Provinces.Where(p => p.Code == code).Select(p => (int?)p.Id).FirstOrDefaultAsync(token);
                if (province is null) return -1;
                var preview = await sp.GetRequiredService<PlanImporter>().PreviewAsync(province.Value, document.FileName, await File.ReadAllBytesAsync(file.FullName, token), token);
                Print(preview, json);
                fromDatabase = 1;
                return 0;
            }, ct);
            if (fromDatabase == 1 || exit != -1) return exit;
        }

        return FromCatalogue(document, json, provinceCode);
    }

    /// <summary>A configured connection string, or Lantoa's own cluster already initialised in the data folder.</summary>
    private static bool HasDatabase()
    {
        var config = LantoaRuntime.Configuration();
        if (!string.IsNullOrWhiteSpace(config.GetConnectionString("Lantoa"))) return true;
        var dataDir = config["LANTOA_DATA"] ?? Path.Combine(Directory.GetCurrentDirectory(), ".lantoa");
        return File.Exists(Path.Combine(dataDir, "pg", "PG_VERSION"));
    }

    private static DocumentProvince? Detected(SourceDocument document) =>
        ProvinceCatalogues.TryGeography() is { } g ? DocumentProvinceDetector.Detect(PlanDocumentParser.Parse(document), document, g) : null;

    private static int FromCatalogue(SourceDocument document, bool json, string? provinceCode)
    {
        if (ProvinceCatalogues.TryGeography() is not { } geography)
        {
            Console.Error.WriteLine("Không tìm thấy danh mục đơn vị hành chính (data/admin-units, hoặc đặt LANTOA_ADMIN_UNITS); tên đơn vị chỉ được giữ như trong văn bản.");
            Print(new ImportPreview(document, PlanDocumentParser.Parse(document), null), json);
            return 0;
        }

        if (provinceCode is not null && ProvinceCatalogues.Of(provinceCode) is null)
        {
            Console.Error.WriteLine($"Không có tỉnh mã {provinceCode} (mã tỉnh theo danh mục hành chính, ví dụ 52 = Bình Định/Gia Lai, 80 = Long An/Tây Ninh).");
            return 2;
        }

        var plan = DocumentProvinceDetector.Parse(document, geography, provinceCode, (code, _) => ProvinceCatalogues.ResolverOf(code));
        if (plan.Province is { } p) Console.Error.WriteLine($"Đơn vị: danh mục có sẵn của {p.Name} (mã {p.Code}), không dùng CSDL.");
        else Console.Error.WriteLine("Không nhận ra tỉnh của văn bản; dùng --province MÃ để nhận diện đơn vị.");
        var other = provinceCode is null || plan.Province is null ? null : DocumentProvinceDetector.OtherProvince(plan, provinceCode, plan.Province.Name);
        Print(new ImportPreview(document, plan, null) { OtherProvince = other }, json);
        return 0;
    }

    private static void Print(ImportPreview preview, bool json)
    {
        if (json) Console.WriteLine(PlanCheckJson.From(preview.Plan, preview.OtherProvince is { } f ? [f] : []).ToJson());
        else PlanCommands.PrintSummary(preview);
    }
}
