using Lantoa.Domain.Plans;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Imports;

/// <summary>The three real plans in data/seeds, loaded through the importer as a DX office would upload them, then issued.</summary>
public sealed class ImportsDemoData(LantoaDb db, PlanImporter importer)
{
    /// <summary>
    /// The seed plans, the province they belong to, and whether work on them has started. The seed texts are the drafts
    /// as circulated (number and day left blank: "Số: /KH-UBND", "ngày tháng 9 năm 2024"), so the demo issues them under
    /// demo numbers and days (the document's own are used when it has them).
    /// </summary>
    private static readonly (string File, string ProvinceCode, bool InProgress, string DemoNumber, string DemoDay)[] SeedPlans =
    [
        ("longan-2024-ngay-cds.txt", "80", true, "218/KH-UBND", "13/09/2024"),
        ("longan-2024-tuyen-truyen-cds.txt", "80", true, "45/KH-UBND", "20/02/2024"),
        ("tiengiang-2024-ngay-cds.txt", "82", false, "236/KH-UBND", "16/09/2024"),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var (file, code, inProgress, number, day) in SeedPlans)
            await ImportPlanAsync(await db.Provinces.FirstAsync(p => p.Code == code, ct), file, inProgress, number, day, ct);
    }

    private async Task ImportPlanAsync(Lantoa.Domain.Geography.Province province, string file, bool inProgress, string demoNumber, string demoDay, CancellationToken ct)
    {
        var path = DemoBudgets.SeedFile(file) ?? throw new FileNotFoundException($"Không tìm thấy data/seeds/{file}.");
        var preview = await importer.PreviewAsync(province.Id, file, await File.ReadAllBytesAsync(path, ct), ct);
        var id = await importer.SaveAsync(province.Id, preview, [], null, null, ct);
        var plan = await db.Plans.FirstAsync(p => p.Id == id, ct);
        // The seed texts lost their header's issuing body in conversion; the province's People's Committee issued them.
        plan.IssuerName ??= "ỦY BAN NHÂN DÂN TỈNH " + province.Name.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
        var number = DocumentSymbol.TryParse(plan.NumberSymbol, out var own) && !string.IsNullOrEmpty(own.Number) ? plan.NumberSymbol : demoNumber;
        var day = plan.IssuedOn is { Precision: Lantoa.Domain.Dates.DatePrecision.Day } d ? d
            : Lantoa.Domain.Dates.PartialDate.TryParse(demoDay, out var demo) ? demo : throw new InvalidOperationException(demoDay);
        plan.Issue(number, day); // ban hành: only now do its units see their work
        if (inProgress) plan.ChangeStatus(PlanStatus.InProgress);
        await db.SaveChangesAsync(ct);
    }
}
