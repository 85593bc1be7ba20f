namespace Lantoa.Domain.Users;

/// <summary>
/// Access rules of the Contests module. The DX office (coordinators) and the province's admins run a contest: moderate
/// entries, assign judges, void votes, publish results. A judge is a staff user named on the contest's jury, who scores
/// only the entries they may see (<c>ContestJudge.Sees</c>). A unit's officer submits for the unit's team. Votes are
/// cast by signed-in citizens; the contests and their accepted entries are public.
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>Moderate, set the jury, void votes, publish results: coordinators and admins of the province.</summary>
    public static bool CanManageContests(Actor actor, int provinceId) => CanManagePlans(actor, provinceId);

    /// <summary>Score entries: a user of the province who is on the contest's jury.</summary>
    public static bool CanJudgeContest(Actor actor, int provinceId, bool onJury) => onJury && CanReadProvince(actor, provinceId);

    /// <summary>Submit an entry for a unit's team: the unit's own officer, or a coordinator entering what a unit sent.</summary>
    public static bool CanSubmitContestEntry(Actor actor, int provinceId, int unitId) =>
        CanReadProvince(actor, provinceId) && (actor.Has(Role.Coordinator) || (actor.Has(Role.UnitOfficer) && actor.UnitId == unitId));

    /// <summary>The contests page: every staff user of a province (what each may do there is asked per contest).</summary>
    public static bool CanOpenContests(Actor actor) => actor.ProvinceId is not null || actor.IsNational;

    /// <summary>The menu entry: those who run contests, send entries or judge them (coordinators, unit officers); an
    /// administrator (IT staff) opens /Contests by its address.</summary>
    public static bool SeesContests(Actor actor) => actor.Has(Role.Coordinator) || actor.Has(Role.UnitOfficer);

    /// <summary>Open the entry form of a province's contest: a unit's officer (for the unit's team) or a coordinator.</summary>
    public static bool CanOpenContestEntryForm(Actor actor, int provinceId) =>
        CanReadProvince(actor, provinceId) && (actor.Has(Role.Coordinator) || (actor.Has(Role.UnitOfficer) && actor.UnitId is not null));
}
