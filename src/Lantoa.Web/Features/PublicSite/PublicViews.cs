namespace Lantoa.Web.Features.PublicSite;

/// <summary>A province as its public site names it.</summary>
public sealed record PublicProvince(int Id, string Code, string Name, string Slug)
{
    public string Home => "/tinh/" + Slug;
    public string PlanUrl(int planId) => $"/tinh/{Slug}/ke-hoach/{planId}";
}

/// <summary>A published plan: only what the office chose to show (never budgets, notes, reports).</summary>
public sealed record PublicPlan(int Id, int Year, string Title, string? NumberSymbol, DateOnly? IssuedOn, string Theme, string? Slogan,
    string? Summary, bool IsDxDay, int ActivityCount);

/// <summary>A published activity on the timeline: title, content, when, where, who leads.</summary>
public sealed record PublicActivity(int Id, int PlanId, string Label, string Title, string? Content, string? Form, string When,
    DateOnly? StartsOn, DateOnly? EndsOn, string? Place, IReadOnlyList<string> LeadUnits);

/// <summary>The timeline partial's model: on the home page short (title, dates, place, lead, a link to the plan page),
/// on a plan page full (with content and form), each activity with its anchor.</summary>
public sealed record TimelineView(PublicProvince Province, IReadOnlyList<PublicActivity> Items, bool Full);

/// <summary>A section of another module on the home page (contests open, contests past, events).</summary>
public sealed record PublicSectionView(string Id, string Heading, IReadOnlyList<PublicSectionItem> Items);

/// <summary>
/// What a province's public site shows: the year's campaign (the year of its latest published plans up to this year),
/// its plans and their published activities on a timeline, earlier years' plans, and the other modules' sections.
/// </summary>
public sealed record PublicCampaign(PublicProvince Province, int? Year, PublicPlan? Main, IReadOnlyList<PublicPlan> Plans,
    IReadOnlyList<PublicPlan> EarlierPlans, IReadOnlyList<PublicActivity> Timeline, IReadOnlyList<PublicSectionView> Sections,
    IReadOnlyDictionary<PublicSectionKind, IReadOnlyList<PublicSectionItem>> SectionItems)
{
    public IEnumerable<PublicPlan> AllPlans => Plans.Concat(EarlierPlans);
}

/// <summary>One published plan's page.</summary>
public sealed record PublicPlanPage(PublicProvince Province, PublicPlan Plan, IReadOnlyList<PublicActivity> Activities);
