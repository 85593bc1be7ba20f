namespace Lantoa.Domain.Tracking;

/// <summary>How far the work of an assignment has gone, as the unit reports it.</summary>
public enum ProgressStatus
{
    /// <summary>Chưa bắt đầu.</summary>
    NotStarted,

    /// <summary>Đang thực hiện.</summary>
    InProgress,

    /// <summary>Hoàn thành.</summary>
    Done,

    /// <summary>Không thực hiện — always with a reason.</summary>
    NotDone,
}

/// <summary>
/// Where a report is in its review: draft → submitted → approved, or submitted → returned (with the coordinator's
/// comment) → submitted again.
/// </summary>
public enum ReportState
{
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// <summary>What happened to a report at one point of its history.</summary>
public enum ReportAction
{
    Submitted,
    Returned,
    Approved,
}

public static class TrackingVietnamese
{
    public static string Vietnamese(this ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "Chưa bắt đầu",
        ProgressStatus.InProgress => "Đang thực hiện",
        ProgressStatus.Done => "Hoàn thành",
        ProgressStatus.NotDone => "Không thực hiện",
        _ => status.ToString(),
    };

    public static string Vietnamese(this ReportState state) => state switch
    {
        ReportState.Draft => "Dự thảo",
        ReportState.Submitted => "Đã gửi",
        ReportState.Returned => "Bị trả lại",
        ReportState.Approved => "Đã duyệt",
        _ => state.ToString(),
    };

    public static string Vietnamese(this ReportAction action) => action switch
    {
        ReportAction.Submitted => "Gửi báo cáo",
        ReportAction.Returned => "Trả lại",
        ReportAction.Approved => "Duyệt",
        _ => action.ToString(),
    };
}
