using System.Linq.Expressions;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Users;

/// <summary>Access rules of the Plans module.</summary>
public static partial class AccessPolicy
{
    /// <summary>Create and change plans, activities and assignments: coordinators (and admins) of the province.</summary>
    public static bool CanManagePlans(Actor actor, int provinceId) =>
        CanReadProvince(actor, provinceId) && (actor.Has(Role.Coordinator) || actor.Has(Role.Admin));

    /// <summary>Acknowledge an assignment and note its focal person: officers of the assigned unit, or coordinators.</summary>
    public static bool CanActOnAssignment(Actor actor, int provinceId, int assignedUnitId) =>
        CanManagePlans(actor, provinceId)
        || (CanReadProvince(actor, provinceId) && actor.Has(Role.UnitOfficer) && actor.UnitId == assignedUnitId);

    /// <summary>The plans a list shows the actor: a national admin all, anyone else their own province's, a user without
    /// a province none.</summary>
    public static Expression<Func<Plan, bool>> PlansListedFor(Actor actor)
    {
        if (actor.IsNational) return p => true;
        if (actor.ProvinceId is not { } province) return p => false;
        return p => p.ProvinceId == province;
    }

    /// <summary>Drafts (plans not yet issued): only coordinators and admins of the province see them.</summary>
    public static bool CanSeeDrafts(Actor actor, int provinceId) => CanManagePlans(actor, provinceId);

    /// <summary>Every issued plan of the province: coordinators, admins, leadership and reviewers; a unit officer only those that involve the unit.</summary>
    public static bool SeesAllIssuedPlans(Actor actor, int provinceId) =>
        CanReadProvince(actor, provinceId)
        && (actor.Has(Role.Coordinator) || actor.Has(Role.Admin) || actor.Has(Role.Leadership) || actor.Has(Role.Reviewer));

    /// <summary>
    /// Read one plan (and its pages: budget, reports, document): a draft only for those who see drafts; an issued plan for
    /// whoever sees all issued plans of the province, or a unit officer whose unit has work on it (<paramref name="involvesUnit"/>).
    /// </summary>
    public static bool CanReadPlan(Actor actor, int provinceId, PlanStatus status, bool involvesUnit) =>
        CanReadProvince(actor, provinceId)
        && (status.IsIssued()
            ? SeesAllIssuedPlans(actor, provinceId) || (involvesUnit && actor.Has(Role.UnitOfficer) && actor.UnitId is not null)
            : CanSeeDrafts(actor, provinceId));

    /// <summary>
    /// The list filter of <see cref="CanReadPlan"/>, for plan lists: the plans of <see cref="PlansListedFor"/> that the
    /// actor may read, given the assignments (to decide which issued plans involve the actor's unit).
    /// </summary>
    public static Expression<Func<Plan, bool>> VisiblePlans(Actor actor, IQueryable<Assignment> assignments)
    {
        var province = actor.ProvinceId;
        var national = actor.IsNational;
        var drafts = actor.Has(Role.Coordinator) || actor.Has(Role.Admin);
        var allIssued = drafts || actor.Has(Role.Leadership) || actor.Has(Role.Reviewer);
        var unit = actor.Has(Role.UnitOfficer) ? actor.UnitId : null;
        return p => (national || (province != null && p.ProvinceId == province))
                    && (p.Status == PlanStatus.Draft
                        ? drafts
                        : allIssued || (unit != null && assignments.Any(a => a.PlanId == p.Id && a.UnitId == unit)));
    }
}
