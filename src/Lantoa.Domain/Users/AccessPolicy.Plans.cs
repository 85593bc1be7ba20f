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
}
