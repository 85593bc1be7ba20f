using Lantoa.Domain.Text;

namespace Lantoa.Domain.Budgets;

/// <summary>Where an estimate is in its review: draft → submitted → approved, or back to draft with comments.</summary>
public enum EstimateStatus
{
    Draft,
    Submitted,
    Approved,
}

public static class EstimateStatusNames
{
    public static string Vietnamese(this EstimateStatus status) => status switch
    {
        EstimateStatus.Draft => "Dự thảo",
        EstimateStatus.Submitted => "Đã trình duyệt",
        EstimateStatus.Approved => "Đã phê duyệt",
        _ => status.ToString(),
    };
}

/// <summary>
/// A dự toán (dự trù kinh phí): the itemised budget of an activity, or of the plan as a whole — an appendix table
/// with group rows (I, II, …), lines, a stated total and its review. Lantoa recomputes every amount from quantities,
/// prices and written factors (<see cref="EstimateAnalyzer"/>) and keeps what the document stated beside it.
/// An estimate read from a file and not yet saved has <see cref="ProvinceId"/> and <see cref="PlanId"/> 0.
/// </summary>
public sealed class Estimate
{
    private readonly List<EstimateLine> _lines = [];

    private Estimate() { }

    public Estimate(string title)
    {
        SetTitle(title);
        Status = EstimateStatus.Draft;
    }

    public Estimate(int provinceId, int planId, int? activityId, string title, DateTimeOffset now) : this(title)
    {
        ProvinceId = provinceId;
        PlanId = planId;
        ActivityId = activityId;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int PlanId { get; private set; }

    /// <summary>The activity this estimate budgets; null for an estimate of the whole plan.</summary>
    public int? ActivityId { get; private set; }

    /// <summary>"DỰ TRÙ KINH PHÍ THỰC HIỆN HỘI NGHỊ ĐIỂN HÌNH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG".</summary>
    public string Title { get; private set; } = "";

    /// <summary>The appendix label: "Phụ lục II".</summary>
    public string? AppendixLabel { get; set; }

    /// <summary>"(Kèm theo Kế hoạch số /KH-UBND ngày /9/2024 của UBND tỉnh)".</summary>
    public string? AttachedTo { get; set; }

    /// <summary>The total the document states ("Tổng cộng … 388.400.000"), beside the one Lantoa computes.</summary>
    public Money? StatedTotal { get; set; }

    /// <summary>The funding source of every line that does not name its own.</summary>
    public int? FundingSourceId { get; set; }

    public EstimateStatus Status { get; private set; }

    /// <summary>The reviewer's comments when the estimate was returned to draft; cleared on the next submission.</summary>
    public string? ReviewComment { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public int? ApprovedByUserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Lines in table order.</summary>
    public IReadOnlyList<EstimateLine> Lines => _lines;

    /// <summary>Lines may change only in draft; an approved estimate keeps its figures and only records actual spending.</summary>
    public bool IsEditable => Status == EstimateStatus.Draft;

    public void SetTitle(string title)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Tên dự toán không được để trống.");
        Title = VietnameseText.Normalize(title);
    }

    /// <summary>Adds a line at the end, or before the line now at <paramref name="index"/>.</summary>
    public EstimateLine AddLine(EstimateLine line, int? index = null)
    {
        EnsureEditable();
        if (index is { } i && (i < 0 || i > _lines.Count)) throw new DomainException("Vị trí dòng không hợp lệ.");
        _lines.Insert(index ?? _lines.Count, line);
        Renumber();
        return line;
    }

    public void AddLines(IEnumerable<EstimateLine> lines, int? index = null)
    {
        EnsureEditable();
        var at = index ?? _lines.Count;
        if (at < 0 || at > _lines.Count) throw new DomainException("Vị trí dòng không hợp lệ.");
        _lines.InsertRange(at, lines);
        Renumber();
    }

    public void ReplaceLines(IEnumerable<EstimateLine> lines)
    {
        EnsureEditable();
        _lines.Clear();
        _lines.AddRange(lines);
        Renumber();
    }

    public void RemoveLine(EstimateLine line)
    {
        EnsureEditable();
        if (!_lines.Remove(line)) throw new DomainException("Dòng không thuộc dự toán này.");
        Renumber();
    }

    /// <summary>Moves a line up (-1) or down (+1).</summary>
    public void MoveLine(EstimateLine line, int offset)
    {
        EnsureEditable();
        var from = _lines.IndexOf(line);
        if (from < 0) throw new DomainException("Dòng không thuộc dự toán này.");
        var to = Math.Clamp(from + offset, 0, _lines.Count - 1);
        _lines.RemoveAt(from);
        _lines.Insert(to, line);
        Renumber();
    }

    public void Submit(DateTimeOffset now)
    {
        if (Status != EstimateStatus.Draft) throw new DomainException("Chỉ dự toán đang ở trạng thái dự thảo mới trình duyệt được.");
        if (_lines.Count == 0) throw new DomainException("Dự toán chưa có dòng nào.");
        Status = EstimateStatus.Submitted;
        SubmittedAt = now;
        ReviewComment = null;
        Touch(now);
    }

    public void Approve(int reviewerUserId, DateTimeOffset now)
    {
        if (Status != EstimateStatus.Submitted) throw new DomainException("Chỉ phê duyệt được dự toán đã trình.");
        Status = EstimateStatus.Approved;
        ApprovedAt = now;
        ApprovedByUserId = reviewerUserId;
        Touch(now);
    }

    /// <summary>Sends a submitted (or approved) estimate back to draft with the reviewer's comments.</summary>
    public void Return(string comment, DateTimeOffset now)
    {
        if (Status == EstimateStatus.Draft) throw new DomainException("Dự toán đang ở trạng thái dự thảo.");
        if (string.IsNullOrWhiteSpace(comment)) throw new DomainException("Hãy ghi ý kiến khi trả lại dự toán.");
        Status = EstimateStatus.Draft;
        ReviewComment = VietnameseText.Normalize(comment);
        ApprovedAt = null;
        ApprovedByUserId = null;
        Touch(now);
    }

    public void Touch(DateTimeOffset now) => UpdatedAt = now;

    public void EnsureEditable()
    {
        if (!IsEditable)
            throw new DomainException($"Dự toán đang ở trạng thái \"{Status.Vietnamese()}\", không sửa được. Hãy trả lại dự thảo trước.");
    }

    private void Renumber()
    {
        for (var i = 0; i < _lines.Count; i++) _lines[i].SortOrder = i + 1;
    }
}
