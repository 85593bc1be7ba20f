using System.Text.RegularExpressions;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Dates;
using Lantoa.Domain.Plans;

namespace Lantoa.Web.Features.Documents;

/// <summary>
/// A plan (Kế hoạch) as a document to be written: every text in the order and wording the page will show it, with no
/// tie to the database. <see cref="PlanDocxWriter"/> lays it out in the Decree 30/2020/NĐ-CP layout; <see cref="From"/>
/// builds one from a <see cref="Plan"/> and its estimates.
/// </summary>
/// <remarks>
/// <para><b>Texts.</b> Paragraph texts are written as given. They may carry two light marks: <c>**bold**</c> and
/// <c>*italic*</c> (as the seed documents' text exports do); marks that do not pair up are written literally. A
/// <c>\n</c> in a single-line text (the issuing body, a title) breaks the line there.</para>
/// <para><b>Parts.</b> The Roman-numbered parts (I. MỤC ĐÍCH, YÊU CẦU; II. CHỦ ĐỀ …; III. NỘI DUNG …; IV. KINH PHÍ …;
/// V. TỔ CHỨC THỰC HIỆN) are numbered in that order over the parts that have content: a plan without a theme has its
/// activities in part II. <see cref="Parts"/> gives the numbering.</para>
/// </remarks>
public sealed partial record PlanDocument
{
    /// <summary>The body above the issuer, when the issuer is a department: "UBND TỈNH LONG AN" (upright capitals).</summary>
    public string? ParentBody { get; init; }

    /// <summary>"ỦY BAN NHÂN DÂN TỈNH LONG AN" (written in bold capitals; a known long name is broken after "ỦY BAN NHÂN DÂN").</summary>
    public required string IssuingBody { get; init; }

    /// <summary>How the body names itself in running text: "UBND tỉnh" (the preamble, the "(Kèm theo …)" lines).</summary>
    public string? IssuerShortName { get; init; }

    /// <summary>"140/KH-UBND"; a draft leaves the number blank: "/KH-UBND".</summary>
    public string? NumberSymbol { get; init; }

    public string? Place { get; init; }

    /// <summary>The date of issue; a partial date leaves the unknown parts blank for the hand ("ngày      tháng 9 năm 2024").</summary>
    public PartialDate? IssuedOn { get; init; }

    /// <summary>The document type line, in capitals.</summary>
    public string DocumentType { get; init; } = "KẾ HOẠCH";

    /// <summary>The subject line (trích yếu) under the document type.</summary>
    public required string Subject { get; init; }

    /// <summary>The legal bases, one paragraph each, as written ("Căn cứ Quyết định số 505/QĐ-TTg …;").</summary>
    public IReadOnlyList<string> LegalBases { get; init; } = [];

    /// <summary>The sentence after the legal bases: "UBND tỉnh ban hành Kế hoạch …, cụ thể như sau:".</summary>
    public string? Preamble { get; init; }

    public IReadOnlyList<string> Purposes { get; init; } = [];
    public IReadOnlyList<string> Requirements { get; init; } = [];

    /// <summary>The heading of the theme part: "CHỦ ĐỀ VÀ KHẨU HIỆU NĂM 2024".</summary>
    public string ThemeHeading { get; init; } = "CHỦ ĐỀ VÀ KHẨU HIỆU";

    public string? Theme { get; init; }
    public string? Slogan { get; init; }

    /// <summary>Further paragraphs of the theme part (organisers, dates, venues, expected delegates), as written.</summary>
    public IReadOnlyList<string> GeneralInfo { get; init; } = [];

    public string ActivitiesHeading { get; init; } = "NỘI DUNG CỤ THỂ";

    /// <summary>The activity tree (top-level activities, each with its children).</summary>
    public IReadOnlyList<ActivityBlock> Activities { get; init; } = [];

    /// <summary>The labels of the lettered fields of an activity.</summary>
    public ActivityFieldLabels FieldLabels { get; init; } = new();

    public string BudgetHeading { get; init; } = "KINH PHÍ THỰC HIỆN";

    /// <summary>The budget part, one paragraph each (sources, totals per unit, "(Chi tiết tại Phụ lục …)").</summary>
    public IReadOnlyList<string> Budget { get; init; } = [];

    public string ResponsibilitiesHeading { get; init; } = "TỔ CHỨC THỰC HIỆN";

    /// <summary>The responsibilities part: one numbered block per unit or group.</summary>
    public IReadOnlyList<ResponsibilityBlock> Responsibilities { get; init; } = [];

