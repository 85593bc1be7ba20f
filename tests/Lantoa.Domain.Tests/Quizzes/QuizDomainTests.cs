using Lantoa.Domain.Budgets;
using Lantoa.Domain.Quizzes;

namespace Lantoa.Domain.Tests.Quizzes;

public class QuestionBankTextTests
{
    private const string Good = """
        Câu 1: Luật An ninh mạng được Quốc hội thông qua năm nào?
        A. 2015
        B. 2018
        C. 2020
        D. 2022
        Đáp án: B
        Chủ đề: Pháp luật
        Mức độ: Dễ
        Nguồn: Luật An ninh mạng số 24/2018/QH14

        Câu 2: Những việc nào giúp bảo vệ tài khoản trực tuyến? (nhiều đáp án)
        A. Bật xác thực hai lớp
        B. Dùng chung một mật khẩu cho mọi trang
        C. Cập nhật phần mềm thường xuyên
        Đáp án: A, C
        Giải thích: Mật khẩu dùng chung bị lộ ở một nơi
        là lộ ở mọi nơi.

        Câu 3: Ngày Chuyển đổi số quốc gia là ngày nào?
        A. 10/10
        *B. 10/11
        """;

    [Fact]
    public void Reads_single_multiple_and_marked_answers_with_metadata()
    {
        var r = QuestionBankText.Read(Good);
        Assert.False(r.HasErrors, string.Join("\n", r.Findings.Select(f => f.Message)));
        Assert.Equal([1, 2, 3], r.Questions.Select(q => q.Number));
        var q1 = r.Questions[0].Question;
        Assert.Equal(4, q1.Options.Count);
        Assert.Equal(["B"], q1.CorrectKeys);
        Assert.False(q1.Multiple);
        Assert.Equal("Pháp luật", q1.Topic);
        Assert.Equal(Difficulty.Easy, q1.Difficulty);
        Assert.Equal("Luật An ninh mạng số 24/2018/QH14", q1.Source);
        var q2 = r.Questions[1].Question;
        Assert.True(q2.Multiple);
        Assert.Equal(["A", "C"], q2.CorrectKeys);
        Assert.Equal("Những việc nào giúp bảo vệ tài khoản trực tuyến?", q2.Text);
        Assert.Equal("Mật khẩu dùng chung bị lộ ở một nơi là lộ ở mọi nơi.", q2.Explanation);
        Assert.Equal(["B"], r.Questions[2].Question.CorrectKeys);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_question_number()
    {
        var r = QuestionBankText.Read("""
            Câu 1: Câu không có đáp án?
            A. Một
            B. Hai
            Câu 2: Câu một đáp án mà đánh dấu hai?
            A. Một
            B. Hai
            C. Ba
            Đáp án: A, B
            Câu 3: Luật An ninh mạng có hiệu lực từ năm nào?
            A. 2019
            B. 2020
            Đáp án: A
            Câu 4: LUAT AN NINH MANG co hieu luc tu nam nao
            A. 2019
            B. 2021
            Đáp án: A
            Câu 5: Chỉ một phương án?
            A. Có
            Đáp án: A
            Câu 6: Đáp án lạ?
            A. Có
            B. Không
            Đáp án: E
            """);
        Assert.True(r.HasErrors);
        Assert.Equal([3], r.Questions.Select(q => q.Number));
        Assert.Contains(r.Findings, f => f.Code == "bank-no-answer" && f.Message.StartsWith("Câu 1:", StringComparison.Ordinal));
        Assert.Contains(r.Findings, f => f.Code == "bank-two-answers" && f.Message.StartsWith("Câu 2:", StringComparison.Ordinal));
        Assert.Contains(r.Findings, f => f.Code == "bank-duplicate" && f.Message == "Câu 4: trùng với Câu 3 (không kể dấu, hoa thường).");
        Assert.Contains(r.Findings, f => f.Code == "bank-options" && f.Location == "Câu 5");
        Assert.Contains(r.Findings, f => f.Code == "bank-answer-unknown" && f.Location == "Câu 6");
    }

    [Fact]
    public void A_question_already_in_the_bank_is_a_duplicate_without_regard_to_diacritics()
    {
        var r = QuestionBankText.Read("Câu 7: Ngày Chuyển đổi số quốc gia là ngày nào?\nA. 10/10\nB. 10/11\nĐáp án: A",
            existingTexts: ["ngay chuyen doi so quoc gia la ngay nao"]);
        Assert.Empty(r.Questions);
        Assert.Equal("bank-duplicate-existing", Assert.Single(r.Findings).Code);
    }

    [Fact]
    public void A_file_without_questions_says_so()
    {
        var r = QuestionBankText.Read("Đây là một văn bản khác.");
        Assert.Contains(r.Findings, f => f.Code == "bank-empty");
    }

    [Fact]
    public void Seven_options_are_refused()
    {
        var options = Enumerable.Range(0, 7).Select(i => new QuestionOption(((char)('A' + i)).ToString(), "Phương án " + i, i == 0)).ToList();
        Assert.Throws<DomainException>(() => new Question("Câu hỏi?", options, false, "Chung", Difficulty.Easy));
    }
}

public class QuizEligibilityTests
{
    private static readonly QuizRules TienGiang = new(MinAge: 11, AgeOn: new DateOnly(2024, 10, 1), ResidenceProvinceCode: "82");
    private static readonly DateOnly Today = new(2024, 10, 5);

