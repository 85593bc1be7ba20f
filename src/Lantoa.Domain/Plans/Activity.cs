using Lantoa.Domain.Dates;

namespace Lantoa.Domain.Plans;

/// <summary>
/// One node of a plan's activity tree ("1", "2.1", "a"): what is done, by whom (lead and coordinating units or
/// groups), when, where and with whom.
/// </summary>
public sealed class Activity
{
    private readonly List<ActivityParty> _parties = [];

    private Activity() { }

    internal Activity(Plan plan, string label, string title, ActivityKind kind, Activity? parent, int sortOrder)
    {
        Plan = plan;
        Parent = parent;
        SortOrder = sortOrder;
        Kind = kind;
        SetLabelAndTitle(label, title);
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public Plan Plan { get; private set; } = null!;
    public int? ParentId { get; private set; }
    public Activity? Parent { get; private set; }
    public int SortOrder { get; set; }
    public string Label { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? Content { get; set; }
    public ActivityKind Kind { get; set; }
    public string? Location { get; set; }
    public string? ParticipantsText { get; set; }
    public int? ExpectedParticipants { get; private set; }
    public string? Notes { get; set; }

    /// <summary>"Hình thức": how it is done (trực tuyến, trực tiếp, …), as written.</summary>
    public string? FormText { get; set; }

    /// <summary>The participants appendix of this activity ("Chi tiết theo Phụ lục I"), when the plan has one.</summary>
    public ParticipantTable? ParticipantTable { get; set; }

    /// <summary>The budget as the plan body writes it: "388.400.000 đồng; từ nguồn kinh phí ngân sách nhà nước …".</summary>
    public string? BudgetText { get; set; }

    /// <summary>The figure quoted in the plan body, checked against the activity's estimate.</summary>
    public Budgets.Money? StatedBudget { get; set; }

    public IReadOnlyList<ActivityParty> Parties => _parties;

    // The time window, stored flat.
    private DateOnly? TimeStart { get; set; }
    private DatePrecision? TimeStartPrecision { get; set; }
    private DateOnly? TimeEnd { get; set; }
    private DatePrecision? TimeEndPrecision { get; set; }
    private bool TimeTentative { get; set; }
    private Recurrence TimeRecurrence { get; set; }
    private bool TimeOngoing { get; set; }
    private bool TimeDeadlineOnly { get; set; }
    private string? TimeText { get; set; }
    private int? TimeDurationDays { get; set; }
    private TimeOnly? TimeStartTime { get; set; }
    private string? TimeSession { get; set; }

    public TimeWindow Time
    {
        get => new()
        {
            Start = TimeStart is { } s ? PartialDate.FromFirstDay(s, TimeStartPrecision ?? DatePrecision.Day) : null,
            End = TimeEnd is { } e ? PartialDate.FromFirstDay(e, TimeEndPrecision ?? DatePrecision.Day) : null,
            Tentative = TimeTentative,
            Recurrence = TimeRecurrence,
            Ongoing = TimeOngoing,
            DeadlineOnly = TimeDeadlineOnly,
            Text = TimeText,
            DurationDays = TimeDurationDays,
            StartTime = TimeStartTime,
            Session = TimeSession,
        };
        set
        {
            if (value.Start is { } s && value.End is { } e && e.LastDay < s.FirstDay)
                throw new DomainException("Ngày kết thúc phải sau ngày bắt đầu.");
            TimeStart = value.Start?.FirstDay;
            TimeStartPrecision = value.Start?.Precision;
            TimeEnd = value.End?.FirstDay;
            TimeEndPrecision = value.End?.Precision;
            TimeTentative = value.Tentative;
            TimeRecurrence = value.Recurrence;
            TimeOngoing = value.Ongoing;
            TimeDeadlineOnly = value.DeadlineOnly;
            TimeText = string.IsNullOrWhiteSpace(value.Text) ? null : value.Text.Trim().Normalize();
            TimeDurationDays = value.DurationDays;
            TimeStartTime = value.StartTime;
            TimeSession = value.Session;
        }
    }

    /// <summary>The day against which this activity's groups resolve to member units.</summary>
    public DateOnly ReferenceDay => Time.FirstDay ?? Time.LastDay ?? Plan.ReferenceDay;

    public int Depth => Parent is null ? 0 : Parent.Depth + 1;

    public void SetLabelAndTitle(string label, string title)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Tên hoạt động không được để trống.");
        Label = (label ?? "").Trim().TrimEnd('.', ')').Normalize();
        Title = title.Trim().Normalize();
    }

    internal void MoveUnder(Activity? parent) => Parent = parent;

    public void SetExpectedParticipants(int? count)
    {
        if (count is < 0) throw new DomainException("Số người tham dự không được âm.");
        ExpectedParticipants = count;
    }

    public void SetParties(IEnumerable<ActivityParty> parties)
    {
        _parties.Clear();
        foreach (var p in parties)
            if (!_parties.Any(x => x.Role == p.Role && x.UnitId == p.UnitId && x.GroupId == p.GroupId))
                _parties.Add(p);
    }
}

/// <summary>A lead or coordinating party of an activity: one unit or one group, with the name as the plan wrote it.</summary>
public sealed class ActivityParty
{
    private ActivityParty() { }

    private ActivityParty(PartyRole role, int? unitId, int? groupId, string writtenName)
    {
        Role = role;
        UnitId = unitId;
        GroupId = groupId;
        WrittenName = writtenName.Trim().Normalize();
    }

    public static ActivityParty ForUnit(PartyRole role, int unitId, string writtenName) => new(role, unitId, null, writtenName);

    public static ActivityParty ForGroup(PartyRole role, int groupId, string writtenName) => new(role, null, groupId, writtenName);

    public int Id { get; private set; }
    public int ActivityId { get; private set; }
    public PartyRole Role { get; private set; }
    public int? UnitId { get; private set; }
    public int? GroupId { get; private set; }
    public string WrittenName { get; private set; } = "";
}
