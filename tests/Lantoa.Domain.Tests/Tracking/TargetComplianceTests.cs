using System.Globalization;
using Lantoa.Domain.Tracking;
using static Lantoa.Domain.Tests.Tracking.TrackingFixtures;

namespace Lantoa.Domain.Tests.Tracking;

/// <summary>
/// Targets from the Long An 2024 communications plan: the newspaper's weekly article ("Mỗi tuần đăng tải ít nhất 1
/// bài viết", tháng 02/2024 đến tháng 12/2024), the portal's two posts a month, the share of primary schools reached.
/// </summary>
public class TargetComplianceTests
{
    private static readonly DateTimeOffset Now = At(D(1, 2, 2024));
    private static readonly DateOnly FarFuture = D(1, 1, 2030);

    private static Target Weekly(DateOnly from, DateOnly to, decimal atLeast = 1) =>
        new(LongAn, planId: 2, assignmentId: 20, unitId: 11, "bài viết", atLeast, TargetPeriodKind.Week, TargetComparison.AtLeast, from, to);

    /// <summary>The newspaper: at least one article a week from February to December 2024.</summary>
    private static Target Newspaper() => Weekly(D(1, 2, 2024), D(31, 12, 2024));

    /// <summary>The portal: at least two posts a month, "Quý I đến Quý IV".</summary>
    private static Target Portal() =>
        new(LongAn, 2, 21, 30, "bài viết", 2, TargetPeriodKind.Month, TargetComparison.AtLeast, D(1, 1, 2024), D(31, 12, 2024));

    /// <summary>100% of the 120 primary schools reached over the whole plan.</summary>
    private static Target Schools()
    {
        var t = new Target(LongAn, 2, 22, 4, "trường tiểu học được tuyên truyền", 100, TargetPeriodKind.WholePlan,
            TargetComparison.AtLeast, D(1, 1, 2024), D(31, 12, 2024));
        t.SetDenominator(120);
        return t;
    }

    private static TargetEntry Entry(Target t, string key, decimal value, DateOnly? today = null) =>
        t.Record(key, value, null, userId: 7, today ?? FarFuture, Now);

    /// <summary>One article entered for every week of the target's window.</summary>
    private static List<TargetEntry> EveryWeek(Target t) => t.Periods().Select(p => Entry(t, p.Key, 1)).ToList();

    // ---- ISO weeks across whole years ----

    [Theory]
    [InlineData(2020, 53)]
    [InlineData(2024, 52)]
    [InlineData(2025, 52)]
    [InlineData(2026, 53)]
    public void An_ISO_year_has_52_or_53_weekly_rows(int year, int weeks)
    {
        var t = Weekly(DateOnly.FromDateTime(ISOWeek.GetYearStart(year)), DateOnly.FromDateTime(ISOWeek.GetYearEnd(year)));

        var report = TargetCompliance.Compute(t, EveryWeek(t), FarFuture);

        Assert.Equal(weeks, report.Rows.Count);
        Assert.Equal($"{year}-W01", report.Rows[0].Key);
        Assert.Equal($"{year}-W{weeks}", report.Rows[^1].Key);
        Assert.All(report.Rows, r => Assert.False(r.IsPartial));
        Assert.All(report.Rows, r => Assert.Equal(ComplianceOutcome.Met, r.Outcome));
        Assert.Equal(100m, report.Rate);
    }

    [Fact]
    public void Week_1_of_2025_starts_on_Monday_30_December_2024()
    {
        var week = TargetPeriod.Containing(TargetPeriodKind.Week, D(31, 12, 2024));

        Assert.Equal(("2025-W01", D(30, 12, 2024), D(5, 1, 2025)), (week.Key, week.FirstDay, week.LastDay));
        Assert.Equal("Tuần 1/2025 (30/12–05/01)", week.Label);
        Assert.Equal("2020-W53", TargetPeriod.Containing(TargetPeriodKind.Week, D(1, 1, 2021)).Key);
        Assert.Equal("2026-W53", TargetPeriod.Containing(TargetPeriodKind.Week, D(31, 12, 2026)).Key);
    }