    [Fact]
    public void Ten_on_the_rules_date_is_refused_with_the_reason_and_eleven_is_accepted()
    {
        var ten = QuizEligibility.Check(TienGiang, new Entrant(new DateOnly(2013, 10, 2), "82", null, true, false), Today);
        Assert.False(ten.Eligible);
        Assert.Equal("too-young", ten.Code);
        Assert.Equal("Cuộc thi dành cho người từ đủ 11 tuổi tính đến ngày 01/10/2024; theo ngày sinh 02/10/2013 bạn mới 10 tuổi.", ten.Reason);
        var eleven = QuizEligibility.Check(TienGiang, new Entrant(new DateOnly(2013, 10, 1), "82", null, true, false), Today);
        Assert.True(eleven.Eligible);
    }

    [Fact]
    public void A_non_resident_is_refused_where_residence_is_required_and_accepted_where_not()
    {
        var longAn = new Entrant(new DateOnly(1990, 1, 1), "80", null, true, false);
        var refused = QuizEligibility.Check(TienGiang, longAn, Today, "tỉnh Tiền Giang");
        Assert.Equal("not-resident", refused.Code);
        Assert.Contains("tỉnh Tiền Giang", refused.Reason);
        Assert.True(QuizEligibility.Check(TienGiang with { ResidenceProvinceCode = null }, longAn, Today).Eligible);
    }

    [Fact]
    public void Verification_birth_date_and_id_card_are_asked_when_the_rules_ask()
    {
        var rules = new QuizRules(RequiresVerified: true, RequiresIdCard: true);
        Assert.Equal("not-verified", QuizEligibility.Check(rules, new Entrant(null, "80", null, false, true), Today).Code);
        Assert.Equal("id-card-missing", QuizEligibility.Check(rules, new Entrant(null, "80", null, true, false), Today).Code);
        Assert.Equal("birth-date-missing", QuizEligibility.Check(new QuizRules(MinAge: 11), new Entrant(null, "80", null, true, false), Today).Code);
    }

