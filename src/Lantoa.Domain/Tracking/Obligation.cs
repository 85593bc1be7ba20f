using Lantoa.Domain.Plans;
using Lantoa.Domain.Text;
using Lantoa.Domain.Units;

namespace Lantoa.Domain.Tracking;

public enum ObligationRecurrence
{
    /// <summary>One due date ("trước ngày 31/10/2024").</summary>
    Once,

    /// <summary>Every week, on one day of the week.</summary>
    Weekly,

    /// <summary>Every month, on one day of the month.</summary>
    Monthly,

    /// <summary>Every quarter, on one day of one month of the quarter ("ngày 15 tháng cuối quý").</summary>
    Quarterly,
}

/// <summary>
/// When an obligation is due: once, or repeatedly between two dates. Monthly and quarterly days beyond the end of a
/// month fall on its last day (day 31 in February is 28 or 29 February). Only due dates between
/// <see cref="From"/> and <see cref="To"/> (inclusive) count.
/// </summary>
public sealed record ObligationSchedule
{
    /// <summary>The longest span a recurring schedule may cover.</summary>
    public const int MaxYears = 10;

    private ObligationSchedule() { }

    public ObligationRecurrence Recurrence { get; private init; }

    /// <summary>The due date of a one-off obligation; the first day of a recurring one.</summary>
    public DateOnly From { get; private init; }

    /// <summary>The due date of a one-off obligation; the last day of a recurring one.</summary>
    public DateOnly To { get; private init; }

    public DayOfWeek? Weekday { get; private init; }

    /// <summary>Day of the month (1–31) for monthly and quarterly schedules.</summary>
    public int? Day { get; private init; }

    /// <summary>Which month of the quarter (1–3) for quarterly schedules.</summary>
    public int? MonthOfQuarter { get; private init; }

    public static ObligationSchedule Once(DateOnly dueOn) =>
        new() { Recurrence = ObligationRecurrence.Once, From = dueOn, To = dueOn };

    public static ObligationSchedule Weekly(DateOnly from, DateOnly to, DayOfWeek weekday) =>
        Checked(new() { Recurrence = ObligationRecurrence.Weekly, From = from, To = to, Weekday = weekday });

    public static ObligationSchedule Monthly(DateOnly from, DateOnly to, int day) =>
        Checked(new() { Recurrence = ObligationRecurrence.Monthly, From = from, To = to, Day = day });

    public static ObligationSchedule Quarterly(DateOnly from, DateOnly to, int monthOfQuarter, int day) =>
        Checked(new() { Recurrence = ObligationRecurrence.Quarterly, From = from, To = to, Day = day, MonthOfQuarter = monthOfQuarter });

    /// <summary>The due dates in order.</summary>
    public IReadOnlyList<DateOnly> DueDates()
    {
        var result = new List<DateOnly>();
        switch (Recurrence)
        {
            case ObligationRecurrence.Once:
                result.Add(From);
                break;
            case ObligationRecurrence.Weekly:
                var first = From.AddDays(((int)Weekday!.Value - (int)From.DayOfWeek + 7) % 7);
                for (var d = first; d <= To; d = d.AddDays(7)) result.Add(d);
                break;
            case ObligationRecurrence.Monthly:
                for (var m = new DateOnly(From.Year, From.Month, 1); m <= To; m = m.AddMonths(1))
                    AddIfInside(result, OnDay(m, Day!.Value));
                break;
            case ObligationRecurrence.Quarterly:
                var quarterStart = new DateOnly(From.Year, (From.Month - 1) / 3 * 3 + 1, 1);
                for (var q = quarterStart; q <= To; q = q.AddMonths(3))
                    AddIfInside(result, OnDay(q.AddMonths(MonthOfQuarter!.Value - 1), Day!.Value));
                break;
        }

        return result;
    }

