using Lantoa.Domain.Dates;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using static Lantoa.Domain.Tests.Tracking.TrackingFixtures;

namespace Lantoa.Domain.Tests.Tracking;

public class ProgressReportTests
{
    private const int Officer = 101;
    private const int Coordinator = 201;
    private static readonly DateTimeOffset Now = At(D(20, 10, 2024));
    private static readonly ReportingWindow DxDayWindow = new(D(15, 9, 2024), D(31, 10, 2024));

    private static ProgressReport NewReport() => new(LongAn, planId: 3, assignmentId: 40, unitId: 12, Officer, Now);

    /// <summary>A report ready to submit: done, with a narrative, figures and the period 15/9–31/10/2024.</summary>
    private static ProgressReport FilledReport()
    {
        var report = NewReport();
        report.SetStatus(ProgressStatus.Done);
        report.SetNarrative("Đã đăng tải chuyên mục Chuyển đổi số trên Báo Long An.");
        report.SetPeriod(D(15, 9, 2024), D(31, 10, 2024), DxDayWindow);
        report.AddFigure("Số bài viết đăng tải", "12 bài");
        report.AddFigure("Số người được hướng dẫn", "350 người");
        return report;
    }

    // ---- creation and content ----

    [Fact]
    public void A_new_report_is_an_editable_draft_for_its_assignment_unit()
    {
        var assignment = new Assignment(3, 7, 12, PartyRole.Lead, null);
        var report = ProgressReport.For(assignment, LongAn, Officer, Now);

        Assert.Equal(ReportState.Draft, report.State);
        Assert.Equal(ProgressStatus.NotStarted, report.Status);
        Assert.Equal(12, report.UnitId);
        Assert.Equal(3, report.PlanId);
        Assert.True(report.IsEditable);
        Assert.Empty(report.Versions);
        Assert.Equal(0, report.SubmissionCount);
    }

    [Fact]
    public void Not_done_needs_a_reason()
    {
        var report = NewReport();

        var ex = Assert.Throws<DomainException>(() => report.SetStatus(ProgressStatus.NotDone));
        Assert.Equal("Hãy ghi rõ lý do không thực hiện.", ex.Message);
        Assert.Throws<DomainException>(() => report.SetStatus(ProgressStatus.NotDone, "   "));
        Assert.Equal(ProgressStatus.NotStarted, report.Status);

        report.SetStatus(ProgressStatus.NotDone, "  Chưa được bố trí kinh phí  ");
        Assert.Equal(ProgressStatus.NotDone, report.Status);
        Assert.Equal("Chưa được bố trí kinh phí", report.Reason);
    }

    [Fact]
    public void A_reason_is_dropped_when_the_status_is_no_longer_not_done()
    {
        var report = NewReport();
        report.SetStatus(ProgressStatus.NotDone, "Chưa được bố trí kinh phí");
        report.SetStatus(ProgressStatus.InProgress, "ignored");

        Assert.Equal(ProgressStatus.InProgress, report.Status);
        Assert.Null(report.Reason);
        Assert.Equal("Đang thực hiện", report.Status.Vietnamese());
    }

    [Fact]
    public void Figures_are_added_from_text_and_kept_in_order()
    {
        var report = FilledReport();

        Assert.Equal(["Số bài viết đăng tải", "Số người được hướng dẫn"], report.Figures.Select(f => f.Name));
        Assert.Equal([12m, 350m], report.Figures.Select(f => f.Value));
        Assert.Equal(["bài", "người"], report.Figures.Select(f => f.UnitOfMeasure));
        Assert.Equal([1, 2], report.Figures.Select(f => f.SortOrder));
    }

    [Fact]
    public void A_figure_that_is_not_a_number_is_refused_and_nothing_is_stored()
    {
        var report = NewReport();

        var ex = Assert.Throws<DomainException>(() => report.AddFigure("Số bài viết đăng tải", "mười hai bài"));
        Assert.Equal("Số bài viết đăng tải: \"mười hai bài\" không phải là số.", ex.Message);
        Assert.Empty(report.Figures);
    }

