using Lantoa.Domain.Units;

namespace Lantoa.Domain.Commendations;

/// <summary>
/// A commendation round (đợt khen thưởng) on one activity of an issued plan: the awards it gives (<see cref="Awards"/>:
/// a form, a kind of nominee, how many), the quotas of units or groups, the deadline by which units nominate (an
/// obligation of each unit with a quota), the emulation board that reviews with the DX office, the ceremony's event.
/// </summary>
public sealed class CommendationRound
{
    private readonly List<RoundAward> _awards = [];
    private readonly List<RoundQuota> _quotas = [];

    private CommendationRound() { }

    public CommendationRound(int provinceId, int planId, int activityId, string title, DateOnly deadline)
    {
        ProvinceId = provinceId;
        PlanId = planId;
        ActivityId = activityId;
        Title = AwardForm.Required(title, "Tên đợt khen thưởng", 500);
        Deadline = deadline;
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int PlanId { get; private set; }
    public int ActivityId { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>The last day units may nominate.</summary>
    public DateOnly Deadline { get; private set; }

    /// <summary>The unit of the emulation board (Ban Thi đua - Khen thưởng, in the Department of Home Affairs) that reviews with the DX office.</summary>
    public int? BoardUnitId { get; set; }

    /// <summary>The obligation units owe by the deadline (in the Tracking module).</summary>
    public int? ObligationId { get; set; }

    /// <summary>The ceremony where the awards are handed out: a free reference until the events module exists.</summary>
    public string? EventReference { get; private set; }

    public IReadOnlyList<RoundAward> Awards => _awards;
    public IReadOnlyList<RoundQuota> Quotas => _quotas;

    public bool IsOpenOn(DateOnly day) => day <= Deadline;

    public void SetEventReference(string? text) => EventReference = AwardForm.Optional(text, "Sự kiện trao thưởng", 500);

    public RoundAward AddAward(int awardFormId, NomineeKind kind, int plannedCount, string? description)
    {
        if (plannedCount is < 1 or > 100_000) throw new DomainException("Số lượng khen thưởng phải từ 1 đến 100.000.");
        if (_awards.Any(a => a.AwardFormId == awardFormId && a.NomineeKind == kind))
            throw new DomainException("Đợt này đã có hình thức khen thưởng đó cho loại đối tượng đó.");
        var award = new RoundAward(awardFormId, kind, plannedCount, AwardForm.Optional(description, "Mô tả đối tượng", 500));
        _awards.Add(award);
        return award;
    }

    /// <summary>A quota of <paramref name="count"/> nominations of <paramref name="award"/> for one unit, or for each member of a group.</summary>
    public RoundQuota SetQuota(RoundAward award, int? unitId, int? groupId, int count)
    {
        if ((unitId is null) == (groupId is null)) throw new DomainException("Chỉ tiêu dành cho một đơn vị hoặc một nhóm đơn vị.");
        if (count is < 0 or > 10_000) throw new DomainException("Chỉ tiêu phải từ 0 đến 10.000.");
        var existing = _quotas.FirstOrDefault(q => ReferenceEquals(q.Award, award) && q.UnitId == unitId && q.GroupId == groupId);
        if (existing is not null)
        {
            existing.Count = count;
            return existing;
        }

        var quota = new RoundQuota(award, unitId, groupId, count);
        _quotas.Add(quota);
        return quota;
    }

    /// <summary>
    /// How many nominations of <paramref name="award"/> the unit may make: its own quota when it has one; else the
    /// largest quota of a group it belongs to on the deadline (a group quota is held by each member); else none.
    /// </summary>
    public int QuotaOf(RoundAward award, Unit unit, IReadOnlyList<Unit> provinceUnits, IReadOnlyList<UnitGroup> groups)
    {
        var mine = _quotas.Where(q => ReferenceEquals(q.Award, award) || (award.Id != 0 && q.AwardId == award.Id)).ToList();
        if (mine.FirstOrDefault(q => q.UnitId == unit.Id) is { } own) return own.Count;
        var held = mine.Where(q => q.GroupId is not null)
            .Where(q => groups.FirstOrDefault(g => g.Id == q.GroupId) is { } g && g.Resolve(provinceUnits, Deadline).Any(u => u.Id == unit.Id))
            .Select(q => q.Count).DefaultIfEmpty(0).Max();
        return held;
    }

    /// <summary>Refuses a nomination beyond the quota, with the count: "đã đề nghị 2/2".</summary>
    public static void CheckQuota(int quota, int alreadyNominated, RoundAward award, string? awardName)
    {
        if (quota <= 0)
            throw new DomainException($"Đơn vị không có chỉ tiêu đề nghị {awardName} cho {award.NomineeKind.Vietnamese().ToLowerInvariant()} trong đợt này.");
        if (alreadyNominated >= quota)
            throw new DomainException($"Vượt chỉ tiêu: đơn vị đã đề nghị {alreadyNominated}/{quota} {award.NomineeKind.Vietnamese().ToLowerInvariant()} cho {awardName}, không thể đề nghị thêm.");
    }
}

/// <summary>One award of a round: a form for a kind of nominee, and how many the plan gives ("15 tập thể Tổ CNSCĐ").</summary>
public sealed class RoundAward
{
    private RoundAward() { }

    internal RoundAward(int awardFormId, NomineeKind kind, int plannedCount, string? description)
    {
        AwardFormId = awardFormId;
        NomineeKind = kind;
        PlannedCount = plannedCount;
        Description = description;
    }

    public int Id { get; private set; }
    public int RoundId { get; private set; }
    public int AwardFormId { get; private set; }
    public NomineeKind NomineeKind { get; private set; }
    public int PlannedCount { get; private set; }
    public string? Description { get; private set; }
}

/// <summary>A quota of a round's award for one unit, or for each member of a group ("mỗi huyện 01 tập thể").</summary>
public sealed class RoundQuota
{
    private RoundQuota() { }

    internal RoundQuota(RoundAward award, int? unitId, int? groupId, int count)
    {
        Award = award;
        UnitId = unitId;
        GroupId = groupId;
        Count = count;
    }

    public int Id { get; private set; }
    public int RoundId { get; private set; }
    public int AwardId { get; private set; }
    public RoundAward? Award { get; private set; }
    public int? UnitId { get; private set; }
    public int? GroupId { get; private set; }
    public int Count { get; set; }
}
