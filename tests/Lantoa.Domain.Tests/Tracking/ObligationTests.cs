using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Units;
using static Lantoa.Domain.Tests.Tracking.TrackingFixtures;

namespace Lantoa.Domain.Tests.Tracking;

/// <summary>
/// Long An in 2024: five district committees (a group), the newspaper and the education department; the DX Day plan
/// asks the districts for their own plans before 15/9/2024 and everyone for results before 31/10/2024.
/// </summary>
public class ObligationTests
{
    private static readonly Unit BenLuc = MakeUnit(5, "UBND huyện Bến Lức", UnitKind.DistrictCommittee, validTo: D(30, 6, 2025));
    private static readonly Unit CanGiuoc = MakeUnit(6, "UBND huyện Cần Giuộc", UnitKind.DistrictCommittee, validTo: D(30, 6, 2025));
    private static readonly Unit DucHoa = MakeUnit(7, "UBND huyện Đức Hòa", UnitKind.DistrictCommittee, validTo: D(30, 6, 2025));
    private static readonly Unit ThuThua = MakeUnit(8, "UBND huyện Thủ Thừa", UnitKind.DistrictCommittee, validTo: D(30, 6, 2025));
    private static readonly Unit TanAn = MakeUnit(9, "UBND thành phố Tân An", UnitKind.DistrictCommittee, validTo: D(30, 6, 2025));
    private static readonly Unit BaoLongAn = MakeUnit(11, "Báo Long An", UnitKind.Press);
    private static readonly Unit SoGddt = MakeUnit(4, "Sở Giáo dục và Đào tạo", UnitKind.Department);
    private static readonly Unit[] Units = [BenLuc, CanGiuoc, DucHoa, ThuThua, TanAn, BaoLongAn, SoGddt];

    private static readonly UnitGroup Districts = MakeDistricts();
    private static readonly UnitGroup[] Groups = [Districts];

    private const string DistrictPlans = "Kế hoạch triển khai của cấp huyện";
    private const string Results = "Báo cáo kết quả thực hiện Kế hoạch số 140/KH-UBND";

    private static UnitGroup MakeDistricts()
    {
        var g = WithId(new UnitGroup(LongAn, "UBND các huyện, thị xã, thành phố"), 50);
        g.RuleKind = UnitKind.DistrictCommittee;
        return g;
    }

    /// <summary>Districts' own plans, due 15/9/2024.</summary>
    private static Obligation DistrictPlansObligation()
    {
        var o = WithId(new Obligation(LongAn, 3, DistrictPlans, ObligationSchedule.Once(D(15, 9, 2024))), 1);
        o.SetParties([ObligationParty.ForGroup(Districts.Id, "UBND các huyện, thị xã, thành phố")]);
        return o;
    }

    /// <summary>Results, due 31/10/2024, owed by the districts and the newspaper.</summary>
    private static Obligation ResultsObligation()
    {
        var o = WithId(new Obligation(LongAn, 3, Results, ObligationSchedule.Once(D(31, 10, 2024))), 2);
        o.SetParties([ObligationParty.ForGroup(Districts.Id), ObligationParty.ForUnit(BaoLongAn.Id, "Báo Long An")]);
        return o;
    }

    private static ObligationSubmission Sent(Obligation o, Unit unit, DateOnly dueOn, DateOnly day, int hour = 9) =>
        o.RecordSubmission(unit.Id, dueOn, At(day, hour), userId: 100 + unit.Id);

    // ---- schedules ----

    [Fact]
    public void A_one_off_obligation_has_its_single_due_date()
    {
        var s = ObligationSchedule.Once(D(31, 10, 2024));

        Assert.Equal([D(31, 10, 2024)], s.DueDates());
        Assert.Equal("Hạn 31/10/2024", s.ToDisplay());
    }

