using Lantoa.Domain.Plans;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Plans;

/// <summary>
/// Keeps each activity's assignments in line with its lead and coordinating parties: groups fan out to the member
/// units that exist on the activity's reference day. The plan and its activities must already have ids (saved inside
/// the caller's transaction); the assignment changes are staged on the context for the caller's next save.
/// </summary>
public sealed class AssignmentService(LantoaDb db, UnitDirectory directory)
{
    public async Task SyncAsync(Plan plan, IEnumerable<Activity> activities, CancellationToken ct = default)
    {
        var units = await directory.ForProvinceAsync(plan.ProvinceId, ct);
        var list = activities.ToList();
        var ids = list.Select(a => a.Id).Where(id => id != 0).ToList();
        var existing = await db.Assignments.Where(a => ids.Contains(a.ActivityId)).ToListAsync(ct);
        foreach (var activity in list)
        {
            var day = activity.ReferenceDay;
            var targets = AssignmentPlanner.Targets(activity.Parties, g => units.Members(g, day).Select(u => u.Id));
            if (activity.Id == 0) throw new InvalidOperationException("Save the activity before syncing its assignments.");
            var mine = existing.Where(a => a.ActivityId == activity.Id).ToList();
            var (added, removed) = AssignmentPlanner.Sync(plan.Id, activity.Id, mine, targets);
            db.Assignments.RemoveRange(removed);
            db.Assignments.AddRange(added);
        }
    }
}
