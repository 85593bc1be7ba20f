using Lantoa.Domain.Budgets;
using Lantoa.Domain.Commendations;
using Lantoa.Domain.Units;

namespace Lantoa.Domain.Tests.Commendations;

public class CommendationRulesTests
{
    private const string Source = "Nghị định số 98/2023/NĐ-CP, Điều 73";

    private static readonly BaseSalary[] Salaries =
    [
        new BaseSalary(1, new Money(1_800_000), new EffectivePeriod(new DateOnly(2023, 7, 1), new DateOnly(2024, 6, 30)), null),
        new BaseSalary(1, new Money(2_340_000), new EffectivePeriod(new DateOnly(2024, 7, 1), null), null),
    ];

    private static readonly AwardCoefficient[] Coefficients =
    [
        new AwardCoefficient(1, 7, NomineeKind.Individual, 1.5m, new EffectivePeriod(new DateOnly(2024, 1, 1), null), Source),
        new AwardCoefficient(1, 7, NomineeKind.Collective, 3.0m, new EffectivePeriod(new DateOnly(2024, 1, 1), null), Source),
    ];

    [Fact]
    public void Long_An_2024_cash_is_the_coefficient_times_the_base_salary_of_the_decision_day()
    {
        var individual = AwardCash.On(new DateOnly(2024, 10, 8), 7, NomineeKind.Individual, Salaries, Coefficients);
        var collective = AwardCash.On(new DateOnly(2024, 10, 8), 7, NomineeKind.Collective, Salaries, Coefficients);
        Assert.Equal(new Money(3_510_000), individual.Amount);
        Assert.Equal(new Money(7_020_000), collective.Amount);
        Assert.Equal(new Money(105_300_000), individual.Amount.Times(30));
        Assert.Equal(new Money(105_300_000), collective.Amount.Times(15));
        Assert.Equal("1,5 × 2.340.000 = 3.510.000 đồng", individual.Formula);
        Assert.Equal(Source, individual.LegalSource);
    }

    [Fact]
    public void A_decision_dated_30_June_2024_uses_the_base_salary_of_1_800_000()
    {
        var individual = AwardCash.On(new DateOnly(2024, 6, 30), 7, NomineeKind.Individual, Salaries, Coefficients);
        Assert.Equal(new Money(1_800_000), individual.BaseSalary);
        Assert.Equal(new Money(2_700_000), individual.Amount);
        Assert.Equal(new Money(5_400_000), AwardCash.On(new DateOnly(2024, 6, 30), 7, NomineeKind.Collective, Salaries, Coefficients).Amount);
        Assert.Equal(new Money(2_340_000), AwardCash.On(new DateOnly(2024, 7, 1), 7, NomineeKind.Individual, Salaries, Coefficients).BaseSalary);
    }

    [Fact]
    public void Cash_is_rounded_up_to_ten_thousand_dong()
    {
        Assert.Equal(new Money(1_800_000), AwardCash.Compute(0.765m, new Money(2_340_000)));   // 1.790.100
        Assert.Equal(new Money(1_810_000), AwardCash.Compute(0.77m, new Money(2_340_000)));    // 1.801.800
        Assert.Equal(new Money(2_700_000), AwardCash.Compute(1.5m, new Money(1_800_000)));     // already round
    }

    [Fact]
    public void A_day_without_a_rate_is_a_clear_message()
    {
        var e = Assert.Throws<DomainException>(() => AwardCash.On(new DateOnly(2023, 1, 1), 7, NomineeKind.Individual, Salaries, Coefficients));
        Assert.Equal("Chưa có mức lương cơ sở áp dụng ngày 01/01/2023.", e.Message);
        e = Assert.Throws<DomainException>(() => AwardCash.On(new DateOnly(2024, 10, 8), 8, NomineeKind.Individual, Salaries, Coefficients));
        Assert.Contains("Chưa có hệ số tiền thưởng cho cá nhân", e.Message);
    }