    /// <summary>The closing paragraph(s) with the report deadline; the last one ends with "./.".</summary>
    public IReadOnlyList<string> Closing { get; init; } = [];

    /// <summary>"Nơi nhận" entries without their dash ("Bộ Thông tin và Truyền thông (b/c)", …, "Lưu: VT, STTTT").</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    public SignatureBlock? Signer { get; init; }

    /// <summary>The appendices, in order: budget tables, participant tables, task tables, other tables.</summary>
    public IReadOnlyList<PlanAppendix> Appendices { get; init; } = [];

    /// <summary>The Roman-numbered parts that have content, in order, with their numerals and headings.</summary>
    public IReadOnlyList<PlanDocumentPart> Parts()
    {
        var parts = new List<PlanDocumentPart>();
        void Add(PlanPart part, string heading) => parts.Add(new PlanDocumentPart(part, Lantoa.Domain.Text.RomanNumerals.ToRoman(parts.Count + 1), heading));
        if (Purposes.Count > 0 || Requirements.Count > 0) Add(PlanPart.PurposesAndRequirements, "MỤC ĐÍCH, YÊU CẦU");
        if (!string.IsNullOrWhiteSpace(Theme) || !string.IsNullOrWhiteSpace(Slogan) || GeneralInfo.Count > 0) Add(PlanPart.Theme, ThemeHeading);
        if (Activities.Count > 0) Add(PlanPart.Activities, ActivitiesHeading);
        if (Budget.Count > 0) Add(PlanPart.Budget, BudgetHeading);
        if (Responsibilities.Count > 0) Add(PlanPart.Responsibilities, ResponsibilitiesHeading);
        return parts;
    }

    /// <summary>
    /// The line under an appendix title: "(Kèm theo Kế hoạch số /KH-UBND ngày    /9/2024 của UBND tỉnh)", from this
    /// document's own header (so that it follows the number and date once they are known).
    /// </summary>
    public string AttachedToLine() => $"(Kèm theo {DocxText.Reference(DocumentType, NumberSymbol, IssuedOn, IssuerShortName)})";

    /// <summary>
    /// The document of <paramref name="plan"/>, with <paramref name="estimates"/> (the plan's dự toán) as its budget
    /// appendices and <paramref name="otherAppendices"/> (participant, task or other tables) beside them.
    /// </summary>
    /// <remarks>
    /// <para>What comes straight from the plan: the header, subject, legal bases (each prefixed "Căn cứ" unless it starts
    /// with its own lead-in, and ended with ";"), purposes and requirements (one paragraph per line), theme and slogan, the
    /// activity tree (lead and coordinating units are the parties' written names joined by "; "; the time is the words the
    /// plan used, or the parsed window; participants fall back to "Khoảng N người"; the budget text gets "(Chi tiết tại
    /// Phụ lục …)" when the activity has an estimate), recipients and the signature.</para>
    /// <para>What is derived, since a <see cref="Plan"/> does not store these texts: the preamble ("UBND tỉnh ban hành Kế
    /// hoạch …, cụ thể như sau:", only when the issuer is a People's Committee, whose short name is then known); the
    /// budget part (the plan's stated total, or the sum of the unit totals, or of the estimates, with the amount in words;
    /// one line per unit from the plan's unit budgets — names from <paramref name="unitNames"/> when the plan did not keep
    /// the written name — or else per lead of the estimated activities; and the appendix references); the
    /// responsibilities part (one block per lead unit or group in order of first appearance, then the units that only
    /// coordinate, each pointing back to its activities: "Chủ trì thực hiện các nhiệm vụ tại Mục 1, khoản 2.1 Mục 2 Phần
    /// III kế hoạch này."); and the closing paragraph (one sentence per deadline, "… trước ngày 31/10/2024./."). Any of
    /// these can be replaced afterwards with <c>with { … }</c>.</para>
    /// <para>Appendices: an estimate keeps its own label ("Phụ lục II"); one without gets the next free numeral. All
    /// appendices are sorted by numeral. Their "(Kèm theo …)" line is <see cref="AttachedToLine"/>, so that it carries the
    /// plan's current number and date.</para>
    /// </remarks>
    public static PlanDocument From(Plan plan, IReadOnlyList<Estimate> estimates,
        IReadOnlyDictionary<int, string>? unitNames = null, IReadOnlyList<PlanAppendix>? otherAppendices = null,
        Lantoa.Domain.Documents.DocumentLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        estimates ??= [];
        var issuer = string.IsNullOrWhiteSpace(plan.IssuerName) ? "" : plan.IssuerName.Trim();
        var shortName = ShortIssuerName(issuer);
        var ordered = plan.ActivitiesInOrder();
        var position = ordered.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);

