using Lantoa.Domain.Plans;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Tracking;

/// <summary>How a period's measure is compared with the target value.</summary>
public enum TargetComparison
{
    /// <summary>Ít nhất: measure ≥ target.</summary>
    AtLeast,

    /// <summary>Không quá: measure ≤ target.</summary>
    AtMost,

    /// <summary>Đúng: measure = target.</summary>
    Exactly,
}

/// <summary>
/// A chỉ tiêu on an assignment: a metric ("bài viết"), a target value per period (week, month, quarter or the whole
/// window), a comparison, and the window it is active in. "Mỗi tuần đăng tải ít nhất 1 bài viết" from 02/2024 to
/// 12/2024 is (bài viết, 1, Week, AtLeast, 01/02/2024–31/12/2024).
/// <para>
/// A percentage target has a <see cref="Denominator"/>: "100% trường tiểu học được tuyên truyền" over 120 schools is
/// (trường tiểu học được tuyên truyền, 100, WholePlan, AtLeast) with denominator 120; entries count the schools
/// reached and the measure is their share in percent. A <see cref="Cumulative"/> target measures each period by
/// everything entered from the start of the window to the end of that period (reach grows; weekly articles do not).
/// </para>
/// Entries (<see cref="TargetEntry"/>) are kept outside the target, one or more per period; compliance is computed
/// by <see cref="TargetCompliance"/>.
/// </summary>
public sealed class Target
{
    public const decimal MaxValue = 999_999_999_999m;

    private Target() { }

    public Target(int provinceId, int planId, int assignmentId, int unitId, string metric, decimal targetValue,
        TargetPeriodKind period, TargetComparison comparison, DateOnly activeFrom, DateOnly activeTo)
    {
        ProvinceId = provinceId;
        PlanId = planId;
        AssignmentId = assignmentId;
        UnitId = unitId;
        SetMetric(metric);
        if (!Enum.IsDefined(period)) throw new DomainException("Kỳ tính chỉ tiêu không hợp lệ.");
        Period = period;
        SetGoal(targetValue, comparison);
        SetWindow(activeFrom, activeTo);
    }

    /// <summary>A target on <paramref name="assignment"/>, for its unit.</summary>
    public static Target For(Assignment assignment, int provinceId, string metric, decimal targetValue,
        TargetPeriodKind period, TargetComparison comparison, DateOnly activeFrom, DateOnly activeTo) =>
        new(provinceId, assignment.PlanId, assignment.Id, assignment.UnitId, metric, targetValue, period, comparison,
            activeFrom, activeTo);

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int PlanId { get; private set; }
    public int AssignmentId { get; private set; }
    public int UnitId { get; private set; }

    /// <summary>What is counted: "bài viết", "bản tin/phóng sự", "trường tiểu học được tuyên truyền".</summary>
    public string Metric { get; private set; } = "";

    /// <summary>The plan's own words: "Mỗi tuần đăng tải ít nhất 1 bài viết/bản tin tại chuyên mục này".</summary>
    public string? Description { get; set; }

    /// <summary>The value to reach per period; a percentage (0–100) when <see cref="Denominator"/> is set.</summary>
    public decimal TargetValue { get; private set; }

    public TargetPeriodKind Period { get; private set; }
    public TargetComparison Comparison { get; private set; }
    public DateOnly ActiveFrom { get; private set; }
    public DateOnly ActiveTo { get; private set; }

    /// <summary>The total the percentage is taken of (120 schools); null for a plain count.</summary>
    public decimal? Denominator { get; private set; }

    public bool Cumulative { get; private set; }

    public bool IsPercentage => Denominator is not null;

    public void SetMetric(string metric)
    {
        if (string.IsNullOrWhiteSpace(metric)) throw new DomainException("Tên chỉ tiêu không được để trống.");
        var cleaned = VietnameseText.Normalize(metric);
        if (cleaned.Length > 300) throw new DomainException("Tên chỉ tiêu quá dài (tối đa 300 ký tự).");
        Metric = cleaned;
    }

    public void SetGoal(decimal targetValue, TargetComparison comparison)
    {
        if (!Enum.IsDefined(comparison)) throw new DomainException("Cách so sánh chỉ tiêu không hợp lệ.");
        if (targetValue < 0) throw new DomainException("Giá trị chỉ tiêu không được âm.");
        if (targetValue > MaxValue) throw new DomainException("Giá trị chỉ tiêu quá lớn.");
        if (IsPercentage && targetValue > 100) throw new DomainException("Chỉ tiêu tỷ lệ không được quá 100%.");
        TargetValue = targetValue;
        Comparison = comparison;
    }

    public void SetWindow(DateOnly activeFrom, DateOnly activeTo)
    {
        if (activeTo < activeFrom) throw new DomainException("Ngày kết thúc áp dụng chỉ tiêu phải sau ngày bắt đầu.");
        if (activeTo > activeFrom.AddYears(10)) throw new DomainException("Thời gian áp dụng chỉ tiêu quá dài (tối đa 10 năm).");
        ActiveFrom = activeFrom;
        ActiveTo = activeTo;
    }

    /// <summary>Makes this a percentage target over <paramref name="denominator"/> items, or a plain count again (null).</summary>
    public void SetDenominator(decimal? denominator)
    {
        if (denominator is { } d && (d <= 0 || d != decimal.Truncate(d)))
            throw new DomainException("Tổng số để tính tỷ lệ phải là số nguyên dương.");
        if (denominator is not null && TargetValue > 100) throw new DomainException("Chỉ tiêu tỷ lệ không được quá 100%.");
        Denominator = denominator;
    }

    public void SetCumulative(bool cumulative) => Cumulative = cumulative;

