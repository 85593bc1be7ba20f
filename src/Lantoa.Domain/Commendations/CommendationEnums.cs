namespace Lantoa.Domain.Commendations;

/// <summary>Who an award goes to: a collective (a team, a unit) or an individual.</summary>
public enum NomineeKind
{
    Collective,
    Individual,
}

/// <summary>Where a nomination stands: sent by its unit, returned with a comment (the unit may send it again), accepted for the decision, or rejected.</summary>
public enum NominationStatus
{
    Submitted,
    Returned,
    Accepted,
    Rejected,
}

public static class CommendationNames
{
    public static string Vietnamese(this NomineeKind kind) => kind == NomineeKind.Collective ? "Tập thể" : "Cá nhân";

    public static string Vietnamese(this NominationStatus status) => status switch
    {
        NominationStatus.Submitted => "Đã gửi",
        NominationStatus.Returned => "Trả lại",
        NominationStatus.Accepted => "Đã chấp thuận",
        _ => "Không chấp thuận",
    };
}