    [Theory]
    [InlineData("079 203 012 345", "079203012345")]
    [InlineData("079203012345", "079203012345")]
    [InlineData("07920301234", null)]
    [InlineData("0792030123456", null)]
    [InlineData("07920301234a", null)]
    [InlineData(null, null)]
    public void A_CCCD_is_exactly_twelve_digits(string? input, string? expected)
    {
        var (number, error) = QuizEligibility.IdCard(input);
        Assert.Equal(expected, number);
        Assert.Equal(expected is null, error is not null);
    }
}

public class QuizPaperTests
{
    private static List<BankItem> Bank() =>
    [
        .. Enumerable.Range(1, 30).Select(i => new BankItem(i, i <= 10 ? "Pháp luật" : i <= 20 ? "An toàn thông tin" : "Chuyển đổi số",
            (Difficulty)(i % 3 + 1), [i * 10 + 1, i * 10 + 2, i * 10 + 3, i * 10 + 4])),
    ];

    [Fact]
    public void Quotas_are_met_and_each_question_appears_once_with_its_own_options()
    {
        var bank = Bank();
        var quotas = new[] { new PaperQuota("Pháp luật", null, 4), new PaperQuota(null, Difficulty.Hard, 3) };
        for (var seed = 0; seed < 20; seed++)
        {
            var paper = QuizPaper.Draw(bank, quotas, 12, new Random(seed));
            Assert.Equal(12, paper.Count);
            Assert.Equal(12, paper.Select(p => p.QuestionId).Distinct().Count());
            var items = paper.Select(p => bank.Single(b => b.Id == p.QuestionId)).ToList();
            Assert.True(items.Count(i => i.Topic == "Pháp luật") >= 4);
            Assert.True(items.Count(i => i.Difficulty == Difficulty.Hard) >= 3);
            foreach (var p in paper) Assert.Equal(bank.Single(b => b.Id == p.QuestionId).OptionIds.Order(), p.OptionOrder.Order());
        }
    }

    [Fact]
    public void Papers_differ_in_order_between_entrants()
    {
        var bank = Bank();
        var a = QuizPaper.Draw(bank, [], 10, new Random(1));
        var b = QuizPaper.Draw(bank, [], 10, new Random(2));
        Assert.NotEqual(a.Select(x => x.QuestionId), b.Select(x => x.QuestionId));
    }

    [Fact]
    public void A_quota_the_bank_cannot_fill_is_refused_in_Vietnamese()
    {
        var e = Assert.Throws<DomainException>(() => QuizPaper.Draw(Bank(), [new PaperQuota("Pháp luật", Difficulty.Hard, 8)], 10, new Random(1)));
        Assert.Contains("cơ cấu đề cần 8", e.Message);
    }
}

public class QuizScoringTests
{
    [Fact]
    public void Exactly_the_correct_options_count_and_unanswered_counts_nothing()
    {
        var paper = new[]
        {
            new ScoredQuestion(1, new HashSet<long> { 11 }),
            new ScoredQuestion(2, new HashSet<long> { 21, 23 }),
            new ScoredQuestion(3, new HashSet<long> { 31 }),
            new ScoredQuestion(4, new HashSet<long> { 41 }),
        };
        var answers = new Dictionary<long, IReadOnlyCollection<long>> { [1] = [11], [2] = [21], [3] = [31, 32] };
        Assert.Equal(new QuizScore(1, 4), QuizScoring.Score(paper, answers));
        answers[2] = [23, 21];
        answers[3] = [31];
        answers[4] = [41];
        Assert.True(QuizScoring.Score(paper, answers).AllCorrect);
    }
}

public class QuizRankingTests
{
    private static readonly DateTimeOffset T0 = new(2024, 10, 20, 20, 0, 0, TimeSpan.FromHours(7));
    private static readonly PrizeTier[] Tiers = [new("Giải nhất", 1, new Money(1_000_000)), new("Giải nhì", 2, new Money(700_000))];

    private static RankEntry E(long id, int score, int? prediction, long ms, int minutes = 0, string? phone = null, string? reason = null) =>
        new(id, (int)id, score, prediction, ms, T0.AddMinutes(minutes), phone is null ? [] : [phone], reason);

