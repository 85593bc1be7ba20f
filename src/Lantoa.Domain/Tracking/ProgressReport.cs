using Lantoa.Domain.Plans;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Tracking;

/// <summary>
/// A unit's progress report on one assignment for one period: status (a "không thực hiện" always with its reason),
/// narrative, figures, evidence and the period covered. Lifecycle: draft → submitted → approved, or submitted →
/// returned with the coordinator's comment → edited and submitted again. Every submission, return and approval is
/// kept in <see cref="Versions"/> with who, when, the status and comment, and a snapshot of what was submitted; the
/// history is never rewritten. A report may be changed only while it is a draft or has been returned.
/// </summary>
public sealed class ProgressReport
{
    public const int MaxNarrativeLength = 20_000;
    public const int MaxReasonLength = 2_000;
    public const int MaxCommentLength = 4_000;
    public const int MaxFigures = 50;
    public const int MaxEvidence = 30;

    private readonly List<ReportFigure> _figures = [];
    private readonly List<ReportEvidence> _evidence = [];
    private readonly List<ReportVersion> _versions = [];

    private ProgressReport() { }

    public ProgressReport(int provinceId, int planId, int assignmentId, int unitId, int createdByUserId, DateTimeOffset now)
    {
        ProvinceId = provinceId;
        PlanId = planId;
        AssignmentId = assignmentId;
        UnitId = unitId;
        CreatedByUserId = createdByUserId;
        Status = ProgressStatus.NotStarted;
        State = ReportState.Draft;
        CreatedAt = now;
        UpdatedAt = now;
    }

    /// <summary>A new draft on <paramref name="assignment"/>, for its unit.</summary>
    public static ProgressReport For(Assignment assignment, int provinceId, int createdByUserId, DateTimeOffset now) =>
        new(provinceId, assignment.PlanId, assignment.Id, assignment.UnitId, createdByUserId, now);

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public int PlanId { get; private set; }
    public int AssignmentId { get; private set; }

    /// <summary>The unit that reports: always the assignment's unit.</summary>
    public int UnitId { get; private set; }

    public int CreatedByUserId { get; private set; }
    public ProgressStatus Status { get; private set; }

    /// <summary>Why the work was not done; required for <see cref="ProgressStatus.NotDone"/>, null otherwise.</summary>
    public string? Reason { get; private set; }

    public string? Narrative { get; private set; }
    public DateOnly? PeriodFrom { get; private set; }
    public DateOnly? PeriodTo { get; private set; }
    public ReportState State { get; private set; }

