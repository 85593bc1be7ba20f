using Lantoa.Domain.Dates;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Tests.Plans;

public class TimeWindowTests
{
    private static DateOnly Day(int month, int day) => new(2024, month, day);

    private static readonly TimeWindow Campaign = TimeWindow.Between(new PartialDate(2024, 9, 15), new PartialDate(2024, 10, 31));

    [Theory]
    [InlineData(9, 14, WindowState.NotStarted)]
    [InlineData(9, 15, WindowState.InProgress)]
    [InlineData(10, 31, WindowState.InProgress)]
    [InlineData(11, 1, WindowState.Finished)]
    public void Day_range_states(int month, int day, WindowState state) => Assert.Equal(state, Campaign.StateOn(Day(month, day)));

    [Fact]
    public void Day_range_bounds()
    {
        Assert.Equal(Day(9, 15), Campaign.FirstDay);
        Assert.Equal(Day(10, 31), Campaign.LastDay);
    }

    [Theory]
    [InlineData(9, 1, 9, 14, false)]
    [InlineData(9, 1, 9, 15, true)]
    [InlineData(10, 31, 11, 30, true)]
    [InlineData(11, 1, 11, 30, false)]
    [InlineData(10, 1, 10, 10, true)]
    public void Day_range_overlaps(int fromMonth, int fromDay, int toMonth, int toDay, bool overlaps) =>
        Assert.Equal(overlaps, Campaign.Overlaps(Day(fromMonth, fromDay), Day(toMonth, toDay)));

    [Fact]
    public void Month_and_quarter_windows_cover_whole_periods()
    {
        var october = TimeWindow.On(new PartialDate(2024, 10));
        Assert.Equal(Day(10, 1), october.FirstDay);
        Assert.Equal(Day(10, 31), october.LastDay);
        Assert.Equal(WindowState.NotStarted, october.StateOn(Day(9, 30)));
        Assert.Equal(WindowState.InProgress, october.StateOn(Day(10, 31)));
        Assert.Equal(WindowState.Finished, october.StateOn(Day(11, 1)));

        var year = TimeWindow.Between(new PartialDate(2024, quarter: 1), new PartialDate(2024, quarter: 4));
        Assert.Equal(Day(1, 1), year.FirstDay);
        Assert.Equal(Day(12, 31), year.LastDay);
    }

    [Fact]
    public void Deadline_only()
    {
        var deadline = TimeWindow.Before(new PartialDate(2024, 9, 15));
        Assert.Null(deadline.FirstDay);
        Assert.Equal(Day(9, 15), deadline.LastDay);
        Assert.Equal(WindowState.InProgress, deadline.StateOn(Day(1, 1)));
        Assert.Equal(WindowState.InProgress, deadline.StateOn(Day(9, 15)));
        Assert.Equal(WindowState.Finished, deadline.StateOn(Day(9, 16)));
        Assert.True(deadline.Overlaps(Day(1, 1), Day(1, 31)));
        Assert.False(deadline.Overlaps(Day(9, 16), Day(9, 30)));
        Assert.Equal("Trước ngày 15/09/2024", deadline.ToDisplay());
    }

    [Fact]
    public void Ongoing_without_dates_is_always_in_progress()
    {
        var ongoing = new TimeWindow { Ongoing = true };
        Assert.Null(ongoing.FirstDay);
        Assert.Null(ongoing.LastDay);
        Assert.Equal(WindowState.InProgress, ongoing.StateOn(Day(6, 1)));
        Assert.True(ongoing.Overlaps(Day(6, 1), Day(6, 30)));
        Assert.Equal("Thường xuyên", ongoing.ToDisplay());
    }

    [Fact]
    public void Ongoing_from_a_start_has_no_last_day()
    {
        var fromAugust = new TimeWindow { Start = new PartialDate(2024, 8), Ongoing = true };
        Assert.Equal(Day(8, 1), fromAugust.FirstDay);
        Assert.Null(fromAugust.LastDay);
        Assert.Equal(WindowState.NotStarted, fromAugust.StateOn(Day(7, 31)));
        Assert.Equal(WindowState.InProgress, fromAugust.StateOn(new DateOnly(2026, 1, 1)));
        Assert.True(fromAugust.Overlaps(new DateOnly(2030, 1, 1), new DateOnly(2030, 1, 31)));
        Assert.Equal("Từ 08/2024", fromAugust.ToDisplay());
    }

    [Fact]
    public void Ongoing_over_the_plan_year_finishes_with_it()
    {
        var year = new TimeWindow { Start = new PartialDate(2024), End = new PartialDate(2024), Ongoing = true };
        Assert.Equal(WindowState.NotStarted, year.StateOn(new DateOnly(2023, 12, 31)));
        Assert.Equal(WindowState.InProgress, year.StateOn(Day(1, 1)));
        Assert.Equal(WindowState.InProgress, year.StateOn(Day(12, 31)));
        Assert.Equal(WindowState.Finished, year.StateOn(new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void Recurring_without_dates_is_always_in_progress()
    {
        var weekly = new TimeWindow { Recurrence = Recurrence.Weekly };
        Assert.False(weekly.IsEmpty);
        Assert.Equal(WindowState.InProgress, weekly.StateOn(Day(3, 1)));
        Assert.True(weekly.Overlaps(Day(3, 1), Day(3, 7)));
        Assert.Equal("Hàng tuần", weekly.ToDisplay());
    }

    [Fact]
    public void Empty_window_is_undated()
    {
        Assert.True(TimeWindow.Empty.IsEmpty);
        Assert.Equal(WindowState.Undated, TimeWindow.Empty.StateOn(Day(1, 1)));
        Assert.False(TimeWindow.Empty.Overlaps(Day(1, 1), Day(12, 31)));
        Assert.Equal("Chưa xác định", TimeWindow.Empty.ToDisplay());
    }

    [Fact]
    public void Single_day_window()
    {
        var day = TimeWindow.On(new PartialDate(2024, 10, 10));
        Assert.Equal(WindowState.NotStarted, day.StateOn(Day(10, 9)));
        Assert.Equal(WindowState.InProgress, day.StateOn(Day(10, 10)));
        Assert.Equal(WindowState.Finished, day.StateOn(Day(10, 11)));
        Assert.Equal("10/10/2024", day.ToDisplay());
    }
}
