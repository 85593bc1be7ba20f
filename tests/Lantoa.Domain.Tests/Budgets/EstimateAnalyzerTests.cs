using Lantoa.Domain.Budgets;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Tests;

namespace Lantoa.Domain.Tests.Budgets;

public class EstimateAnalyzerTests
{
    private static readonly DateOnly Day = new(2024, 9, 15);

    private static Money M(long dong) => new(dong);

    private static EstimateLine Item(string label, string content, decimal? quantity = null, long? price = null, long? amount = null) =>
        EstimateLine.Item(label, content, null, quantity, price is { } p ? M(p) : null, amount is { } a ? M(a) : null);

    private static EstimateLine Group(string label, string content, long? stated = null)
    {
        var group = EstimateLine.Group(label, content);
        if (stated is { } s) group.SetFigures(null, null, M(s));
        return group;
    }

    private static Estimate Build(long? statedTotal, params EstimateLine[] lines)
    {
        var estimate = new Estimate("Dự trù kinh phí") { AppendixLabel = "Phụ lục II", StatedTotal = statedTotal is { } t ? M(t) : null };
        estimate.AddLines(lines);
        return estimate;
    }

    private static IEnumerable<Finding> Coded(EstimateAnalysis analysis, string code) => analysis.Findings.Where(f => f.Code == code);

    private static SpendingNorm Norm(string name, long max, string? unit = "người/buổi", DateOnly? from = null, DateOnly? to = null, int id = 0,
        string? source = "Nghị quyết số 12/2023/NQ-HĐND")
    {
        var norm = new SpendingNorm(80, name, unit, M(max), from ?? new DateOnly(2023, 1, 1), to, source);
        if (id > 0) norm.WithId(id); // as if saved
        return norm;
    }

    /// <summary>A small correct estimate: two groups, four items, all sums right.</summary>
    private static Estimate Sample() => Build(388_400_000,
        Group("I", "HỌP MẶT", 164_300_000),
        Item("1.", "Nước uống", 400, 40_000, 16_000_000),
        Item("2.", "Hỗ trợ tiền ăn", 400, 80_000, 32_000_000),
        Item("3.", "Thuê hội trường", 1, 116_300_000, 116_300_000),
        Group("II", "KHEN THƯỞNG", 224_100_000),
        Item("4.", "Bằng khen cá nhân", 30, 3_510_000, 105_300_000),
        Item("5.", "Bằng khen tập thể", 15, 7_020_000, 105_300_000),
        Item("6.", "Hoa trao giải", 45, 300_000, 13_500_000));

    [Fact]
    public void A_correct_estimate_has_no_findings_and_its_totals()
    {
        var analysis = EstimateAnalyzer.Analyze(Sample(), referenceDay: Day);
        Assert.Empty(analysis.Findings);
        Assert.Equal(M(388_400_000), analysis.ComputedTotal);
        Assert.Equal(M(388_400_000), analysis.StatedTotal);
        Assert.Equal([M(164_300_000), M(224_100_000)], analysis.Groups.Select(g => g.ComputedSubtotal));
        Assert.All(analysis.Groups, g => Assert.True(g.Matches));
        var hall = analysis.Lines[3];
        Assert.Equal(4, hall.Position);
        Assert.Equal("I", hall.Group!.Label);
        Assert.Equal(M(116_300_000), hall.ComputedAmount);
        Assert.Equal(M(116_300_000), hall.EffectiveAmount);
        var groupRow = analysis.Lines[4];
        Assert.Equal(M(224_100_000), groupRow.ComputedAmount);
        Assert.Equal(Money.Zero, groupRow.EffectiveAmount);
    }

