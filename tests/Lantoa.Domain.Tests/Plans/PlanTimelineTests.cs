using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Tests.Plans;

/// <summary>The timeline's columns follow the plan's span: days for a campaign of days, weeks for a few months, months for a year.</summary>
public sealed class PlanTimelineTests
{
    private static TimeWindow W(string text, int year = 2024)
    {
        var parse = TimeWindowParser.Parse(text, year);
        Assert.True(parse.Understood, parse.Problem);
        return parse.Window;
    }

    private static DateOnly D(int day, int month, int year = 2024) => new(year, month, day);

    [Fact]
    public void A_ten_day_campaign_goes_by_day_with_today_and_its_deadline_marked()
    {
        // Tiền Giang's 10-day door-to-door campaign: 21/10–30/10, report by 30/10.
        TimeWindow[] windows = [W("Từ ngày 21/10/2024 đến ngày 30/10/2024"), W("Từ ngày 21/10 đến ngày 25/10/2024"), W("Trước ngày 30/10/2024")];
        var t = PlanTimeline.For(windows, 2024, [new TimelineMark(D(30, 10), "Báo cáo kết quả chiến dịch", true)], today: D(23, 10));

        Assert.Equal(TimelineScale.Day, t.Scale);
        Assert.Equal(10, t.Columns.Count);
        Assert.Equal(("21/10", "Thứ Hai, 21/10/2024"), (t.Columns[0].Label, t.Columns[0].Title));
        Assert.Equal(2, t.TodayColumn);
        Assert.Equal("on today", t.CellClass(windows[0], 2));
        Assert.Equal("", t.CellClass(windows[1], 5));
        Assert.Equal("due", t.CellClass(windows[2], 9));
        Assert.Equal("", t.CellClass(windows[2], 8));
        Assert.Equal([9], Enumerable.Range(0, 10).Where(i => t.MarksIn(i).Count > 0));
        Assert.Equal("theo ngày", t.ScaleText);
    }

    [Fact]
    public void A_plan_of_three_months_goes_by_week_from_monday()
    {
        TimeWindow[] windows = [W("Từ ngày 02/09/2024 đến ngày 10/10/2024"), W("Tháng 11/2024")];
        var t = PlanTimeline.For(windows, 2024, [], today: D(10, 10));

        Assert.Equal(TimelineScale.Week, t.Scale);
        Assert.Equal(DayOfWeek.Monday, t.Columns[0].First.DayOfWeek);
        Assert.Equal(D(2, 9), t.Columns[0].First);
        Assert.True(t.Columns[^1].Contains(D(30, 11)));
        Assert.All(t.Columns, c => Assert.Equal(6, c.Last.DayNumber - c.First.DayNumber));
        Assert.Equal("Tuần từ 07/10/2024 đến 13/10/2024", t.Columns[t.TodayColumn!.Value].Title);
        // The September window touches the week of 07/10 (it ends on Thursday 10/10) but not the week after.
        Assert.StartsWith("on", t.CellClass(windows[0], 5));
        Assert.Equal("", t.CellClass(windows[0], 6));
    }

    [Fact]
    public void A_year_long_plan_goes_by_month_and_today_outside_the_span_marks_nothing()
    {
        TimeWindow[] windows = [W("Năm 2025", 2025), W("Quý III/2025", 2025), new TimeWindow { Ongoing = true }];
        var t = PlanTimeline.For(windows, 2025, [new TimelineMark(D(15, 12, 2025), "Tổng kết", false)], today: D(2, 12, 2026));

        Assert.Equal(TimelineScale.Month, t.Scale);
        Assert.Equal(12, t.Columns.Count);
        Assert.Equal("07/25", t.Columns[6].Label);
        Assert.Null(t.TodayColumn);
        Assert.Equal([6, 7, 8], Enumerable.Range(0, 12).Where(i => t.CellClass(windows[1], i) == "on"));
        Assert.Equal("ongoing", t.CellClass(windows[2], 0));
        Assert.Single(t.MarksIn(11));
    }

    [Fact]
    public void A_misread_date_years_before_the_plan_does_not_stretch_it_and_undated_plans_show_their_year()
    {
        TimeWindow[] windows = [W("Ngày 10/10/2024"), W("Ngày 01/01/2019", 2019)];
        var t = PlanTimeline.For(windows, 2024, [], today: D(10, 10));
        Assert.Equal(TimelineScale.Day, t.Scale);
        Assert.Single(t.Columns);

        var undated = PlanTimeline.For([new TimeWindow { Recurrence = Recurrence.Monthly }], 2024, [], today: D(10, 10));
        Assert.Equal(TimelineScale.Month, undated.Scale);
        Assert.Equal((D(1, 1), D(31, 12)), (undated.Columns[0].First, undated.Columns[^1].Last));
    }

    [Fact]
    public void Spans_at_the_limits_switch_scale_where_stated()
    {
        var month = PlanTimeline.For([W("Từ ngày 01/10/2024 đến ngày 31/10/2024")], 2024, [], D(1, 10));
        var longer = PlanTimeline.For([W("Từ ngày 01/10/2024 đến ngày 01/11/2024")], 2024, [], D(1, 10));
        Assert.Equal((TimelineScale.Day, 31), (month.Scale, month.Columns.Count));
        Assert.Equal(TimelineScale.Week, longer.Scale);
        var twoYears = PlanTimeline.For([W("Từ tháng 01/2024 đến tháng 12/2026")], 2024, [], D(1, 10));
        Assert.Equal((TimelineScale.Month, PlanTimeline.MaxMonths), (twoYears.Scale, twoYears.Columns.Count));
    }
}
