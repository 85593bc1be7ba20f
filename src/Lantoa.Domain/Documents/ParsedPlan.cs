using Lantoa.Domain.Budgets;
using Lantoa.Domain.Dates;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Units;

namespace Lantoa.Domain.Documents;

/// <summary>
/// A plan (kế hoạch) as <see cref="PlanDocumentParser"/> understood it from a document: every value keeps the words it
/// was read from beside it, and <see cref="Findings"/> says what could not be read or does not add up. Line numbers are
/// those of the <see cref="SourceDocument"/> (the line of a text file, the paragraph of a .docx).
/// </summary>
public sealed class ParsedPlan
{
    public string FileName { get; internal set; } = "";

    /// <summary>SHA-256 of the source file, when the reader computed it.</summary>
    public string? ContentHash { get; internal set; }

    /// <summary>"140/KH-UBND", or "/KH-UBND" in a draft, as written after "Số:".</summary>
    public string? DocumentNumber { get; internal set; }

    /// <summary><see cref="DocumentNumber"/> read as a symbol, when it is one.</summary>
    public DocumentSymbol? Symbol { get; internal set; }

    /// <summary>The issuing body as written in the header ("ỦY BAN NHÂN DÂN TỈNH LONG AN").</summary>
    public string? Issuer { get; internal set; }

    /// <summary>The body above the issuer in the header ("UBND TỈNH LONG AN" above "SỞ THÔNG TIN VÀ TRUYỀN THÔNG").</summary>
    public string? ParentIssuer { get; internal set; }

    /// <summary>"Long An" from "Long An, ngày 13 tháng 7 năm 2024".</summary>
    public string? Place { get; internal set; }

    /// <summary>The date of the document, as precise as written ("ngày   tháng 9 năm 2024" → 09/2024).</summary>
    public PartialDate? IssuedOn { get; internal set; }

    /// <summary>The date as written: "ngày   tháng 9 năm 2024".</summary>
    public string? IssuedOnText { get; internal set; }

    /// <summary>"KẾ HOẠCH" as written.</summary>
    public string? DocumentType { get; internal set; }

    /// <summary>The subject line(s) under "KẾ HOẠCH".</summary>
    public string? Title { get; internal set; }

    /// <summary>"(Ban hành kèm theo Quyết định số …)" under the title, when the plan is attached to a decision.</summary>
    public string? AttachedTo { get; internal set; }

    public string? Theme { get; internal set; }

    /// <summary>The first slogan; <see cref="Slogans"/> holds all of them.</summary>
    public string? Slogan => Slogans.Count > 0 ? Slogans[0] : null;

    public IReadOnlyList<string> Slogans { get; internal set; } = [];

    public IReadOnlyList<string> Purposes { get; internal set; } = [];

    public IReadOnlyList<string> Requirements { get; internal set; } = [];

    public IReadOnlyList<ParsedLegalBasis> LegalBases { get; internal set; } = [];

    /// <summary>
    /// "Theo đề nghị của Giám đốc Sở … tại Tờ trình số …": the submissions and letters the plan was proposed by. They are
    /// not legal bases and are written back as "Theo đề nghị …", never as "Căn cứ …".
    /// </summary>
    public IReadOnlyList<ParsedLegalBasis> Proposals { get; internal set; } = [];

    /// <summary>The plan-level window of the general part ("Thông tin chung", "Thời gian: từ tháng 9/2025 đến ngày 15/11/2025").</summary>
    public ParsedPlanWindow? Window { get; internal set; }

    /// <summary>The items of a "Tiến độ thực hiện" part (or block), each a milestone with its time as written.</summary>
    public IReadOnlyList<ParsedMilestone> Milestones { get; internal set; } = [];

    /// <summary>The Roman-numbered parts of the body ("I. MỤC ĐÍCH, YÊU CẦU") and what each was taken for.</summary>
    public IReadOnlyList<ParsedSection> Sections { get; internal set; } = [];

    /// <summary>The activities, a tree (<see cref="ParsedActivity.Children"/>); task tables turned into activities are included.</summary>
    public IReadOnlyList<ParsedActivity> Activities { get; internal set; } = [];

    public IReadOnlyList<ParsedResponsibility> Responsibilities { get; internal set; } = [];

    /// <summary>Every "trước ngày …", "chậm nhất ngày …" in the document, with whom it binds.</summary>
    public IReadOnlyList<ParsedDeadline> Deadlines { get; internal set; } = [];