    [Fact]
    public void A_weekly_obligation_falls_on_its_weekday_between_the_two_dates()
    {
        var s = ObligationSchedule.Weekly(D(1, 2, 2024), D(29, 2, 2024), DayOfWeek.Friday);

        Assert.Equal([D(2, 2, 2024), D(9, 2, 2024), D(16, 2, 2024), D(23, 2, 2024)], s.DueDates());
        Assert.Equal("Hàng tuần vào thứ Sáu (01/02/2024–29/02/2024)", s.ToDisplay());
    }

    [Fact]
    public void A_monthly_day_beyond_the_month_falls_on_its_last_day()
    {
        var s = ObligationSchedule.Monthly(D(1, 1, 2024), D(30, 4, 2024), 31);

        Assert.Equal([D(31, 1, 2024), D(29, 2, 2024), D(31, 3, 2024), D(30, 4, 2024)], s.DueDates());
    }

    [Fact]
    public void A_quarterly_obligation_falls_on_a_day_of_a_month_of_each_quarter()
    {
        var lastMonth = ObligationSchedule.Quarterly(D(1, 1, 2024), D(31, 12, 2024), monthOfQuarter: 3, day: 15);
        var firstMonth = ObligationSchedule.Quarterly(D(1, 2, 2024), D(31, 12, 2024), monthOfQuarter: 1, day: 5);

        Assert.Equal([D(15, 3, 2024), D(15, 6, 2024), D(15, 9, 2024), D(15, 12, 2024)], lastMonth.DueDates());
        // 05/01/2024 is before the schedule starts.
        Assert.Equal([D(5, 4, 2024), D(5, 7, 2024), D(5, 10, 2024)], firstMonth.DueDates());
        Assert.Equal("Hàng quý, ngày 15 tháng thứ 3 của quý (01/01/2024–31/12/2024)", lastMonth.ToDisplay());
    }

    [Fact]
    public void Schedules_that_make_no_sense_are_refused()
    {
        Assert.Equal("Ngày kết thúc lặp lại phải sau ngày bắt đầu.",
            Assert.Throws<DomainException>(() => ObligationSchedule.Weekly(D(1, 3, 2024), D(1, 2, 2024), DayOfWeek.Friday)).Message);
        Assert.Equal("Không có hạn nào trong khoảng thời gian đã chọn.",
            Assert.Throws<DomainException>(() => ObligationSchedule.Monthly(D(1, 3, 2024), D(10, 3, 2024), 15)).Message);
        Assert.Throws<DomainException>(() => ObligationSchedule.Monthly(D(1, 1, 2024), D(31, 12, 2024), 0));
        Assert.Throws<DomainException>(() => ObligationSchedule.Quarterly(D(1, 1, 2024), D(31, 12, 2024), 4, 15));
        Assert.Throws<DomainException>(() => ObligationSchedule.Weekly(D(1, 1, 2024), D(1, 1, 2040), DayOfWeek.Monday));
    }

    [Fact]
    public void The_schedule_survives_being_stored_flat()
    {
        var o = new Obligation(LongAn, 3, "Báo cáo định kỳ hàng quý",
            ObligationSchedule.Quarterly(D(1, 1, 2024), D(31, 12, 2024), 3, 15));

        Assert.Equal(ObligationSchedule.Quarterly(D(1, 1, 2024), D(31, 12, 2024), 3, 15), o.Schedule);
        Assert.Equal(4, o.DueDates().Count);
    }

    [Fact]
    public void An_obligation_is_made_from_a_plan_deadline()
    {
        var deadline = new PlanDeadline(D(31, 10, 2024), "Báo cáo kết quả về UBND tỉnh (thông qua Sở Thông tin và Truyền thông)",
            "Thủ trưởng các sở, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố");

        var o = Obligation.FromDeadline(LongAn, 3, deadline);

        Assert.Equal("Báo cáo kết quả về UBND tỉnh (thông qua Sở Thông tin và Truyền thông)", o.Title);
        Assert.Equal([D(31, 10, 2024)], o.DueDates());
        Assert.Equal(deadline.OwedBy, o.OwedByText);
        Assert.Null(o.PlanDeadlineId);
    }

