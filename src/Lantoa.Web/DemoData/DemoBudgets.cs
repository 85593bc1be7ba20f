using Lantoa.Domain.Budgets;
using Lantoa.Domain.Geography;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.DemoData;

/// <summary>
/// The money of the Long An 2024 DX Day plan, read from the seed document's four budget appendices (Phụ lục II–V)
/// with the same table reader a user's paste goes through; funding sources and the figures the plan states; and a
/// few spending norms of the Ministry of Finance's circular on conference spending, as an example catalogue.
/// </summary>
public static class DemoBudgets
{
    private static readonly (string Appendix, string ActivityLabel, string Unit)[] Appendices =
    [
        ("Phụ lục II", "2.1", "so-tttt"),
        ("Phụ lục III", "3", "so-tttt"),
        ("Phụ lục IV", "4", "tinh-doan"),
        ("Phụ lục V", "5", "tinh-doan"),
    ];

    public static async Task SeedAsync(LantoaDb db, Province longAn, DateTimeOffset now, CancellationToken ct)
    {
        var file = SeedFile("longan-2024-ngay-cds.txt");
        var plan = await db.Plans.Include(p => p.Activities).Include(p => p.UnitBudgets)
            .FirstOrDefaultAsync(p => p.ProvinceId == longAn.Id && p.Kind == PlanKind.DxDay && p.Year == 2024, ct);
        if (file is null || plan is null) return;
        var text = await File.ReadAllTextAsync(file, ct);
        var units = await db.Units.Where(u => u.ProvinceId == longAn.Id).ToListAsync(ct);
        var dx = units.First(u => u.Name == "Sở Thông tin và Truyền thông");
        var youth = units.First(u => u.ShortName == "Tỉnh Đoàn");

        await db.InTransactionAsync(async () =>
        {
            var state = new FundingSource(longAn.Id, plan.Id, FundingKind.StateBudget,
                "Ngân sách nhà nước cấp cho Sở Thông tin và Truyền thông", "Quyết định số 11789/QĐ-UBND ngày 12/12/2023 của UBND tỉnh");
            var province = new FundingSource(longAn.Id, plan.Id, FundingKind.StateBudget, "Ngân sách tỉnh đã cấp cho Tỉnh Đoàn năm 2024", null);
            var sponsors = new FundingSource(longAn.Id, plan.Id, FundingKind.Sponsorship, "Xã hội hóa (doanh nghiệp tham gia triển lãm)", null);
            db.FundingSources.AddRange(state, province, sponsors);
            await db.SaveChangesAsync(ct);

            foreach (var (appendix, label, unit) in Appendices)
            {
                var table = Cut(text, appendix);
                var read = EstimateTableReader.ReadText(table);
                if (read.Estimate is not { } parsed) continue;
                var activity = plan.Activities.First(a => a.Label == label);
                var estimate = new Estimate(longAn.Id, plan.Id, activity.Id, parsed.Title, now)
                {
                    AppendixLabel = parsed.AppendixLabel ?? appendix,
                    AttachedTo = parsed.AttachedTo,
                    StatedTotal = parsed.StatedTotal,
                    FundingSourceId = unit == "so-tttt" ? state.Id : province.Id,
                };
                estimate.ReplaceLines(parsed.Lines.Select(l => l.CloneFigures()));
                db.Estimates.Add(estimate);
                activity.StatedBudget = parsed.StatedTotal;
                activity.BudgetText = parsed.StatedTotal is { } t ? $"{t.Format()} (Chi tiết tại {appendix})" : null;
            }

            plan.StatedBudgetTotal = new Money(640_925_000);
            plan.SetUnitBudget(dx.Id, new Money(446_350_000), dx.Name);
            plan.SetUnitBudget(youth.Id, new Money(194_575_000), youth.Name);

            var circular = "Thông tư số 40/2017/TT-BTC ngày 28/4/2017 của Bộ Tài chính";
            var from = new DateOnly(2017, 7, 1);
            db.SpendingNorms.AddRange(
                new SpendingNorm(longAn.Id, "Nước uống", "người/buổi", new Money(40_000), from, null, circular + " (chi giải khát giữa giờ)"),
                new SpendingNorm(longAn.Id, "Chi giải khát", "người/buổi", new Money(40_000), from, null, circular + " (chi giải khát giữa giờ)"),
                new SpendingNorm(longAn.Id, "Chi bồi dưỡng báo cáo viên", "người/buổi", new Money(1_200_000), new DateOnly(2023, 1, 1), null,
                    "Mức chi ví dụ của tỉnh (dữ liệu mẫu)"),
                new SpendingNorm(longAn.Id, "Chi bồi dưỡng báo cáo viên", "người/buổi", new Money(800_000), new DateOnly(2019, 1, 1), new DateOnly(2022, 12, 31),
                    "Mức chi ví dụ đã hết hiệu lực (dữ liệu mẫu)"));
            await db.SaveChangesAsync(ct);
            return true;
        }, ct);
    }

    /// <summary>The text of one appendix: from its "Phụ lục …" line to the next appendix or the end.</summary>
    public static string Cut(string document, string appendix)
    {
        var lines = document.Replace("\r\n", "\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim().Equals(appendix, StringComparison.OrdinalIgnoreCase));
        if (start < 0) return "";
        var end = Array.FindIndex(lines, start + 1, l => l.TrimStart().StartsWith("Phụ lục ", StringComparison.OrdinalIgnoreCase));
        return string.Join("\n", lines[start..(end < 0 ? lines.Length : end)]);
    }

    /// <summary>data/seeds/NAME, found from the working directory or the application's folder upwards.</summary>
    public static string? SeedFile(string name)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "seeds", name);
                if (File.Exists(candidate)) return candidate;
            }

        return null;
    }
}