    /// <summary>"Hạn 31/10/2024", "Hàng tuần vào thứ Sáu (01/02/2024–31/12/2024)", "Hàng quý, ngày 15 tháng thứ 3 của quý (…)".</summary>
    public string ToDisplay()
    {
        var range = $"({TrackingCalendar.DisplayRange(From, To)})";
        return Recurrence switch
        {
            ObligationRecurrence.Once => $"Hạn {TrackingCalendar.Display(From)}",
            ObligationRecurrence.Weekly => $"Hàng tuần vào {WeekdayName(Weekday!.Value)} {range}",
            ObligationRecurrence.Monthly => Day >= 31 ? $"Ngày cuối mỗi tháng {range}" : $"Ngày {Day} hàng tháng {range}",
            _ => $"Hàng quý, ngày {(Day >= 31 ? "cuối" : Day.ToString())} tháng thứ {MonthOfQuarter} của quý {range}",
        };
    }

    public static string WeekdayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "thứ Hai",
        DayOfWeek.Tuesday => "thứ Ba",
        DayOfWeek.Wednesday => "thứ Tư",
        DayOfWeek.Thursday => "thứ Năm",
        DayOfWeek.Friday => "thứ Sáu",
        DayOfWeek.Saturday => "thứ Bảy",
        _ => "Chủ nhật",
    };

    /// <summary>Rebuilds a schedule from its stored fields (not checked again: it was checked when made).</summary>
    public static ObligationSchedule FromStored(ObligationRecurrence recurrence, DateOnly from, DateOnly to,
        DayOfWeek? weekday, int? day, int? monthOfQuarter) => recurrence switch
        {
            ObligationRecurrence.Once => Once(from),
            ObligationRecurrence.Weekly => new() { Recurrence = recurrence, From = from, To = to, Weekday = weekday ?? DayOfWeek.Friday },
            ObligationRecurrence.Monthly => new() { Recurrence = recurrence, From = from, To = to, Day = day ?? 1 },
            _ => new() { Recurrence = ObligationRecurrence.Quarterly, From = from, To = to, Day = day ?? 1, MonthOfQuarter = monthOfQuarter ?? 3 },
        };

    private void AddIfInside(List<DateOnly> result, DateOnly d)
    {
        if (d >= From && d <= To) result.Add(d);
    }

    private static DateOnly OnDay(DateOnly firstOfMonth, int day) =>
        new(firstOfMonth.Year, firstOfMonth.Month, Math.Min(day, DateTime.DaysInMonth(firstOfMonth.Year, firstOfMonth.Month)));

    private static ObligationSchedule Checked(ObligationSchedule s)
    {
        if (s.To < s.From) throw new DomainException("Ngày kết thúc lặp lại phải sau ngày bắt đầu.");
        if (s.To > s.From.AddYears(MaxYears)) throw new DomainException($"Khoảng thời gian lặp lại quá dài (tối đa {MaxYears} năm).");
        if (s.Weekday is { } w && !Enum.IsDefined(w)) throw new DomainException("Ngày trong tuần không hợp lệ.");
        if (s.Day is < 1 or > 31) throw new DomainException("Ngày đến hạn phải từ 1 đến 31.");
        if (s.MonthOfQuarter is < 1 or > 3) throw new DomainException("Tháng trong quý phải từ 1 đến 3.");
        if (s.DueDates().Count == 0) throw new DomainException("Không có hạn nào trong khoảng thời gian đã chọn.");
        return s;
    }
}

/// <summary>
/// Something a plan makes units owe by a date, once or repeatedly: "Kế hoạch triển khai của cấp huyện" (before
/// 15/9/2024), "Báo cáo kết quả thực hiện Kế hoạch số 140/KH-UBND" (before 31/10/2024), "Báo cáo định kỳ hàng quý".
/// Owed by units and/or groups; a group owes through each of its members, resolved on each due date (a unit that no
/// longer exists on that day owes nothing; one that exists only later owes only later dates).
/// </summary>
public sealed class Obligation
{
    private readonly List<ObligationParty> _parties = [];

    private Obligation() { }

    public Obligation(int provinceId, int planId, string title, ObligationSchedule schedule)
    {
        ProvinceId = provinceId;
        PlanId = planId;
        SetTitle(title);
        Schedule = schedule;
    }