    [Fact]
    public void A_submission_must_answer_one_of_the_due_dates()
    {
        var o = ResultsObligation();

        var ex = Assert.Throws<DomainException>(() => o.RecordSubmission(BaoLongAn.Id, D(30, 10, 2024), At(D(30, 10, 2024)), 1));
        Assert.Equal($"Ngày 30/10/2024 không phải là một hạn của \"{Results}\".", ex.Message);
        var s = o.RecordSubmission(BaoLongAn.Id, D(31, 10, 2024), At(D(30, 10, 2024)), 1, "Công văn số 45/BLA");
        Assert.Equal((2, 11, D(30, 10, 2024), "Công văn số 45/BLA"), (s.ObligationId, s.UnitId, s.SubmittedOn, s.Note));
    }

    // ---- one unit's state; the day itself ----

    [Fact]
    public void Nothing_submitted_is_pending_before_and_on_the_due_date_and_late_the_day_after()
    {
        var o = ResultsObligation();
        ObligationSubmission[] none = [];

        Assert.Equal(ObligationState.Pending, ObligationStatus.For(o, D(31, 10, 2024), BaoLongAn.Id, none, D(30, 10, 2024)));
        Assert.Equal(ObligationState.Pending, ObligationStatus.For(o, D(31, 10, 2024), BaoLongAn.Id, none, D(31, 10, 2024)));
        Assert.Equal(ObligationState.Late, ObligationStatus.For(o, D(31, 10, 2024), BaoLongAn.Id, none, D(1, 11, 2024)));
    }

    [Fact]
    public void Submitted_on_the_due_date_is_on_time_and_the_day_after_is_late()
    {
        var o = ResultsObligation();
        var due = D(31, 10, 2024);

        var onTheDay = Sent(o, BaoLongAn, due, D(31, 10, 2024), hour: 23);
        var dayAfter = Sent(o, BaoLongAn, due, D(1, 11, 2024), hour: 8);

        Assert.Equal(ObligationState.Submitted, ObligationStatus.For(o, due, BaoLongAn.Id, [onTheDay], D(31, 10, 2024)));
        Assert.Equal(ObligationState.Submitted, ObligationStatus.For(o, due, BaoLongAn.Id, [onTheDay], D(10, 11, 2024)));
        Assert.Equal(ObligationState.SubmittedLate, ObligationStatus.For(o, due, BaoLongAn.Id, [dayAfter], D(10, 11, 2024)));
        // The first submission is the one that counts.
        Assert.Equal(ObligationState.Submitted, ObligationStatus.For(o, due, BaoLongAn.Id, [dayAfter, onTheDay], D(10, 11, 2024)));
    }

    [Fact]
    public void The_submission_day_is_the_Vietnamese_day_whatever_the_server_clock_zone()
    {
        var o = ResultsObligation();
        var due = D(31, 10, 2024);
        // 16:59:59 UTC is 23:59:59 in Vietnam: still 31/10. 17:00 UTC is already 01/11 in Vietnam.
        var lastSecond = o.RecordSubmission(BaoLongAn.Id, due, new DateTimeOffset(2024, 10, 31, 16, 59, 59, TimeSpan.Zero), 1);
        var midnight = o.RecordSubmission(BaoLongAn.Id, due, new DateTimeOffset(2024, 10, 31, 17, 0, 0, TimeSpan.Zero), 1);

        Assert.Equal(D(31, 10, 2024), lastSecond.SubmittedOn);
        Assert.Equal(D(1, 11, 2024), midnight.SubmittedOn);
        Assert.Equal(ObligationState.Submitted, ObligationStatus.For(o, due, BaoLongAn.Id, [lastSecond], D(2, 11, 2024)));
        Assert.Equal(ObligationState.SubmittedLate, ObligationStatus.For(o, due, BaoLongAn.Id, [midnight], D(2, 11, 2024)));
    }

