using Lantoa.Domain.Dates;

namespace Lantoa.Domain.Plans;

/// <summary>
/// One item of a plan's "Tiến độ thực hiện": "- Cuối tháng 11/2025: các đơn vị báo cáo kết quả về Sở Khoa học và Công
/// nghệ", kept as written beside its window. A milestone that owes a report is also one of the plan's deadlines.
/// </summary>
public sealed class PlanMilestone
{
    private PlanMilestone() { }

    public PlanMilestone(string text, string? timeText, TimeWindow? window, string? owedBy, bool isReport)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("Nội dung mốc tiến độ không được để trống.");
        Text = text.Trim().Normalize();
        TimeText = string.IsNullOrWhiteSpace(timeText) ? null : timeText.Trim().Normalize();
        StartOn = window?.Start?.FirstDay;
        StartPrecision = window?.Start?.Precision;
        EndOn = window?.End?.FirstDay;
        EndPrecision = window?.End?.Precision;
        Tentative = window?.Tentative ?? false;
        OwedBy = string.IsNullOrWhiteSpace(owedBy) ? null : owedBy.Trim().Normalize();
        IsReport = isReport;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int SortOrder { get; set; }

    /// <summary>The item as written, with its time: "Cuối tháng 11/2025: các đơn vị báo cáo kết quả …".</summary>
    public string Text { get; private set; } = "";

    /// <summary>The words of its time: "Cuối tháng 11/2025".</summary>
    public string? TimeText { get; private set; }

    public DateOnly? StartOn { get; private set; }
    public DatePrecision? StartPrecision { get; private set; }
    public DateOnly? EndOn { get; private set; }
    public DatePrecision? EndPrecision { get; private set; }
    public bool Tentative { get; private set; }
    public string? OwedBy { get; private set; }
    public bool IsReport { get; private set; }

    /// <summary>The window read from <see cref="TimeWindow"/> ("cuối tháng 11/2025" → 21/11/2025 – 30/11/2025), with its words.</summary>
    public TimeWindow Window => new()
    {
        Start = StartOn is { } s ? PartialDate.FromFirstDay(s, StartPrecision ?? DatePrecision.Day) : null,
        End = EndOn is { } e ? PartialDate.FromFirstDay(e, EndPrecision ?? DatePrecision.Day) : null,
        Tentative = Tentative,
        Text = TimeText,
    };
}
