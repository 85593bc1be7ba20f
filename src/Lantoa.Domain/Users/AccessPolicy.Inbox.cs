namespace Lantoa.Domain.Users;

/// <summary>Access rules of the Inbox module.</summary>
public static partial class AccessPolicy
{
    /// <summary>The inbox ("Việc chờ xử lý"): anyone working in a province (a national admin once a province is picked).
    /// What it lists is asked of each module's own rules.</summary>
    public static bool SeesInbox(Actor actor) => actor.ProvinceId is not null;

    /// <summary>The notices of a unit (mark them read): its own users.</summary>
    public static bool CanReadUnitNotices(Actor actor, int provinceId, int unitId) =>
        CanReadProvince(actor, provinceId) && actor.UnitId == unitId;
}
