using Lantoa.Domain.Budgets;
using Lantoa.Domain.Quizzes;
using Lantoa.Domain.Quizzes.Live;
using Lantoa.Domain.Users;

namespace Lantoa.Domain.Tests.Quizzes.Live;

public class LiveShowTests
{
    private static readonly DateTimeOffset T0 = new(2024, 11, 9, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly long[] Options = [11, 12, 13, 14];

    private static LiveShow Show(int rescues = 1, int seconds = 15, params string[] names)
    {
        var show = new LiveShow(new LiveSettings(seconds, rescues, LiveSettings.LongAnFestival));
        var id = 1;
        foreach (var n in names.Length == 0 ? ["An", "Bình", "Chi"] : names) show.Join(id++, n, T0.AddSeconds(id));
        return show;
    }

    /// <summary>Asks question <paramref name="qid"/> (correct option 12) at <paramref name="at"/>.</summary>
    private static LiveQuestion Ask(LiveShow show, long qid, DateTimeOffset at) => show.Ask(qid, Options, [12], at);

    [Fact]
    public void The_festival_prizes_are_one_first_one_second_two_third_three_consolation_for_2_400_000_dong()
    {
        Assert.Equal([1, 1, 2, 3], LiveSettings.LongAnFestival.Select(p => p.Count));
        Assert.Equal(new Money(2_400_000), new LiveSettings(15, 1, LiveSettings.LongAnFestival).PrizeTotal);
    }

    [Fact]
    public void A_question_closes_on_the_server_clock_and_an_answer_at_or_after_the_bell_is_refused()
    {
        var show = Show();
        var q = Ask(show, 100, T0);
        Assert.Equal(T0.AddSeconds(15), q.ClosesAt);
        show.Answer(1, 12, T0.AddSeconds(14.9));
        Assert.Equal("Đã hết giờ; câu trả lời này không được ghi nhận.", show.WhyNotAnswer(2, 12, T0.AddSeconds(15)));
        var e = Assert.Throws<DomainException>(() => show.Answer(2, 12, T0.AddSeconds(20)));
        Assert.Contains("hết giờ", e.Message);
        Assert.Equal("Phương án không thuộc câu hỏi đang mở.", show.WhyNotAnswer(2, 99, T0.AddSeconds(1)));
        Assert.Equal("Bạn chưa tham gia buổi thi này.", show.WhyNotAnswer(42, 12, T0.AddSeconds(1)));
        Assert.Throws<DomainException>(() => show.Reveal(T0.AddSeconds(14))); // before the bell
    }

    [Fact]
    public void A_wrong_or_missing_answer_eliminates_and_the_last_answer_before_the_bell_counts()
    {
        var show = Show();
        Ask(show, 100, T0);
        show.Answer(1, 11, T0.AddSeconds(2));
        show.Answer(1, 12, T0.AddSeconds(3)); // changed before the bell
        show.Answer(2, 13, T0.AddSeconds(4));
        // 3 does not answer
        Assert.Equal(new LiveCounts(3, 3, 2, null, null), show.Counts());
        var r = show.Reveal(T0.AddSeconds(15));
        Assert.Equal([1], r.Right);
        Assert.Equal([2], r.Wrong);
        Assert.Equal([3], r.Silent);
        Assert.Equal([2, 3], r.Eliminated);
        Assert.Equal([1], show.Survivors.Select(p => p.Id));
        Assert.Equal(1, show.Players.Single(p => p.Id == 2).EliminatedAt);
        Assert.Equal(new LiveCounts(3, 1, 2, 1, 1), show.Counts());
        Assert.Equal("Bạn đã bị loại nên không thể trả lời.", Try(() => { Ask(show, 101, T0.AddMinutes(1)); return show.WhyNotAnswer(2, 12, T0.AddMinutes(1)); }));
    }

    private static string? Try(Func<string?> f) => f();

    [Fact]
    public void When_nobody_is_right_nobody_goes_out()
    {
        var show = Show();
        Ask(show, 100, T0);
        show.Answer(1, 11, T0.AddSeconds(1));
        var r = show.Reveal(T0.AddSeconds(16));
        Assert.True(r.AllKept);
        Assert.Empty(r.Eliminated);
        Assert.Equal(3, show.Survivors.Count());
    }

    [Fact]
    public void A_rescue_brings_eliminated_players_back_between_questions_as_often_as_configured()
    {
        var show = Show(rescues: 1);
        Ask(show, 100, T0);
        show.Answer(1, 12, T0.AddSeconds(1));
        show.Answer(2, 11, T0.AddSeconds(1));
        show.Reveal(T0.AddSeconds(15));
        Assert.Equal([1], show.Survivors.Select(p => p.Id));

        var back = show.Rescue([2]);
        Assert.Equal([2], back.Select(p => p.Id));
        Assert.Equal([1, 2], show.Survivors.Select(p => p.Id));
        Assert.Equal(1, show.Players.Single(p => p.Id == 2).TimesRescued);
        Assert.Equal(0, show.RescuesLeft);
        Assert.Contains("hết 1 lần cứu trợ", Assert.Throws<DomainException>(() => show.Rescue()).Message);

        Ask(show, 101, T0.AddMinutes(1));
        Assert.Contains("sau khi công bố đáp án", Assert.Throws<DomainException>(() => show.Rescue()).Message);
        Assert.Null(show.WhyNotAnswer(2, 12, T0.AddMinutes(1)));
    }

    [Fact]
    public void A_rescue_without_names_brings_back_everyone_out_and_refuses_players_still_in()
    {
        var show = Show(rescues: 2);
        Ask(show, 100, T0);
        show.Answer(1, 12, T0.AddSeconds(1));
        show.Reveal(T0.AddSeconds(15));
        Assert.Contains("đã bị loại", Assert.Throws<DomainException>(() => show.Rescue([1])).Message);
        Assert.Equal([2, 3], show.Rescue().Select(p => p.Id));
        Assert.Contains("Không có người chơi nào bị loại", Assert.Throws<DomainException>(() => show.Rescue()).Message);
        Assert.Equal(1, show.RescuesLeft);
        var none = new LiveShow(new LiveSettings(15, 0, []));
        none.Join(1, "A", T0);
        none.Join(2, "B", T0);
        Ask(none, 100, T0);
        none.Answer(1, 12, T0);
        none.Reveal(T0.AddSeconds(15));
        Assert.Contains("không có quyền cứu trợ", Assert.Throws<DomainException>(() => none.Rescue()).Message);
    }

    [Fact]
    public void The_last_ones_standing_win_and_the_prizes_go_down_the_ranking()
    {
        var show = Show(names: ["An", "Bình", "Chi", "Dũng", "Em", "Giang", "Hà", "Khoa", "Lan"]);
        // Question 1: 1–6 right (6 fastest … 1 slowest), 7 wrong, 8 and 9 silent.
        Ask(show, 100, T0);
        for (var p = 1; p <= 6; p++) show.Answer(p, 12, T0.AddSeconds(8 - p));
        show.Answer(7, 13, T0.AddSeconds(1));
        show.Reveal(T0.AddSeconds(15));
        // Question 2: only 1 and 2 right.
        Ask(show, 101, T0.AddMinutes(1));
        show.Answer(1, 12, T0.AddMinutes(1).AddSeconds(5));
        show.Answer(2, 12, T0.AddMinutes(1).AddSeconds(2));
        show.Answer(3, 14, T0.AddMinutes(1).AddSeconds(2));
        show.Reveal(T0.AddMinutes(1).AddSeconds(15));
        // Question 3: only 1 right: the winner.
        Ask(show, 102, T0.AddMinutes(2));
        show.Answer(1, 12, T0.AddMinutes(2).AddSeconds(1));
        show.Answer(2, 11, T0.AddMinutes(2).AddSeconds(1));
        show.Reveal(T0.AddMinutes(2).AddSeconds(15));
        var s = show.Finish();
        Assert.Equal(LiveStatus.Finished, show.Status);
        // 1 in; 2 out at 3; 3–6 out at 2 (1 correct each, ordered by time: 6 was fastest); 7, 8, 9 out at 1 (joined order).
        Assert.Equal([1, 2, 6, 5, 4, 3, 7, 8, 9], s.Select(x => x.Player.Id));
        Assert.Equal(Enumerable.Range(1, 9), s.Select(x => x.Rank));
        Assert.Equal(["Giải nhất", "Giải nhì", "Giải ba", "Giải ba", "Giải khuyến khích", "Giải khuyến khích", "Giải khuyến khích", null, null],
            s.Select(x => x.Prize));
        Assert.Equal(new Money(2_400_000), Money.Sum(s.Where(x => x.Amount is not null).Select(x => x.Amount!.Value)));
        Assert.Throws<DomainException>(() => show.Ask(103, Options, [12], T0.AddMinutes(3)));
    }

    [Fact]
    public void Players_join_only_before_the_first_question_and_the_host_follows_the_order_of_the_show()
    {
        var show = Show();
        Assert.Contains("chưa hỏi câu nào", Assert.Throws<DomainException>(() => show.Finish()).Message);
        Assert.Throws<DomainException>(() => show.Join(9, "  ", T0));
        Ask(show, 100, T0);
        Assert.Contains("đã bắt đầu", Assert.Throws<DomainException>(() => show.Join(9, "Muộn", T0)).Message);
        Assert.Contains("Câu hỏi đang mở", Assert.Throws<DomainException>(() => Ask(show, 101, T0.AddSeconds(1))).Message);
        Assert.Contains("công bố đáp án", Assert.Throws<DomainException>(() => show.Finish()).Message);
        show.Reveal(T0.AddSeconds(15)); // nobody answered: all kept
        Assert.Contains("đã được hỏi", Assert.Throws<DomainException>(() => Ask(show, 100, T0.AddMinutes(1))).Message);
        Assert.Throws<DomainException>(() => show.Ask(101, [1], [1], T0.AddMinutes(1)));
        Assert.Throws<DomainException>(() => show.Ask(101, [1, 2], [3], T0.AddMinutes(1)));
    }

    [Fact]
    public void Settings_outside_ten_to_thirty_seconds_are_refused_in_vietnamese()
    {
        Assert.Contains("từ 10 đến 30 giây", Assert.Throws<DomainException>(() => new LiveShow(new LiveSettings(5, 1, []))).Message);
        Assert.Contains("từ 10 đến 30 giây", Assert.Throws<DomainException>(() => new LiveShow(new LiveSettings(31, 1, []))).Message);
        Assert.Empty(new LiveSettings(30, 0, []).Problems());
        var empty = new LiveShow(new LiveSettings(10, 1, []));
        Assert.Contains("Chưa có người chơi", Assert.Throws<DomainException>(() => Ask(empty, 1, T0)).Message);
    }

    [Fact]
    public void A_restored_show_continues_where_it_stood()
    {
        var players = new[] { LivePlayer.Restore(1, "An", T0, null, 0, 1, 3000), LivePlayer.Restore(2, "Bình", T0, 1, 0, 0, 0) };
        var q = new LiveQuestion(1, 100, Options, new HashSet<long> { 12 }, T0, T0.AddSeconds(15));
        var show = new LiveShow(new LiveSettings(15, 1, LiveSettings.LongAnFestival), LiveStatus.Revealed, 0, players, [q],
            [new LiveAnswer(1, 1, 12, T0.AddSeconds(3)), new LiveAnswer(1, 2, 11, T0.AddSeconds(3))]);
        Assert.Equal(new LiveCounts(2, 1, 2, 1, 1), show.Counts());
        show.Rescue();
        Assert.Equal(2, show.Survivors.Count());
        Assert.Equal(2, show.Ask(101, Options, [12], T0.AddMinutes(1)).Number);
    }

    [Fact]
    public void Hosts_are_the_provinces_coordinators_and_admins_and_the_host_units_officers()
    {
        var coordinator = new Actor(1, "dieuphoi", 80, 5, new HashSet<Role> { Role.Coordinator });
        var host = new Actor(2, "tinhdoan", 80, 7, new HashSet<Role> { Role.UnitOfficer });
        var other = new Actor(3, "benluc", 80, 8, new HashSet<Role> { Role.UnitOfficer });
        var leader = new Actor(4, "lanhdao", 80, 9, new HashSet<Role> { Role.Leadership });
        var elsewhere = new Actor(5, "dieuphoi.tg", 82, 20, new HashSet<Role> { Role.Coordinator });
        var national = new Actor(6, "admin", null, null, new HashSet<Role> { Role.Admin });
        Assert.True(AccessPolicy.CanHostLiveShow(coordinator, 80, 7));
        Assert.True(AccessPolicy.CanHostLiveShow(host, 80, 7));
        Assert.True(AccessPolicy.CanHostLiveShow(national, 80, 7));
        Assert.False(AccessPolicy.CanHostLiveShow(other, 80, 7));
        Assert.False(AccessPolicy.CanHostLiveShow(leader, 80, 7));
        Assert.False(AccessPolicy.CanHostLiveShow(elsewhere, 80, 7));
        Assert.False(AccessPolicy.CanHostLiveShow(new Actor(7, "x", 82, 7, new HashSet<Role> { Role.UnitOfficer }), 80, 7));
        Assert.False(AccessPolicy.CanHostLiveShow(host, 80, null));
    }
}
