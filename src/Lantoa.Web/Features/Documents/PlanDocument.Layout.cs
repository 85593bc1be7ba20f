using Lantoa.Domain.Documents;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Text;

namespace Lantoa.Web.Features.Documents;

/// <summary>
/// The document of an imported plan, written back the way it came (<see cref="DocumentLayout"/>): its parts with their
/// own numerals and titles and in their own order, the paragraphs and tables Lantoa does not understand carried as text
/// where they stood, the legal-basis paragraphs, enacting sentence and closing as written, the field labels of the
/// document, the units of each activity as written (recognised or not), and the appendices no plan table holds.
/// </summary>
/// <remarks>
/// A part written verbatim falls back to the plan's own field once that field differs from what was imported (the
/// layout's fingerprint), so that an edit made in Lantoa is never hidden by the imported text.
/// </remarks>
public sealed partial record PlanDocument
{
    /// <summary>Paragraphs between the legal bases and the first part, as the imported document wrote them (replaces <see cref="Preamble"/>).</summary>
    public IReadOnlyList<LayoutPassage> PreamblePassages { get; init; } = [];

    /// <summary>The parts in the imported document's order and numbering; empty: <see cref="Parts"/>.</summary>
    public IReadOnlyList<SourcePart> SourceParts { get; init; } = [];

    /// <summary>The imported document's activities matched to the plan's, by label and title, in order.</summary>
    private static Dictionary<Activity, LayoutActivity> WrittenActivities(IReadOnlyList<Activity> ordered, DocumentLayout? layout)
    {
        var map = new Dictionary<Activity, LayoutActivity>();
        if (layout is null) return map;
        var next = 0;
        foreach (var a in ordered)
        {
            var key = (VietnameseText.FoldKey(a.Label), VietnameseText.FoldKey(a.Title));
            for (var i = next; i < layout.Activities.Count; i++)
            {
                var w = layout.Activities[i];
                if ((VietnameseText.FoldKey(w.Label), VietnameseText.FoldKey(w.Title)) != key) continue;
                map[a] = w;
                next = i + 1;
                break;
            }
        }

        return map;
    }

    /// <summary>The units as the document wrote them, unless the plan now names a unit the written text does not.</summary>
    private static string? AsWritten(string? names, string? written)
    {
        if (string.IsNullOrWhiteSpace(written)) return names;
        if (names is null) return written.Trim();
        var key = VietnameseText.FoldKey(written);
        return names.Split("; ").All(n => key.Contains(VietnameseText.FoldKey(n), StringComparison.Ordinal)) ? written.Trim() : names;
    }

