using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Publishing;

/// <summary>
/// What the office makes public of one plan: whether the plan is on the province's public site, which of its activities
/// are, and the campaign's theme and slogan as the site shows them (taken from the plan where its document had them,
/// editable). Only an issued plan can be published; everything not chosen here stays internal.
/// </summary>
public sealed class PlanPublication
{
    public const int MaxThemeLength = 500;
    public const int MaxSloganLength = 300;
    public const int MaxSummaryLength = 2000;

    private readonly List<PublishedActivity> _activities = [];

    private PlanPublication() { }

    /// <summary>A publication for <paramref name="plan"/>, not yet public, with the plan's own theme and slogan.</summary>
    public PlanPublication(Plan plan)
    {
        PlanId = plan.Id;
        ProvinceId = plan.ProvinceId;
        Theme = Clip(plan.Theme, MaxThemeLength);
        Slogan = Clip(plan.Slogan, MaxSloganLength);
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int ProvinceId { get; private set; }

    /// <summary>Whether the plan is on the public site.</summary>
    public bool IsPublished { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>"Chủ đề" as the public site shows it; empty: the plan's title.</summary>
    public string? Theme { get; private set; }

    /// <summary>"Khẩu hiệu" as the public site shows it.</summary>
    public string? Slogan { get; private set; }

    /// <summary>A short public introduction the office writes (never taken from the plan's internal fields).</summary>
    public string? Summary { get; private set; }

    /// <summary>The activities the office chose to show.</summary>
    public IReadOnlyList<PublishedActivity> Activities => _activities;

    public bool Shows(int activityId) => _activities.Any(a => a.ActivityId == activityId);

    public void SetTexts(string? theme, string? slogan, string? summary)
    {
        Theme = Checked(theme, MaxThemeLength, "Chủ đề");
        Slogan = Checked(slogan, MaxSloganLength, "Khẩu hiệu");
        Summary = Checked(summary, MaxSummaryLength, "Giới thiệu");
    }

    /// <summary>Chooses the public activities: each must be one of the plan's.</summary>
    public void ChooseActivities(Plan plan, IEnumerable<int> activityIds)
    {
        if (plan.Id != PlanId) throw new DomainException("Kế hoạch không khớp với bản công bố.");
        var wanted = activityIds.Distinct().ToHashSet();
        var own = plan.Activities.Select(a => a.Id).ToHashSet();
        if (!wanted.IsSubsetOf(own))
            throw new DomainException("Có hoạt động không thuộc kế hoạch này.");
        _activities.RemoveAll(a => !wanted.Contains(a.ActivityId));
        foreach (var id in wanted.Where(id => _activities.All(a => a.ActivityId != id)).Order())
            _activities.Add(new PublishedActivity(id));
    }

    /// <summary>Puts the plan on the public site: only an issued plan (not a draft).</summary>
    public void Publish(Plan plan, DateTimeOffset now)
    {
        if (plan.Id != PlanId) throw new DomainException("Kế hoạch không khớp với bản công bố.");
        if (!plan.IsIssued) throw new DomainException("Chỉ công bố được kế hoạch đã ban hành; kế hoạch này còn là dự thảo.");
        if (!IsPublished) PublishedAt = now;
        IsPublished = true;
    }

    /// <summary>Takes the plan off the public site (the choices are kept for a later publication).</summary>
    public void Unpublish() => IsPublished = false;

    private static string? Checked(string? text, int max, string label)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().Normalize();
        if (t.Length > max) throw new DomainException($"{label} dài quá {max} ký tự.");
        return t;
    }

    private static string? Clip(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().Normalize();
        return t.Length <= max ? t : t[..max];
    }
}

/// <summary>One activity of a plan that the office shows on the public site.</summary>
public sealed class PublishedActivity
{
    private PublishedActivity() { }

    public PublishedActivity(int activityId) => ActivityId = activityId;

    public int Id { get; private set; }
    public int PublicationId { get; private set; }
    public int ActivityId { get; private set; }
}
