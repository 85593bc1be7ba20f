using Lantoa.Domain.Dates;
using Lantoa.Web.Features.Documents;

namespace Lantoa.Web.Features.Tracking.Reports;

/// <summary>
/// The summary report of a plan (Báo cáo kết quả thực hiện Kế hoạch số …) as a document to be written: every text in the
/// order the page shows it, with no tie to the database or to how progress is tracked. <see cref="SummaryReportWriter"/>
/// lays it out in the Decree 30/2020/NĐ-CP layout.
/// </summary>
/// <remarks>
/// <para><b>Texts.</b> Every paragraph is plain text, written as given (an asterisk is an asterisk): the office edits the
/// sections before export. A <c>\n</c> inside a paragraph text starts a new paragraph.</para>
/// <para><b>Parts.</b> I. KẾT QUẢ THỰC HIỆN (a subsection per activity), II. ĐÁNH GIÁ CHUNG (strengths, limits),
/// III. ĐƠN VỊ CHẬM BÁO CÁO (a table), IV. ĐỀ XUẤT, KIẾN NGHỊ — numbered in this order over the parts that have content
/// (<see cref="Parts"/>): a report without late units has its proposals in part III.</para>
/// </remarks>
public sealed record SummaryReportDocument
{
    /// <summary>The body above the issuer, when the issuer is a department: "UBND TỈNH LONG AN".</summary>
    public string? ParentBody { get; init; }

    /// <summary>"SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "ỦY BAN NHÂN DÂN TỈNH LONG AN".</summary>
    public required string IssuingBody { get; init; }

    /// <summary>"125/BC-UBND"; a draft leaves the number blank: "/BC-STTTT".</summary>
    public string? NumberSymbol { get; init; }

    public string? Place { get; init; }

    /// <summary>The date of the report; a partial date leaves the unknown parts blank for the hand.</summary>
    public PartialDate? IssuedOn { get; init; }

    public string DocumentType { get; init; } = "BÁO CÁO";

    /// <summary>The subject line: "Kết quả thực hiện Kế hoạch số 140/KH-UBND ngày … của UBND tỉnh về …" (<see cref="SubjectFor"/>).</summary>
    public required string Subject { get; init; }

    /// <summary>The opening paragraph(s): "Thực hiện Kế hoạch số …, Sở … báo cáo kết quả như sau:" (<see cref="IntroductionFor"/>).</summary>
    public IReadOnlyList<string> Introduction { get; init; } = [];

    public string ResultsHeading { get; init; } = "KẾT QUẢ THỰC HIỆN";

    /// <summary>One subsection per activity, in the plan's order ("1", "2", "2.1", …).</summary>
    public IReadOnlyList<ActivityResult> Activities { get; init; } = [];

    public string AssessmentHeading { get; init; } = "ĐÁNH GIÁ CHUNG";
    public string StrengthsHeading { get; init; } = "Ưu điểm";
    public IReadOnlyList<string> Strengths { get; init; } = [];
    public string LimitationsHeading { get; init; } = "Tồn tại, hạn chế";
    public IReadOnlyList<string> Limitations { get; init; } = [];

    public string LateHeading { get; init; } = "ĐƠN VỊ CHẬM BÁO CÁO";

    /// <summary>A paragraph above the late units' table: "Đến ngày 05/11/2024, còn 2 đơn vị chưa gửi báo cáo:".</summary>
    public string? LateIntroduction { get; init; }

    /// <summary>The units that owe a report past its due date (STT | Đơn vị | Nội dung phải báo cáo | Hạn | Số ngày chậm).</summary>
    public IReadOnlyList<LateReport> LateUnits { get; init; } = [];

    public string ProposalsHeading { get; init; } = "ĐỀ XUẤT, KIẾN NGHỊ";
    public IReadOnlyList<string> Proposals { get; init; } = [];

    /// <summary>The closing paragraph(s); the last one ends with "./." (<see cref="ClosingFor"/>).</summary>
    public IReadOnlyList<string> Closing { get; init; } = [];