    /// <summary>An obligation taken from a deadline an imported plan states; its parties are set by the caller.</summary>
    public static Obligation FromDeadline(int provinceId, int planId, PlanDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return new Obligation(provinceId, planId, deadline.Description, ObligationSchedule.Once(deadline.DueOn))
        {
            PlanDeadlineId = deadline.Id == 0 ? null : deadline.Id,
            OwedByText = deadline.OwedBy,
        };
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int PlanId { get; private set; }

    /// <summary>The deadline of the plan this obligation was made from, if any.</summary>
    public int? PlanDeadlineId { get; private set; }

    /// <summary>What is owed: "Báo cáo kết quả thực hiện Kế hoạch số 140/KH-UBND".</summary>
    public string Title { get; private set; } = "";

    public string? Description { get; set; }

    /// <summary>Who owes it, as the plan wrote it ("UBND các huyện, thị xã, thành phố").</summary>
    public string? OwedByText { get; set; }

    public IReadOnlyList<ObligationParty> Parties => _parties;

    // The schedule, stored flat.
    private ObligationRecurrence Recurrence { get; set; }
    private DateOnly ScheduleFrom { get; set; }
    private DateOnly ScheduleTo { get; set; }
    private DayOfWeek? ScheduleWeekday { get; set; }
    private int? ScheduleDay { get; set; }
    private int? ScheduleMonthOfQuarter { get; set; }

    public ObligationSchedule Schedule
    {
        get => ObligationSchedule.FromStored(Recurrence, ScheduleFrom, ScheduleTo, ScheduleWeekday, ScheduleDay, ScheduleMonthOfQuarter);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            Recurrence = value.Recurrence;
            ScheduleFrom = value.From;
            ScheduleTo = value.To;
            ScheduleWeekday = value.Weekday;
            ScheduleDay = value.Day;
            ScheduleMonthOfQuarter = value.MonthOfQuarter;
        }
    }

    public IReadOnlyList<DateOnly> DueDates() => Schedule.DueDates();

    public void SetTitle(string title)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Nội dung phải nộp không được để trống.");
        var cleaned = VietnameseText.Normalize(title);
        if (cleaned.Length > 1000) throw new DomainException("Nội dung phải nộp quá dài (tối đa 1000 ký tự).");
        Title = cleaned;
    }

    public void SetParties(IEnumerable<ObligationParty> parties)
    {
        _parties.Clear();
        foreach (var p in parties)
            if (!_parties.Any(x => x.UnitId == p.UnitId && x.GroupId == p.GroupId))
                _parties.Add(p);
    }

    /// <summary>
    /// The units that owe this obligation on <paramref name="asOf"/>: units named directly (if they exist that day)
    /// and the members of named groups that day, each once; a unit named directly is not also counted through a group.
    /// </summary>
    public IReadOnlyList<OwingUnit> OwingUnits(IEnumerable<Unit> units, IEnumerable<UnitGroup> groups, DateOnly asOf) =>
        OwingUnits(new UnitLookup(units, groups), asOf);

    /// <summary>The same, with the units and groups indexed once for many obligations and due dates (a board).</summary>
    internal IReadOnlyList<OwingUnit> OwingUnits(UnitLookup lookup, DateOnly asOf)
    {
        var result = new Dictionary<int, OwingUnit>();
        foreach (var p in _parties.Where(p => p.UnitId is not null))
            if (lookup.Units.TryGetValue(p.UnitId!.Value, out var u) && u.IsValidOn(asOf))
                result.TryAdd(u.Id, new OwingUnit(u, null));
        foreach (var p in _parties.Where(p => p.GroupId is not null))
            if (lookup.Groups.TryGetValue(p.GroupId!.Value, out var g))
                foreach (var member in lookup.Members(g, asOf))
                    result.TryAdd(member.Id, new OwingUnit(member, g.Id));
        return result.Values.ToList();
    }

    /// <summary>
    /// Records that <paramref name="unitId"/> delivered what is owed for the due date <paramref name="dueOn"/>
    /// (which must be one of the obligation's due dates).
    /// </summary>
    public ObligationSubmission RecordSubmission(int unitId, DateOnly dueOn, DateTimeOffset submittedAt, int? userId,
        string? note = null, int? progressReportId = null)
    {
        if (!DueDates().Contains(dueOn))
            throw new DomainException($"Ngày {TrackingCalendar.Display(dueOn)} không phải là một hạn của \"{Title}\".");
        return new ObligationSubmission(Id, unitId, dueOn, submittedAt, userId, note, progressReportId);
    }
}

