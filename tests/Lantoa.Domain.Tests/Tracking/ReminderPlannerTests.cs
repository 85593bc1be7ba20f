using Lantoa.Domain.Tracking;
using Lantoa.Domain.Units;
using static Lantoa.Domain.Tests.Tracking.TrackingFixtures;

namespace Lantoa.Domain.Tests.Tracking;

public class ReminderPlannerTests
{
    private static readonly Unit BenLuc = MakeUnit(5, "UBND huyện Bến Lức", UnitKind.DistrictCommittee);
    private static readonly Unit DucHoa = MakeUnit(7, "UBND huyện Đức Hòa", UnitKind.DistrictCommittee);
    private static readonly Unit BaoLongAn = MakeUnit(11, "Báo Long An", UnitKind.Press);
    private static readonly Unit[] Units = [BenLuc, DucHoa, BaoLongAn];

    private const string DistrictPlans = "Kế hoạch triển khai của cấp huyện";
    private const string Results = "Báo cáo kết quả thực hiện Kế hoạch số 140/KH-UBND";

    private static (Obligation Plans, Obligation Results) Obligations()
    {
        var plans = WithId(new Obligation(LongAn, 3, DistrictPlans, ObligationSchedule.Once(D(15, 9, 2024))), 1);
        plans.SetParties([ObligationParty.ForUnit(BenLuc.Id), ObligationParty.ForUnit(DucHoa.Id)]);
        var results = WithId(new Obligation(LongAn, 3, Results, ObligationSchedule.Once(D(31, 10, 2024))), 2);
        results.SetParties([ObligationParty.ForUnit(BenLuc.Id), ObligationParty.ForUnit(DucHoa.Id), ObligationParty.ForUnit(BaoLongAn.Id)]);
        return (plans, results);
    }

    private static IReadOnlyList<UnitReminders> RemindersOn(DateOnly today, int soonDays)
    {
        var (plans, results) = Obligations();
        ObligationSubmission[] sent = [plans.RecordSubmission(BenLuc.Id, D(15, 9, 2024), At(D(13, 9, 2024)), 1)];
        var board = ObligationBoard.Compute([plans, results], Units, [], sent, today);
        return ReminderPlanner.Due(board, today, soonDays);
    }

    [Fact]
    public void Overdue_and_due_soon_texts_per_unit()
    {
        var reminders = RemindersOn(D(28, 10, 2024), soonDays: 3);

        Assert.Equal(["Báo Long An", "UBND huyện Bến Lức", "UBND huyện Đức Hòa"], reminders.Select(r => r.UnitName));
        var ducHoa = reminders[2];
        Assert.Equal(["Quá hạn 43 ngày: Kế hoạch triển khai của cấp huyện (hạn 15/09/2024)"], ducHoa.Overdue.Select(r => r.Text));
        Assert.Equal(["Còn 3 ngày: Báo cáo kết quả thực hiện Kế hoạch số 140/KH-UBND (hạn 31/10/2024)"], ducHoa.DueSoon.Select(r => r.Text));
        Assert.Equal("Đơn vị có 1 việc quá hạn và 1 việc sắp đến hạn.", ducHoa.Banner);
        Assert.Empty(reminders[1].Overdue);
        Assert.Equal("Đơn vị có 1 việc sắp đến hạn.", reminders[1].Banner);
    }

    [Fact]
    public void Items_due_later_than_the_soon_window_are_not_reminded()
    {
        var reminders = RemindersOn(D(28, 10, 2024), soonDays: 2);

        var only = Assert.Single(reminders);
        Assert.Equal("UBND huyện Đức Hòa", only.UnitName);
        Assert.Empty(only.DueSoon);
        Assert.Equal("Đơn vị có 1 việc quá hạn.", only.Banner);
    }

    [Fact]
    public void On_the_due_date_the_text_says_today_and_the_day_after_it_says_one_day_late()
    {
        var onTheDay = RemindersOn(D(31, 10, 2024), soonDays: 7);
        var dayAfter = RemindersOn(D(1, 11, 2024), soonDays: 7);

        Assert.Equal("Hạn hôm nay: Báo cáo kết quả thực hiện Kế hoạch số 140/KH-UBND (hạn 31/10/2024)",
            onTheDay.Single(r => r.UnitId == BaoLongAn.Id).DueSoon.Single().Text);
        Assert.Equal("Quá hạn 1 ngày: Báo cáo kết quả thực hiện Kế hoạch số 140/KH-UBND (hạn 31/10/2024)",
            dayAfter.Single(r => r.UnitId == BaoLongAn.Id).Overdue.Single().Text);
    }

    [Fact]
    public void Overdue_items_come_most_late_first_and_the_digest_lists_them()
    {
        var ducHoa = RemindersOn(D(3, 11, 2024), soonDays: 7).Single(r => r.UnitId == DucHoa.Id);

        Assert.Equal([49, 3], ducHoa.Overdue.Select(r => r.Days));
        Assert.Equal(
            "UBND huyện Đức Hòa — tình hình ngày 03/11/2024\n" +
            "Quá hạn:\n" +
            "- Quá hạn 49 ngày: Kế hoạch triển khai của cấp huyện (hạn 15/09/2024)\n" +
            "- Quá hạn 3 ngày: Báo cáo kết quả thực hiện Kế hoạch số 140/KH-UBND (hạn 31/10/2024)",
            ducHoa.Digest);
        Assert.Equal("Đơn vị có 2 việc quá hạn.", ducHoa.Banner);
    }

    [Fact]
    public void Nothing_to_remind_gives_no_unit()
    {
        Assert.Empty(RemindersOn(D(1, 8, 2024), soonDays: 7));
    }

    [Fact]
    public void The_wording_is_available_on_its_own()
    {
        Assert.Equal("Còn 2 ngày: Báo cáo kết quả (hạn 31/10/2024)", ReminderPlanner.Wording(ReminderKind.DueSoon, "Báo cáo kết quả", D(31, 10, 2024), 2));
        Assert.Equal("Quá hạn 3 ngày: Báo cáo kết quả (hạn 31/10/2024)", ReminderPlanner.Wording(ReminderKind.Overdue, "Báo cáo kết quả", D(31, 10, 2024), 3));
    }
}