    public IReadOnlyList<string> Recipients { get; internal set; } = [];

    /// <summary>"Lưu: VT, STTTT, lt." — the archive line closing the recipients.</summary>
    public string? ArchiveNote { get; internal set; }

    public ParsedSigner? Signer { get; internal set; }

    public ParsedBudgetSection? BudgetSection { get; internal set; }

    /// <summary>Every appendix heading ("Phụ lục II"), in order, with the kind of table found under it.</summary>
    public IReadOnlyList<ParsedAppendix> Appendices { get; internal set; } = [];

    public IReadOnlyList<ParsedBudgetTable> BudgetTables { get; internal set; } = [];

    public IReadOnlyList<ParsedParticipantTable> ParticipantTables { get; internal set; } = [];

    public IReadOnlyList<ParsedLegalDocumentList> LegalDocumentLists { get; internal set; } = [];

    public IReadOnlyList<ParsedTaskTable> TaskTables { get; internal set; } = [];

    public IReadOnlyList<Finding> Findings { get; internal set; } = [];

    /// <summary>How the document was laid out, with what the fields above do not hold (the pass-through).</summary>
    public DocumentLayout Layout { get; internal set; } = new();

    /// <summary>The province the units were resolved against (<see cref="DocumentProvinceDetector"/>): detected, or given.</summary>
    public DocumentProvince? Province { get; set; }

    /// <summary>The province the document itself names, whatever was given; null when it names none.</summary>
    public DocumentProvince? DetectedProvince { get; set; }

    /// <summary>Whether the document was read as a plan (false after an error such as not-a-plan or legacy-encoding).</summary>
    public bool IsPlan { get; internal set; }

    /// <summary>Every activity of the tree, depth first.</summary>
    public IEnumerable<ParsedActivity> AllActivities() => Activities.SelectMany(a => a.SelfAndDescendants());
}

/// <summary>A unit or group named in the plan: the words as written and, when a resolver was given, what they resolved to.</summary>
public sealed record ParsedUnit(string Written, NameResolution? Resolution = null)
{
    public NameMatch? Match => Resolution?.Match;

    public bool IsResolved => Match is not null;

    /// <summary>The catalogue name of the matched unit or group.</summary>
    public string? CanonicalName => Match?.Candidate.Name;

    public int? UnitId => Match is { Candidate.Kind: NameTargetKind.Unit } m ? m.Candidate.Id : null;

    public int? GroupId => Match is { Candidate.Kind: NameTargetKind.Group } m ? m.Candidate.Id : null;

    public double? Score => Match?.Score;

    /// <summary>The best candidates, best first (also for a resolved name).</summary>
    public IReadOnlyList<NameMatch> Suggestions => Resolution?.Suggestions ?? [];

    /// <summary>Words in parentheses beside the name ("Ban Thi đua - Khen thưởng tỉnh").</summary>
    public string? Note => Resolution?.Note;
}

/// <summary>One document cited in the legal bases.</summary>
public sealed record ParsedLegalBasis(
    string Text,
    string? DocumentType,
    string? Symbol,
    DocumentSymbol? ParsedSymbol,
    DateOnly? Date,
    string? Issuer,
    string? Subject,
    int Line)
{
    /// <summary>The symbol of the citation this one is written inside ("Kế hoạch số 12/KH-UBND … triển khai Quyết định số 505/QĐ-TTg …" → "12/KH-UBND" for 505/QĐ-TTg).</summary>
    public string? CitedWithin { get; init; }
}

/// <summary>The plan's own window as its general part writes it, with the words and the line.</summary>
public sealed record ParsedPlanWindow(TimeWindow Window, string Text, int Line);

/// <summary>
/// One item of "Tiến độ thực hiện": "- Cuối tháng 11/2025: các đơn vị báo cáo kết quả về Sở Khoa học và Công nghệ".
/// <see cref="IsReport"/> when it is a report owed (it is then also a <see cref="ParsedDeadline"/>).
/// </summary>
public sealed record ParsedMilestone(string? Label, string Text, string? TimeText, TimeWindow? Window, string? What, IReadOnlyList<ParsedUnit> Units, bool IsReport, int Line);

/// <summary>
/// A funding source as the budget part writes it: "Ngân sách tỉnh theo Quyết định số 123/QĐ-UBND …: 1.200.000.000 đồng",
/// "nguồn xã hội hóa", "kinh phí chi thường xuyên của các cơ quan, đơn vị".
/// </summary>
public sealed record ParsedFundingSource(FundingKind Kind, string Name, string? Decision, Money? Amount, string Text, int Line);

