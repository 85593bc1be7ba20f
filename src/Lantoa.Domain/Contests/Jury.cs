namespace Lantoa.Domain.Contests;

/// <summary>
/// A judge of a contest: a staff user, with the unit and commune they belong to (for conflicts of interest) and the
/// category they judge (null: all). A judge's scores may be set aside by the organiser with a reason.
/// </summary>
public sealed class ContestJudge
{
    private ContestJudge() { }

    public ContestJudge(int contestId, int userId, string name, int? unitId, string? communeCode, int? categoryId)
    {
        ContestId = contestId;
        UserId = userId;
        Name = Contest.Required(name, "Tên giám khảo", 200);
        UnitId = unitId;
        CommuneCode = Contest.Optional(communeCode, "Mã xã, phường", 10);
        CategoryId = categoryId;
    }

    public int Id { get; private set; }
    public int ContestId { get; private set; }
    public int UserId { get; private set; }
    public string Name { get; private set; } = "";
    public int? UnitId { get; private set; }
    public string? CommuneCode { get; private set; }
    public int? CategoryId { get; private set; }
    public string? SetAsideReason { get; private set; }

    public void SetAside(string? reason) => SetAsideReason = Contest.Required(reason, "Lý do loại điểm của giám khảo", 1000);

    /// <summary>
    /// Whether this judge may see (and score) the entry: an accepted entry of a category they judge, whose authors are
    /// neither of their unit nor of their commune (conflict of interest: such a judge never sees it).
    /// </summary>
    public bool Sees(ContestEntry entry) =>
        entry.ContestId == ContestId && entry.Status == EntryStatus.Accepted
        && (CategoryId is null || CategoryId == entry.CategoryId)
        && !Conflicted(entry);

    public bool Conflicted(ContestEntry entry) =>
        (UnitId is not null && entry.AuthorUnitId == UnitId)
        || (CommuneCode is not null && entry.AuthorCommuneCode == CommuneCode);
}

/// <summary>One judge's score of one entry on one criterion in one round.</summary>
public sealed class JudgeScore
{
    private JudgeScore() { }

    public JudgeScore(int entryId, int judgeId, int round, int criterionId, decimal score)
    {
        EntryId = entryId;
        JudgeId = judgeId;
        Round = round;
        CriterionId = criterionId;
        Score = score;
    }

    public int Id { get; private set; }
    public int EntryId { get; private set; }
    public int JudgeId { get; private set; }
    public int Round { get; private set; }
    public int CriterionId { get; private set; }
    public decimal Score { get; private set; }

    public void Change(decimal score) => Score = score;

    /// <summary>Checks a judge's sheet for an entry: every criterion of the rubric once, each score within 0..its maximum.</summary>
    public static IReadOnlyDictionary<int, decimal> CheckSheet(ContestJudge judge, ContestEntry entry, IReadOnlyList<ContestCriterion> rubric,
        IReadOnlyDictionary<int, decimal> scores)
    {
        if (judge.SetAsideReason is not null) throw new DomainException("Điểm của giám khảo này đã bị loại; không thể chấm thêm.");
        if (!judge.Sees(entry)) throw new DomainException("Giám khảo không được chấm bài dự thi này.");
        var sheet = new Dictionary<int, decimal>();
        foreach (var c in rubric)
        {
            if (!scores.TryGetValue(c.Id, out var s)) throw new DomainException($"Chưa chấm tiêu chí “{c.Name}”.");
            if (s < 0 || s > c.MaxScore) throw new DomainException($"Điểm tiêu chí “{c.Name}” phải từ 0 đến {c.MaxScore}.");
            sheet[c.Id] = s;
        }
        if (scores.Keys.Any(k => !sheet.ContainsKey(k))) throw new DomainException("Có điểm cho tiêu chí không thuộc cuộc thi.");
        return sheet;
    }
}