    [Fact]
    public void Submissions_of_another_unit_or_obligation_do_not_count()
    {
        var results = ResultsObligation();
        var plans = DistrictPlansObligation();
        var due = D(31, 10, 2024);
        ObligationSubmission[] others =
        [
            Sent(results, BenLuc, due, D(20, 10, 2024)),
            Sent(plans, BaoLongAn, D(15, 9, 2024), D(10, 9, 2024)),
        ];

        Assert.Equal(ObligationState.Late, ObligationStatus.For(results, due, BaoLongAn.Id, others, D(1, 11, 2024)));
    }

    // ---- a group obligation where some members reported ----

    [Fact]
    public void A_group_obligation_gives_each_member_its_state_and_a_summary()
    {
        var o = ResultsObligation();
        var due = D(31, 10, 2024);
        ObligationSubmission[] sent =
        [
            Sent(o, BenLuc, due, D(30, 10, 2024)),
            Sent(o, CanGiuoc, due, D(2, 11, 2024)),
            Sent(o, TanAn, due, D(31, 10, 2024)),
        ];

        var occurrence = ObligationStatus.ForOccurrence(o, due, Units, Groups, sent, D(3, 11, 2024));

        Assert.Equal(
            [
                ("Báo Long An", ObligationState.Late, 3),
                ("UBND huyện Bến Lức", ObligationState.Submitted, 0),
                ("UBND huyện Cần Giuộc", ObligationState.SubmittedLate, 2),
                ("UBND huyện Đức Hòa", ObligationState.Late, 3),
                ("UBND huyện Thủ Thừa", ObligationState.Late, 3),
                ("UBND thành phố Tân An", ObligationState.Submitted, 0),
            ],
            occurrence.Units.Select(u => (u.Unit.Name, u.State, u.DaysLate)));
        Assert.Equal([null, 50, 50, 50, 50, 50], occurrence.Units.Select(u => u.ViaGroupId));
        Assert.Equal(new ObligationSummary(Submitted: 2, SubmittedLate: 1, Late: 3, Pending: 0), occurrence.Summary);
        Assert.Equal(3, occurrence.Summary.Delivered);
        Assert.Equal("3/6 đơn vị đã nộp (1 nộp muộn); 3 quá hạn", occurrence.Summary.ToVietnamese());
    }

    [Fact]
    public void On_the_due_date_the_members_that_have_not_reported_are_still_pending()
    {
        var o = ResultsObligation();
        var due = D(31, 10, 2024);
        ObligationSubmission[] sent = [Sent(o, BenLuc, due, D(30, 10, 2024)), Sent(o, DucHoa, due, D(31, 10, 2024))];

        var summary = ObligationStatus.ForOccurrence(o, due, Units, Groups, sent, due).Summary;

        Assert.Equal(new ObligationSummary(Submitted: 2, SubmittedLate: 0, Late: 0, Pending: 4), summary);
        Assert.Equal("2/6 đơn vị đã nộp; 4 chưa đến hạn", summary.ToVietnamese());
    }

    [Fact]
    public void Groups_resolve_to_the_units_that_exist_on_each_due_date()
    {
        var o = new Obligation(LongAn, 9, "Báo cáo định kỳ hàng quý", ObligationSchedule.Quarterly(D(1, 1, 2025), D(31, 12, 2025), 3, 15));
        o.SetParties([ObligationParty.ForGroup(Districts.Id), ObligationParty.ForUnit(BaoLongAn.Id)]);

        // District committees end on 30/06/2025 (two-level local government from 1/7/2025).
        Assert.Equal(6, o.OwingUnits(Units, Groups, D(15, 6, 2025)).Count);
        Assert.Equal([BaoLongAn.Id], o.OwingUnits(Units, Groups, D(15, 9, 2025)).Select(u => u.Unit.Id));
    }