    /// <summary>"Nơi nhận" entries without their dash ("UBND tỉnh (b/c)", …, "Lưu: VT, STTTT").</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    public SignatureBlock? Signer { get; init; }

    /// <summary>The Roman-numbered parts that have content, in order, with their numerals and headings.</summary>
    public IReadOnlyList<SummaryReportPart> Parts() =>
        new (ReportPart Part, string Heading, bool Present)[]
            {
                (ReportPart.Results, ResultsHeading, Activities.Count > 0),
                (ReportPart.Assessment, AssessmentHeading, HasText(Strengths) || HasText(Limitations)),
                (ReportPart.LateUnits, LateHeading, LateUnits.Count > 0 || !string.IsNullOrWhiteSpace(LateIntroduction)),
                (ReportPart.Proposals, ProposalsHeading, HasText(Proposals)),
            }
            .Where(x => x.Present)
            .Select((x, i) => new SummaryReportPart(x.Part, Lantoa.Domain.Text.RomanNumerals.ToRoman(i + 1), x.Heading))
            .ToList();

    /// <summary>"Kết quả thực hiện Kế hoạch số 140/KH-UBND ngày 20/9/2024 của UBND tỉnh về tổ chức các hoạt động …".</summary>
    public static string SubjectFor(ReportedPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return $"Kết quả thực hiện {plan.Reference()}";
    }

    /// <summary>
    /// "Thực hiện Kế hoạch số 140/KH-UBND ngày 20/9/2024 của UBND tỉnh về …, Sở Thông tin và Truyền thông báo cáo kết
    /// quả thực hiện như sau:" — <paramref name="reporter"/> as the report names its issuer in running text.
    /// </summary>
    public static string IntroductionFor(ReportedPlan plan, string reporter)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return $"Thực hiện {plan.Reference()}, {reporter.Trim()} báo cáo kết quả thực hiện như sau:";
    }

    /// <summary>
    /// "Trên đây là báo cáo kết quả thực hiện Kế hoạch số … về …, Sở Thông tin và Truyền thông kính báo cáo UBND tỉnh./.";
    /// without an addressee: "Trên đây là báo cáo kết quả thực hiện Kế hoạch số … về … của Sở Thông tin và Truyền thông./.".
    /// </summary>
    public static string ClosingFor(ReportedPlan plan, string reporter, string? addressee = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var done = $"Trên đây là báo cáo kết quả thực hiện {plan.Reference()}";
        return DocxText.EndDocument(string.IsNullOrWhiteSpace(addressee)
            ? $"{done} của {reporter.Trim()}"
            : $"{done}, {reporter.Trim()} kính báo cáo {addressee.Trim()}");
    }

    private static bool HasText(IReadOnlyList<string> paragraphs) => paragraphs.Any(p => !string.IsNullOrWhiteSpace(p));
}

/// <summary>The parts of a summary report, in their order.</summary>
public enum ReportPart
{
    Results,
    Assessment,
    LateUnits,
    Proposals,
}

/// <param name="Numeral">"I", "II", …</param>
public sealed record SummaryReportPart(ReportPart Part, string Numeral, string Heading);

/// <summary>The plan a report is about, as the report cites it.</summary>
/// <param name="Title">The plan's subject: "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia …".</param>
public sealed record ReportedPlan(string Title)
{
    /// <summary>"140/KH-UBND"; "/KH-UBND" while the number is not known.</summary>
    public string? NumberSymbol { get; init; }

    public PartialDate? IssuedOn { get; init; }

    /// <summary>How the plan's issuer is named in running text: "UBND tỉnh".</summary>
    public string? IssuerShortName { get; init; }

    public string DocumentType { get; init; } = "KẾ HOẠCH";

    /// <summary>"Kế hoạch số 140/KH-UBND ngày 20/9/2024 của UBND tỉnh về tổ chức các hoạt động …".</summary>
    public string Reference()
    {
        var title = string.Join(" ", DocxText.Lines(Title)).TrimEnd('.', ' ');
        var about = title.Length == 0 ? "" : " về " + DocxText.LowerFirst(title);
        return DocxText.Reference(DocumentType, NumberSymbol, IssuedOn, IssuerShortName) + about;
    }
}

