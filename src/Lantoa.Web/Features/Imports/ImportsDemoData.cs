using Lantoa.Domain.Plans;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Imports;

/// <summary>The three real plans in data/seeds, loaded through the importer as a DX office would upload them, then issued.</summary>
public sealed class ImportsDemoData(LantoaDb db, PlanImporter importer)
{
    /// <summary>The seed plans, the province they belong to, and whether work on them has started.</summary>
    private static readonly (string File, string ProvinceCode, bool InProgress)[] SeedPlans =
    [
        ("longan-2024-ngay-cds.txt", "80", true),
        ("longan-2024-tuyen-truyen-cds.txt", "80", true),
        ("tiengiang-2024-ngay-cds.txt", "82", false),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var (file, code, inProgress) in SeedPlans)
            await ImportPlanAsync(await db.Provinces.FirstAsync(p => p.Code == code, ct), file, inProgress, ct);
    }

    private async Task ImportPlanAsync(Lantoa.Domain.Geography.Province province, string file, bool inProgress, CancellationToken ct)
    {
        var path = DemoBudgets.SeedFile(file) ?? throw new FileNotFoundException($"Không tìm thấy data/seeds/{file}.");
        var preview = await importer.PreviewAsync(province.Id, file, await File.ReadAllBytesAsync(path, ct), ct);
        var id = await importer.SaveAsync(province.Id, preview, [], null, null, ct);
        var plan = await db.Plans.FirstAsync(p => p.Id == id, ct);
        // The seed texts lost their header's issuing body in conversion; the province's People's Committee issued them.
        plan.IssuerName ??= "ỦY BAN NHÂN DÂN TỈNH " + province.Name.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
        plan.ChangeStatus(PlanStatus.Issued);
        if (inProgress) plan.ChangeStatus(PlanStatus.InProgress);
        await db.SaveChangesAsync(ct);
    }
}