public enum SectionKind
{
    Other,
    LegalBasis,
    Purposes,
    General,
    Content,
    Budget,
    Responsibilities,

    /// <summary>"Tiến độ thực hiện": milestones.</summary>
    Schedule,
}

/// <summary>A Roman-numbered part of the body: "III. NỘI DUNG CỤ THỂ" → Content.</summary>
public sealed record ParsedSection(string Label, string Title, SectionKind Kind, int Line);

/// <summary>
/// One activity: its label and title as written, the labelled fields (lead, coordinating, time, place, content, form,
/// participants, budget) with the words they were read from, and its sub-activities.
/// </summary>
public sealed class ParsedActivity
{
    /// <summary>"1", "2.1", "a", "-" (a bullet) — as written, without the closing "." or ")".</summary>
    public string Label { get; internal set; } = "";

    /// <summary>The labels from the top of the tree: "2.1", "2.g.1" — unique within the plan.</summary>
    public string Path { get; internal set; } = "";

    public string Title { get; internal set; } = "";

    public string? LeadText { get; internal set; }

    public IReadOnlyList<ParsedUnit> Lead { get; internal set; } = [];

    /// <summary>The lead was read from a parenthesis in the title or content: "(giao Công an tỉnh chủ trì thực hiện)".</summary>
    public bool LeadFromParenthesis { get; internal set; }

    public string? CoordinatingText { get; internal set; }

    public IReadOnlyList<ParsedUnit> Coordinating { get; internal set; } = [];

    public string? TimeText { get; internal set; }

    /// <summary>The time read from <see cref="TimeText"/>; null when there is none or it was not understood.</summary>
    public TimeWindow? Time { get; internal set; }

    /// <summary>Further windows of the same phrase ("đợt cao điểm từ …").</summary>
    public IReadOnlyList<TimeWindow> ExtraTimes { get; internal set; } = [];

    public string? Location { get; internal set; }

    public string? Content { get; internal set; }

    public string? Form { get; internal set; }

    /// <summary>"Thành phần tham dự", "Đối tượng": who takes part, as written.</summary>
    public string? ParticipantsText { get; internal set; }

    /// <summary>"Khoảng 400 người" → 400.</summary>
    public int? ParticipantCount { get; internal set; }

    /// <summary>"Chi tiết theo Phụ lục I" in the participants → "Phụ lục I".</summary>
    public string? ParticipantsAppendix { get; internal set; }

    public string? BudgetText { get; internal set; }

    /// <summary>The amount quoted in <see cref="BudgetText"/> (null when none, or when it looks truncated).</summary>
    public Money? BudgetAmount { get; internal set; }

    /// <summary>"Chi tiết tại Phụ lục II" in the budget → "Phụ lục II".</summary>
    public string? BudgetAppendix { get; internal set; }

    /// <summary>Other labelled fields ("Quy mô", "Sản phẩm", …) as written.</summary>
    public IReadOnlyList<string> Notes { get; internal set; } = [];

    /// <summary>Every "Phụ lục …" the activity mentions.</summary>
    public IReadOnlyList<string> AppendixReferences { get; internal set; } = [];

    /// <summary>The appendix whose task table this activity comes from ("Phụ lục II"), null for the body.</summary>
    public string? FromAppendix { get; internal set; }

    public List<ParsedActivity> Children { get; } = [];

    /// <summary>A dated heading of an agenda ("Ngày 09/10/2025 (thứ Năm)"): its sessions are its children.</summary>
    public bool AgendaDay { get; internal set; }

    /// <summary>A session of an agenda day, as written: "Buổi sáng (8h00 - 11h30)"; the title is what happens then.</summary>
    public string? SessionText { get; internal set; }

    public int Line { get; internal set; }

    /// <summary>The line of the time field (the activity's line when the time is written on it).</summary>
    public int TimeLine { get; internal set; }

    /// <summary>The line of the budget field.</summary>
    public int BudgetLine { get; internal set; }

    public IEnumerable<ParsedActivity> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}

