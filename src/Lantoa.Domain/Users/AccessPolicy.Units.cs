namespace Lantoa.Domain.Users;

/// <summary>Access rules of the Units module.</summary>
public static partial class AccessPolicy
{
    /// <summary>Units, groups and aliases: coordinators and admins of the province.</summary>
    public static bool CanManageCatalogue(Actor actor, int provinceId) => CanManagePlans(actor, provinceId);

    /// <summary>A unit's contact details: its own officers, or whoever manages the catalogue.</summary>
    public static bool CanEditUnitProfile(Actor actor, int provinceId, int unitId) =>
        CanManageCatalogue(actor, provinceId)
        || (CanReadProvince(actor, provinceId) && actor.Has(Role.UnitOfficer) && actor.UnitId == unitId);

    /// <summary>The units' menu entry: users of a province (the catalogue is per province; there is no national one).</summary>
    public static bool SeesUnitCatalogue(Actor actor) => actor.ProvinceId is not null;
}
