using Lantoa.Domain.Budgets;
using Lantoa.Domain.Geography;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Budgets;

/// <summary>
/// The money of the Long An 2024 DX Day plan beyond what its document gives the importer: the funding sources, and a
/// few spending norms of the Ministry of Finance's circular on conference spending, as an example catalogue.
/// </summary>
public static class BudgetsDemoData
{
    /// <summary>
    /// The imported Long An DX Day plan already has its four estimates (Phụ lục II–V) and the totals its text states;
    /// this adds the funding sources the text names, points each estimate at its source, and adds example norms.
    /// </summary>
    public static async Task SeedAsync(LantoaDb db, Province longAn, CancellationToken ct)
    {
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.ProvinceId == longAn.Id && p.Kind == PlanKind.DxDay && p.Year == 2024, ct);
        if (plan is null) return;
        var estimates = await db.Estimates.Where(e => e.PlanId == plan.Id).ToListAsync(ct);
        var activities = await db.Activities.Where(a => a.PlanId == plan.Id).ToDictionaryAsync(a => a.Id, a => a.Label, ct);

        await db.InTransactionAsync(async () =>
        {
            var state = new FundingSource(longAn.Id, plan.Id, FundingKind.StateBudget,
                "Ngân sách nhà nước cấp cho Sở Thông tin và Truyền thông", "Quyết định số 11789/QĐ-UBND ngày 12/12/2023 của UBND tỉnh");
            var province = new FundingSource(longAn.Id, plan.Id, FundingKind.StateBudget, "Ngân sách tỉnh đã cấp cho Tỉnh Đoàn năm 2024", null);
            var sponsors = new FundingSource(longAn.Id, plan.Id, FundingKind.Sponsorship, "Xã hội hóa (doanh nghiệp tham gia triển lãm)", null);
            db.FundingSources.AddRange(state, province, sponsors);
            await db.SaveChangesAsync(ct);
            foreach (var e in estimates)
            {
                var label = e.ActivityId is { } id ? activities.GetValueOrDefault(id) : null;
                e.FundingSourceId = label is "4" or "5" ? province.Id : state.Id;
            }

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
}