        // Budget appendices: by activity order (plan-wide estimates last), unlabelled ones numbered after the others.
        var others = otherAppendices ?? [];
        var sortedEstimates = estimates
            .OrderBy(e => e.ActivityId is { } id && ordered.FirstOrDefault(a => a.Id == id) is { } a ? position[a] : int.MaxValue)
            .ToList();
        var used = others.Select(a => DocxText.AppendixNumber(a.Label) ?? 0)
            .Concat(sortedEstimates.Select(e => DocxText.AppendixNumber(e.AppendixLabel) ?? 0)).DefaultIfEmpty(0).Max();
        var budgetAppendices = new List<BudgetAppendix>();
        foreach (var e in sortedEstimates)
        {
            var label = string.IsNullOrWhiteSpace(e.AppendixLabel) ? $"Phụ lục {Lantoa.Domain.Text.RomanNumerals.ToRoman(++used)}" : e.AppendixLabel.Trim();
            budgetAppendices.Add(BudgetAppendix.Of(e, label));
        }

        // Participant tables kept on their activities ("Chi tiết theo Phụ lục I").
        var participantAppendices = ordered.Where(a => a.ParticipantTable is not null).Select(a => a.ParticipantTable!)
            .Select(t => (PlanAppendix)new ParticipantAppendix
            {
                Label = t.AppendixLabel ?? $"Phụ lục {Lantoa.Domain.Text.RomanNumerals.ToRoman(++used)}",
                Title = t.Title ?? "THÀNH PHẦN THAM DỰ",
                Rows = t.Rows.Select(r => new ParticipantEntry(r.Label, r.WrittenUnit,
                    r.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture), r.IsGroup)).ToList(),
                Total = (t.StatedTotal ?? t.ComputedTotal).ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            .Where(a => !others.Any(o => o.Label == a.Label))
            .ToList();
        others = [.. others, .. participantAppendices];
        var appendices = budgetAppendices.Cast<PlanAppendix>().Concat(others)
            .Select((a, i) => (a, i)).OrderBy(x => DocxText.AppendixNumber(x.a.Label) ?? int.MaxValue).ThenBy(x => x.i)
            .Select(x => x.a).ToList();

        var estimateOf = new Dictionary<int, BudgetAppendix>();
        foreach (var b in budgetAppendices)
            if (b.Estimate.ActivityId is { } id) estimateOf.TryAdd(id, b);

        var written = WrittenActivities(ordered, layout);
        // The units a "Tổ chức thực hiện" block made parties of an activity the document wrote without them: the
        // responsibilities part says them, the activity is written without them (as imported).
        var responsible = plan.Responsibilities.Select(r => Lantoa.Domain.Text.VietnameseText.FoldKey(r.WrittenUnit)).Where(k => k.Length > 0).ToList();
        string? Unstated(string? names, Lantoa.Domain.Documents.LayoutActivity? w, string? asWritten)
        {
            if (names is null || w is null || !string.IsNullOrWhiteSpace(asWritten)) return names;
            var left = names.Split("; ").Where(n => !responsible.Any(k => k.Contains(Lantoa.Domain.Text.VietnameseText.FoldKey(n), StringComparison.Ordinal))).ToList();
            return left.Count == 0 ? null : string.Join("; ", left);
        }

        ActivityBlock Block(Activity a) => new(a.Label, a.Title)
        {
            Lead = AsWritten(Unstated(Names(a, PartyRole.Lead), written.GetValueOrDefault(a), written.GetValueOrDefault(a)?.Lead), written.GetValueOrDefault(a)?.Lead),
            Coordinating = AsWritten(Unstated(Names(a, PartyRole.Coordinating), written.GetValueOrDefault(a), written.GetValueOrDefault(a)?.Coordinating), written.GetValueOrDefault(a)?.Coordinating),
            Path = written.GetValueOrDefault(a)?.Path,
            PartLabel = written.GetValueOrDefault(a)?.Part,
            Notes = DocxText.Lines(a.Notes),
            WrittenFields = written.GetValueOrDefault(a)?.Fields ?? [],
            Session = written.GetValueOrDefault(a)?.Session,
            TimeInTitle = written.GetValueOrDefault(a) is { } w && (w.AgendaDay || w.Fields.All(f => f.Field != "Time"))
                && a.Time is { Text: { Length: > 0 } timeText } && Lantoa.Domain.Text.VietnameseText.FoldKey(a.Title).Contains(Lantoa.Domain.Text.VietnameseText.FoldKey(timeText), StringComparison.Ordinal),
            Time = a.Time is { } t && !string.IsNullOrWhiteSpace(t.Text) ? t.Text : a.Time.IsEmpty ? null : a.Time.ToDisplay(),
            Location = Blank(a.Location),
            Form = Blank(a.FormText),
            Content = DocxText.Lines(a.Content),
            Participants = Blank(a.ParticipantsText) ?? (a.ExpectedParticipants is { } n ? $"Khoảng {n} người" : null),
            Budget = BudgetText(a, estimateOf.GetValueOrDefault(a.Id)),
            Children = ordered.Where(c => c.Parent == a).Select(Block).ToList(),
        };

        var doc = new PlanDocument
        {
            IssuingBody = issuer.Length > 0 ? issuer : "…",
            IssuerShortName = shortName,
            NumberSymbol = Blank(plan.NumberSymbol),
            Place = Blank(plan.Place),
            IssuedOn = plan.IssuedOn ?? new PartialDate(plan.Year),
            Subject = plan.Title,
            // Only the plan's own bases are "Căn cứ …" paragraphs: a proposal (Tờ trình) never is, and a citation read
            // inside another is already written in it.
            LegalBases = plan.LegalBases.Where(b => b.Kind == LegalBasisKind.Basis && b.CitedWithin is null).OrderBy(b => b.SortOrder).Select(b => LegalBasisParagraph(b.Text)).ToList(),
            Preamble = shortName is null ? null : $"{shortName} ban hành Kế hoạch {DocxText.LowerFirst(plan.Title)}, cụ thể như sau:",
            Purposes = DocxText.Lines(plan.Purposes),
            Requirements = DocxText.Lines(plan.Requirements),
            ThemeHeading = $"CHỦ ĐỀ VÀ KHẨU HIỆU NĂM {plan.Year}",
            Theme = Blank(plan.Theme),
            Slogan = Blank(plan.Slogan),
            Activities = ordered.Where(a => a.Parent is null).Select(Block).ToList(),
            Budget = BudgetParagraphs(plan, budgetAppendices, unitNames),
            Closing = ClosingParagraphs(plan),
            Recipients = plan.Recipients.ToList(),
            Signer = plan.SignerAuthority is null && plan.SignerPrefix is null && plan.SignerTitle is null && plan.SignerName is null
                ? null
                : new SignatureBlock(plan.SignerAuthority, plan.SignerPrefix, plan.SignerTitle, plan.SignerName),
            Appendices = appendices,
        };
        var activitiesPart = doc.Parts().FirstOrDefault(p => p.Part == PlanPart.Activities)?.Numeral;
        // The responsibilities the plan keeps (from its document), else derived from who leads what.
        var responsibilities = plan.Responsibilities.Count > 0
            ? plan.Responsibilities.OrderBy(r => r.SortOrder).Select(r => new ResponsibilityBlock(r.WrittenUnit, r.Duties)).ToList()
            : DerivedResponsibilities(ordered, activitiesPart, budgetAppendices);
        doc = doc with { Responsibilities = responsibilities };
        return layout is null ? doc : doc.WithLayout(layout, plan, written.Values.ToHashSet());
    }

