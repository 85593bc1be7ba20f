using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Dates;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Documents;

/// <summary>
/// The public, documented output of <c>plan check --json</c> (docs/plan-json.md): a <see cref="ParsedPlan"/> as plain
/// data, camelCase, with every value beside the words it was read from. Dates are ISO strings ("2024-09-15", "2024-09",
/// "2024-Q3", "2024"), amounts whole đồng as numbers, unit names objects {written, canonicalName?, unitId?, groupId?}.
/// </summary>
public sealed class PlanCheckJson
{
    /// <summary>The version of this contract; raised when a field changes meaning or disappears.</summary>
    public int SchemaVersion { get; init; } = 2;

    public string FileName { get; init; } = "";

    /// <summary>The plan's province {code, name, evidence}; null when the document names none and none was given.</summary>
    public ProvinceJson? Province { get; init; }

    /// <summary>Where the units came from: "database" (unitId/groupId are database ids), "catalogue" (built-in, no ids) or "none".</summary>
    public string Units { get; init; } = "none";

    public string? ContentHash { get; init; }
    public bool IsPlan { get; init; }
    public string? DocumentNumber { get; init; }
    public string? Issuer { get; init; }
    public string? ParentIssuer { get; init; }
    public string? Place { get; init; }

    /// <summary>"YYYY-MM-DD", "YYYY-MM" or "YYYY".</summary>
    public string? IssuedOn { get; init; }

    public string? IssuedOnText { get; init; }
    public string? DocumentType { get; init; }
    public string? Title { get; init; }
    public string? AttachedTo { get; init; }
    public string? Theme { get; init; }
    public string? Slogan { get; init; }
    public IReadOnlyList<string> Slogans { get; init; } = [];
    public IReadOnlyList<string> Purposes { get; init; } = [];
    public IReadOnlyList<string> Requirements { get; init; } = [];
    public IReadOnlyList<LegalBasisJson> LegalBases { get; init; } = [];
    public IReadOnlyList<SectionJson> Sections { get; init; } = [];
    public IReadOnlyList<ActivityJson> Activities { get; init; } = [];
    public IReadOnlyList<ResponsibilityJson> Responsibilities { get; init; } = [];
    public IReadOnlyList<DeadlineJson> Deadlines { get; init; } = [];
    public BudgetJson? Budget { get; init; }
    public IReadOnlyList<AppendixJson> Appendices { get; init; } = [];
    public IReadOnlyList<BudgetTableJson> BudgetTables { get; init; } = [];
    public IReadOnlyList<ParticipantTableJson> ParticipantTables { get; init; } = [];
    public IReadOnlyList<LegalDocumentListJson> LegalDocumentLists { get; init; } = [];
    public IReadOnlyList<TaskTableJson> TaskTables { get; init; } = [];
    public SignerJson? Signer { get; init; }
    public IReadOnlyList<string> Recipients { get; init; } = [];
    public string? ArchiveNote { get; init; }
    public IReadOnlyList<FindingJson> Findings { get; init; } = [];

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Indented camelCase JSON, Vietnamese written as is (UTF-8, not \u-escaped).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <param name="extraFindings">Findings about the plan from outside the parser (a plan of another province), listed first.</param>
    public static PlanCheckJson From(ParsedPlan plan, IEnumerable<Finding>? extraFindings = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanCheckJson
        {
            FileName = plan.FileName,
            Province = plan.Province is { } province
                ? new ProvinceJson(province.Code, province.Name, province.Detected,
                    province.Evidence.Select(e => new EvidenceJson(e.Source, e.Text, e.Line)).ToList())
                : null,
            Units = UnitSource(plan),
            ContentHash = plan.ContentHash,
            IsPlan = plan.IsPlan,
            DocumentNumber = plan.DocumentNumber,
            Issuer = plan.Issuer,
            ParentIssuer = plan.ParentIssuer,
            Place = plan.Place,
            IssuedOn = plan.IssuedOn?.ToIso(),
            IssuedOnText = plan.IssuedOnText,
            DocumentType = plan.DocumentType,
            Title = plan.Title,
            AttachedTo = plan.AttachedTo,
            Theme = plan.Theme,
            Slogan = plan.Slogan,
            Slogans = plan.Slogans,
            Purposes = plan.Purposes,
            Requirements = plan.Requirements,
            LegalBases = plan.LegalBases.Select(LegalBasisJson.From).ToList(),
            Sections = plan.Sections.Select(s => new SectionJson(s.Label, s.Title, Camel(s.Kind.ToString()), s.Line)).ToList(),
            Activities = plan.Activities.Select(ActivityJson.From).ToList(),
            Responsibilities = plan.Responsibilities.Select(r => new ResponsibilityJson(
                r.Label, HeadingUnit(r), r.Units.Select(UnitJson.From).ToList(), r.Duties, r.Line)).ToList(),
            Deadlines = plan.Deadlines.Select(d => new DeadlineJson(
                d.Due?.ToIso(), d.Due?.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Text, d.Units.Select(UnitJson.From).ToList(), d.Line)).ToList(),
            Budget = plan.BudgetSection is { } b
                ? new BudgetJson(b.Text, b.StatedTotal?.Dong, b.StatedTotalText, b.ActivitiesTotal?.Dong,
                    b.Units.Select(u => new UnitBudgetJson(UnitJson.From(u.Unit), u.Amount.Dong, u.Text, u.Line)).ToList(), b.Line)
                : null,
            Appendices = plan.Appendices.Select(a => new AppendixJson(a.Label, a.Number, a.Title, a.AttachedTo, Camel(a.Kind.ToString()), a.Line)).ToList(),
            BudgetTables = plan.BudgetTables.Select(BudgetTableJson.From).ToList(),
            ParticipantTables = plan.ParticipantTables.Select(t => new ParticipantTableJson(
                t.Label, t.Title,
                t.Rows.Select(r => new ParticipantRowJson(r.Label, UnitJson.From(r.Unit), r.Count, r.IsGroup, r.Line)).ToList(),
                t.StatedTotal, t.ComputedTotal, t.Line)).ToList(),
            LegalDocumentLists = plan.LegalDocumentLists.Select(l => new LegalDocumentListJson(
                l.Label, l.Title,
                l.Items.Select(i => new LegalDocumentJson(i.Label, i.Group, i.Text, i.Citations.Select(LegalBasisJson.From).ToList(), i.Line)).ToList(),
                l.Line)).ToList(),
            TaskTables = plan.TaskTables.Select(t => new TaskTableJson(t.Label, t.Title, t.Rows.Select(TaskRowJson.From).ToList(), t.Line)).ToList(),
            Signer = plan.Signer is { } s ? new SignerJson(s.Authority, s.Prefix, s.Title, s.Name, s.Line) : null,
            Recipients = plan.Recipients,
            ArchiveNote = plan.ArchiveNote,
            Findings = (extraFindings ?? []).Concat(plan.Findings).Select(f => new FindingJson(Severity(f.Severity), f.Code, f.Message, f.Location, f.Line)).ToList(),
        };
    }

