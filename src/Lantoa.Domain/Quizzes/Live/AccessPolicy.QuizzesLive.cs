namespace Lantoa.Domain.Users;

/// <summary>
/// Access rules of the live "Rung chuông vàng" show (kept beside the show, in Quizzes/Live). Running a show — asking,
/// revealing, rescuing, finishing — is for the province's coordinators and admins (as any quiz) and for the officers of
/// the unit that hosts it (the organiser, e.g. Tỉnh Đoàn); nobody of another province. Players are citizens or guests
/// holding the show's code: what they may do is decided by the show itself (<c>LiveShow.WhyNotAnswer</c>), not by a role.
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>Host a live show of <paramref name="provinceId"/> hosted by <paramref name="hostUnitId"/>.</summary>
    public static bool CanHostLiveShow(Actor actor, int provinceId, int? hostUnitId) =>
        CanManageQuizzes(actor, provinceId)
        || (actor.ProvinceId == provinceId && actor.Has(Role.UnitOfficer) && hostUnitId is not null && actor.UnitId == hostUnitId);

    /// <summary>See the province's list of live shows (and create one): whoever may host some show of the province.</summary>
    public static bool CanListLiveShows(Actor actor, int provinceId) =>
        CanManageQuizzes(actor, provinceId) || (actor.ProvinceId == provinceId && actor.Has(Role.UnitOfficer));
}