    /// <summary>"UBND tỉnh" for "ỦY BAN NHÂN DÂN TỈNH LONG AN" (the level only, as a province's own documents say it); null otherwise.</summary>
    internal static string? ShortIssuerName(string issuer)
    {
        var m = PeoplesCommittee().Match(issuer.Normalize());
        return m.Success ? "UBND " + m.Groups["level"].Value.ToLowerInvariant() : null;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? Names(Activity a, PartyRole role)
    {
        var names = a.Parties.Where(p => p.Role == role).Select(p => p.WrittenName).Where(n => n.Length > 0).Distinct().ToList();
        return names.Count == 0 ? null : string.Join("; ", names);
    }

    private static string LegalBasisParagraph(string text)
    {
        var t = text.Trim().TrimEnd('.', ';', ',', ' ');
        if (!LeadIn().IsMatch(t)) t = "Căn cứ " + t;
        return t + ";";
    }

    private static string? BudgetText(Activity a, BudgetAppendix? appendix)
    {
        var text = Blank(a.BudgetText) ?? a.StatedBudget?.Format();
        if (appendix is null) return text;
        text ??= Total(appendix.Estimate).Format();
        return text.Contains("Phụ lục", StringComparison.OrdinalIgnoreCase)
            ? text
            : $"{DocxText.EndSentence(text).TrimEnd('.')} (Chi tiết tại {appendix.Label})";
    }

    /// <summary>The total an appendix shows: the stated one, else the sum of its lines.</summary>
    internal static Money Total(Estimate e) => e.StatedTotal ?? EstimateAnalyzer.Analyze(e).ComputedTotal;

    private static IReadOnlyList<string> BudgetParagraphs(Plan plan, IReadOnlyList<BudgetAppendix> appendices, IReadOnlyDictionary<int, string>? unitNames)
    {
        if (DocxText.Lines(plan.BudgetNotes) is { Count: > 0 } written) return written; // the plan's own words, as imported
        var units = plan.UnitBudgets
            .Select(b => (Name: b.WrittenName ?? unitNames?.GetValueOrDefault(b.UnitId) ?? $"Đơn vị {b.UnitId}", b.Amount))
            .ToList();
        if (units.Count == 0)
        {
            // No stated unit totals: the estimates, summed per lead of the activity they budget.
            var byLead = new List<(string Name, Money Amount)>();
            foreach (var b in appendices)
            {
                var activity = plan.Activities.FirstOrDefault(a => a.Id == b.Estimate.ActivityId && b.Estimate.ActivityId is not null);
                var lead = activity is null ? null : Names(activity, PartyRole.Lead);
                if (lead is null) continue;
                var i = byLead.FindIndex(x => x.Name == lead);
                if (i < 0) byLead.Add((lead, Total(b.Estimate)));
                else byLead[i] = (lead, byLead[i].Amount + Total(b.Estimate));
            }

            units = byLead;
        }

        Money? total = plan.StatedBudgetTotal
            ?? (units.Count > 0 ? Money.Sum(units.Select(u => u.Amount)) : appendices.Count > 0 ? Money.Sum(appendices.Select(b => Total(b.Estimate))) : null);
        var paragraphs = new List<string>();
        if (total is { } t)
        {
            var words = Words(t);
            paragraphs.Add($"Tổng kinh phí thực hiện Kế hoạch: **{t.Format()}**{(words is null ? "" : $" ({words})")}{(units.Count > 0 ? ", trong đó:" : ".")}");
        }

        for (var i = 0; i < units.Count; i++)
            paragraphs.Add($"- Kinh phí thực hiện nhiệm vụ của {units[i].Name}: **{units[i].Amount.Format()}**{(i == units.Count - 1 ? "." : ";")}");
        if (appendices.Count > 0)
            paragraphs.Add($"(Chi tiết tại {JoinVietnamese(appendices.Select((b, i) => i == 0 ? b.Label : AfterFirst(b.Label)).ToList())})");
        return paragraphs;

        // "Phụ lục II, III, IV và V": the word "Phụ lục" once.
        static string AfterFirst(string label) =>
            label.StartsWith("Phụ lục ", StringComparison.OrdinalIgnoreCase) ? label["Phụ lục ".Length..] : label;
    }

    internal static string? Words(Money amount)
    {
        try
        {
            return amount.ToWords();
        }
        catch (Lantoa.Domain.DomainException)
        {
            return null;
        }
    }

    private static IReadOnlyList<string> ClosingParagraphs(Plan plan)
    {
        var sentences = new List<string> { $"Trên đây là Kế hoạch {DocxText.LowerFirst(plan.Title.TrimEnd('.'))}." };
        // A deadline the kept responsibilities already state is not repeated in the closing.
        var duties = plan.Responsibilities.SelectMany(r => r.Duties).Select(Lantoa.Domain.Text.VietnameseText.FoldKey).ToList();
        foreach (var d in plan.Deadlines.OrderBy(d => d.DueOn))
        {
            var key = Lantoa.Domain.Text.VietnameseText.FoldKey(d.Description);
            if (key.Length > 0 && duties.Any(x => x.Contains(key, StringComparison.Ordinal))) continue;
            var what = d.Description.TrimEnd('.', ';', ' ');
            var sentence = d.OwedBy is { } who ? $"{who} {DocxText.LowerFirst(what)}" : what;
            if (!sentence.Contains("trước ngày", StringComparison.OrdinalIgnoreCase)) sentence += $" trước ngày {DocxText.ShortDate(d.DueOn)}";
            sentences.Add(sentence + ".");
        }

        for (var i = 1; i < sentences.Count; i++) sentences[i] = DocxText.UpperFirst(sentences[i]); // never ". báo cáo …"
        if (sentences.Count == 1) sentences.Add("Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.");
        return [DocxText.EndDocument(string.Join(" ", sentences))];
    }

    /// <summary>
    /// Responsibilities derived from the activity tree when the plan keeps none: each party (a unit or a group, told
    /// apart by its id, else by its written name) gets a block headed by the name it was first written with. Leads come
    /// first, in order of their first activity; units that only coordinate follow. An activity whose parent the same party
    /// already holds in the same role is covered by the parent's reference.
    /// </summary>
    private static IReadOnlyList<ResponsibilityBlock> DerivedResponsibilities(
        IReadOnlyList<Activity> ordered, string? part, IReadOnlyList<BudgetAppendix> appendices)
    {
        var parties = new List<(string Key, string Name, List<Activity> Leads, List<Activity> Coordinates)>();
        foreach (var role in new[] { PartyRole.Lead, PartyRole.Coordinating })
            foreach (var a in ordered)
                foreach (var p in a.Parties.Where(p => p.Role == role))
                {
                    var key = p.UnitId is { } u && u > 0 ? $"u{u}" : p.GroupId is { } g && g > 0 ? $"g{g}" : "n" + Lantoa.Domain.Text.VietnameseText.Fold(p.WrittenName);
                    var i = parties.FindIndex(x => x.Key == key);
                    if (i < 0)
                    {
                        parties.Add((key, p.WrittenName, [], []));
                        i = parties.Count - 1;
                    }

                    var list = role == PartyRole.Lead ? parties[i].Leads : parties[i].Coordinates;
                    if (!list.Contains(a)) list.Add(a);
                }

        var budgeted = appendices.Select(b => b.Estimate.ActivityId).OfType<int>().ToHashSet();
        var blocks = new List<ResponsibilityBlock>();
        foreach (var (_, name, leads, coordinates) in parties)
        {
            var duties = new List<string>();
            var led = Covering(leads);
            var helped = Covering(coordinates.Where(a => !leads.Contains(a)).ToList());
            if (led.Count > 0) duties.Add($"- Chủ trì thực hiện các nhiệm vụ tại {References(led, part)}.");
            if (helped.Count > 0) duties.Add($"- Phối hợp thực hiện các nhiệm vụ tại {References(helped, part)}.");
            if (leads.Any(a => budgeted.Contains(a.Id)))
                duties.Add("- Sử dụng kinh phí được giao đúng mục đích; thanh, quyết toán kinh phí theo quy định hiện hành.");
            if (duties.Count > 0) blocks.Add(new ResponsibilityBlock(name, duties));
        }

        return blocks;

        static List<Activity> Covering(IReadOnlyList<Activity> activities) =>
            activities.Where(a => !Ancestors(a).Any(activities.Contains)).ToList();

        static IEnumerable<Activity> Ancestors(Activity a)
        {
            for (var p = a.Parent; p is not null; p = p.Parent) yield return p;
        }
    }

    /// <summary>"Mục 1, khoản 2.1 Mục 2 và Mục 3 Phần III kế hoạch này".</summary>
    private static string References(IReadOnlyList<Activity> activities, string? part)
    {
        var refs = activities.Select(a =>
        {
            var top = a;
            while (top.Parent is not null) top = top.Parent;
            return a == top ? $"Mục {a.Label}" : $"khoản {a.Label} Mục {top.Label}";
        }).ToList();
        return JoinVietnamese(refs) + (part is null ? "" : $" Phần {part}") + " kế hoạch này";
    }

    /// <summary>"a", "a và b", "a, b và c".</summary>
    internal static string JoinVietnamese(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " và " + items[^1],
    };

    [GeneratedRegex(@"^\s*(?:ỦY|UỶ|Ủy|Uỷ)\s+BAN\s+NHÂN\s+DÂN\s+(?<level>TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeoplesCommittee();

    [GeneratedRegex(@"^(?:Căn cứ|Thực hiện|Theo|Xét|Tiếp theo|Triển khai)\s", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();
}
