namespace Lantoa.Domain.Users;

/// <summary>
/// Access rules of the Quizzes module. Citizens take quizzes under their own account (checked by the attempt's owner,
/// not by a staff role): an attempt is only ever read, answered or submitted by the citizen who started it. The public
/// lists and the results of closed rounds are open to all. Running a contest (the bank, its review, disqualifying) is the
/// province's coordinators' and admins' work, and the organiser unit's officers'.
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>Manage a province's question bank and contests: coordinators and admins of the province.</summary>
    public static bool CanManageQuizzes(Actor actor, int provinceId) => CanManagePlans(actor, provinceId);

    /// <summary>Approve or send back a question of the bank (thẩm định): a manager of the province who did not write it.</summary>
    public static bool CanReviewQuestion(Actor actor, int provinceId, int? writtenByUserId) =>
        CanManageQuizzes(actor, provinceId) && writtenByUserId != actor.UserId;

    /// <summary>An attempt is its citizen's alone.</summary>
    public static bool CanTakeAttempt(int attemptCitizenId, int citizenId) => attemptCitizenId == citizenId;
}