    [Fact]
    public void Amount_differing_from_quantity_times_price_is_an_error()
    {
        var analysis = EstimateAnalyzer.Analyze(Build(null, Item("1.", "Nước uống", 400, 40_000, 15_000_000)), referenceDay: Day);
        var finding = Assert.Single(Coded(analysis, "amount-mismatch"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Phụ lục II, STT 1", finding.Location);
        Assert.Equal(1, finding.Line);
        Assert.Equal("STT 1: thành tiền ghi 15.000.000 đồng nhưng 400 × 40.000 đồng = 16.000.000 đồng (chênh lệch -1.000.000 đồng).", finding.Message);
        Assert.Equal(M(15_000_000), analysis.ComputedTotal); // the stated amount counts, and is flagged
    }

    [Fact]
    public void Amount_differing_from_the_written_calculation_is_an_error()
    {
        var line = Item("12", "Văn nghệ - Tập: 14 người x 50.000 đồng/người/buổi x 7 buổi - Diễn: 14 người x 100.000 đồng/người x 1 buổi", amount: 6_000_000);
        var analysis = EstimateAnalyzer.Analyze(Build(null, line), referenceDay: Day);
        var finding = Assert.Single(Coded(analysis, "amount-mismatch"));
        Assert.Contains("theo cách tính ghi trong nội dung là 6.300.000 đồng", finding.Message);
        Assert.Equal(M(6_300_000), analysis.Lines[0].FormulaValue);

        var right = Item("12", line.Content, amount: 6_300_000);
        Assert.Empty(Coded(EstimateAnalyzer.Analyze(Build(null, right), referenceDay: Day), "amount-mismatch"));
    }

    [Fact]
    public void A_written_calculation_disagreeing_with_quantity_times_price_is_a_warning()
    {
        var disagree = Item("1", "Bảo vệ (02 người x 300.000 đồng/ngày x 2 ngày)", 1, 600_000, 600_000);
        var finding = Assert.Single(Coded(EstimateAnalyzer.Analyze(Build(null, disagree), referenceDay: Day), "formula-mismatch"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("1.200.000 đồng", finding.Message);

        var agree = Item("1", "Bảo vệ (02 người x 300.000 đồng/ngày x 1 ngày)", 1, 600_000, 600_000);
        Assert.Empty(EstimateAnalyzer.Analyze(Build(null, agree), referenceDay: Day).Findings);

        // A calculation giving the unit price explains the price, not the amount.
        var perUnit = Item("2", "Suất ăn (1 suất x 80.000 đồng/suất x 1 bữa)", 400, 80_000, 32_000_000);
        Assert.Empty(EstimateAnalyzer.Analyze(Build(null, perUnit), referenceDay: Day).Findings);
    }

    [Fact]
    public void A_wrong_written_result_of_a_term_is_a_warning()
    {
        var wrong = Item("4", "Chuyên gia: + Trưởng ban: 01 người x 290.000 đồng/ngày + Thành viên: 3 người x 200.000 đồng/ngày = 500.000 đồng", amount: 890_000);
        var finding = Assert.Single(Coded(EstimateAnalyzer.Analyze(Build(null, wrong), referenceDay: Day), "formula-result-mismatch"));
        Assert.Contains("\"Thành viên\" ghi kết quả 500.000 đồng nhưng tính ra 600.000 đồng", finding.Message);

        var right = Item("4", wrong.Content.Replace("= 500.000", "= 600.000"), amount: 890_000);
        Assert.Empty(EstimateAnalyzer.Analyze(Build(null, right), referenceDay: Day).Findings);
    }

    [Fact]
    public void Group_subtotal_differing_from_its_items_is_an_error()
    {
        var estimate = Sample();
        estimate.Lines[4].SetFigures(null, null, M(224_000_000));
        var analysis = EstimateAnalyzer.Analyze(estimate, referenceDay: Day);
        var finding = Assert.Single(analysis.Findings);
        Assert.Equal("subtotal-mismatch", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Phụ lục II, Mục II", finding.Location);
        Assert.Equal(5, finding.Line);
        Assert.False(analysis.Groups[1].Matches);
        Assert.Equal(M(224_000_000), analysis.Groups[1].StatedSubtotal);
    }

    [Fact]
    public void Total_differing_from_the_lines_is_an_error()
    {
        var estimate = Sample();
        estimate.StatedTotal = M(388_000_000);
        var finding = Assert.Single(EstimateAnalyzer.Analyze(estimate, referenceDay: Day).Findings);
        Assert.Equal("total-mismatch", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Phụ lục II: Tổng cộng ghi 388.000.000 đồng nhưng cộng các dòng được 388.400.000 đồng (chênh lệch -400.000 đồng).", finding.Message);
    }

    [Fact]
    public void Editing_a_quantity_updates_the_amount_the_group_subtotal_and_the_total()
    {
        var estimate = Sample();
        var water = estimate.Lines[1];
        water.Edit(500, water.UnitPrice, water.StatedAmount);
        Assert.Equal(M(20_000_000), water.StatedAmount);

        var analysis = EstimateAnalyzer.Analyze(estimate, referenceDay: Day);
        Assert.Equal(M(20_000_000), analysis.Lines[1].EffectiveAmount);
        Assert.Equal(M(168_300_000), analysis.Groups[0].ComputedSubtotal);
        Assert.Equal(M(392_400_000), analysis.ComputedTotal);
        Assert.Empty(Coded(analysis, "amount-mismatch"));
        Assert.Single(Coded(analysis, "subtotal-mismatch"));
        Assert.Single(Coded(analysis, "total-mismatch"));

        // Analysed again from scratch: nothing stale.
        estimate.Lines[0].SetFigures(null, null, M(168_300_000));
        estimate.StatedTotal = M(392_400_000);
        Assert.Empty(EstimateAnalyzer.Analyze(estimate, referenceDay: Day).Findings);
    }

    [Fact]
    public void Duplicate_and_missing_numbers_within_a_group_are_warnings()
    {
        var estimate = Build(null,
            Item("1.", "A", amount: 1_000_000),
            Item("2.", "B", amount: 1_000_000),
            Item("4.", "C", amount: 1_000_000),
            Item("4.", "D", amount: 1_000_000),
            Item("8.", "E", amount: 1_000_000));
        var analysis = EstimateAnalyzer.Analyze(estimate, referenceDay: Day);
        var gaps = Coded(analysis, "numbering-gap").ToList();
        Assert.Equal(2, gaps.Count);
        Assert.Equal("STT 4: số thứ tự nhảy từ 2. lên 4. (thiếu 3.).", gaps[0].Message);
        Assert.Equal("STT 8: số thứ tự nhảy từ 4. lên 8. (thiếu 5., 6., 7.).", gaps[1].Message);
        var duplicate = Assert.Single(Coded(analysis, "duplicate-number"));
        Assert.Equal(4, duplicate.Line);
        Assert.All(analysis.Findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void A_number_going_back_is_a_warning_and_a_fragment_starting_later_is_not()
    {
        var estimate = Build(null, Item("1", "A", amount: 1_000_000), Item("3", "B", amount: 1_000_000), Item("2", "C", amount: 1_000_000));
        var analysis = EstimateAnalyzer.Analyze(estimate, referenceDay: Day);
        Assert.Equal(["numbering-gap", "numbering-order"], analysis.Findings.Select(f => f.Code));
        Assert.Equal("STT 2: số thứ tự 2 đứng sau 3.", analysis.Findings[1].Message);

        var fragment = Build(null, Item("15", "A", amount: 1_000_000), Item("16", "B", amount: 1_000_000));
        Assert.Empty(EstimateAnalyzer.Analyze(fragment, referenceDay: Day).Findings);
    }

    [Fact]
    public void Numbering_may_continue_across_groups_or_restart_in_each()
    {
        Assert.Empty(EstimateAnalyzer.Analyze(Sample(), referenceDay: Day).Findings); // 1–3 then 4–6

        var restarting = Build(null,
            Group("I", "A"), Item("1", "a", amount: 1_000_000), Item("2", "b", amount: 1_000_000),
            Group("II", "B"), Item("1", "c", amount: 1_000_000), Item("a)", "d", amount: 1_000_000), Item("b)", "e", amount: 1_000_000));
        Assert.Empty(EstimateAnalyzer.Analyze(restarting, referenceDay: Day).Findings);

        var skipping = Build(null,
            Group("I", "A"), Item("1", "a", amount: 1_000_000), Item("2", "b", amount: 1_000_000),
            Group("III", "B"), Item("5", "c", amount: 1_000_000));
        var gaps = Coded(EstimateAnalyzer.Analyze(skipping, referenceDay: Day), "numbering-gap").Select(f => f.Message).ToList();
        Assert.Equal(["Mục III: số thứ tự nhảy từ I lên III (thiếu II).", "STT 5: số thứ tự nhảy từ 2 lên 5 (thiếu 3, 4)."], gaps);
    }

    [Fact]
    public void Lettered_sub_items_restart_under_each_number()
    {
        var estimate = Build(null,
            Item("1.", "Hội trường"), Item("a)", "Máy lạnh", amount: 5_000_000), Item("b)", "Bàn ghế", amount: 10_000_000),
            Item("2.", "Âm thanh"), Item("a)", "Loa", amount: 4_000_000), Item("c)", "Micro", amount: 3_000_000));
        var analysis = EstimateAnalyzer.Analyze(estimate, referenceDay: Day);
        Assert.Empty(Coded(analysis, "duplicate-number"));
        var gap = Assert.Single(Coded(analysis, "numbering-gap"));
        Assert.Equal("STT c: số thứ tự nhảy từ a) lên c) (thiếu b)).", gap.Message);
    }

    [Fact]
    public void Letters_follow_the_vietnamese_order_without_f()
    {
        var estimate = Build(null, Item("a)", "x", amount: 1), Item("b)", "x", amount: 1), Item("c)", "x", amount: 1),
            Item("d)", "x", amount: 1), Item("đ)", "x", amount: 1), Item("e)", "x", amount: 1), Item("g)", "x", amount: 1), Item("i)", "x", amount: 1));
        var gap = Assert.Single(Coded(EstimateAnalyzer.Analyze(estimate, referenceDay: Day), "numbering-gap"));
        Assert.Equal("STT i: số thứ tự nhảy từ g) lên i) (thiếu h)).", gap.Message);
    }

    [Fact]
    public void Zero_amounts_are_warnings_and_lines_without_amount_are_info()
    {
        var estimate = Build(null,
            Item("1", "Nước uống", 0, 40_000, 0),
            Item("2", "Phần mềm: Đề nghị VNPT Long An tài trợ."),
            Item("3", "Hoa", amount: 3_200_000));
        var analysis = EstimateAnalyzer.Analyze(estimate, referenceDay: Day);
        var zero = Assert.Single(Coded(analysis, "zero-amount"));
        Assert.Equal((Severity.Warning, 1), (zero.Severity, zero.Line));
        var none = Assert.Single(Coded(analysis, "no-amount"));
        Assert.Equal((Severity.Info, 2), (none.Severity, none.Line));
        Assert.Equal(M(3_200_000), analysis.ComputedTotal);
        Assert.Equal(2, analysis.Findings.Count);
    }

    [Fact]
    public void A_tiny_amount_among_millions_is_flagged_as_truncated()
    {
        var estimate = Build(null,
            Item("1", "Nước uống", amount: 16_000_000),
            Item("2", "Tiền ăn", amount: 32_000_000),
            Item("3", "Hội trường", amount: 15_000_000),
            Item("4", "Văn nghệ", amount: 1_000),
            Item("5", "Âm thanh", amount: 7_000_000));
        var finding = Assert.Single(EstimateAnalyzer.Analyze(estimate, referenceDay: Day).Findings);
        Assert.Equal(("truncated-amount", Severity.Warning, 4), (finding.Code, finding.Severity, finding.Line));
    }

    [Fact]
    public void Small_amounts_that_fit_their_estimate_are_not_flagged()
    {
        // A small estimate: a thousandth of the median is tiny.
        var small = Build(null,
            Item("1", "Nước", amount: 200_000), Item("2", "Giấy", amount: 50_000), Item("3", "Bút", amount: 20_000), Item("4", "Ghim", amount: 5_000));
        Assert.Empty(EstimateAnalyzer.Analyze(small, referenceDay: Day).Findings);

        // 400.000 among hundreds of millions is unusual but not truncated (at least 100.000 đồng).
        var large = Build(null,
            Item("1", "A", amount: 105_300_000), Item("2", "B", amount: 105_300_000), Item("3", "C", amount: 400_000), Item("4", "D", amount: 400_000_000));
        Assert.Empty(EstimateAnalyzer.Analyze(large, referenceDay: Day).Findings);

        // Too few amounts to judge.
        var few = Build(null, Item("1", "A", amount: 100_000_000), Item("2", "B", amount: 1_000));
        Assert.Empty(EstimateAnalyzer.Analyze(few, referenceDay: Day).Findings);
    }

    [Fact]
    public void A_unit_price_above_a_norm_in_force_is_a_warning_naming_the_norm()
    {
        var norms = new[] { Norm("Chi báo cáo viên", 1_000_000) };
        var line = Item("15", "Chi báo cáo viên: 01 chuyên viên chính 1.200.000 đồng/buổi", amount: 1_200_000);
        var analysis = EstimateAnalyzer.Analyze(Build(null, line), norms, Day);
        var finding = Assert.Single(analysis.Findings);
        Assert.Equal(("norm-exceeded", Severity.Warning, 1), (finding.Code, finding.Severity, finding.Line));
        Assert.Equal("STT 15: đơn giá 1.200.000 đồng vượt định mức \"Chi báo cáo viên\" (tối đa 1.000.000 đồng/người/buổi, "
            + "theo Nghị quyết số 12/2023/NQ-HĐND).", finding.Message);
        Assert.Same(norms[0], analysis.Lines[0].Norm);

        var within = Item("15", "Chi báo cáo viên", 1, 1_000_000, 1_000_000);
        Assert.Empty(EstimateAnalyzer.Analyze(Build(null, within), norms, Day).Findings);
    }

    [Fact]
    public void A_norm_not_in_force_on_the_day_is_ignored()
    {
        var expired = Norm("Nước uống", 30_000, from: new DateOnly(2020, 1, 1), to: new DateOnly(2023, 12, 31));
        var future = Norm("Nước uống", 20_000, from: new DateOnly(2025, 1, 1));
        var line = Item("1", "Nước uống đại biểu", 400, 40_000, 16_000_000);
        var analysis = EstimateAnalyzer.Analyze(Build(null, line), [expired, future], Day);
        Assert.Empty(analysis.Findings);
        Assert.Null(analysis.Lines[0].Norm);

        Assert.Single(Coded(EstimateAnalyzer.Analyze(Build(null, line), [expired, future], new DateOnly(2023, 6, 1)), "norm-exceeded"));
    }

    [Fact]
    public void A_line_linked_to_a_norm_is_checked_against_it_whatever_its_words()
    {
        var norm = Norm("Bồi dưỡng người phục vụ", 150_000, id: 7);
        var line = Item("16", "Kỹ thuật, vệ sinh, trật tự", 8, 200_000, 1_600_000);
        Assert.Empty(EstimateAnalyzer.Analyze(Build(null, line), [norm], Day).Findings);

        line.NormId = 7;
        var finding = Assert.Single(EstimateAnalyzer.Analyze(Build(null, line), [norm], Day).Findings);
        Assert.Equal("norm-exceeded", finding.Code);
        Assert.Contains("\"Bồi dưỡng người phục vụ\"", finding.Message);
    }

    [Fact]
    public void The_longest_matching_norm_name_wins_and_loose_word_overlaps_do_not_match()
    {
        var general = Norm("Bồi dưỡng", 500_000);
        var specific = Norm("Bồi dưỡng biểu diễn văn nghệ", 80_000);
        var norms = new[] { general, specific };
        var line = Item("12", "Bồi dưỡng biểu diễn văn nghệ: 14 người x 100.000 đồng/người x 1 buổi", amount: 1_400_000);
        var analysis = EstimateAnalyzer.Analyze(Build(null, line), norms, Day);
        Assert.Same(specific, analysis.Lines[0].Norm);
        Assert.Contains("tối đa 80.000 đồng", Assert.Single(analysis.Findings).Message);

        // Diacritics and word order of the content do not matter to a whole-name match; a few shared words do not make one.
        var folded = Item("1", "Chi BOI DUONG bieu dien van nghe", 1, 100_000, 100_000);
        Assert.Same(specific, EstimateAnalyzer.Analyze(Build(null, folded), norms, Day).Lines[0].Norm);
        var unrelated = Item("2", "Thuê diễn viên văn nghệ chuyên nghiệp", 1, 40_000_000, 40_000_000);
        Assert.Null(EstimateAnalyzer.Analyze(Build(null, unrelated), [specific], Day).Lines[0].Norm);
    }

    [Fact]
    public void Most_of_a_norm_name_in_the_content_matches_it()
    {
        var norm = Norm("Chi tiền giải khát cho đại biểu dự hội nghị", 40_000);
        var line = Item("18", "Chi tiền giải khát cho đại biểu dự lễ: 120 người x 50.000 đồng/người/buổi", amount: 6_000_000);
        var analysis = EstimateAnalyzer.Analyze(Build(null, line), [norm], Day);
        Assert.Same(norm, analysis.Lines[0].Norm);
        Assert.Equal("norm-exceeded", Assert.Single(analysis.Findings).Code);
    }

    [Fact]
    public void Totals_are_given_by_funding_source()
    {
        var estimate = Sample();
        estimate.FundingSourceId = 1;
        estimate.Lines[5].FundingSourceId = 2;
        estimate.Lines[6].FundingSourceId = 2;
        var totals = EstimateAnalyzer.Analyze(estimate, referenceDay: Day).TotalsBySource;
        Assert.Equal([new FundingSourceTotal(1, M(177_800_000)), new FundingSourceTotal(2, M(210_600_000))], totals);

        var unsourced = EstimateAnalyzer.Analyze(Sample(), referenceDay: Day).TotalsBySource;
        Assert.Equal([new FundingSourceTotal(null, M(388_400_000))], unsourced);
    }

    [Fact]
    public void An_amount_beyond_the_limit_is_an_error_not_an_exception()
    {
        var huge = Item("1", "Sai số liệu", 1_000_000_000, 999_999_999_999, null);
        var analysis = EstimateAnalyzer.Analyze(Build(null, huge, Item("2", "Nước", amount: 1_000_000)), referenceDay: Day);
        Assert.Equal(Severity.Error, Assert.Single(Coded(analysis, "overflow")).Severity);
        Assert.Equal(M(1_000_000), analysis.ComputedTotal);
    }

    [Fact]
    public void A_large_estimate_is_analysed_line_by_line()
    {
        var norms = Enumerable.Range(0, 300).Select(i => Norm($"Nội dung chi số {i} của tỉnh", 1_000_000)).ToList();
        var lines = new List<EstimateLine>();
        for (var g = 0; g < 20; g++)
        {
            lines.Add(Group(EstimateAnalyzerTestsRoman(g + 1), $"NHÓM {g + 1}"));
            for (var i = 1; i <= 100; i++)
                lines.Add(Item($"{g * 100 + i}.", $"Nội dung chi số {i} của tỉnh: {i} người x 50.000 đồng/người", amount: i * 50_000L));
        }

        var estimate = Build(20 * 50_000L * 5050, lines.ToArray());
        var analysis = EstimateAnalyzer.Analyze(estimate, norms, Day);
        Assert.Empty(analysis.Findings);
        Assert.Equal(2_020, analysis.Lines.Count);
        Assert.Equal(M(20 * 50_000L * 5050), analysis.ComputedTotal);
        Assert.Equal(norms[100], analysis.Lines[^1].Norm);
    }

    private static string EstimateAnalyzerTestsRoman(int n) =>
        string.Concat(Enumerable.Repeat("X", n / 10)) + (n % 10) switch
        {
            0 => "", 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", _ => "IX",
        };
}
