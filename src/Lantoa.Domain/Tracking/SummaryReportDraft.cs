using Lantoa.Domain.Text;

namespace Lantoa.Domain.Tracking;

/// <summary>
/// The parts of a plan's summary report ("Báo cáo kết quả thực hiện Kế hoạch số …") that the office writes itself —
/// number, introduction, strengths, limits, proposals, closing — kept between edits. The results, figures and late
/// units are computed from the reports each time.
/// </summary>
public sealed class SummaryReportDraft
{
    private SummaryReportDraft() { }

    public SummaryReportDraft(int provinceId, int planId, DateTimeOffset now)
    {
        ProvinceId = provinceId;
        PlanId = planId;
        UpdatedAt = now;
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int PlanId { get; private set; }
    public string? NumberSymbol { get; private set; }
    public string? Introduction { get; private set; }
    public string? Strengths { get; private set; }
    public string? Limitations { get; private set; }
    public string? Proposals { get; private set; }
    public string? Closing { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Update(string? numberSymbol, string? introduction, string? strengths, string? limitations, string? proposals,
        string? closing, DateTimeOffset now)
    {
        foreach (var text in new[] { introduction, strengths, limitations, proposals, closing })
            if (text is { Length: > 20_000 }) throw new DomainException("Mỗi phần của báo cáo tối đa 20.000 ký tự.");
        if (numberSymbol is { Length: > 100 }) throw new DomainException("Số, ký hiệu tối đa 100 ký tự.");
        NumberSymbol = Clean(numberSymbol);
        Introduction = Clean(introduction);
        Strengths = Clean(strengths);
        Limitations = Clean(limitations);
        Proposals = Clean(proposals);
        Closing = Clean(closing);
        UpdatedAt = now;
    }

    /// <summary>A part's paragraphs: one per non-empty line.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>Each line normalised (NFC, single spaces), the line breaks kept: they separate paragraphs.</summary>
    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s)
        ? null
        : string.Join("\n", s.Replace("\r\n", "\n").Split('\n').Select(VietnameseText.Normalize)).Trim();
}