    [Fact]
    public void Overlapping_periods_are_refused_and_an_open_ended_one_is_closed_by_the_next()
    {
        var existing = new[] { new EffectivePeriod(new DateOnly(2023, 7, 1), null) };
        var close = EffectivePeriod.Admit(existing, new EffectivePeriod(new DateOnly(2024, 7, 1), null), "Mức lương cơ sở");
        Assert.Equal((0, new DateOnly(2024, 6, 30)), close);

        var closed = new[] { new EffectivePeriod(new DateOnly(2023, 7, 1), new DateOnly(2024, 6, 30)), new EffectivePeriod(new DateOnly(2024, 7, 1), null) };
        var e = Assert.Throws<DomainException>(() => EffectivePeriod.Admit(closed, new EffectivePeriod(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31)), "Mức lương cơ sở"));
        Assert.Equal("Mức lương cơ sở 01/01/2024 – 31/03/2024 trùng thời gian với mức đã có (01/07/2023 – 30/06/2024).", e.Message);
        Assert.Throws<DomainException>(() => EffectivePeriod.Admit(closed, new EffectivePeriod(new DateOnly(2024, 7, 1), null), "Hệ số"));
        Assert.Null(EffectivePeriod.Admit(closed[..1], new EffectivePeriod(new DateOnly(2024, 7, 1), null), "Hệ số"));
        Assert.Throws<DomainException>(() => EffectivePeriod.Checked(new DateOnly(2024, 7, 1), new DateOnly(2024, 6, 1)));
        // A bounded period inside an open-ended one would leave a gap after it: refused, not a silent close.
        Assert.Throws<DomainException>(() => EffectivePeriod.Admit(existing, new EffectivePeriod(new DateOnly(2024, 6, 1), new DateOnly(2024, 12, 31)), "Hệ số"));
    }

    [Fact]
    public void The_seed_plans_award_lines_are_read_with_their_counts_and_per_district_quotas()
    {
        const string content = """
            - Tổ chức họp mặt cá nhân tiêu biểu Tổ Công nghệ số cộng đồng toàn tỉnh.
            Tôn vinh, khen thưởng các tập thể, cá nhân có thành tích xuất sắc:
            + Bằng khen của Chủ tịch UBND tỉnh cho **15** tập thể Tổ Công nghệ số cộng đồng (*toàn tỉnh có 996 Tổ CNSCD, mỗi huyện khen thưởng 01 Tổ CNSCD tiêu biểu*).
            + Bằng khen của Chủ tịch UBND tỉnh cho **30** cá nhân là thành viên Tổ Công nghệ số cộng đồng (*toàn tỉnh có 5.352 thành viên Tổ CNSCD, mỗi huyện khen thưởng 02 thành viên Tổ CNSCD tiêu biểu*).
            """;
        var read = CommendationText.Read(content);
        Assert.Equal(2, read.Count);
        Assert.Equal(new CommendationText.Announced("Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen", NomineeKind.Collective, 15, "Tổ Công nghệ số cộng đồng", 1, "huyện"), read[0]);
        Assert.Equal(new CommendationText.Announced("Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen", NomineeKind.Individual, 30, "thành viên Tổ Công nghệ số cộng đồng", 2, "huyện"), read[1]);
        Assert.Empty(CommendationText.Read("- Biểu dương, khen thưởng các cá nhân (theo tình hình thực tế)."));
        Assert.Single(CommendationText.Read("Giấy khen của Giám đốc Sở cho 05 cá nhân có thành tích."));
    }

    [Fact]
    public void A_group_quota_is_held_by_each_member_and_a_unit_quota_wins()
    {
        var districts = new UnitGroup(1, "UBND cấp huyện") { RuleKind = UnitKind.DistrictCommittee }.WithId(3);
        var benLuc = new Unit(1, "UBND huyện Bến Lức", UnitKind.DistrictCommittee).WithId(10);
        var ducHoa = new Unit(1, "UBND huyện Đức Hòa", UnitKind.DistrictCommittee).WithId(11);
        var paper = new Unit(1, "Báo Long An", UnitKind.Press).WithId(12);
        var units = new[] { benLuc, ducHoa, paper };
        var round = new CommendationRound(1, 1, 1, "Đợt thử", new DateOnly(2024, 10, 7));
        var teams = round.AddAward(7, NomineeKind.Collective, 15, null);
        round.SetQuota(teams, null, districts.Id, 1);
        round.SetQuota(teams, ducHoa.Id, null, 3);
        Assert.Equal(1, round.QuotaOf(teams, benLuc, units, [districts]));
        Assert.Equal(3, round.QuotaOf(teams, ducHoa, units, [districts]));
        Assert.Equal(0, round.QuotaOf(teams, paper, units, [districts]));

        var e = Assert.Throws<DomainException>(() => CommendationRound.CheckQuota(1, 1, teams, "Bằng khen của Chủ tịch UBND tỉnh"));
        Assert.Equal("Vượt chỉ tiêu: đơn vị đã đề nghị 1/1 tập thể cho Bằng khen của Chủ tịch UBND tỉnh, không thể đề nghị thêm.", e.Message);
        CommendationRound.CheckQuota(3, 2, teams, "Bằng khen");
        Assert.Throws<DomainException>(() => round.AddAward(7, NomineeKind.Collective, 2, null));
    }

    [Fact]
    public void Verification_codes_are_random_and_long()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => Nomination.NewCode()).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[a-z2-9]{20}$", c));
    }

    [Fact]
    public void A_nomination_is_sent_returned_sent_again_and_accepted_and_the_decision_is_not_dated_before_the_deadline()
    {
        var n = new Nomination(1, 1, 1, 10, NomineeKind.Individual, "Nguyễn Văn An", "Tổ trưởng", "xã Mỹ Yên", "Hướng dẫn 1.200 hộ dân cài đặt VNeID.", 5, DateTimeOffset.UnixEpoch);
        Assert.Throws<DomainException>(() => n.Return(6, DateTimeOffset.UnixEpoch, " "));
        n.Return(6, DateTimeOffset.UnixEpoch, "Bổ sung số liệu");
        Assert.Null(n.VerificationCode);
        n.Resubmit(5, DateTimeOffset.UnixEpoch);
        n.Accept(6, DateTimeOffset.UnixEpoch);
        Assert.Equal(NominationStatus.Accepted, n.Status);
        Assert.NotNull(n.VerificationCode);
        Assert.Throws<DomainException>(() => new Nomination(1, 1, 1, 10, NomineeKind.Individual, "Trần Thị Bình", null, null, "Thành tích", 5, DateTimeOffset.UnixEpoch));

        var d = new CommendationDecision(1, 1);
        var e = Assert.Throws<DomainException>(() => d.Sign("1234/QĐ-UBND", new DateOnly(2024, 10, 6), "KT. CHỦ TỊCH", "Nguyễn Văn Út", new DateOnly(2024, 10, 7), DateTimeOffset.UnixEpoch));
        Assert.Equal("Ngày ký quyết định (06/10/2024) không được trước ngày hết hạn nhận hồ sơ đề nghị (07/10/2024).", e.Message);
        Assert.False(d.IsSigned);
        d.Sign("1234/QĐ-UBND", new DateOnly(2024, 10, 8), "KT. CHỦ TỊCH", "Nguyễn Văn Út", new DateOnly(2024, 10, 7), DateTimeOffset.UnixEpoch);
        Assert.True(d.IsSigned);
    }
}