    [Fact]
    public void A_calendar_year_window_cuts_the_ISO_weeks_at_both_ends()
    {
        var t = Weekly(D(1, 1, 2025), D(31, 12, 2025));

        var rows = TargetCompliance.Compute(t, EveryWeek(t), FarFuture).Rows;

        Assert.Equal(53, rows.Count);
        Assert.Equal(("2025-W01", D(1, 1, 2025), D(5, 1, 2025), true), (rows[0].Key, rows[0].From, rows[0].To, rows[0].IsPartial));
        Assert.Equal(("2026-W01", D(29, 12, 2025), D(31, 12, 2025), true), (rows[^1].Key, rows[^1].From, rows[^1].To, rows[^1].IsPartial));
        Assert.Equal("Tuần 1/2026 (29/12–04/01)", rows[^1].Label);
        Assert.Equal(51, rows.Count(r => !r.IsPartial));
    }

    [Fact]
    public void A_whole_year_of_weekly_articles_with_missed_weeks_gives_the_rate_of_weeks_met()
    {
        var t = Weekly(D(1, 1, 2024), D(31, 12, 2024));
        // Missed: the Tết weeks (W06, W07) and the last partial week (2025-W01, 30–31/12).
        var entries = EveryWeek(t).Where(e => e.PeriodKey is not ("2024-W06" or "2024-W07" or "2025-W01")).ToList();
        entries.Add(Entry(t, "2024-W10", 2)); // a second article in week 10 adds up

        var report = TargetCompliance.Compute(t, entries, D(15, 1, 2025));

        Assert.Equal(53, report.Rows.Count);
        Assert.Equal((50, 3, 0), (report.Met, report.NotMet, report.InProgress));
        Assert.Equal(94.3m, report.Rate);
        Assert.Equal("Đạt 50/53 kỳ (94,3%)", report.Summary);
        Assert.Equal(3m, report.Rows.Single(r => r.Key == "2024-W10").Value);
        Assert.Equal(["2024-W06", "2024-W07", "2025-W01"], report.Rows.Where(r => r.Outcome == ComplianceOutcome.NotMet).Select(r => r.Key));
    }

    // ---- the newspaper: a week spanning two months, the current week ----

    [Fact]
    public void The_first_week_of_February_is_the_ISO_week_spanning_January_and_February()
    {
        var t = Newspaper();

        var first = t.Periods()[0];

        Assert.Equal(("2024-W05", D(29, 1, 2024), D(4, 2, 2024)), (first.Key, first.FirstDay, first.LastDay));
        Assert.Equal("Tuần 5/2024 (29/01–04/02)", first.Label);
        Assert.Equal("2024-W05", t.PeriodContaining(D(2, 2, 2024)).Key);
        Assert.Equal(49, t.Periods().Count); // W05 … W52, and 2025-W01 for 30–31/12
    }

    [Fact]
    public void Weekly_compliance_as_of_a_Wednesday_shows_the_current_week_in_progress()
    {
        var t = Newspaper();
        var today = D(14, 2, 2024); // Wednesday of week 7
        List<TargetEntry> entries = [Entry(t, "2024-W05", 1, today)]; // nothing in week 6 (Tết)

        var report = TargetCompliance.Compute(t, entries, today);

        Assert.Equal(
            [
                ("Tuần 5/2024 (29/01–04/02)", true, 1m, ComplianceOutcome.Met, "Đạt"),
                ("Tuần 6/2024 (05/02–11/02)", false, 0m, ComplianceOutcome.NotMet, "Không đạt"),
                ("Tuần 7/2024 (12/02–18/02)", false, 0m, ComplianceOutcome.InProgress, "Đang diễn ra"),
            ],
            report.Rows.Select(r => (r.Label, r.IsPartial, r.Value, r.Outcome, r.OutcomeText)));
        Assert.Equal(50m, report.Rate);

        // An article published this week settles it at once.
        entries.Add(Entry(t, "2024-W07", 1, today));
        Assert.Equal(ComplianceOutcome.Met, TargetCompliance.Compute(t, entries, today).Rows[^1].Outcome);
    }