    /// <summary>"database", "catalogue" or "none": from the candidates any name was matched or compared with.</summary>
    private static string UnitSource(ParsedPlan plan)
    {
        var candidate = Lantoa.Domain.Documents.PlanUnits.All(plan)
            .SelectMany(u => u.Suggestions.Select(s => s.Candidate).Prepend(u.Match?.Candidate))
            .FirstOrDefault(c => c is not null);
        return candidate is null ? (Lantoa.Domain.Documents.PlanUnits.All(plan).Any(u => u.Resolution is not null) ? "catalogue" : "none")
            : candidate.Stored ? "database" : "catalogue";
    }

    public sealed record ProvinceJson(string Code, string Name, bool Detected, IReadOnlyList<EvidenceJson> Evidence);

    public sealed record EvidenceJson(string Source, string Text, int? Line);

    /// <summary>The heading of a responsibilities block as a unit object: resolved when it names exactly one unit or group.</summary>
    private static UnitJson? HeadingUnit(ParsedResponsibility r)
    {
        if (r.Heading is null) return null;
        if (r.Units is [{ IsResolved: true } only]) return UnitJson.From(only) with { Written = r.Heading };
        return new UnitJson(r.Heading, null, null, null, null, null, null) { ProvinceCode = r.Units.FirstOrDefault()?.Resolution?.ProvinceCode };
    }

