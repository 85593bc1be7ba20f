using System.Globalization;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Documents;

/// <summary>
/// The parts of <c>plan check --json</c> that carry the plan's own window, its milestones, the "theo đề nghị"
/// references, the funding sources and words of the stated total, and the activities each responsibilities block
/// points to (docs/plan-json.md).
/// </summary>
public sealed partial class PlanCheckJson
{
    /// <summary>"Theo đề nghị của … tại Tờ trình số …": the submissions and letters the plan was proposed by (never legal bases).</summary>
    public IReadOnlyList<LegalBasisJson> Proposals { get; private set; } = [];

    /// <summary>The plan's window from its general part ("Thời gian: …").</summary>
    public WindowJson? Window { get; private set; }

    public IReadOnlyList<MilestoneJson> Milestones { get; private set; } = [];

    public IReadOnlyList<FundingSourceJson> FundingSources { get; private set; } = [];

    /// <summary>The stated total in words as written ("Một tỷ năm trăm triệu đồng").</summary>
    public string? StatedTotalWords { get; private set; }

    /// <summary>For each responsibilities block (by its line), the activities it points to.</summary>
    public IReadOnlyList<ResponsibilityLinkJson> ResponsibilityLinks { get; private set; } = [];

    private PlanCheckJson WithTimesMoneyAndCitations(ParsedPlan plan)
    {
        Proposals = plan.Proposals.Select(LegalBasisJson.From).ToList();
        Window = plan.Window is { } w ? WindowJson.From(w.Window, w.Text, w.Line) : null;
        Milestones = plan.Milestones.Select(m => new MilestoneJson(
            m.Label, m.Text, m.TimeText, m.Window?.Start?.ToIso(), m.Window?.End?.ToIso(), Day(m.Window?.FirstDay), Day(m.Window?.LastDay),
            m.What, m.Units.Select(UnitJson.From).ToList(), m.IsReport, m.Line)).ToList();
        FundingSources = plan.BudgetSection?.Sources.Select(s => new FundingSourceJson(
            Camel(s.Kind.ToString()), s.Name, s.Decision, s.Amount?.Dong, s.Text, s.Line)).ToList() ?? [];
        StatedTotalWords = plan.BudgetSection?.StatedTotalWords;
        ResponsibilityLinks = plan.Responsibilities.Where(r => r.Activities.Count > 0).Select(r => new ResponsibilityLinkJson(
            r.Label, r.Line, r.Activities.Select(a => new ActivityLinkJson(a.Path, a.Role == PartyRole.Lead ? "lead" : "coordinating", a.Written)).ToList())).ToList();
        return this;
    }

    public sealed record WindowJson(string? Start, string? End, string? StartDay, string? EndDay, bool Tentative, string Text, int Line)
    {
        public static WindowJson From(TimeWindow w, string text, int line) =>
            new(w.Start?.ToIso(), w.End?.ToIso(), Day(w.FirstDay), Day(w.LastDay), w.Tentative, text, line);
    }

    public sealed record MilestoneJson(
        string? Label, string Text, string? TimeText, string? Start, string? End, string? StartDay, string? EndDay,
        string? What, IReadOnlyList<UnitJson> Units, bool IsReport, int Line);

    /// <summary>kind: "stateBudget", "ownBudget", "sponsorship" or "other".</summary>
    public sealed record FundingSourceJson(string Kind, string Name, string? Decision, long? Amount, string Text, int Line);

    public sealed record ResponsibilityLinkJson(string? Label, int Line, IReadOnlyList<ActivityLinkJson> Activities);

    public sealed record ActivityLinkJson(string Path, string Role, string Written);
}