    [Fact]
    public void The_last_day_of_a_week_is_still_in_progress_and_the_day_after_settles_it()
    {
        var t = Newspaper();

        Assert.Equal(ComplianceOutcome.InProgress, TargetCompliance.Compute(t, [], D(4, 2, 2024)).Rows[^1].Outcome);
        Assert.Equal(ComplianceOutcome.NotMet, TargetCompliance.Compute(t, [], D(5, 2, 2024)).Rows[0].Outcome);
    }

    [Fact]
    public void Before_the_window_starts_there_are_no_rows_and_no_rate()
    {
        var report = TargetCompliance.Compute(Newspaper(), [], D(31, 1, 2024));

        Assert.Empty(report.Rows);
        Assert.Null(report.Rate);
        Assert.Equal("Chưa có kỳ nào kết thúc", report.Summary);
    }

    // ---- a plan starting mid-week ----

    [Fact]
    public void A_plan_starting_on_a_Wednesday_has_a_partial_first_week_that_counts_in_full()
    {
        var t = Weekly(D(14, 2, 2024), D(31, 12, 2024));
        var today = D(20, 2, 2024);

        var missed = TargetCompliance.Compute(t, [], today).Rows[0];
        var published = TargetCompliance.Compute(t, [Entry(t, "2024-W07", 1, today)], today).Rows[0];

        Assert.Equal(("2024-W07", D(14, 2, 2024), D(18, 2, 2024), true), (missed.Key, missed.From, missed.To, missed.IsPartial));
        Assert.Equal(ComplianceOutcome.NotMet, missed.Outcome);
        Assert.Equal(ComplianceOutcome.Met, published.Outcome);
        Assert.Equal(2, TargetCompliance.Compute(t, [], today).Rows.Count);
    }

    // ---- entries ----

    [Fact]
    public void Entries_must_name_a_period_of_the_target_kind_inside_its_window()
    {
        var t = Newspaper();

        Assert.Equal("Kỳ \"2024-03\" không hợp lệ cho chỉ tiêu tính theo tuần.",
            Assert.Throws<DomainException>(() => Entry(t, "2024-03", 1)).Message);
        Assert.Equal("Tuần 4/2024 (22/01–28/01) nằm ngoài thời gian áp dụng chỉ tiêu (01/02/2024–31/12/2024).",
            Assert.Throws<DomainException>(() => Entry(t, "2024-W04", 1)).Message);
        Assert.Throws<DomainException>(() => Entry(t, "2024-W53", 1)); // 2024 has 52 ISO weeks
        Assert.Equal("Kết quả \"bài viết\" không được âm.", Assert.Throws<DomainException>(() => Entry(t, "2024-W10", -1)).Message);
        Assert.Equal("2024-W09", Entry(t, "2024-w9", 1).PeriodKey);
    }

    [Fact]
    public void An_entry_for_a_period_that_has_not_begun_is_refused()
    {
        var t = Newspaper();

        var ex = Assert.Throws<DomainException>(() => Entry(t, "2024-W08", 1, today: D(14, 2, 2024)));
        Assert.Equal("Tuần 8/2024 (19/02–25/02) chưa bắt đầu, chưa nhập kết quả được.", ex.Message);
    }

    [Fact]
    public void Entries_of_another_target_are_not_counted()
    {
        var newspaper = WithId(Newspaper(), 1);
        var television = WithId(Newspaper(), 2);
        var other = Entry(television, "2024-W05", 1);

        var row = TargetCompliance.Compute(newspaper, [other], D(10, 2, 2024)).Rows[0];

        Assert.Equal((0m, ComplianceOutcome.NotMet), (row.Value, row.Outcome));
    }

    [Fact]
    public void A_corrected_entry_counts_with_its_new_value()
    {
        var t = Newspaper();
        var entry = Entry(t, "2024-W05", 0);
        entry.Correct(t, 2, "Bổ sung bài ngày 02/02/2024", Now);

        var row = TargetCompliance.Compute(t, [entry], D(10, 2, 2024)).Rows[0];

        Assert.Equal((2m, ComplianceOutcome.Met), (row.Value, row.Outcome));
        Assert.Equal("Bổ sung bài ngày 02/02/2024", entry.Note);
    }

    // ---- monthly and quarterly ----

