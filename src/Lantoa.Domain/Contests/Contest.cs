namespace Lantoa.Domain.Contests;

/// <summary>What is submitted: video clips, AI-made drawings or clips, social-media pages, livestream sales.</summary>
public enum ContestKind { VideoClip, AiArt, SocialMedia, Livestream }

/// <summary>An entry's moderation state: submitted, accepted by the organiser, or rejected with a reason the author sees.</summary>
public enum EntryStatus { Submitted, Accepted, Rejected }

/// <summary>
/// A submission contest (cuộc thi) on one activity of a plan: its categories, the submission window, the public vote's
/// window, the jury's rubric (weighted criteria, weights summing to 100), the quorum of judges per entry, and the
/// weight of the jury in the combined ranking (the public vote has the rest).
/// </summary>
public sealed class Contest
{
    private readonly List<ContestCategory> _categories = [];
    private readonly List<ContestCriterion> _criteria = [];

    private Contest() { }

    public Contest(int provinceId, int planId, int activityId, string title, ContestKind kind, DateTimeOffset submissionsOpenAt,
        DateTimeOffset submissionsCloseAt, DateTimeOffset votingOpensAt, DateTimeOffset votingClosesAt, int juryWeight = 70, int quorum = 3)
    {
        if (submissionsCloseAt <= submissionsOpenAt) throw new DomainException("Hạn nhận bài dự thi phải sau ngày bắt đầu nhận bài.");
        if (votingClosesAt <= votingOpensAt) throw new DomainException("Thời gian kết thúc bình chọn phải sau thời gian bắt đầu.");
        if (juryWeight is < 0 or > 100) throw new DomainException("Tỷ trọng điểm giám khảo phải từ 0 đến 100.");
        if (quorum is < 1 or > 20) throw new DomainException("Số giám khảo tối thiểu chấm mỗi bài phải từ 1 đến 20.");
        ProvinceId = provinceId;
        PlanId = planId;
        ActivityId = activityId;
        Title = Required(title, "Tên cuộc thi", 500);
        Kind = kind;
        SubmissionsOpenAt = submissionsOpenAt;
        SubmissionsCloseAt = submissionsCloseAt;
        VotingOpensAt = votingOpensAt;
        VotingClosesAt = votingClosesAt;
        JuryWeight = juryWeight;
        Quorum = quorum;
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int PlanId { get; private set; }
    public int ActivityId { get; private set; }
    public string Title { get; private set; } = "";
    public ContestKind Kind { get; private set; }
    public DateTimeOffset SubmissionsOpenAt { get; private set; }
    public DateTimeOffset SubmissionsCloseAt { get; private set; }
    public DateTimeOffset VotingOpensAt { get; private set; }
    public DateTimeOffset VotingClosesAt { get; private set; }

    /// <summary>Percent of the combined score given by the jury (e.g. 70); the public vote gives 100 − this.</summary>
    public int JuryWeight { get; private set; }

    /// <summary>How many judges must score an entry before it counts in a round.</summary>
    public int Quorum { get; private set; }

    /// <summary>The rules ask voters to have a verified account (e-mail or phone).</summary>
    public bool VotersMustBeVerified { get; set; }

    /// <summary>When the organiser published the results on the public site (null: not yet).</summary>
    public DateTimeOffset? ResultsPublishedAt { get; private set; }

    public IReadOnlyList<ContestCategory> Categories => _categories;
    public IReadOnlyList<ContestCriterion> Criteria => _criteria;

    public bool AcceptsEntriesAt(DateTimeOffset now) => now >= SubmissionsOpenAt && now < SubmissionsCloseAt;
    public bool VotingOpenAt(DateTimeOffset now) => now >= VotingOpensAt && now < VotingClosesAt;

    public ContestCategory AddCategory(string name)
    {
        var clean = Required(name, "Tên hạng mục", 200);
        if (_categories.Any(c => string.Equals(c.Name, clean, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException("Cuộc thi đã có hạng mục này.");
        var category = new ContestCategory(clean);
        _categories.Add(category);
        return category;
    }

    /// <summary>A criterion of the rubric; its weight (percent) and the highest score a judge may give on it.</summary>
    public ContestCriterion AddCriterion(string name, int weight, int maxScore = 10)
    {
        if (weight is < 1 or > 100) throw new DomainException("Trọng số tiêu chí phải từ 1 đến 100.");
        if (maxScore is < 1 or > 100) throw new DomainException("Điểm tối đa của tiêu chí phải từ 1 đến 100.");
        if (_criteria.Sum(c => c.Weight) + weight > 100) throw new DomainException("Tổng trọng số các tiêu chí không được vượt quá 100.");
        var criterion = new ContestCriterion(Required(name, "Tên tiêu chí", 200), weight, maxScore);
        _criteria.Add(criterion);
        return criterion;
    }

    /// <summary>The rubric is complete when its weights sum to 100.</summary>
    public bool RubricComplete => _criteria.Sum(c => c.Weight) == 100;

    public void PublishResults(DateTimeOffset now)
    {
        if (now < VotingClosesAt) throw new DomainException("Chưa thể công bố kết quả khi cuộc bình chọn chưa kết thúc.");
        ResultsPublishedAt ??= now;
    }

    internal static string Required(string? text, string what, int max)
    {
        var t = text?.Trim() ?? "";
        if (t.Length == 0) throw new DomainException($"{what} không được để trống.");
        if (t.Length > max) throw new DomainException($"{what} dài quá {max} ký tự.");
        return t;
    }

    internal static string? Optional(string? text, string what, int max)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t)) return null;
        if (t.Length > max) throw new DomainException($"{what} dài quá {max} ký tự.");
        return t;
    }
}

public sealed class ContestCategory
{
    private ContestCategory() { }
    internal ContestCategory(string name) => Name = name;
    public int Id { get; private set; }
    public int ContestId { get; private set; }
    public string Name { get; private set; } = "";
}

public sealed class ContestCriterion
{
    private ContestCriterion() { }

    internal ContestCriterion(string name, int weight, int maxScore)
    {
        Name = name;
        Weight = weight;
        MaxScore = maxScore;
    }

    public int Id { get; private set; }
    public int ContestId { get; private set; }
    public string Name { get; private set; } = "";
    public int Weight { get; private set; }
    public int MaxScore { get; private set; }
}
