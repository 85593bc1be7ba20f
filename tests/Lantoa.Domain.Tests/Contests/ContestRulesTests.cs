using Lantoa.Domain.Contests;

namespace Lantoa.Domain.Tests.Contests;

public class ContestRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(7));

    private static Contest NewContest(int juryWeight = 70, int quorum = 2)
    {
        var c = new Contest(1, 1, 1, "Cuộc thi video clip Tổ Công nghệ số cộng đồng", ContestKind.VideoClip, Start, Start.AddDays(20),
            Start.AddDays(21), Start.AddDays(30), juryWeight, quorum).WithId(7);
        var content = c.AddCriterion("Nội dung", 40);
        var creative = c.AddCriterion("Sáng tạo", 30);
        var technique = c.AddCriterion("Kỹ thuật", 30);
        content.WithId(1); creative.WithId(2); technique.WithId(3);
        c.AddCategory("Tập thể").WithId(11);
        return c;
    }

    private static ContestEntry Entry(int id, int? unitId = null, string? commune = null, EntryStatus status = EntryStatus.Accepted)
    {
        var e = new ContestEntry(7, 1, 11, $"Clip {id}", null, "Tổ CNSCĐ", unitId, commune, "https://www.youtube.com/watch?v=abc" + id, Start.AddDays(1),
            submittedByUserId: 5).WithId(id);
        if (status == EntryStatus.Accepted) e.Accept();
        return e;
    }

    private static ContestVote Vote(long id, int entry, int citizen, DateTimeOffset at, string address = "10.0.0.1")
    {
        var v = new ContestVote(7, entry, citizen, ContestVote.DayOf(at), at, address);
        typeof(ContestVote).GetProperty("Id")!.SetValue(v, id);
        return v;
    }

    [Fact]
    public void A_conflicted_judge_never_sees_an_entry_of_their_unit_or_commune()
    {
        var byUnit = new ContestJudge(7, 100, "Giám khảo A", unitId: 42, communeCode: null, categoryId: null);
        var byCommune = new ContestJudge(7, 101, "Giám khảo B", unitId: null, communeCode: "27712", categoryId: null);
        var other = new ContestJudge(7, 102, "Giám khảo C", unitId: 43, communeCode: "27685", categoryId: null);
        var entry = Entry(1, unitId: 42, commune: "27712");
        Assert.False(byUnit.Sees(entry));
        Assert.False(byCommune.Sees(entry));
        Assert.True(other.Sees(entry));
        var sheet = new Dictionary<int, decimal> { [1] = 8, [2] = 7, [3] = 9 };
        var refused = Assert.Throws<DomainException>(() => JudgeScore.CheckSheet(byUnit, entry, NewContest().Criteria, sheet));
        Assert.Equal("Giám khảo không được chấm bài dự thi này.", refused.Message);
        Assert.False(other.Sees(Entry(2, status: EntryStatus.Submitted)), "a judge sees accepted entries only");
        Assert.False(new ContestJudge(7, 103, "Giám khảo D", null, null, categoryId: 12).Sees(entry), "nor another category's");
    }

    [Fact]
    public void A_sheet_is_refused_above_a_criterion_maximum_and_the_weighted_total_follows_the_rubric()
    {
        var contest = NewContest();
        var judge = new ContestJudge(7, 100, "Giám khảo A", null, null, null);
        var entry = Entry(1);
        var over = Assert.Throws<DomainException>(() => JudgeScore.CheckSheet(judge, entry, contest.Criteria, new Dictionary<int, decimal> { [1] = 11, [2] = 7, [3] = 9 }));
        Assert.Equal("Điểm tiêu chí “Nội dung” phải từ 0 đến 10.", over.Message);
        Assert.Throws<DomainException>(() => JudgeScore.CheckSheet(judge, entry, contest.Criteria, new Dictionary<int, decimal> { [1] = 8, [2] = 7 }));
        var sheet = JudgeScore.CheckSheet(judge, entry, contest.Criteria, new Dictionary<int, decimal> { [1] = 8, [2] = 7, [3] = 9 });
        Assert.Equal(80.0m, Scoring.WeightedTotal(contest.Criteria, sheet)); // 40×0,8 + 30×0,7 + 30×0,9 = 32 + 21 + 27
        Assert.True(contest.RubricComplete);
        Assert.Throws<DomainException>(() => contest.AddCriterion("Thêm", 1));
    }

    [Fact]
    public void Normalisation_on_a_worked_example_puts_a_strict_and_a_lenient_judge_on_one_scale()
    {
        // Judge 1 (strict) scored entries 1 and 2: 50, 40; judge 2 (lenient) scored entries 2 and 3: 90, 80.
        // Raw means: entry 1 = 50, entry 2 = 65, entry 3 = 80 (entry 3 first only because its judge is lenient).
        // All totals: mean 65, σ = √425 = 20,6155. Each judge: σ 5, so z = ±1: 65 ± 20,6155.
        JudgeTotal[] totals = [new(1, 1, 50), new(1, 2, 40), new(2, 2, 90), new(2, 3, 80)];
        var raw = Scoring.EntryScores(totals, quorum: 1);
        Assert.Equal([3, 2, 1], raw.Select(s => s.EntryId));
        var normalised = Scoring.Normalise(totals);
        Assert.Equal(85.6155m, normalised.Single(t => t.JudgeId == 1 && t.EntryId == 1).Total);
        Assert.Equal(44.3845m, normalised.Single(t => t.JudgeId == 1 && t.EntryId == 2).Total);
        Assert.Equal(85.6155m, normalised.Single(t => t.JudgeId == 2 && t.EntryId == 2).Total);
        Assert.Equal(44.3845m, normalised.Single(t => t.JudgeId == 2 && t.EntryId == 3).Total);
        var scores = Scoring.EntryScores(normalised, quorum: 1);
        Assert.Equal([1, 2, 3], scores.Select(s => s.EntryId));
        Assert.Equal([85.6155m, 65.0m, 44.3845m], scores.Select(s => s.Score));
        // A judge who gives everyone the same total contributes the overall mean.
        var flat = Scoring.Normalise([new(1, 1, 70), new(1, 2, 70), new(2, 1, 50), new(2, 2, 90)]);
        Assert.Equal(70m, flat.Single(t => t.JudgeId == 1 && t.EntryId == 1).Total);
    }

    [Fact]
    public void Only_quorate_entries_go_through_a_round_by_top_n_and_threshold_and_ties_at_the_cut_go_together()
    {
        JudgeTotal[] totals =
        [
            new(1, 1, 90), new(2, 1, 80),   // entry 1: 85, two judges
            new(1, 2, 70), new(2, 2, 80),   // entry 2: 75
            new(1, 3, 75), new(2, 3, 75),   // entry 3: 75 (tied with 2)
            new(1, 4, 99),                  // entry 4: 99 but only one judge: not quorate
            new(1, 5, 60), new(2, 5, 50),   // entry 5: 55
        ];
        var scores = Scoring.EntryScores(totals, quorum: 2);
        Assert.False(scores.Single(s => s.EntryId == 4).Quorate);
        Assert.Equal([1], Scoring.Advancing(scores, topN: 1, threshold: null));
        Assert.Equal([1, 2, 3], Scoring.Advancing(scores, topN: 2, threshold: null)); // entry 3 ties the 2nd
        Assert.Equal([1, 2, 3], Scoring.Advancing(scores, topN: null, threshold: 70));
        Assert.Equal([1], Scoring.Advancing(scores, topN: 3, threshold: 80));
        Assert.DoesNotContain(4, Scoring.Advancing(scores, topN: 10, threshold: null));
    }

    [Fact]
    public void The_combined_ranking_weighs_jury_and_public_and_breaks_ties_by_the_jury_score()
    {
        // 70/30. Most votes: 200 (entry 3), so public score = votes / 2.
        var ranked = Ranking.Combine(
        [
            (1, 80m, 100),   // 56 + 15 = 71
            (2, 90m, 0),     // 63 + 0 = 63
            (3, 60m, 200),   // 42 + 30 = 72
            (4, 70m, 150),   // 49 + 22,5 = 71,5
            (5, 75m, 125),   // 52,5 + 18,75 = 71,25
            (6, 80m, 100),   // = entry 1: shares its rank
            (7, 85m, 50),    // 59,5 + 7,5 = 67
        ], juryWeight: 70);
        Assert.Equal([3, 4, 5, 1, 6, 7, 2], ranked.Select(r => r.EntryId));
        Assert.Equal([1, 2, 3, 4, 4, 6, 7], ranked.Select(r => r.Rank));
        Assert.Equal(72m, ranked[0].Combined);
        var exact = Ranking.Combine([(8, 60m, 100), (9, 80m, 60)], juryWeight: 50); // 30 + 50 = 80; 40 + 30 = 70 — no tie
        Assert.Equal([8, 9], exact.Select(r => r.EntryId));
        var tied = Ranking.Combine([(8, 60m, 100), (9, 80m, 50), (10, 100m, 0)], juryWeight: 50); // 80, 65, 50
        Assert.Equal([1, 2, 3], tied.Select(r => r.Rank));
        var even = Ranking.Combine([(8, 60m, 100), (9, 80m, 80)], juryWeight: 50); // 30 + 50 = 80; 40 + 40 = 80: tie → jury
        Assert.Equal([9, 8], even.Select(r => r.EntryId));
        Assert.Equal([1, 2], even.Select(r => r.Rank));
    }

    [Fact]
    public void Voided_votes_are_kept_and_leave_the_counts_right()
    {
        var at = Start.AddDays(22);
        var votes = new List<ContestVote>
        {
            Vote(1, entry: 1, citizen: 1, at), Vote(2, 1, 2, at.AddSeconds(10)), Vote(3, 1, 3, at.AddSeconds(20)),
            Vote(4, 2, 1, at.AddMinutes(1), "10.0.0.9"), Vote(5, 2, 4, at.AddHours(2), "10.0.0.9"),
        };
        Assert.Equal(3, ContestVote.Tally(votes)[1]);
        var bursts = ContestVote.Bursts(votes, threshold: 3, window: TimeSpan.FromMinutes(5));
        Assert.Equal([1L, 2L, 3L], bursts);
        foreach (var v in votes.Where(v => bursts.Contains(v.Id))) v.Void("Bình chọn dồn dập từ một địa chỉ", at.AddDays(1));
        var tally = ContestVote.Tally(votes);
        Assert.False(tally.ContainsKey(1));
        Assert.Equal(2, tally[2]);
        Assert.Equal(5, votes.Count); // kept
        Assert.All(votes.Take(3), v => Assert.Equal("Bình chọn dồn dập từ một địa chỉ", v.VoidReason));
        Assert.Empty(ContestVote.Bursts(votes, 3, TimeSpan.FromMinutes(5)));
        Assert.Throws<DomainException>(() => votes[3].Void("  ", at));
    }

    [Fact]
    public void The_ballot_is_open_only_within_the_window_for_an_accepted_entry_of_the_contest()
    {
        var contest = NewContest();
        var entry = Entry(1);
        Assert.Equal(BallotCheck.NotOpenYet, ContestVote.Check(contest, entry, Start.AddDays(20), true, false));
        Assert.Equal(BallotCheck.Open, ContestVote.Check(contest, entry, Start.AddDays(21), true, false));
        Assert.Equal(BallotCheck.Closed, ContestVote.Check(contest, entry, Start.AddDays(30), true, false));
        Assert.Equal(BallotCheck.NotEligible, ContestVote.Check(contest, entry, Start.AddDays(22), false, true));
        Assert.Equal(BallotCheck.EntryNotVotable, ContestVote.Check(contest, Entry(2, status: EntryStatus.Submitted), Start.AddDays(22), true, false));
        Assert.Equal(new DateOnly(2026, 11, 2), ContestVote.DayOf(new DateTimeOffset(2026, 11, 1, 17, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", true)]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", true)]
    [InlineData("https://www.facebook.com/sotttlongan/videos/123456789/", true)]
    [InlineData("https://www.tiktok.com/@tocnscd/video/7300000000000000000", true)]
    [InlineData("http://www.youtube.com/watch?v=dQw4w9WgXcQ", false)]
    [InlineData("https://www.youtube.com/channel/abc", false)]
    [InlineData("https://example.com/clip.mp4", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("https://user@youtube.com/watch?v=x", false)]
    public void A_link_must_name_a_video_on_youtube_facebook_or_tiktok(string link, bool accepted)
    {
        if (accepted) Assert.StartsWith("https://", VideoLink.Check(link));
        else Assert.Equal(VideoLink.Refused, Assert.Throws<DomainException>(() => VideoLink.Check(link)).Message);
    }

    [Fact]
    public void An_entry_is_rejected_only_with_a_reason()
    {
        var entry = Entry(1, status: EntryStatus.Submitted);
        Assert.Throws<DomainException>(() => entry.Reject(""));
        entry.Reject("Clip dài quá 5 phút");
        Assert.Equal(EntryStatus.Rejected, entry.Status);
        Assert.Equal("Clip dài quá 5 phút", entry.RejectionReason);
    }
}