    [Fact]
    public void A_unit_named_directly_and_through_a_group_owes_once_as_named()
    {
        var o = DistrictPlansObligation();
        o.SetParties([ObligationParty.ForGroup(Districts.Id), ObligationParty.ForUnit(TanAn.Id)]);

        var owing = o.OwingUnits(Units, Groups, D(15, 9, 2024));

        Assert.Equal(5, owing.Count);
        Assert.Null(owing.Single(u => u.Unit.Id == TanAn.Id).ViaGroupId);
    }

    // ---- the board at fixed dates ----

    [Fact]
    public void On_the_due_date_nobody_is_late_and_everyone_is_due_today()
    {
        Obligation[] obligations = [DistrictPlansObligation(), ResultsObligation()];

        var board = ObligationBoard.Compute(obligations, Units, Groups, [], D(15, 9, 2024));

        Assert.Empty(board.Late);
        Assert.Equal(11, board.Pending.Count);
        var today = board.DueWithin(0);
        Assert.Equal(5, today.Count);
        Assert.All(today, i => Assert.Equal((DistrictPlans, 0), (i.Obligation.Title, i.DaysLeft)));
        Assert.Equal(today, board.DueWithin(30));
        Assert.Equal(11, board.DueWithin(46).Count);
    }

    [Fact]
    public void The_day_after_the_due_date_the_units_that_did_not_submit_are_late_in_Vietnamese_order()
    {
        var plans = DistrictPlansObligation();
        var due = D(15, 9, 2024);
        ObligationSubmission[] sent = [Sent(plans, BenLuc, due, D(14, 9, 2024)), Sent(plans, CanGiuoc, due, D(15, 9, 2024))];

        var board = ObligationBoard.Compute([plans, ResultsObligation()], Units, Groups, sent, D(16, 9, 2024));

        // "Đức Hòa" before "Thủ Thừa" (đ comes after d, long before t), "huyện" before "thành phố".
        Assert.Equal(["UBND huyện Đức Hòa", "UBND huyện Thủ Thừa", "UBND thành phố Tân An"], board.Late.Select(i => i.Unit.Name));
        Assert.All(board.Late, i => Assert.Equal((ObligationState.Late, 1), (i.State, i.DaysLate)));
        Assert.Equal(6, board.Pending.Count);
        Assert.All(board.Pending, i => Assert.Equal((Results, 45), (i.Obligation.Title, i.DaysLeft)));
        Assert.Equal("Báo Long An", board.Pending[0].Unit.Name);
    }

    [Fact]
    public void Late_items_are_ranked_by_days_late_then_by_name()
    {
        var plans = DistrictPlansObligation();
        var results = ResultsObligation();
        ObligationSubmission[] sent =
        [
            Sent(plans, BenLuc, D(15, 9, 2024), D(14, 9, 2024)),
            Sent(plans, CanGiuoc, D(15, 9, 2024), D(20, 9, 2024)),
            Sent(plans, TanAn, D(15, 9, 2024), D(15, 9, 2024)),
            Sent(results, BenLuc, D(31, 10, 2024), D(31, 10, 2024)),
            Sent(results, DucHoa, D(31, 10, 2024), D(29, 10, 2024)),
        ];

        var board = ObligationBoard.Compute([plans, results], Units, Groups, sent, D(5, 11, 2024));

        Assert.Equal(
            [
                ("UBND huyện Đức Hòa", DistrictPlans, 51),
                ("UBND huyện Thủ Thừa", DistrictPlans, 51),
                ("Báo Long An", Results, 5),
                ("UBND huyện Cần Giuộc", Results, 5),
                ("UBND huyện Thủ Thừa", Results, 5),
                ("UBND thành phố Tân An", Results, 5),
            ],
            board.Late.Select(i => (i.Unit.Name, i.Obligation.Title, i.DaysLate)));
        Assert.Equal([("UBND huyện Cần Giuộc", 5)], board.SubmittedLate.Select(i => (i.Unit.Name, i.DaysLate)));
        Assert.Empty(board.Pending);
        Assert.Equal(
            [("UBND huyện Thủ Thừa", 2, 51), ("UBND huyện Đức Hòa", 1, 51), ("Báo Long An", 1, 5), ("UBND huyện Cần Giuộc", 1, 5), ("UBND thành phố Tân An", 1, 5)],
            board.LateUnits.Select(u => (u.Unit.Name, u.LateCount, u.MaxDaysLate)));
        Assert.Equal(2, board.Occurrences.Count);
        Assert.Equal("3/5 đơn vị đã nộp (1 nộp muộn); 2 quá hạn", board.Occurrences[0].Summary.ToVietnamese());
        Assert.Equal("2/6 đơn vị đã nộp; 4 quá hạn", board.Occurrences[1].Summary.ToVietnamese());
    }

