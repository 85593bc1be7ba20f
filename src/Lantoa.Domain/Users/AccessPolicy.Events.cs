namespace Lantoa.Domain.Users;

/// <summary>
/// Access rules of the Events module. The DX office (coordinators, admins) sets events up, sees every unit's quota and
/// delegates, downloads the invitations and scans tickets at the door; a unit's officer names its own delegates within
/// its quota. Citizens register through the public site or the API (their own bearer token), never through these rules.
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>Create events, set quotas, read every unit's delegates, the invitations: coordinators and admins of the province.</summary>
    public static bool CanManageEvents(Actor actor, int provinceId) => CanManagePlans(actor, provinceId);

    /// <summary>Check tickets in at the door (page and scanner API): the event's managers.</summary>
    public static bool CanCheckIn(Actor actor, int provinceId) => CanManageEvents(actor, provinceId);

    /// <summary>Name delegates for a unit: the unit's own officer; coordinators may enter what a unit sent on paper.</summary>
    public static bool CanNameDelegates(Actor actor, int provinceId, int? unitId) =>
        CanManageEvents(actor, provinceId)
        || (CanReadProvince(actor, provinceId) && actor.Has(Role.UnitOfficer) && unitId is not null && actor.UnitId == unitId);

    /// <summary>The events list: anyone of a province.</summary>
    public static bool SeesEvents(Actor actor) => actor.ProvinceId is not null || actor.IsNational;
}