    private PlanDocument WithLayout(DocumentLayout layout, Plan plan, IReadOnlySet<LayoutActivity> matched)
    {
        var doc = this;
        // The fingerprint was taken over the bases the parser read, without the proposals ("Theo đề nghị …"), which the
        // layout's legal-basis paragraphs still hold in their place.
        var bases = plan.LegalBases.Where(b => b.Kind != LegalBasisKind.Proposal).OrderBy(b => b.SortOrder).Select(b => b.Text);
        if (layout.LegalBases.Count > 0 && DocumentLayout.Key(string.Join(" ", bases)) == layout.LegalBasesFingerprint)
            doc = doc with { LegalBases = layout.LegalBases.Where(p => !p.IsTable).Select(p => p.Text).ToList() };
        else if (layout.LegalBases.Count > 0)
        {
            // The bases were edited in Lantoa: write the plan's own, but keep the proposal paragraphs as written.
            var proposals = layout.LegalBases.Where(p => !p.IsTable && ProposalParagraph(p.Text)).Select(p => p.Text).ToList();
            if (proposals.Count > 0) doc = doc with { LegalBases = [.. doc.LegalBases.Where(t => !ProposalParagraph(t)), .. proposals] };
        }
        doc = doc with { Preamble = null, PreamblePassages = layout.Preamble };

        var labels = layout.FieldLabels;
        string Label(string field, string fallback) => labels.TryGetValue(field, out var l) && l.Length > 0 ? l : fallback;
        doc = doc with
        {
            FieldLabels = new ActivityFieldLabels
            {
                Lead = Label("Lead", FieldLabels.Lead), Coordinating = Label("Coordinating", FieldLabels.Coordinating),
                Time = Label("Time", FieldLabels.Time), Location = Label("Location", FieldLabels.Location), Form = Label("Form", FieldLabels.Form),
                Content = Label("Content", FieldLabels.Content), Participants = Label("Participants", FieldLabels.Participants),
                Budget = Label("Budget", FieldLabels.Budget),
            },
        };

        // The parts as the document numbered them; a part of the plan the document did not have follows them.
        var parts = new List<SourcePart>();
        foreach (var p in layout.Parts)
        {
            var kind = p.Kind switch
            {
                SectionKind.Purposes => PlanPart.PurposesAndRequirements,
                SectionKind.General => PlanPart.Theme,
                SectionKind.Content => PlanPart.Activities,
                SectionKind.Budget => PlanPart.Budget,
                SectionKind.Responsibilities => PlanPart.Responsibilities,
                _ => (PlanPart?)null,
            };
            var verbatim = kind is null or PlanPart.Activities || p.Fingerprint == CurrentFingerprint(plan, kind.Value);
            parts.Add(new SourcePart(p.Label, p.Title, kind, verbatim ? p.Verbatim : [], p.Passthrough, verbatim && kind is not PlanPart.Activities));
        }

        if (parts.Count > 0)
        {
            var last = parts.Select(p => RomanNumerals.Value(p.Numeral)).DefaultIfEmpty(0).Max();
            // A part the imported document did not have is added only for what the plan itself holds, not for what the
            // writer would derive (a budget summed from the estimates, responsibilities from who leads what).
            var derived = new HashSet<PlanPart> { PlanPart.Budget };
            if (plan.Responsibilities.Count == 0) derived.Add(PlanPart.Responsibilities);
            if (plan.BudgetNotes is { Length: > 0 } || plan.StatedBudgetTotal is not null) derived.Remove(PlanPart.Budget);
            foreach (var missing in Parts().Where(p => parts.All(s => s.Part != p.Part) && !derived.Contains(p.Part)))
                parts.Add(new SourcePart(RomanNumerals.ToRoman(++last), missing.Heading, missing.Part, [], [], false));
            doc = doc with { SourceParts = parts };
        }

        if (layout.Closing.Count > 0) doc = doc with { Closing = layout.Closing.Where(p => !p.IsTable).Select(p => p.Text).ToList() };
        if (layout.ArchiveNote is { Length: > 0 } archive && !doc.Recipients.Any(r => VietnameseText.FoldKey(r) == VietnameseText.FoldKey(archive)))
            doc = doc with { Recipients = [.. doc.Recipients, archive] };

        // Activities of a task table carried whole stay in their appendix, not in the body.
        var wholeAppendices = layout.Appendices.Where(a => a.Whole).Select(a => a.Label).ToHashSet();
        var inAppendix = layout.Activities.Where(a => a.Part is null && layout.Parts.Count > 0 && matched.Contains(a)).Select(a => a.Path).ToHashSet();
        if (inAppendix.Count > 0 && wholeAppendices.Count > 0)
            doc = doc with { Activities = doc.Activities.Where(a => a.Path is null || !inAppendix.Contains(a.Path)).ToList() };

        var appendices = doc.Appendices.Select(a => layout.Appendices.FirstOrDefault(l => !l.Whole && l.Label == a.Label) is { } extra
            ? a is BudgetAppendix budget
                ? budget with { Notes = extra.Passages, NoteColumn = extra.Headers.Any(h => VietnameseText.FoldKey(h) == "ghi chu") }
                : a with { Notes = extra.Passages }
            : a).ToList();
        foreach (var a in layout.Appendices.Where(a => a.Whole && appendices.All(x => x.Label != a.Label)))
            appendices.Add(new PassageAppendix { Label = a.Label, Title = a.Title ?? "", AttachedTo = a.AttachedTo, Passages = a.Passages });
        // While the plan keeps the number it was imported with, each appendix keeps its "(Kèm theo …)" line as written.
        if (layout.Number is not null && layout.Number == plan.NumberSymbol?.Trim())
            appendices = appendices.Select(a => a.AttachedTo is null && layout.Appendices.FirstOrDefault(l => l.Label == a.Label)?.AttachedTo is { } line
                ? a with { AttachedTo = line } : a).ToList();
        appendices = appendices.Select((a, i) => (a, i)).OrderBy(x => DocxText.AppendixNumber(x.a.Label) ?? int.MaxValue).ThenBy(x => x.i).Select(x => x.a).ToList();
        return doc with { Appendices = appendices };
    }

    /// <summary>"Theo đề nghị …", "Xét đề nghị …": a proposal paragraph.</summary>
    private static bool ProposalParagraph(string text)
    {
        var key = VietnameseText.FoldKey(text);
        return key.StartsWith("theo de nghi", StringComparison.Ordinal) || key.StartsWith("xet de nghi", StringComparison.Ordinal);
    }

    /// <summary>The key of the plan field a verbatim part was read into, computed as the parser computed it.</summary>
    private static string CurrentFingerprint(Plan plan, PlanPart part) => part switch
    {
        PlanPart.PurposesAndRequirements => DocumentLayout.Key($"{plan.Purposes} {plan.Requirements}"),
        PlanPart.Theme => DocumentLayout.Key($"{plan.Theme} {plan.Slogan}"),
        PlanPart.Budget => DocumentLayout.Key(plan.BudgetNotes),
        PlanPart.Responsibilities => DocumentLayout.Key(string.Join(" ", plan.Responsibilities.OrderBy(r => r.SortOrder).SelectMany(r => r.Duties))),
        _ => "",
    };
}

/// <summary>
/// A part as the imported document had it: its numeral and title, what it holds for the plan (null: a part Lantoa does
/// not understand), its paragraphs when written verbatim, and the pass-through of a part of activities.
/// </summary>
public sealed record SourcePart(string Numeral, string Heading, PlanPart? Part, IReadOnlyList<LayoutPassage> Verbatim,
    IReadOnlyList<LayoutPassage> Passthrough, bool IsVerbatim);