    [Fact]
    public void Ties_on_score_are_broken_by_prediction_error_then_time_then_submit_time()
    {
        var ranked = QuizRanking.Rank(
        [
            E(1, 18, 100, 60_000), E(2, 20, 500, 90_000), E(3, 20, 130, 90_000), E(4, 20, 130, 80_000),
            E(5, 20, 130, 80_000, minutes: 5), E(6, 20, null, 10_000),
        ], allCorrect: 120, Tiers);
        Assert.Equal([4L, 5, 3, 2, 6, 1], ranked.Select(r => r.Entry.AttemptId));
        Assert.Equal([1, 2, 3, 4, 5, 6], ranked.Select(r => r.Rank));
        Assert.Equal(10, ranked[0].PredictionError);
        Assert.Equal(["Giải nhất", "Giải nhì", "Giải nhì", null, null, null], ranked.Select(r => r.Prize));
    }

    [Fact]
    public void A_disqualification_moves_the_others_up()
    {
        var entries = new[] { E(1, 20, 10, 1000), E(2, 19, 10, 1000), E(3, 18, 10, 1000), E(4, 17, 10, 1000) };
        var before = QuizRanking.Rank(entries, 10, Tiers);
        Assert.Equal(4, before.Single(r => r.Entry.AttemptId == 4).Rank);
        entries[0] = entries[0] with { DisqualifiedReason = "Dùng nhiều tài khoản" };
        var after = QuizRanking.Rank(entries, 10, Tiers);
        Assert.Equal([2L, 3, 4], after.Select(r => r.Entry.AttemptId));
        Assert.Equal("Giải nhất", after[0].Prize);
        Assert.Equal(3, after.Single(r => r.Entry.AttemptId == 4).Rank);
        Assert.Equal("Giải nhì", after[2].Prize);
    }

    [Fact]
    public void One_prize_per_person_across_accounts_sharing_a_phone_e_mail_or_CCCD()
    {
        var ranked = QuizRanking.Rank(
        [
            E(1, 20, 10, 1000, phone: "0912345678"), E(2, 20, 10, 2000, phone: "0912345678"), E(3, 19, 10, 1000),
            new RankEntry(4, 4, 20, 10, 1500, T0, ["a@x.vn", "cccd:1"]), new RankEntry(5, 5, 19, 10, 900, T0, ["b@x.vn", "cccd:1"]),
        ], 10, Tiers);
        Assert.Equal([1L, 4, 3], ranked.Select(r => r.Entry.AttemptId));
        Assert.Equal(["Giải nhất", "Giải nhì", "Giải nhì"], ranked.Select(r => r.Prize));
    }

    [Fact]
    public void Long_An_2024_prizes_for_both_rounds_total_the_estimate_line()
    {
        var prizes = new PrizeStructure(
            [new("Giải nhất", 1, new Money(1_000_000)), new("Giải nhì", 2, new Money(700_000)), new("Giải ba", 3, new Money(500_000)),
             new("Giải khuyến khích", 5, new Money(300_000))], 2,
            [new("Giải tập thể có nhiều lượt thí sinh nhất", 1, new Money(500_000))]);
        Assert.Equal(new Money(11_300_000), prizes.Total);
        Assert.Null(prizes.CheckAgainst(new Money(11_300_000)));
        Assert.Equal("Tổng giải thưởng của cuộc thi là 11.300.000 đồng nhưng dòng dự toán ghi 11.000.000 đồng (chênh 300.000 đồng).",
            prizes.CheckAgainst(new Money(11_000_000)));
    }

    [Theory]
    [InlineData("Nguyễn Văn An", "Nguyễn V. A.")]
    [InlineData("Trần Thị Ngọc Ánh", "Trần T. N. Á.")]
    [InlineData("Lan", "L.")]
    public void Names_are_masked_for_the_public(string name, string masked) => Assert.Equal(masked, QuizRanking.MaskName(name));
}