    [Fact]
    public void The_portal_two_posts_a_month()
    {
        var t = Portal();
        var today = D(15, 3, 2024);
        TargetEntry[] entries = [Entry(t, "2024-01", 1, today), Entry(t, "2024-01", 2, today), Entry(t, "2024-02", 1, today)];

        var report = TargetCompliance.Compute(t, entries, today);

        Assert.Equal(
            [
                ("2024-01", "Tháng 1/2024", 3m, ComplianceOutcome.Met),
                ("2024-02", "Tháng 2/2024", 1m, ComplianceOutcome.NotMet),
                ("2024-03", "Tháng 3/2024", 0m, ComplianceOutcome.InProgress),
            ],
            report.Rows.Select(r => (r.Key, r.Label, r.Value, r.Outcome)));
        Assert.Equal("Đạt 1/2 kỳ (50%)", report.Summary);
        Assert.Equal("Ít nhất 2 bài viết mỗi tháng", t.Describe());
    }

    [Fact]
    public void Quarterly_rows_are_labelled_with_roman_quarters()
    {
        var t = new Target(LongAn, 2, 23, 3, "hội nghị tập huấn", 1, TargetPeriodKind.Quarter, TargetComparison.AtLeast,
            D(1, 1, 2024), D(31, 12, 2024));
        TargetEntry[] entries = [Entry(t, "2024-Q1", 1), Entry(t, "2024-Q3", 2)];

        var report = TargetCompliance.Compute(t, entries, D(1, 10, 2024));

        Assert.Equal(
            [
                ("Quý I/2024", ComplianceOutcome.Met),
                ("Quý II/2024", ComplianceOutcome.NotMet),
                ("Quý III/2024", ComplianceOutcome.Met),
                ("Quý IV/2024", ComplianceOutcome.InProgress),
            ],
            report.Rows.Select(r => (r.Label, r.Outcome)));
        Assert.Equal(66.7m, report.Rate);
    }

    [Fact]
    public void At_most_and_exact_targets_are_settled_early_only_when_overshot()
    {
        var atMost = new Target(LongAn, 2, 24, 3, "sự cố mất an toàn thông tin", 2, TargetPeriodKind.Month, TargetComparison.AtMost,
            D(1, 1, 2024), D(31, 12, 2024));
        var exactly = new Target(LongAn, 2, 25, 3, "buổi phát sóng", 4, TargetPeriodKind.Month, TargetComparison.Exactly,
            D(1, 1, 2024), D(31, 12, 2024));
        var midJanuary = D(15, 1, 2024);

        Assert.Equal(ComplianceOutcome.InProgress, TargetCompliance.Compute(atMost, [Entry(atMost, "2024-01", 2)], midJanuary).Rows[0].Outcome);
        Assert.Equal(ComplianceOutcome.NotMet, TargetCompliance.Compute(atMost, [Entry(atMost, "2024-01", 3)], midJanuary).Rows[0].Outcome);
        Assert.Equal(ComplianceOutcome.Met, TargetCompliance.Compute(atMost, [Entry(atMost, "2024-01", 2)], D(1, 2, 2024)).Rows[0].Outcome);
        Assert.Equal(ComplianceOutcome.InProgress, TargetCompliance.Compute(exactly, [Entry(exactly, "2024-01", 4)], midJanuary).Rows[0].Outcome);
        Assert.Equal(ComplianceOutcome.Met, TargetCompliance.Compute(exactly, [Entry(exactly, "2024-01", 4)], D(1, 2, 2024)).Rows[0].Outcome);
        Assert.Equal(ComplianceOutcome.NotMet, TargetCompliance.Compute(exactly, [Entry(exactly, "2024-01", 5)], midJanuary).Rows[0].Outcome);
    }

    // ---- percentage target ----