    private static string Severity(Severity severity) => severity switch
    {
        Domain.Findings.Severity.Error => "error",
        Domain.Findings.Severity.Warning => "warning",
        _ => "info",
    };

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A unit or group as written; canonicalName, unitKey, unitId or groupId (database ids only) and score when the
    /// resolver matched it, suggestions when it did not; provinceCode: the province of the unit, or the province whose
    /// units were searched; otherProvinceCode when the name names another province.
    /// </summary>
    public sealed record UnitJson(
        string Written,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CanonicalName,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? UnitId,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? GroupId,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Score,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SuggestionJson>? Suggestions)
    {
        public string? ProvinceCode { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? UnitKey { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? OtherProvinceCode { get; init; }

        public static UnitJson From(ParsedUnit unit) => new(
            unit.Written,
            unit.CanonicalName,
            unit.Match?.Candidate.Stored == true ? unit.UnitId : null,
            unit.Match?.Candidate.Stored == true ? unit.GroupId : null,
            unit.Score is { } score ? Math.Round(score, 3) : null,
            unit.Note,
            unit.IsResolved || unit.Resolution is null
                ? null
                : unit.Suggestions.Select(m => new SuggestionJson(
                    m.Candidate.Name,
                    m.Candidate.Stored && m.Candidate.Kind == Lantoa.Domain.Units.NameTargetKind.Unit ? m.Candidate.Id : null,
                    m.Candidate.Stored && m.Candidate.Kind == Lantoa.Domain.Units.NameTargetKind.Group ? m.Candidate.Id : null,
                    Math.Round(m.Score, 3))
                { ProvinceCode = m.Candidate.ProvinceCode, UnitKey = m.Candidate.Key }).ToList())
        {
            ProvinceCode = unit.Resolution?.ProvinceCode,
            UnitKey = unit.Match?.Candidate.Key,
            OtherProvinceCode = unit.Resolution?.ForeignProvince?.ProvinceCode,
        };
    }

    public sealed record SuggestionJson(
        string Name,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? UnitId,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? GroupId,
        double Score)
    {
        public string? ProvinceCode { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? UnitKey { get; init; }
    }

    public sealed record LegalBasisJson(string Text, string? Type, string? Symbol, string? Date, string? Issuer, string? Subject, int Line)
    {
        public static LegalBasisJson From(ParsedLegalBasis b) => new(b.Text, b.DocumentType, b.Symbol, Day(b.Date), b.Issuer, b.Subject, b.Line);
    }

    public sealed record SectionJson(string Label, string Title, string Kind, int Line);

    public sealed record ActivityJson(
        string Label,
        string Path,
        string Title,
        IReadOnlyList<UnitJson> Lead,
        string? LeadText,
        bool LeadFromParenthesis,
        IReadOnlyList<UnitJson> Coordinating,
        string? CoordinatingText,
        string? Start,
        string? End,
        string? StartDay,
        string? EndDay,
        bool DeadlineOnly,
        bool Tentative,
        bool Ongoing,
        string? Recurrence,
        string? TimeText,
        string? Location,
        string? Content,
        string? Form,
        string? Participants,
        int? ParticipantCount,
        string? ParticipantsAppendix,
        string? BudgetText,
        long? BudgetTotal,
        string? BudgetAppendix,
        IReadOnlyList<string> Notes,
        IReadOnlyList<string> AppendixReferences,
        string? FromAppendix,
        int Line,
        IReadOnlyList<ActivityJson> Children)
    {
        public static ActivityJson From(ParsedActivity a) => new(
            a.Label,
            a.Path,
            a.Title,
            a.Lead.Select(UnitJson.From).ToList(),
            a.LeadText,
            a.LeadFromParenthesis,
            a.Coordinating.Select(UnitJson.From).ToList(),
            a.CoordinatingText,
            a.Time?.Start?.ToIso(),
            a.Time?.End?.ToIso(),
            Day(a.Time?.FirstDay),
            Day(a.Time?.LastDay),
            a.Time?.DeadlineOnly ?? false,
            a.Time?.Tentative ?? false,
            a.Time?.Ongoing ?? false,
            RecurrenceName(a.Time?.Recurrence),
            a.TimeText,
            a.Location,
            a.Content,
            a.Form,
            a.ParticipantsText,
            a.ParticipantCount,
            a.ParticipantsAppendix,
            a.BudgetText,
            a.BudgetAmount?.Dong,
            a.BudgetAppendix,
            a.Notes,
            a.AppendixReferences,
            a.FromAppendix,
            a.Line,
            a.Children.Select(From).ToList());
    }

    private static string? RecurrenceName(Recurrence? recurrence) => recurrence switch
    {
        Plans.Recurrence.Weekly => "weekly",
        Plans.Recurrence.Monthly => "monthly",
        Plans.Recurrence.Quarterly => "quarterly",
        Plans.Recurrence.Yearly => "yearly",
        _ => null,
    };

    public sealed record ResponsibilityJson(string? Label, UnitJson? Unit, IReadOnlyList<UnitJson> Units, IReadOnlyList<string> Duties, int Line);

    public sealed record DeadlineJson(string? Due, string? DueDay, string Text, IReadOnlyList<UnitJson> Units, int Line);

    public sealed record UnitBudgetJson(UnitJson Unit, long Amount, string Text, int Line);

    public sealed record BudgetJson(string Text, long? StatedTotal, string? StatedTotalText, long? ActivitiesTotal, IReadOnlyList<UnitBudgetJson> Units, int Line);

    public sealed record AppendixJson(string Label, int? Number, string? Title, string? AttachedTo, string Kind, int Line);

    public sealed record BudgetItemJson(
        string? Label,
        string Content,
        bool IsGroup,
        string? Unit,
        decimal? Quantity,
        long? UnitPrice,
        long? Amount,
        long? ComputedAmount,
        long? FormulaValue,
        string? Note,
        int? Line);

    public sealed record BudgetTableJson(string? Label, string? Title, string? AttachedTo, IReadOnlyList<BudgetItemJson> Items, long? StatedTotal, long? ComputedTotal, int Line)
    {
        public static BudgetTableJson From(ParsedBudgetTable t)
        {
            var items = new List<BudgetItemJson>();
            if (t.Estimate is { } estimate)
            {
                for (var i = 0; i < estimate.Lines.Count; i++)
                {
                    var l = estimate.Lines[i];
                    var isGroup = l.Kind == EstimateLineKind.Group;
                    items.Add(new BudgetItemJson(
                        l.Label,
                        l.Content,
                        isGroup,
                        l.UnitOfMeasure,
                        l.Quantity,
                        l.UnitPrice?.Dong,
                        isGroup ? null : l.StatedAmount?.Dong,
                        t.Analysis is { } analysis && i < analysis.Lines.Count ? analysis.Lines[i].ComputedAmount?.Dong : l.ComputedAmount?.Dong,
                        FormulaValue(l.Formula),
                        l.Note,
                        i < t.LineSources.Count ? t.LineSources[i] : null));
                }
            }

            return new BudgetTableJson(t.Label, t.Title, t.Estimate?.AttachedTo, items, t.StatedTotal?.Dong, t.ComputedTotal?.Dong, t.Line);
        }
    }

    private static long? FormulaValue(LineFormula? formula)
    {
        if (formula is null) return null;
        try
        {
            return formula.Value.Dong;
        }
        catch (DomainException)
        {
            return null;
        }
    }

    public sealed record ParticipantRowJson(string? Label, UnitJson Unit, int? Count, bool IsGroup, int Line);

    public sealed record ParticipantTableJson(string? Label, string? Title, IReadOnlyList<ParticipantRowJson> Rows, int? StatedTotal, int ComputedTotal, int Line);

    public sealed record LegalDocumentJson(string? Label, string? Group, string Text, IReadOnlyList<LegalBasisJson> Citations, int Line);

    public sealed record LegalDocumentListJson(string? Label, string? Title, IReadOnlyList<LegalDocumentJson> Items, int Line);

    public sealed record TaskRowJson(
        string? Label,
        string Task,
        IReadOnlyList<UnitJson> Lead,
        IReadOnlyList<UnitJson> Coordinating,
        string? TimeText,
        string? Start,
        string? End,
        string? Recurrence,
        bool Ongoing,
        string? Note,
        bool IsHeading,
        int Line)
    {
        public static TaskRowJson From(ParsedTaskRow r) => new(
            r.Label,
            r.Task,
            r.Lead.Select(UnitJson.From).ToList(),
            r.Coordinating.Select(UnitJson.From).ToList(),
            r.TimeText,
            r.Time?.Start?.ToIso(),
            r.Time?.End?.ToIso(),
            RecurrenceName(r.Time?.Recurrence),
            r.Time?.Ongoing ?? false,
            r.Note,
            r.IsHeading,
            r.Line);
    }

    public sealed record TaskTableJson(string? Label, string? Title, IReadOnlyList<TaskRowJson> Rows, int Line);

    public sealed record SignerJson(string? Authority, string? Prefix, string? Title, string? Name, int Line);

    public sealed record FindingJson(string Severity, string Code, string Message, string? Location, int? Line);
}