    /// <summary>The periods of the window, in order (the first and last may be partial).</summary>
    public IReadOnlyList<TargetPeriod> Periods() => TargetPeriod.Covering(Period, ActiveFrom, ActiveTo);

    /// <summary>The period a key names; refused when the key is not of this target's kind or lies outside the window.</summary>
    public TargetPeriod PeriodOf(string key)
    {
        if (!TargetPeriod.TryParse(Period, key, ActiveFrom, ActiveTo, out var period))
            throw new DomainException($"Kỳ \"{key}\" không hợp lệ cho chỉ tiêu tính theo {PeriodWords(Period, false)}.");
        if (period.LastDay < ActiveFrom || period.FirstDay > ActiveTo)
            throw new DomainException(
                $"{period.Label} nằm ngoài thời gian áp dụng chỉ tiêu ({TrackingCalendar.DisplayRange(ActiveFrom, ActiveTo)}).");
        return period;
    }

    /// <summary>The period containing <paramref name="day"/>; refused outside the window.</summary>
    public TargetPeriod PeriodContaining(DateOnly day)
    {
        if (day < ActiveFrom || day > ActiveTo)
            throw new DomainException(
                $"Ngày {TrackingCalendar.Display(day)} nằm ngoài thời gian áp dụng chỉ tiêu ({TrackingCalendar.DisplayRange(ActiveFrom, ActiveTo)}).");
        return Period == TargetPeriodKind.WholePlan ? TargetPeriod.WholePlan(ActiveFrom, ActiveTo) : TargetPeriod.Containing(Period, day);
    }

    /// <summary>
    /// A new entry for the period <paramref name="periodKey"/>: a value ≥ 0 (for a percentage target, a count of
    /// items reached, at most the denominator) for a period that has begun by <paramref name="today"/>.
    /// </summary>
    public TargetEntry Record(string periodKey, decimal value, string? note, int? userId, DateOnly today, DateTimeOffset now)
    {
        var period = PeriodOf(periodKey);
        var first = period.FirstDay < ActiveFrom ? ActiveFrom : period.FirstDay;
        if (first > today) throw new DomainException($"{period.Label} chưa bắt đầu, chưa nhập kết quả được.");
        return new TargetEntry(Id, period.Key, CheckedValue(value), note, userId, now);
    }

    /// <summary>Checks a value typed for an entry of this target.</summary>
    public decimal CheckedValue(decimal value)
    {
        if (value < 0) throw new DomainException($"Kết quả \"{Metric}\" không được âm.");
        if (value > MaxValue) throw new DomainException($"Kết quả \"{Metric}\" quá lớn.");
        if (Denominator is { } d && value > d)
            throw new DomainException($"Kết quả {TrackingCalendar.Number(value)} vượt quá tổng số {TrackingCalendar.Number(d)} {Metric}.");
        return value;
    }

    /// <summary>Whether a period's measure (a count, or a percentage for a percentage target) meets the target.</summary>
    public bool IsMet(decimal measure) => Comparison switch
    {
        TargetComparison.AtLeast => measure >= TargetValue,
        TargetComparison.AtMost => measure <= TargetValue,
        _ => measure == TargetValue,
    };

    /// <summary>"Ít nhất 1 bài viết mỗi tuần", "Ít nhất 100% trường tiểu học được tuyên truyền (trên tổng số 120) trong cả kỳ".</summary>
    public string Describe()
    {
        var comparison = Comparison switch
        {
            TargetComparison.AtLeast => "Ít nhất",
            TargetComparison.AtMost => "Không quá",
            _ => "Đúng",
        };
        var what = IsPercentage
            ? $"{TrackingCalendar.Number(TargetValue)}% {Metric} (trên tổng số {TrackingCalendar.Number(Denominator!.Value)})"
            : $"{TrackingCalendar.Number(TargetValue)} {Metric}";
        return $"{comparison} {what} {PeriodWords(Period, true)}";
    }

    private static string PeriodWords(TargetPeriodKind kind, bool each) => kind switch
    {
        TargetPeriodKind.Week => each ? "mỗi tuần" : "tuần",
        TargetPeriodKind.Month => each ? "mỗi tháng" : "tháng",
        TargetPeriodKind.Quarter => each ? "mỗi quý" : "quý",
        _ => each ? "trong cả kỳ" : "cả kỳ",
    };
}

/// <summary>A result entered for one period of a target ("2024-W07": 1 bài viết). Several entries of a period add up.</summary>
public sealed class TargetEntry
{
    private TargetEntry() { }

    internal TargetEntry(int targetId, string periodKey, decimal value, string? note, int? userId, DateTimeOffset now)
    {
        TargetId = targetId;
        PeriodKey = periodKey;
        Value = value;
        Note = CleanNote(note);
        RecordedByUserId = userId;
        RecordedAt = now;
        UpdatedAt = now;
    }

    public int Id { get; private set; }
    public int TargetId { get; private set; }

    /// <summary>"2024-W07", "2024-03", "2024-Q1" or "ALL".</summary>
    public string PeriodKey { get; private set; } = "";

    public decimal Value { get; private set; }

    /// <summary>What the value stands for: "Bài 'Chuyển đổi số ở Bến Lức', số ra ngày 14/02/2024".</summary>
    public string? Note { get; private set; }

    public int? RecordedByUserId { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Corrects the value or note of an entry of <paramref name="target"/>.</summary>
    public void Correct(Target target, decimal value, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        Value = target.CheckedValue(value);
        Note = CleanNote(note);
        UpdatedAt = now;
    }

    private static string? CleanNote(string? note)
    {
        var cleaned = string.IsNullOrWhiteSpace(note) ? null : VietnameseText.Normalize(note);
        if (cleaned?.Length > 2000) throw new DomainException("Ghi chú quá dài (tối đa 2000 ký tự).");
        return cleaned;
    }
}