/// <summary>One block of "Tổ chức thực hiện": the unit(s) in its heading and their duties.</summary>
public sealed record ParsedResponsibility(string? Label, string? Heading, IReadOnlyList<ParsedUnit> Units, IReadOnlyList<string> Duties, int Line)
{
    /// <summary>
    /// The activities the duties point to ("các nhiệm vụ tại Mục 4, Mục 5 Phần III", "nhiệm vụ tại điểm 2.1"), by
    /// <see cref="ParsedActivity.Path"/>; empty when the block names none (its work is then on the plan).
    /// </summary>
    public IReadOnlyList<ParsedActivityReference> Activities { get; init; } = [];
}

/// <summary>An activity a responsibilities block points to, and whether the block leads it ("chủ trì") or coordinates.</summary>
public sealed record ParsedActivityReference(string Path, PartyRole Role, string Written);

/// <summary>"… gửi báo cáo UBND tỉnh trước ngày 15/9/2024": the due date, the sentence, and who owes it.</summary>
public sealed record ParsedDeadline(PartialDate? Due, TimeWindow Window, string Text, IReadOnlyList<ParsedUnit> Units, int Line);

/// <summary>"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Phạm Tấn Hòa".</summary>
public sealed record ParsedSigner(string? Authority, string? Prefix, string? Title, string? Name, int Line);

/// <summary>The budget part of the body ("IV. KINH PHÍ"): the sources as written, the stated total and the totals per lead unit.</summary>
public sealed record ParsedBudgetSection(
    string Text,
    Money? StatedTotal,
    string? StatedTotalText,
    IReadOnlyList<ParsedUnitBudget> Units,
    int Line)
{
    /// <summary>The sum of the stated budgets of the activities (null when none states one).</summary>
    public Money? ActivitiesTotal { get; init; }

    /// <summary>The stated total in words, as written after the figure ("(Một tỷ năm trăm triệu đồng)").</summary>
    public string? StatedTotalWords { get; init; }

    /// <summary>The line of the stated total.</summary>
    public int? StatedTotalLine { get; init; }

    /// <summary>The sources of the money, in the order written.</summary>
    public IReadOnlyList<ParsedFundingSource> Sources { get; init; } = [];
}

/// <summary>"Kinh phí thực hiện nhiệm vụ của Tỉnh Đoàn: 194.575.000 đồng".</summary>
public sealed record ParsedUnitBudget(ParsedUnit Unit, Money Amount, string Text, int Line);

public enum AppendixKind
{
    Empty,
    Budget,
    Participants,
    LegalDocuments,
    Tasks,
    Other,
}

/// <summary>An appendix heading ("Phụ lục II"), its title, its "(Kèm theo …)" line and what its table holds.</summary>
public sealed record ParsedAppendix(string Label, int? Number, string? Title, string? AttachedTo, AppendixKind Kind, int Line);

/// <summary>An itemised budget appendix read by <see cref="EstimateTableReader"/> and checked by <see cref="EstimateAnalyzer"/>.</summary>
public sealed record ParsedBudgetTable(
    string? Label,
    string? Title,
    Estimate? Estimate,
    EstimateAnalysis? Analysis,
    Money? StatedTotal,
    Money? ComputedTotal,
    int Line)
{
    /// <summary>For each line of <see cref="Estimate"/>, the source line it was read from.</summary>
    public IReadOnlyList<int> LineSources { get; init; } = [];
}

public sealed record ParsedParticipantRow(string? Label, ParsedUnit Unit, int? Count, bool IsGroup, int Line);

/// <summary>A table of delegates per unit; <see cref="ComputedTotal"/> adds the item rows (or the groups when there are none).</summary>
public sealed record ParsedParticipantTable(string? Label, string? Title, IReadOnlyList<ParsedParticipantRow> Rows, int? StatedTotal, int ComputedTotal, int Line);

public sealed record ParsedLegalDocument(string? Label, string? Group, string Text, IReadOnlyList<ParsedLegalBasis> Citations, int Line);

public sealed record ParsedLegalDocumentList(string? Label, string? Title, IReadOnlyList<ParsedLegalDocument> Items, int Line);

/// <summary>One row of a task table (STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | Ghi chú).</summary>
public sealed record ParsedTaskRow(
    string? Label,
    string Task,
    string? LeadText,
    IReadOnlyList<ParsedUnit> Lead,
    string? CoordinatingText,
    IReadOnlyList<ParsedUnit> Coordinating,
    string? TimeText,
    TimeWindow? Time,
    string? Note,
    bool IsHeading,
    int Line);

public sealed record ParsedTaskTable(string? Label, string? Title, IReadOnlyList<ParsedTaskRow> Rows, int Line);