    /// <summary>The coordinator's comment of the last return, shown to the unit while it edits; cleared on the next submission (the history keeps it).</summary>
    public string? ReviewComment { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }
    public int? SubmittedByUserId { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public int? ApprovedByUserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<ReportFigure> Figures => _figures;
    public IReadOnlyList<ReportEvidence> Evidence => _evidence;

    /// <summary>The history, oldest first.</summary>
    public IReadOnlyList<ReportVersion> Versions => _versions;

    /// <summary>How many times the report has been submitted.</summary>
    public int SubmissionCount => _versions.Count(v => v.Action == ReportAction.Submitted);

    public bool IsEditable => State is ReportState.Draft or ReportState.Returned;

    public void SetStatus(ProgressStatus status, string? reason = null)
    {
        EnsureEditable();
        if (!Enum.IsDefined(status)) throw new DomainException("Trạng thái thực hiện không hợp lệ.");
        var cleaned = string.IsNullOrWhiteSpace(reason) ? null : VietnameseText.Normalize(reason);
        if (status == ProgressStatus.NotDone && cleaned is null)
            throw new DomainException("Hãy ghi rõ lý do không thực hiện.");
        if (cleaned?.Length > MaxReasonLength) throw new DomainException($"Lý do quá dài (tối đa {MaxReasonLength} ký tự).");
        Status = status;
        Reason = status == ProgressStatus.NotDone ? cleaned : null;
    }

    public void SetNarrative(string? narrative)
    {
        EnsureEditable();
        var cleaned = string.IsNullOrWhiteSpace(narrative) ? null : narrative.Trim().Normalize();
        if (cleaned?.Length > MaxNarrativeLength)
            throw new DomainException($"Nội dung báo cáo quá dài (tối đa {MaxNarrativeLength} ký tự).");
        Narrative = cleaned;
    }

    /// <summary>
    /// Sets the period the report covers; it must lie inside <paramref name="window"/> (the activity's or the plan's,
    /// see <see cref="ReportingWindow"/>).
    /// </summary>
    public void SetPeriod(DateOnly from, DateOnly to, ReportingWindow window)
    {
        EnsureEditable();
        if (to < from) throw new DomainException("Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.");
        if (!window.Contains(from, to))
            throw new DomainException(
                $"Kỳ báo cáo {TrackingCalendar.DisplayRange(from, to)} nằm ngoài thời gian của kế hoạch ({window.ToDisplay()}).");
        PeriodFrom = from;
        PeriodTo = to;
    }

    public ReportFigure AddFigure(ReportFigure figure)
    {
        EnsureEditable();
        ArgumentNullException.ThrowIfNull(figure);
        if (_figures.Count >= MaxFigures) throw new DomainException($"Mỗi báo cáo có tối đa {MaxFigures} số liệu.");
        var key = VietnameseText.FoldKey(figure.Name);
        if (_figures.Any(f => VietnameseText.FoldKey(f.Name) == key))
            throw new DomainException($"Số liệu \"{figure.Name}\" đã có trong báo cáo.");
        _figures.Add(figure);
        Renumber();
        return figure;
    }

    /// <summary>Adds a figure typed as text: "12 bài", "1.200 người".</summary>
    public ReportFigure AddFigure(string name, string text, string? defaultUnit = null) =>
        AddFigure(ReportFigure.Parse(name, text, defaultUnit));

    /// <summary>Replaces all figures at once (the form sends them together); nothing changes if one is refused.</summary>
    public void ReplaceFigures(IEnumerable<ReportFigure> figures)
    {
        EnsureEditable();
        var list = figures.ToList();
        if (list.Count > MaxFigures) throw new DomainException($"Mỗi báo cáo có tối đa {MaxFigures} số liệu.");
        var duplicate = list.GroupBy(f => VietnameseText.FoldKey(f.Name)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new DomainException($"Số liệu \"{duplicate.First().Name}\" bị nhập hai lần.");
        _figures.Clear();
        _figures.AddRange(list);
        Renumber();
    }

    public ReportEvidence AddEvidence(ReportEvidence evidence)
    {
        EnsureEditable();
        ArgumentNullException.ThrowIfNull(evidence);
        if (_evidence.Count >= MaxEvidence) throw new DomainException($"Mỗi báo cáo có tối đa {MaxEvidence} minh chứng.");
        if (evidence.Kind == EvidenceKind.Link && _evidence.Any(e => e.Url == evidence.Url))
            throw new DomainException("Đường dẫn này đã có trong báo cáo.");
        _evidence.Add(evidence);
        return evidence;
    }

    public ReportEvidence AddLink(string url, string? title, DateTimeOffset now) => AddEvidence(ReportEvidence.Link(url, title, now));

    public ReportEvidence AddFile(string storedName, AcceptedEvidenceFile file, string? title, DateTimeOffset now) =>
        AddEvidence(ReportEvidence.File(storedName, file, title, now));

    /// <summary>Removes evidence from the report; the caller deletes the stored file when this was a file.</summary>
    public void RemoveEvidence(ReportEvidence evidence)
    {
        EnsureEditable();
        if (!_evidence.Remove(evidence)) throw new DomainException("Minh chứng không thuộc báo cáo này.");
    }

    /// <summary>Sends the report to the coordinators: from a draft, or again after a return. Needs the period covered.</summary>
    public void Submit(int userId, DateTimeOffset now)
    {
        if (!IsEditable)
            throw new DomainException($"Báo cáo đang ở trạng thái \"{State.Vietnamese()}\", không gửi lại được.");
        if (PeriodFrom is null || PeriodTo is null) throw new DomainException("Hãy chọn kỳ báo cáo (từ ngày, đến ngày).");
        if (Status == ProgressStatus.NotDone && Reason is null) throw new DomainException("Hãy ghi rõ lý do không thực hiện.");
        if (Status is ProgressStatus.InProgress or ProgressStatus.Done
            && Narrative is null && _figures.Count == 0 && _evidence.Count == 0)
            throw new DomainException("Báo cáo chưa có nội dung: hãy ghi kết quả, số liệu hoặc minh chứng.");
        State = ReportState.Submitted;
        ReviewComment = null;
        SubmittedAt = now;
        SubmittedByUserId = userId;
        ApprovedAt = null;
        ApprovedByUserId = null;
        _versions.Add(ReportVersion.Snapshot(this, SubmissionCount + 1, ReportAction.Submitted, userId, now, null));
        UpdatedAt = now;
    }

    /// <summary>Approves a submitted report, with an optional comment.</summary>
    public void Approve(int reviewerUserId, DateTimeOffset now, string? comment = null)
    {
        if (State != ReportState.Submitted) throw new DomainException("Chỉ duyệt được báo cáo đã gửi.");
        var cleaned = CleanComment(comment);
        State = ReportState.Approved;
        ApprovedAt = now;
        ApprovedByUserId = reviewerUserId;
        _versions.Add(ReportVersion.Snapshot(this, SubmissionCount, ReportAction.Approved, reviewerUserId, now, cleaned));
        UpdatedAt = now;
    }

    /// <summary>Returns a submitted (or approved) report to its unit with the coordinator's comment; the unit edits and submits again.</summary>
    public void Return(int reviewerUserId, string comment, DateTimeOffset now)
    {
        if (State is not (ReportState.Submitted or ReportState.Approved))
            throw new DomainException("Chỉ trả lại được báo cáo đã gửi hoặc đã duyệt.");
        var cleaned = CleanComment(comment) ?? throw new DomainException("Hãy ghi ý kiến khi trả lại báo cáo.");
        State = ReportState.Returned;
        ReviewComment = cleaned;
        ApprovedAt = null;
        ApprovedByUserId = null;
        _versions.Add(ReportVersion.Snapshot(this, SubmissionCount, ReportAction.Returned, reviewerUserId, now, cleaned));
        UpdatedAt = now;
    }

    public void Touch(DateTimeOffset now) => UpdatedAt = now;

    public void EnsureEditable()
    {
        if (!IsEditable)
            throw new DomainException($"Báo cáo đang ở trạng thái \"{State.Vietnamese()}\", không sửa được.");
    }

    private static string? CleanComment(string? comment)
    {
        var cleaned = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim().Normalize();
        if (cleaned?.Length > MaxCommentLength) throw new DomainException($"Ý kiến quá dài (tối đa {MaxCommentLength} ký tự).");
        return cleaned;
    }

    private void Renumber()
    {
        for (var i = 0; i < _figures.Count; i++) _figures[i].SortOrder = i + 1;
    }
}

/// <summary>
/// One step of a report's history: the submission number it belongs to, what happened (submitted, returned,
/// approved), who and when, the comment, and what the report said at that moment (status, reason, period, narrative,
/// figures as text, evidence count).
/// </summary>
public sealed class ReportVersion
{
    private ReportVersion() { }

    public int Id { get; private set; }
    public int ReportId { get; private set; }

    /// <summary>1 for the first submission, 2 after a return and resubmission …; a return or approval carries the number it judged.</summary>
    public int Version { get; private set; }

    public ReportAction Action { get; private set; }
    public int UserId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Comment { get; private set; }
    public ProgressStatus Status { get; private set; }
    public string? Reason { get; private set; }
    public DateOnly? PeriodFrom { get; private set; }
    public DateOnly? PeriodTo { get; private set; }
    public string? Narrative { get; private set; }

    /// <summary>The figures as submitted, one per line: "Số bài viết đăng tải: 12 bài".</summary>
    public string? FiguresText { get; private set; }

    public int EvidenceCount { get; private set; }

    internal static ReportVersion Snapshot(ProgressReport report, int version, ReportAction action, int userId,
        DateTimeOffset at, string? comment) => new()
        {
            Version = version,
            Action = action,
            UserId = userId,
            At = at,
            Comment = comment,
            Status = report.Status,
            Reason = report.Reason,
            PeriodFrom = report.PeriodFrom,
            PeriodTo = report.PeriodTo,
            Narrative = report.Narrative,
            FiguresText = report.Figures.Count == 0 ? null : string.Join("\n", report.Figures.Select(f => f.ToDisplay())),
            EvidenceCount = report.Evidence.Count,
        };
}