    [Fact]
    public void The_same_figure_cannot_be_entered_twice_even_written_differently()
    {
        var report = FilledReport();

        var ex = Assert.Throws<DomainException>(() => report.AddFigure("so bai viet dang tai", "3 bài"));
        Assert.Contains("đã có trong báo cáo", ex.Message);
        Assert.Throws<DomainException>(() => report.ReplaceFigures(
            [new ReportFigure("Số hộ dân", 5, "hộ"), new ReportFigure("Số hộ dân ", 6, "hộ")]));
        Assert.Equal(2, report.Figures.Count);
    }

    // ---- period ----

    [Fact]
    public void A_period_inside_the_window_is_kept()
    {
        var report = NewReport();
        report.SetPeriod(D(1, 10, 2024), D(10, 10, 2024), DxDayWindow);

        Assert.Equal(D(1, 10, 2024), report.PeriodFrom);
        Assert.Equal(D(10, 10, 2024), report.PeriodTo);
    }

    [Fact]
    public void A_period_outside_the_plan_is_refused()
    {
        var report = NewReport();

        var ex = Assert.Throws<DomainException>(() => report.SetPeriod(D(1, 11, 2024), D(30, 11, 2024), DxDayWindow));
        Assert.Equal("Kỳ báo cáo 01/11/2024–30/11/2024 nằm ngoài thời gian của kế hoạch (15/09/2024–31/10/2024).", ex.Message);
        Assert.Throws<DomainException>(() => report.SetPeriod(D(1, 9, 2024), D(20, 9, 2024), DxDayWindow));
        Assert.Null(report.PeriodFrom);
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused()
    {
        var report = NewReport();

        var ex = Assert.Throws<DomainException>(() => report.SetPeriod(D(10, 10, 2024), D(1, 10, 2024), ReportingWindow.Unbounded));
        Assert.Equal("Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.", ex.Message);
    }

    [Fact]
    public void The_window_of_an_activity_comes_from_its_dates_and_the_plan_fills_what_it_lacks()
    {
        var plan = new Plan(LongAn, "Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số năm 2024", PlanKind.DxDay, 2024, Now);
        var dated = plan.AddActivity("1", "Tổ chức Lễ hưởng ứng", ActivityKind.MeetingCeremony);
        dated.Time = TimeWindow.Between(new PartialDate(2024, 9, 15), new PartialDate(2024, 10, 31));
        var undated = plan.AddActivity("2", "Tuyên truyền trên Báo Long An", ActivityKind.Communications);
        var deadline = plan.AddActivity("3", "Xây dựng kế hoạch cấp huyện", ActivityKind.Other);
        deadline.Time = TimeWindow.Before(new PartialDate(2024, 9, 15));

        Assert.Equal(new ReportingWindow(D(15, 9, 2024), D(31, 10, 2024)), ReportingWindow.Of(dated));
        Assert.Equal(new ReportingWindow(D(1, 1, 2024), D(31, 12, 2024)), ReportingWindow.Of(undated));
        // A deadline is not the end of the work: late work can still be reported until the plan's end.
        Assert.Equal(new ReportingWindow(D(1, 1, 2024), D(31, 12, 2024)), ReportingWindow.Of(deadline));
        Assert.True(ReportingWindow.Of(deadline).Contains(D(10, 9, 2024), D(20, 9, 2024)));
        Assert.False(ReportingWindow.Of(undated).Contains(D(15, 12, 2023), D(10, 1, 2024)));
    }

    [Fact]
    public void The_plan_window_widens_to_an_earlier_issue_date_and_to_activities_reaching_past_its_year()
    {
        var plan = new Plan(LongAn, "Kế hoạch tuyên truyền chuyển đổi số năm 2024", PlanKind.Communications, 2024, Now)
        {
            IssuedOn = new PartialDate(2023, 12, 20),
        };
        var a = plan.AddActivity("1", "Tổng kết", ActivityKind.Conference);
        a.Time = TimeWindow.On(new PartialDate(2025, 1));

        Assert.Equal(new ReportingWindow(D(20, 12, 2023), D(31, 1, 2025)), ReportingWindow.Of(plan));
    }

    // ---- lifecycle and history ----

    [Fact]
    public void Submit_needs_a_period()
    {
        var report = NewReport();
        report.SetStatus(ProgressStatus.NotStarted);

        var ex = Assert.Throws<DomainException>(() => report.Submit(Officer, Now));
        Assert.Equal("Hãy chọn kỳ báo cáo (từ ngày, đến ngày).", ex.Message);
        Assert.Equal(ReportState.Draft, report.State);
    }

    [Fact]
    public void A_done_report_without_any_content_cannot_be_submitted()
    {
        var report = NewReport();
        report.SetStatus(ProgressStatus.Done);
        report.SetPeriod(D(1, 10, 2024), D(10, 10, 2024), DxDayWindow);

        var ex = Assert.Throws<DomainException>(() => report.Submit(Officer, Now));
        Assert.Contains("chưa có nội dung", ex.Message);
    }

    [Fact]
    public void Submitted_report_is_locked_and_recorded_as_version_1()
    {
        var report = FilledReport();
        report.Submit(Officer, Now);

        Assert.Equal(ReportState.Submitted, report.State);
        Assert.False(report.IsEditable);
        Assert.Equal(Now, report.SubmittedAt);
        Assert.Equal(Officer, report.SubmittedByUserId);
        var v = Assert.Single(report.Versions);
        Assert.Equal((1, ReportAction.Submitted, Officer, Now), (v.Version, v.Action, v.UserId, v.At));
        Assert.Equal(ProgressStatus.Done, v.Status);
        Assert.Equal("Số bài viết đăng tải: 12 bài\nSố người được hướng dẫn: 350 người", v.FiguresText);
        var ex = Assert.Throws<DomainException>(() => report.AddFigure("Số hộ dân", "5 hộ"));
        Assert.Equal("Báo cáo đang ở trạng thái \"Đã gửi\", không sửa được.", ex.Message);
        Assert.Throws<DomainException>(() => report.Submit(Officer, Now));
    }

    [Fact]
    public void Returning_needs_a_comment()
    {
        var report = FilledReport();
        report.Submit(Officer, Now);

        var ex = Assert.Throws<DomainException>(() => report.Return(Coordinator, "  ", Now.AddDays(1)));
        Assert.Equal("Hãy ghi ý kiến khi trả lại báo cáo.", ex.Message);
        Assert.Equal(ReportState.Submitted, report.State);
    }

    [Fact]
    public void Returned_report_is_edited_and_resubmitted_keeping_its_whole_history()
    {
        var report = FilledReport();
        var t1 = Now;
        var t2 = Now.AddDays(1);
        var t3 = Now.AddDays(2);
        var t4 = Now.AddDays(3);

        report.Submit(Officer, t1);
        report.Return(Coordinator, "Bổ sung đường dẫn các bài viết.", t2);

        Assert.Equal(ReportState.Returned, report.State);
        Assert.True(report.IsEditable);
        Assert.Equal("Bổ sung đường dẫn các bài viết.", report.ReviewComment);

        report.AddLink("https://baolongan.vn/chuyen-doi-so/bai-1", "Bài 1", t3);
        report.AddFigure("Số hộ dân được hướng dẫn", "1.200 hộ");
        report.Submit(Officer, t3);
        Assert.Null(report.ReviewComment);
        report.Approve(Coordinator, t4, "Đạt yêu cầu.");

        Assert.Equal(ReportState.Approved, report.State);
        Assert.Equal(Coordinator, report.ApprovedByUserId);
        Assert.Equal(2, report.SubmissionCount);
        Assert.Equal(
            [
                (1, ReportAction.Submitted, Officer, t1, (string?)null),
                (1, ReportAction.Returned, Coordinator, t2, "Bổ sung đường dẫn các bài viết."),
                (2, ReportAction.Submitted, Officer, t3, null),
                (2, ReportAction.Approved, Coordinator, t4, "Đạt yêu cầu."),
            ],
            report.Versions.Select(v => (v.Version, v.Action, v.UserId, v.At, v.Comment)));
        // The first submission keeps what it said; the second shows the additions.
        Assert.Equal(0, report.Versions[0].EvidenceCount);
        Assert.DoesNotContain("1.200 hộ", report.Versions[0].FiguresText);
        Assert.Equal(1, report.Versions[2].EvidenceCount);
        Assert.Contains("Số hộ dân được hướng dẫn: 1.200 hộ", report.Versions[2].FiguresText);
        Assert.Throws<DomainException>(() => report.SetNarrative("changed"));
    }

    [Fact]
    public void Only_a_submitted_report_can_be_approved()
    {
        var report = FilledReport();

        var ex = Assert.Throws<DomainException>(() => report.Approve(Coordinator, Now));
        Assert.Equal("Chỉ duyệt được báo cáo đã gửi.", ex.Message);
        report.Submit(Officer, Now);
        report.Return(Coordinator, "Thiếu minh chứng.", Now);
        Assert.Throws<DomainException>(() => report.Approve(Coordinator, Now));
        Assert.Throws<DomainException>(() => NewReport().Return(Coordinator, "x", Now));
    }

    [Fact]
    public void An_approved_report_can_be_reopened_by_a_return_and_the_approval_stays_in_history()
    {
        var report = FilledReport();
        report.Submit(Officer, Now);
        report.Approve(Coordinator, Now.AddDays(1));
        report.Return(Coordinator, "Số liệu chưa khớp với báo cáo tổng hợp.", Now.AddDays(5));

        Assert.Equal(ReportState.Returned, report.State);
        Assert.Null(report.ApprovedAt);
        Assert.Equal([ReportAction.Submitted, ReportAction.Approved, ReportAction.Returned], report.Versions.Select(v => v.Action));
    }

    [Fact]
    public void A_not_done_report_is_submitted_with_its_reason_in_the_history()
    {
        var report = NewReport();
        report.SetStatus(ProgressStatus.NotDone, "Đơn vị không được giao kinh phí");
        report.SetPeriod(D(15, 9, 2024), D(31, 10, 2024), DxDayWindow);
        report.Submit(Officer, Now);

        var v = Assert.Single(report.Versions);
        Assert.Equal(ProgressStatus.NotDone, v.Status);
        Assert.Equal("Đơn vị không được giao kinh phí", v.Reason);
        Assert.Equal(D(15, 9, 2024), v.PeriodFrom);
    }

    // ---- evidence on the report ----

    [Fact]
    public void Evidence_links_and_files_are_attached_and_the_same_link_only_once()
    {
        var report = FilledReport();
        var pdfHead = "%PDF-1.7\n%âãÏÓ\n"u8.ToArray();
        var file = EvidencePolicy.Default.Accept("Báo cáo kết quả.pdf", "application/pdf", 250_000, pdfHead);

        report.AddLink("https://baolongan.vn/bai-1", null, Now);
        report.AddFile("3f2a9c.pdf", file, "Báo cáo của đơn vị", Now);

        Assert.Equal([EvidenceKind.Link, EvidenceKind.File], report.Evidence.Select(e => e.Kind));
        var stored = report.Evidence[1];
        Assert.Equal(("3f2a9c.pdf", "Báo cáo kết quả.pdf", "application/pdf", 250_000L),
            (stored.StoredName, stored.OriginalName, stored.ContentType, stored.Size!.Value));
        Assert.Throws<DomainException>(() => report.AddLink("https://baolongan.vn/bai-1", null, Now));
        Assert.Throws<ArgumentException>(() => report.AddFile("../../etc/passwd", file, null, Now));
        report.RemoveEvidence(report.Evidence[0]);
        Assert.Single(report.Evidence);
    }
}
