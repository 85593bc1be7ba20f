namespace Lantoa.Domain.Users;

/// <summary>Access rules of the MyWork module.</summary>
public static partial class AccessPolicy
{
    /// <summary>Which unit's work list the actor may open: their own; coordinators, leadership and admins any unit in the province.</summary>
    public static bool CanViewUnitWork(Actor actor, int provinceId, int unitId) =>
        CanReadProvince(actor, provinceId)
        && (actor.UnitId == unitId || actor.Has(Role.Coordinator) || actor.Has(Role.Leadership) || actor.Has(Role.Admin));

    /// <summary>The "Việc của đơn vị" menu entry: users of a unit (it opens on their unit's work).</summary>
    public static bool SeesUnitWork(Actor actor) => actor.ProvinceId is not null && actor.UnitId is not null;
}
