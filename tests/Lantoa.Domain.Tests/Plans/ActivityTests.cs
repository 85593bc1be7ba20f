using Lantoa.Domain.Dates;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Tests.Plans;

public class ActivityTests
{
    private static readonly DateTimeOffset Now = new(2024, 9, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private static Plan NewPlan(int year = 2024) => new(1, "Kế hoạch Ngày Chuyển đổi số", PlanKind.DxDay, year, Now);

    private static Activity NewActivity(Plan? plan = null) =>
        (plan ?? NewPlan()).AddActivity("1", "Tổ chức Hội nghị hưởng ứng Ngày Chuyển đổi số", ActivityKind.Conference);

    // ---- time window round trip through the flat storage ----

    public static TheoryData<string, TimeWindow> Shapes() => new()
    {
        { "empty", TimeWindow.Empty },
        { "one day", TimeWindow.On(new PartialDate(2024, 10, 10), "Ngày 10/10/2024") },
        { "day range", TimeWindow.Between(new PartialDate(2024, 9, 15), new PartialDate(2024, 10, 31), "Từ ngày 15/9/2024 đến ngày 31/10/2024") },
        { "month", TimeWindow.On(new PartialDate(2024, 10), "tháng 10/2024") },
        { "month to day", TimeWindow.Between(new PartialDate(2024, 8), new PartialDate(2024, 10, 10), "từ tháng 8/2024 đến ngày 10/10/2024") },
        { "quarters", TimeWindow.Between(new PartialDate(2024, quarter: 1), new PartialDate(2024, quarter: 4), "Quý I đến Quý IV") },
        { "one quarter", TimeWindow.On(new PartialDate(2025, quarter: 3)) },
        { "year", TimeWindow.On(new PartialDate(2024), "Năm 2024") },
        { "leap day", TimeWindow.On(new PartialDate(2024, 2, 29)) },
        {
            "tentative",
            TimeWindow.Between(new PartialDate(2024, 10, 9), new PartialDate(2024, 10, 10), "Dự kiến ngày 09-10/10/2024") with { Tentative = true }
        },
        { "weekly", new TimeWindow { Recurrence = Recurrence.Weekly, Text = "Hàng tuần" } },
        { "monthly within a year", TimeWindow.On(new PartialDate(2024)) with { Recurrence = Recurrence.Monthly } },
        { "quarterly", new TimeWindow { Recurrence = Recurrence.Quarterly } },
        { "yearly", new TimeWindow { Recurrence = Recurrence.Yearly } },
        { "ongoing", new TimeWindow { Ongoing = true, Text = "Thường xuyên" } },
        { "ongoing from a month", new TimeWindow { Start = new PartialDate(2024, 8), Ongoing = true, Text = "Từ tháng 8/2024" } },
        { "deadline only", TimeWindow.Before(new PartialDate(2024, 9, 15), "trước ngày 15/9/2024") },
        { "deadline month", TimeWindow.Before(new PartialDate(2024, 12)) with { Tentative = true } },
        { "text only", new TimeWindow { Text = "Sau khi có kinh phí" } },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Time_round_trips_every_shape(string shape, TimeWindow window)
    {
        var activity = NewActivity();

        activity.Time = window;
        var back = activity.Time;

        Assert.True(window == back, $"{shape}: {window} became {back}");
        Assert.Equal(window.Start, back.Start);
        Assert.Equal(window.End, back.End);
        Assert.Equal(window.Start?.Precision, back.Start?.Precision);
        Assert.Equal(window.End?.Precision, back.End?.Precision);
        Assert.Equal(window.Tentative, back.Tentative);
        Assert.Equal(window.Recurrence, back.Recurrence);
        Assert.Equal(window.Ongoing, back.Ongoing);
        Assert.Equal(window.DeadlineOnly, back.DeadlineOnly);
        Assert.Equal(window.Text, back.Text);
        Assert.Equal(window.FirstDay, back.FirstDay);
        Assert.Equal(window.LastDay, back.LastDay);
        Assert.Equal(window.ToDisplay(), back.ToDisplay());
    }

    [Fact]
    public void Time_of_a_new_activity_is_empty()
    {
        var time = NewActivity().Time;

        Assert.True(time.IsEmpty);
        Assert.Equal(TimeWindow.Empty, time);
    }

    [Fact]
    public void Time_can_be_replaced_by_a_smaller_window()
    {
        var activity = NewActivity();
        activity.Time = TimeWindow.Between(new PartialDate(2024, 9, 15), new PartialDate(2024, 10, 31), "x") with
        {
            Tentative = true, Ongoing = true, Recurrence = Recurrence.Weekly,
        };

        activity.Time = TimeWindow.Before(new PartialDate(2024, 9, 15));

        Assert.Equal(TimeWindow.Before(new PartialDate(2024, 9, 15)), activity.Time);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_time_text_is_stored_as_null(string text)
    {
        var activity = NewActivity();

        activity.Time = new TimeWindow { Ongoing = true, Text = text };

        Assert.Null(activity.Time.Text);
        Assert.True(activity.Time.Ongoing);
    }

    [Fact]
    public void Time_text_is_trimmed_and_normalised_to_NFC()
    {
        var activity = NewActivity();
        var decomposed = "Thường xuyên".Normalize(System.Text.NormalizationForm.FormD);

        activity.Time = new TimeWindow { Ongoing = true, Text = "  " + decomposed + "  " };

        Assert.Equal("Thường xuyên", activity.Time.Text);
    }

    [Fact]
    public void Time_keeps_duration_start_time_and_session()
    {
        var activity = NewActivity();
        var window = TimeWindow.On(new PartialDate(2023, 10, 2), "19h30, ngày 02/10/2023, buổi tối") with
        {
            DurationDays = 1,
            StartTime = new TimeOnly(19, 30),
            Session = "buổi tối",
        };

        activity.Time = window;

        Assert.Equal(1, activity.Time.DurationDays);
        Assert.Equal(new TimeOnly(19, 30), activity.Time.StartTime);
        Assert.Equal("buổi tối", activity.Time.Session);
        Assert.Equal(window, activity.Time);
    }

    [Fact]
    public void End_before_start_is_refused_and_the_old_time_kept()
    {
        var activity = NewActivity();
        var before = TimeWindow.On(new PartialDate(2024, 10, 10));
        activity.Time = before;

        var ex = Assert.Throws<DomainException>(() =>
            activity.Time = TimeWindow.Between(new PartialDate(2024, 10, 31), new PartialDate(2024, 9, 15)));

        Assert.Equal("Ngày kết thúc phải sau ngày bắt đầu.", ex.Message);
        Assert.Equal(before, activity.Time);
    }

    [Fact]
    public void End_before_start_is_compared_on_the_spans_of_partial_dates()
    {
        var activity = NewActivity();

        // September ends before October 1.
        Assert.Throws<DomainException>(() =>
            activity.Time = TimeWindow.Between(new PartialDate(2024, 10, 1), new PartialDate(2024, 9)));
        Assert.Throws<DomainException>(() =>
            activity.Time = TimeWindow.Between(new PartialDate(2024, quarter: 3), new PartialDate(2024, 6, 30)));
        Assert.Throws<DomainException>(() =>
            activity.Time = TimeWindow.Between(new PartialDate(2025), new PartialDate(2024, quarter: 4)));

        // A day inside the month that ends the window is fine; so is a one-day window.
        activity.Time = TimeWindow.Between(new PartialDate(2024, 10, 15), new PartialDate(2024, 10));
        Assert.Equal(new DateOnly(2024, 10, 31), activity.Time.LastDay);
        activity.Time = TimeWindow.Between(new PartialDate(2024, 10, 10), new PartialDate(2024, 10, 10));
        Assert.Equal(new DateOnly(2024, 10, 10), activity.Time.LastDay);
    }

    // ---- reference day ----

    [Fact]
    public void ReferenceDay_is_the_first_day_of_the_window()
    {
        var activity = NewActivity();
        activity.Time = TimeWindow.Between(new PartialDate(2024, 9), new PartialDate(2024, 10, 31));

        Assert.Equal(new DateOnly(2024, 9, 1), activity.ReferenceDay);
    }

    [Fact]
    public void ReferenceDay_of_a_deadline_is_the_deadline()
    {
        var activity = NewActivity();
        activity.Time = TimeWindow.Before(new PartialDate(2024, 9, 15));

        Assert.Equal(new DateOnly(2024, 9, 15), activity.ReferenceDay);
    }

    [Fact]
    public void ReferenceDay_falls_back_to_the_plan_issued_date()
    {
        var plan = NewPlan();
        plan.IssuedOn = new PartialDate(2024, 8, 20);
        var activity = NewActivity(plan);
        activity.Time = new TimeWindow { Ongoing = true, Text = "Thường xuyên" };

        Assert.Equal(new DateOnly(2024, 8, 20), activity.ReferenceDay);
    }

    [Fact]
    public void ReferenceDay_falls_back_to_the_plan_year_when_nothing_is_dated()
    {
        var activity = NewActivity(NewPlan(2026));
        activity.Time = new TimeWindow { Recurrence = Recurrence.Weekly };

        Assert.Equal(new DateOnly(2026, 1, 1), activity.ReferenceDay);
    }

    // ---- label, title ----

    [Theory]
    [InlineData("1.", "1")]
    [InlineData(" 2.1 ", "2.1")]
    [InlineData("a)", "a")]
    [InlineData("đ)", "đ")]
    [InlineData("", "")]
    public void Label_loses_trailing_dots_and_parentheses(string label, string expected)
    {
        var activity = NewPlan().AddActivity(label, "  Tuyên truyền  ", ActivityKind.Communications);

        Assert.Equal(expected, activity.Label);
        Assert.Equal("Tuyên truyền", activity.Title);
    }

    [Fact]
    public void Blank_title_is_refused()
    {
        var plan = NewPlan();

        var ex = Assert.Throws<DomainException>(() => plan.AddActivity("1", " ", ActivityKind.Other));
        Assert.Equal("Tên hoạt động không được để trống.", ex.Message);
        Assert.Empty(plan.Activities);

        var activity = NewActivity(plan);
        Assert.Throws<DomainException>(() => activity.SetLabelAndTitle("2", ""));
        Assert.Equal("1", activity.Label);
        Assert.Equal("Tổ chức Hội nghị hưởng ứng Ngày Chuyển đổi số", activity.Title);
    }

    // ---- participants ----

    [Theory]
    [InlineData(0)]
    [InlineData(250)]
    [InlineData(null)]
    public void Expected_participants_accept_zero_positive_and_unknown(int? count)
    {
        var activity = NewActivity();
        activity.SetExpectedParticipants(999);

        activity.SetExpectedParticipants(count);

        Assert.Equal(count, activity.ExpectedParticipants);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Negative_participants_are_refused(int count)
    {
        var activity = NewActivity();
        activity.SetExpectedParticipants(120);

        var ex = Assert.Throws<DomainException>(() => activity.SetExpectedParticipants(count));

        Assert.Equal("Số người tham dự không được âm.", ex.Message);
        Assert.Equal(120, activity.ExpectedParticipants);
    }

    // ---- parties ----

    [Fact]
    public void SetParties_drops_duplicates_of_role_unit_and_group()
    {
        var activity = NewActivity();
        var lead = ActivityParty.ForUnit(PartyRole.Lead, 10, "Sở Thông tin và Truyền thông");
        var leadAgain = ActivityParty.ForUnit(PartyRole.Lead, 10, "Sở TT&TT");
        var sameUnitCoordinating = ActivityParty.ForUnit(PartyRole.Coordinating, 10, "STTTT");
        var group = ActivityParty.ForGroup(PartyRole.Coordinating, 10, "Các sở, ngành tỉnh");
        var groupAgain = ActivityParty.ForGroup(PartyRole.Coordinating, 10, "các sở, ban, ngành");
        var other = ActivityParty.ForUnit(PartyRole.Coordinating, 11, "Tỉnh Đoàn");

        activity.SetParties([lead, leadAgain, sameUnitCoordinating, group, groupAgain, other]);

        Assert.Equal([lead, sameUnitCoordinating, group, other], activity.Parties);
        Assert.Equal("Sở Thông tin và Truyền thông", activity.Parties[0].WrittenName);
    }

    [Fact]
    public void SetParties_replaces_the_previous_parties()
    {
        var activity = NewActivity();
        activity.SetParties([ActivityParty.ForUnit(PartyRole.Lead, 10, "A"), ActivityParty.ForUnit(PartyRole.Coordinating, 11, "B")]);
        var only = ActivityParty.ForGroup(PartyRole.Lead, 3, "UBND các huyện, thị xã, thành phố");

        activity.SetParties([only]);

        Assert.Same(only, Assert.Single(activity.Parties));

        activity.SetParties([]);
        Assert.Empty(activity.Parties);
    }

    [Fact]
    public void Party_factories_set_unit_or_group_and_normalise_the_written_name()
    {
        var decomposed = "Công an tỉnh".Normalize(System.Text.NormalizationForm.FormD);

        var unit = ActivityParty.ForUnit(PartyRole.Lead, 12, "  " + decomposed + " ");
        var group = ActivityParty.ForGroup(PartyRole.Coordinating, 4, "UBND cấp xã");

        Assert.Equal((PartyRole.Lead, (int?)12, (int?)null, "Công an tỉnh"), (unit.Role, unit.UnitId, unit.GroupId, unit.WrittenName));
        Assert.Equal((PartyRole.Coordinating, (int?)null, (int?)4), (group.Role, group.UnitId, group.GroupId));
    }

    // ---- depth ----

    [Fact]
    public void Depth_counts_ancestors()
    {
        var plan = NewPlan();
        var one = plan.AddActivity("1", "Một", ActivityKind.Other);
        var oneOne = plan.AddActivity("1.1", "Một một", ActivityKind.Other, one);
        var oneOneA = plan.AddActivity("a", "Một một a", ActivityKind.Other, oneOne);
        var bullet = plan.AddActivity("-", "Gạch đầu dòng", ActivityKind.Other, oneOneA);

        Assert.Equal(0, one.Depth);
        Assert.Equal(1, oneOne.Depth);
        Assert.Equal(2, oneOneA.Depth);
        Assert.Equal(3, bullet.Depth);
    }
}