/// <summary>A unit that owes an obligation, and the group it owes it through (null when named directly).</summary>
public sealed record OwingUnit(Unit Unit, int? ViaGroupId);

/// <summary>One unit or one group an obligation is owed by, with the name as the plan wrote it.</summary>
public sealed class ObligationParty
{
    private ObligationParty() { }

    private ObligationParty(int? unitId, int? groupId, string? writtenName)
    {
        UnitId = unitId;
        GroupId = groupId;
        WrittenName = string.IsNullOrWhiteSpace(writtenName) ? null : VietnameseText.Normalize(writtenName);
    }

    public static ObligationParty ForUnit(int unitId, string? writtenName = null) => new(unitId, null, writtenName);

    public static ObligationParty ForGroup(int groupId, string? writtenName = null) => new(null, groupId, writtenName);

    public int Id { get; private set; }
    public int ObligationId { get; private set; }
    public int? UnitId { get; private set; }
    public int? GroupId { get; private set; }
    public string? WrittenName { get; private set; }
}

/// <summary>
/// A unit delivered what an obligation asks for one of its due dates. <see cref="SubmittedOn"/> is the Vietnamese
/// calendar day of <see cref="SubmittedAt"/>; on or before the due date it is on time.
/// </summary>
public sealed class ObligationSubmission
{
    private ObligationSubmission() { }

    public ObligationSubmission(int obligationId, int unitId, DateOnly dueOn, DateTimeOffset submittedAt, int? userId,
        string? note = null, int? progressReportId = null)
    {
        ObligationId = obligationId;
        UnitId = unitId;
        DueOn = dueOn;
        SubmittedAt = submittedAt;
        SubmittedOn = TrackingCalendar.LocalDay(submittedAt);
        UserId = userId;
        Note = string.IsNullOrWhiteSpace(note) ? null : VietnameseText.Normalize(note);
        if (Note?.Length > 2000) throw new DomainException("Ghi chú quá dài (tối đa 2000 ký tự).");
        ProgressReportId = progressReportId;
    }

    public int Id { get; private set; }
    public int ObligationId { get; private set; }
    public int UnitId { get; private set; }

    /// <summary>The due date this submission answers.</summary>
    public DateOnly DueOn { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }
    public DateOnly SubmittedOn { get; private set; }
    public int? UserId { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The progress report that carries what was delivered, when it was delivered through Lantoa.</summary>
    public int? ProgressReportId { get; private set; }

    public bool IsLate => SubmittedOn > DueOn;
}

/// <summary>A province's units and groups by id, and each group's members on a day resolved once (a group is resolved
/// against every unit of the province, and a board asks for the same group on the same due date many times).</summary>
internal sealed class UnitLookup
{
    private readonly IReadOnlyCollection<Unit> _all;
    private readonly Dictionary<(int, DateOnly), IReadOnlyList<Unit>> _members = [];

    public UnitLookup(IEnumerable<Unit> units, IEnumerable<UnitGroup> groups)
    {
        _all = units as IReadOnlyCollection<Unit> ?? units.ToList();
        Units = _all.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First());
        Groups = groups.GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.First());
    }

    public Dictionary<int, Unit> Units { get; }
    public Dictionary<int, UnitGroup> Groups { get; }

    public IReadOnlyList<Unit> Members(UnitGroup group, DateOnly asOf)
    {
        if (!_members.TryGetValue((group.Id, asOf), out var members))
            _members[(group.Id, asOf)] = members = group.Resolve(_all, asOf);
        return members;
    }
}
