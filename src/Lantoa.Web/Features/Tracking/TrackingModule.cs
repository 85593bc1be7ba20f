using Lantoa.Domain.Users;
using Lantoa.Web.Features.Tracking.Dashboard;
using Lantoa.Web.Features.Tracking.Reports;
using Lantoa.Web.Infrastructure.Modules;

namespace Lantoa.Web.Features.Tracking;

/// <summary>Reports on assignments, obligations, targets, reminders, the summary report and the dashboard.</summary>
public sealed class TrackingModule : ILantoaModule
{
    public string Name => "Tracking";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<TrackingService>();
        services.AddSingleton<BoardCache>();
        services.AddScoped<ReminderRun>();
        services.AddScoped<DashboardQueries>();
        services.AddScoped<SummaryReportBuilder>();
        services.AddSingleton<EvidenceStore>();
        services.AddScoped<Inbox.IInboxSource, ReportInbox>();
    }

    public void AddHostedJobs(IServiceCollection services) => services.AddHostedService<ReminderJob>();

    public IEnumerable<MenuItem> Menu => [new("Tổng hợp", "/Dashboard", 30, AccessPolicy.SeesTrackingDashboard, "dashboard-link")];

    public IReadOnlyDictionary<string, string> AuditEntities => new Dictionary<string, string>
    {
        ["ProgressReport"] = "Báo cáo tiến độ", ["ReportFigure"] = "Số liệu báo cáo", ["ReportEvidence"] = "Minh chứng",
        ["ReportVersion"] = "Lịch sử báo cáo", ["Obligation"] = "Nghĩa vụ báo cáo", ["ObligationParty"] = "Đơn vị phải báo cáo",
        ["ObligationSubmission"] = "Lần nộp báo cáo", ["Target"] = "Chỉ tiêu", ["TargetEntry"] = "Kết quả chỉ tiêu",
        ["Notification"] = "Thông báo", ["SummaryReportDraft"] = "Báo cáo kết quả (bản thảo)",
    };

    public IReadOnlyDictionary<string, string> AuditFields => new Dictionary<string, string>
    {
        ["Action"] = "Thao tác", ["ActiveFrom"] = "Theo dõi từ", ["ActiveTo"] = "Theo dõi đến", ["AddedAt"] = "Thêm lúc", ["At"] = "Lúc",
        ["Closing"] = "Phần kết", ["Comment"] = "Ý kiến", ["Comparison"] = "So sánh", ["ContentType"] = "Kiểu tệp",
        ["CreatedByUserId"] = "Người tạo", ["Cumulative"] = "Lũy kế", ["Day"] = "Ngày", ["DedupeKey"] = "Khóa chống trùng",
        ["Denominator"] = "Mẫu số", ["EvidenceCount"] = "Số minh chứng", ["FiguresText"] = "Số liệu", ["Introduction"] = "Phần mở đầu",
        ["Limitations"] = "Tồn tại, hạn chế", ["Metric"] = "Chỉ số", ["Narrative"] = "Kết quả thực hiện",
        ["ObligationId"] = "Nghĩa vụ báo cáo", ["OriginalName"] = "Tên tệp gốc", ["OwedByText"] = "Đơn vị phải nộp (theo văn bản)",
        ["Period"] = "Kỳ", ["PeriodFrom"] = "Kỳ báo cáo từ", ["PeriodKey"] = "Kỳ", ["PeriodTo"] = "Kỳ báo cáo đến",
        ["PlanDeadlineId"] = "Hạn báo cáo", ["ProgressReportId"] = "Báo cáo tiến độ", ["Proposals"] = "Đề xuất, kiến nghị",
        ["ReadAt"] = "Đọc lúc", ["Reason"] = "Lý do", ["RecordedAt"] = "Ghi nhận lúc", ["RecordedByUserId"] = "Người ghi nhận",
        ["Recurrence"] = "Định kỳ", ["ReportId"] = "Báo cáo", ["ScheduleDay"] = "Ngày trong kỳ", ["ScheduleFrom"] = "Lịch từ ngày",
        ["ScheduleMonthOfQuarter"] = "Tháng trong quý", ["ScheduleTo"] = "Lịch đến ngày", ["ScheduleWeekday"] = "Thứ trong tuần",
        ["Size"] = "Dung lượng", ["State"] = "Tình trạng duyệt", ["StoredName"] = "Tên lưu trữ", ["Strengths"] = "Ưu điểm",
        ["SubmittedByUserId"] = "Người nộp", ["SubmittedOn"] = "Ngày nộp", ["TargetId"] = "Chỉ tiêu", ["TargetValue"] = "Giá trị chỉ tiêu",
        ["Version"] = "Phiên bản",
    };

    /// <summary>The progress counters the dashboard reads (migration 20261202_0700_progress_aggregates), from the loaded rows.</summary>
    public IEnumerable<string> AfterGenerate => ["SELECT progress_rebuild()"];

    public IEnumerable<GeneratedTable> GeneratedTables =>
    [
        new("obligations", "id, province_id, plan_id, plan_deadline_id, title, owed_by_text, recurrence, schedule_from, schedule_to, schedule_day"),
        new("obligation_parties", "id, obligation_id, group_id, written_name"),
        new("progress_reports", "id, province_id, plan_id, assignment_id, unit_id, created_by_user_id, status, reason, narrative, period_from, period_to, " +
                                "state, review_comment, submitted_at, submitted_by_user_id, approved_at, approved_by_user_id, created_at, updated_at", Big: true),
        new("report_figures", "id, report_id, sort_order, name, value, unit_of_measure", Big: true),
        new("report_versions", "id, report_id, version, action, user_id, at, comment, status, reason, period_from, period_to, narrative, figures_text, evidence_count", Big: true),
        new("targets", "id, province_id, plan_id, assignment_id, unit_id, metric, description, target_value, period, comparison, active_from, active_to", Big: true),
        new("target_entries", "id, target_id, period_key, value, recorded_by_user_id, recorded_at, updated_at", Big: true),
        new("obligation_submissions", "id, obligation_id, unit_id, due_on, submitted_at, submitted_on, user_id", Big: true),
    ];
}