/// <summary>
/// The results of one activity: its heading ("1. Tổ chức các hoạt động truyền thông"), where its units stand, what they
/// wrote, and their figures. An activity that only groups others ("2. Họp mặt …") has a heading and nothing else.
/// </summary>
/// <param name="Label">"1", "2.1" (written "1.", "2.1.").</param>
public sealed record ActivityResult(string Label, string Title)
{
    public UnitStatusCounts? Status { get; init; }

    /// <summary>What the units reported, one entry per unit's narrative; prefixed by the unit's name when several units reported.</summary>
    public IReadOnlyList<UnitNarrative> Narratives { get; init; } = [];

    public FigureTable? Figures { get; init; }
}

/// <summary>Where the units owing an activity stand, by the status of their latest report.</summary>
public sealed record UnitStatusCounts(int Completed, int InProgress, int NotReported)
{
    public int NotStarted { get; init; }
    public int NotDone { get; init; }

    public int Total => Completed + InProgress + NotReported + NotStarted + NotDone;

    /// <summary>
    /// "Tình hình thực hiện (10 đơn vị): 7 hoàn thành, 2 đang thực hiện, 1 chưa báo cáo." — "chưa bắt đầu" and "không
    /// thực hiện" only when some unit is in them.
    /// </summary>
    public string Describe()
    {
        var parts = new List<string> { $"{Completed} hoàn thành", $"{InProgress} đang thực hiện" };
        if (NotStarted > 0) parts.Add($"{NotStarted} chưa bắt đầu");
        if (NotDone > 0) parts.Add($"{NotDone} không thực hiện");
        parts.Add($"{NotReported} chưa báo cáo");
        return $"Tình hình thực hiện ({Total} đơn vị): {string.Join(", ", parts)}.";
    }
}

/// <param name="Unit">The unit's name: "Sở Thông tin và Truyền thông".</param>
/// <param name="Text">What it reported, as edited; "\n" separates paragraphs.</param>
public sealed record UnitNarrative(string Unit, string Text);

/// <summary>The figures of an activity per unit: Đơn vị | one column per figure ("Số bài viết (bài)") | Ghi chú, and a total row.</summary>
public sealed record FigureTable(IReadOnlyList<FigureColumn> Columns, IReadOnlyList<FigureRow> Rows)
{
    public string UnitHeader { get; init; } = "Đơn vị";
    public string NoteHeader { get; init; } = "Ghi chú";
    public string TotalLabel { get; init; } = "Tổng cộng";

    /// <summary>The sum of each column over the rows (null for a column not summed, or with no value at all).</summary>
    public IReadOnlyList<decimal?> Totals() =>
        Columns.Select((c, i) =>
        {
            var values = Rows.Select(r => i < r.Values.Count ? r.Values[i] : null).OfType<decimal>().ToList();
            return c.Summed && values.Count > 0 ? values.Sum() : (decimal?)null;
        }).ToList();
}

/// <param name="Name">"Số bài viết".</param>
/// <param name="UnitOfMeasure">"bài"; written after the name: "Số bài viết (bài)".</param>
public sealed record FigureColumn(string Name, string? UnitOfMeasure = null)
{
    /// <summary>Whether the total row adds the column up (a rate or a percentage is not added).</summary>
    public bool Summed { get; init; } = true;

    public string Header() => string.IsNullOrWhiteSpace(UnitOfMeasure) ? Name.Trim() : $"{Name.Trim()} ({UnitOfMeasure.Trim()})";
}

/// <param name="Values">One per column, in the columns' order; null: not reported.</param>
public sealed record FigureRow(string Unit, IReadOnlyList<decimal?> Values, string? Note = null);

/// <summary>A unit that owes a report past its due date.</summary>
/// <param name="Obligation">"Báo cáo kết quả thực hiện Kế hoạch".</param>
/// <param name="DaysLate">Days past <paramref name="DueOn"/> on the report's date.</param>
public sealed record LateReport(string Unit, string Obligation, DateOnly DueOn, int DaysLate);
