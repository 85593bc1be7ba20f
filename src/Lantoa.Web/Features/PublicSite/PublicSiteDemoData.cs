using Lantoa.Domain.Plans;
using Lantoa.Domain.Publishing;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.PublicSite;

/// <summary>
/// The demo province's public site: Long An's issued 2024 plans are published, each with its top-level activities
/// (its sub-activities, budgets and everything else stay internal); Tiền Giang publishes nothing.
/// </summary>
public sealed class PublicSiteDemoData(LantoaDb db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var longAn = await db.Provinces.Where(p => p.Code == "80").Select(p => p.Id).FirstOrDefaultAsync(ct);
        var plans = await db.Plans.Include(p => p.Activities)
            .Where(p => p.ProvinceId == longAn && p.Year == 2024 && p.Status != PlanStatus.Draft).OrderBy(p => p.Id).ToListAsync(ct);
        foreach (var plan in plans)
        {
            var publication = new PlanPublication(plan);
            publication.SetTexts(publication.Theme, publication.Slogan, plan.Kind == PlanKind.DxDay
                ? "Ngày Chuyển đổi số tỉnh Long An năm 2024: các hoạt động hưởng ứng, cuộc thi và sự kiện dành cho người dân, doanh nghiệp."
                : null);
            publication.ChooseActivities(plan, plan.Activities.Where(a => a.ParentId is null && a.Parent is null).Select(a => a.Id));
            publication.Publish(plan, clock.GetUtcNow());
            db.Add(publication);
        }
        await db.SaveChangesAsync(ct);
    }
}
