namespace Lantoa.Domain.Plans;

public enum PlanKind
{
    /// <summary>Ngày Chuyển đổi số (10/10).</summary>
    DxDay,

    /// <summary>Tuần lễ chuyển đổi số.</summary>
    DxWeek,

    /// <summary>Kế hoạch tuyên truyền, truyền thông.</summary>
    Communications,

    Other,
}

/// <summary>draft → issued → in progress → closed.</summary>
public enum PlanStatus
{
    Draft,
    Issued,
    InProgress,
    Closed,
}

public enum ActivityKind
{
    Communications,
    MeetingCeremony,
    Exhibition,
    QuizContest,
    SubmissionContest,
    FieldCampaign,
    Training,
    Drill,
    Conference,
    Promotion,
    Other,
}

/// <summary>Chủ trì (lead) or phối hợp (coordinating).</summary>
public enum PartyRole
{
    Lead,
    Coordinating,
}

public static class PlanVietnamese
{
    public static string Vietnamese(this PlanKind kind) => kind switch
    {
        PlanKind.DxDay => "Ngày Chuyển đổi số",
        PlanKind.DxWeek => "Tuần lễ Chuyển đổi số",
        PlanKind.Communications => "Kế hoạch tuyên truyền",
        _ => "Khác",
    };

    public static string Vietnamese(this PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Dự thảo",
        PlanStatus.Issued => "Đã ban hành",
        PlanStatus.InProgress => "Đang thực hiện",
        PlanStatus.Closed => "Đã kết thúc",
        _ => status.ToString(),
    };

    public static string Vietnamese(this ActivityKind kind) => kind switch
    {
        ActivityKind.Communications => "Truyền thông",
        ActivityKind.MeetingCeremony => "Họp mặt, lễ",
        ActivityKind.Exhibition => "Triển lãm",
        ActivityKind.QuizContest => "Cuộc thi trắc nghiệm",
        ActivityKind.SubmissionContest => "Cuộc thi tác phẩm",
        ActivityKind.FieldCampaign => "Ra quân, chiến dịch",
        ActivityKind.Training => "Tập huấn",
        ActivityKind.Drill => "Diễn tập",
        ActivityKind.Conference => "Hội nghị, hội thảo",
        ActivityKind.Promotion => "Khuyến mại, thúc đẩy",
        _ => "Khác",
    };

    /// <summary>Issued, in progress or closed: a plan that has been ban hành and reaches the units it assigns.</summary>
    public static bool IsIssued(this PlanStatus status) => status != PlanStatus.Draft;

    public static string Vietnamese(this PartyRole role) => role == PartyRole.Lead ? "Chủ trì" : "Phối hợp";
}
