using Lantoa.Domain.Plans;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Plans;

/// <summary>
/// The plan-visibility rules of <see cref="AccessPolicy"/> applied to the database: which plans a list shows, whether one
/// plan (and its budget, reports and document pages) may be opened. Drafts reach only coordinators and admins.
/// </summary>
public static class PlanAccess
{
    /// <summary>The plans the actor may read (<see cref="AccessPolicy.VisiblePlans"/>).</summary>
    public static IQueryable<Plan> VisibleTo(this IQueryable<Plan> plans, LantoaDb db, Actor actor) =>
        plans.Where(AccessPolicy.VisiblePlans(actor, db.Assignments));

    /// <summary>Whether the actor may open the plan: <see cref="AccessPolicy.CanReadPlan"/>, with the unit's involvement read from its assignments.</summary>
    public static async Task<bool> CanReadPlanAsync(this LantoaDb db, Actor actor, int planId, int provinceId, PlanStatus status, CancellationToken ct = default)
    {
        if (!AccessPolicy.CanReadProvince(actor, provinceId)) return false;
        var involves = status.IsIssued() && actor.UnitId is { } unit && !AccessPolicy.SeesAllIssuedPlans(actor, provinceId)
                       && await db.Assignments.AnyAsync(a => a.PlanId == planId && a.UnitId == unit, ct);
        return AccessPolicy.CanReadPlan(actor, provinceId, status, involves);
    }

    public static Task<bool> CanReadPlanAsync(this LantoaDb db, Actor actor, Plan plan, CancellationToken ct = default) =>
        db.CanReadPlanAsync(actor, plan.Id, plan.ProvinceId, plan.Status, ct);

    /// <summary>By id: false when the plan does not exist.</summary>
    public static async Task<bool> CanReadPlanAsync(this LantoaDb db, Actor actor, int planId, CancellationToken ct = default)
    {
        var plan = await db.Plans.Where(p => p.Id == planId).Select(p => new { p.ProvinceId, p.Status }).FirstOrDefaultAsync(ct);
        return plan is not null && await db.CanReadPlanAsync(actor, planId, plan.ProvinceId, plan.Status, ct);
    }
}
