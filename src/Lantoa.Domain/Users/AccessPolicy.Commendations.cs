namespace Lantoa.Domain.Users;

/// <summary>
/// Access rules of the Commendations module. The DX office (coordinators) runs a round: awards, quotas, the rate
/// tables, the decision. Review is shared with the emulation board (Ban Thi đua - Khen thưởng of the Department of Home
/// Affairs), which the round names as its board unit: the board's officers accept or return nominations, record the
/// council's votes, print certificates and mark the ceremony — because in the seed plan the board "phối hợp … đề xuất
/// tặng Bằng khen …; in bằng khen và thực hiện nghi thức trao thưởng". Units nominate through their own officer.
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>Create rounds, set awards and quotas, the base-salary and coefficient tables, sign the decision: coordinators and admins of the province.</summary>
    public static bool CanManageCommendations(Actor actor, int provinceId) => CanManagePlans(actor, provinceId);

    /// <summary>Accept, return or reject nominations, record votes, certificates, the ceremony: coordinators, admins, and officers of the round's emulation board.</summary>
    public static bool CanReviewNominations(Actor actor, int provinceId, int? boardUnitId) =>
        CanManageCommendations(actor, provinceId)
        || (CanReadProvince(actor, provinceId) && actor.Has(Role.UnitOfficer) && boardUnitId is not null && actor.UnitId == boardUnitId);

    /// <summary>Read a round with every unit's nominations, the decision and the cash: reviewers, leadership and finance reviewers of the province.</summary>
    public static bool CanReadRound(Actor actor, int provinceId, int? boardUnitId) =>
        CanReviewNominations(actor, provinceId, boardUnitId)
        || (CanReadProvince(actor, provinceId) && (actor.Has(Role.Leadership) || actor.Has(Role.Reviewer)));

    /// <summary>Nominate for a unit (and read its nominations): the unit's own officer; coordinators may enter what a unit sent on paper.</summary>
    public static bool CanNominate(Actor actor, int provinceId, int unitId) =>
        CanReadProvince(actor, provinceId)
        && (actor.Has(Role.Coordinator) || (actor.Has(Role.UnitOfficer) && actor.UnitId == unitId));

    /// <summary>The rounds list: anyone of a province (each sees what the rules above let them open).</summary>
    public static bool SeesCommendations(Actor actor) => actor.ProvinceId is not null;
}