    [Fact]
    public void The_share_of_primary_schools_reached_is_met_at_100_percent_of_120()
    {
        var t = Schools();
        List<TargetEntry> entries = [Entry(t, "ALL", 60), Entry(t, "ALL", 59)];

        var during = TargetCompliance.Compute(t, entries, D(31, 12, 2024)).Rows.Single();
        var after = TargetCompliance.Compute(t, entries, D(1, 1, 2025));

        Assert.Equal(("Cả kỳ (01/01/2024–31/12/2024)", 119m, 99.17m, ComplianceOutcome.InProgress),
            (during.Label, during.Value, during.Rate, during.Outcome));
        Assert.Equal(ComplianceOutcome.NotMet, after.Rows.Single().Outcome);
        Assert.Equal(0m, after.Rate);

        entries.Add(Entry(t, "ALL", 1));
        var reached = TargetCompliance.Compute(t, entries, D(1, 12, 2024)).Rows.Single();
        Assert.Equal((120m, 100m, ComplianceOutcome.Met), (reached.Value, reached.Rate, reached.Outcome));
        Assert.Equal("Ít nhất 100% trường tiểu học được tuyên truyền (trên tổng số 120) trong cả kỳ", t.Describe());
    }

    [Fact]
    public void A_percentage_entry_cannot_exceed_the_denominator_and_the_target_cannot_exceed_100_percent()
    {
        var t = Schools();

        Assert.Equal("Kết quả 121 vượt quá tổng số 120 trường tiểu học được tuyên truyền.",
            Assert.Throws<DomainException>(() => Entry(t, "ALL", 121)).Message);
        Assert.Equal("Chỉ tiêu tỷ lệ không được quá 100%.",
            Assert.Throws<DomainException>(() => t.SetGoal(120, TargetComparison.AtLeast)).Message);
        Assert.Throws<DomainException>(() => t.SetDenominator(0));
    }

    [Fact]
    public void A_cumulative_percentage_target_measures_each_quarter_by_everything_reached_so_far()
    {
        var t = new Target(LongAn, 2, 22, 4, "trường tiểu học được tuyên truyền", 50, TargetPeriodKind.Quarter,
            TargetComparison.AtLeast, D(1, 1, 2024), D(31, 12, 2024));
        t.SetDenominator(120);
        t.SetCumulative(true);
        TargetEntry[] entries = [Entry(t, "2024-Q1", 30), Entry(t, "2024-Q2", 40), Entry(t, "2024-Q3", 50)];

        var rows = TargetCompliance.Compute(t, entries, D(1, 10, 2024)).Rows;

        Assert.Equal([30m, 70m, 120m, 120m], rows.Select(r => r.Value));
        Assert.Equal([25m, 58.33m, 100m, 100m], rows.Select(r => r.Rate!.Value));
        Assert.Equal([ComplianceOutcome.NotMet, ComplianceOutcome.Met, ComplianceOutcome.Met, ComplianceOutcome.Met],
            rows.Select(r => r.Outcome));
    }

    // ---- keys ----

    [Theory]
    [InlineData(TargetPeriodKind.Week, "2024-W07", "Tuần 7/2024 (12/02–18/02)")]
    [InlineData(TargetPeriodKind.Week, "2020-W53", "Tuần 53/2020 (28/12–03/01)")]
    [InlineData(TargetPeriodKind.Month, "2024-03", "Tháng 3/2024")]
    [InlineData(TargetPeriodKind.Quarter, "2024-Q1", "Quý I/2024")]
    [InlineData(TargetPeriodKind.Quarter, "2024-Q4", "Quý IV/2024")]
    public void Keys_read_back_to_their_periods(TargetPeriodKind kind, string key, string label)
    {
        Assert.True(TargetPeriod.TryParse(kind, key, D(1, 1, 2024), D(31, 12, 2024), out var period));
        Assert.Equal((key, label), (period.Key, period.Label));
    }

    [Theory]
    [InlineData(TargetPeriodKind.Week, "2024-W00")]
    [InlineData(TargetPeriodKind.Week, "2024-W53")]
    [InlineData(TargetPeriodKind.Month, "2024-13")]
    [InlineData(TargetPeriodKind.Month, "03/2024")]
    [InlineData(TargetPeriodKind.Quarter, "2024-Q5")]
    [InlineData(TargetPeriodKind.WholePlan, "2024")]
    public void Malformed_keys_are_refused(TargetPeriodKind kind, string key)
    {
        Assert.False(TargetPeriod.TryParse(kind, key, D(1, 1, 2024), D(31, 12, 2024), out _));
    }
}