    [Fact]
    public void A_recurring_quarterly_obligation_has_its_passed_quarters_judged_and_only_the_next_one_pending()
    {
        var quarterly = WithId(new Obligation(LongAn, 7, "Báo cáo kết quả thực hiện định kỳ hàng quý",
            ObligationSchedule.Quarterly(D(1, 1, 2024), D(31, 12, 2024), monthOfQuarter: 3, day: 15)), 3);
        quarterly.SetParties([ObligationParty.ForUnit(SoGddt.Id, "Sở Giáo dục và Đào tạo")]);
        ObligationSubmission[] sent = [Sent(quarterly, SoGddt, D(15, 3, 2024), D(14, 3, 2024))];

        var july = ObligationBoard.Compute([quarterly], Units, Groups, sent, D(20, 7, 2024));

        Assert.Equal(
            [(D(15, 3, 2024), ObligationState.Submitted), (D(15, 6, 2024), ObligationState.Late), (D(15, 9, 2024), ObligationState.Pending)],
            july.Occurrences.Select(o => (o.DueOn, o.Units.Single().State)));
        var late = Assert.Single(july.Late);
        Assert.Equal((D(15, 6, 2024), 35), (late.DueOn, late.DaysLate));
        var pending = Assert.Single(july.Pending);
        Assert.Equal((D(15, 9, 2024), 57), (pending.DueOn, pending.DaysLeft));
        Assert.Empty(july.DueWithin(7));

        var september = ObligationBoard.Compute([quarterly], Units, Groups, sent, D(10, 9, 2024));
        Assert.Equal([D(15, 9, 2024)], september.DueWithin(7).Select(i => i.DueOn));

        // After the last quarter nothing is pending any more; the unanswered quarters stay late.
        var january = ObligationBoard.Compute([quarterly], Units, Groups, sent, D(5, 1, 2025));
        Assert.Empty(january.Pending);
        Assert.Equal([D(15, 6, 2024), D(15, 9, 2024), D(15, 12, 2024)], january.Late.Select(i => i.DueOn).Order());
        Assert.Equal(D(15, 6, 2024), january.Late[0].DueOn);
    }

    [Fact]
    public void A_unit_that_submitted_the_next_due_date_early_is_not_pending()
    {
        var results = ResultsObligation();
        ObligationSubmission[] sent = [Sent(results, BaoLongAn, D(31, 10, 2024), D(1, 10, 2024))];

        var board = ObligationBoard.Compute([results], Units, Groups, sent, D(15, 10, 2024));

        Assert.DoesNotContain(board.Pending, i => i.Unit.Id == BaoLongAn.Id);
        Assert.Equal(5, board.Pending.Count);
        Assert.Equal([ObligationState.Pending], board.ForUnit(DucHoa.Id).Select(i => i.State));
        Assert.Empty(board.ForUnit(BaoLongAn.Id));
    }

    [Fact]
    public void State_names_are_Vietnamese()
    {
        Assert.Equal(["Chưa đến hạn", "Đã nộp", "Nộp muộn", "Quá hạn"],
            Enum.GetValues<ObligationState>().Select(s => s.Vietnamese()));
    }
}
