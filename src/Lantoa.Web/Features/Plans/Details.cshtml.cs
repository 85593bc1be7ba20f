using Lantoa.Domain.Plans;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Plans;

public sealed class Details(LantoaDb db, UnitDirectory directory, TimeProvider clock) : LantoaPage
{
    public Plan Plan { get; private set; } = null!;
    public string ProvinceName { get; private set; } = "";
    public IReadOnlyList<ActivityView> Activities { get; private set; } = [];
    public IReadOnlyList<UnitShare> ByUnit { get; private set; } = [];
    public Timeline Timeline { get; private set; } = null!;
    public bool CanManage { get; private set; }

    /// <summary>The plan as a Word document in the Decree 30/2020 layout, for anyone who may read it.</summary>
    public async Task<IActionResult> OnGetDocxAsync(int id)
    {
        var province = await db.Plans.Where(p => p.Id == id).Select(p => (int?)p.ProvinceId).FirstOrDefaultAsync();
        if (province is null || !AccessPolicy.CanReadProvince(Actor, province.Value)) return NotFoundPage();
        var bytes = await Documents.PlanExport.DocxAsync(db, directory, id);
        return File(bytes!, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"ke-hoach-{id}.docx");
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await Load(id);
        if (plan is null) return NotFoundPage();
        await Describe(plan);
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, PlanStatus next)
    {
        var plan = await Load(id, tracking: true);
        if (plan is null) return NotFoundPage();
        if (!AccessPolicy.CanManagePlans(Actor, plan.ProvinceId)) return Denied();
        if (!plan.NextStatuses().Contains(next))
        {
            await Describe(plan);
            ModelState.AddModelError("", $"Không thể chuyển kế hoạch sang \"{next.Vietnamese()}\".");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        plan.ChangeStatus(next);
        plan.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync();
        Flash($"Kế hoạch chuyển sang \"{next.Vietnamese()}\".");
        return Redirect($"/Plans/{id}");
    }

    private async Task<Plan?> Load(int id, bool tracking = false)
    {
        var query = db.Plans.Include(p => p.Activities).ThenInclude(a => a.Parties)
            .Include(p => p.LegalBases).Include(p => p.Deadlines).Include(p => p.Milestones).AsSplitQuery();
        var plan = await (tracking ? query : query.AsNoTrackingWithIdentityResolution()).FirstOrDefaultAsync(p => p.Id == id);
        return plan is not null && AccessPolicy.CanReadProvince(Actor, plan.ProvinceId) ? plan : null;
    }

    private async Task Describe(Plan plan)
    {
        Plan = plan;
        ProvinceName = await db.Provinces.Where(p => p.Id == plan.ProvinceId).Select(p => p.Name).FirstAsync();
        CanManage = AccessPolicy.CanManagePlans(Actor, plan.ProvinceId) && !plan.IsReadOnly;
        var units = await directory.ForProvinceAsync(plan.ProvinceId);
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.PlanId == plan.Id).ToListAsync();
        var counts = assignments.GroupBy(a => a.ActivityId).ToDictionary(g => g.Key, g => g.Select(a => a.UnitId).Distinct().Count());
        Activities = ActivityView.For(plan, units, counts, CanManage);
        var activities = plan.Activities.ToDictionary(a => a.Id);
        ByUnit = assignments
            .GroupBy(a => a.UnitId)
            .Select(g => new UnitShare(g.Key, units.NameOf(g.Key, null), g
                .OrderBy(a => activities[a.ActivityId].SortOrder)
                .Select(a => new UnitShareItem(activities[a.ActivityId].Label, activities[a.ActivityId].Title, a.Role,
                    a.ViaGroupId is { } gid ? units.NameOf(null, gid) : null, activities[a.ActivityId].Time, a.AcknowledgedAt is not null))
                .ToList()))
            .OrderByDescending(s => s.Items.Any(i => i.Role == PartyRole.Lead))
            .ThenBy(s => s.UnitName, Lantoa.Domain.Text.VietnameseText.Comparer)
            .ToList();
        Timeline = Timeline.For(plan);
    }
}
