using Lantoa.Domain.Budgets;
using Lantoa.Domain.Findings;
using Lantoa.Domain.Tests.Units;

namespace Lantoa.Domain.Tests.Budgets;

/// <summary>
/// The four budget appendices of the Long An 2024 Digital Transformation Day plan, cut from the seed the way a user would
/// paste them (from "Phụ lục …" to the blank line after the "Tổng cộng" row), read and analysed.
/// </summary>
public class SeedAppendixTests
{
    private const string SeedFile = "longan-2024-ngay-cds.txt";

    private static readonly Lazy<string[]> SeedLines = new(() => SharedData.Seed(SeedFile).Replace("\r\n", "\n").Split('\n'));

    /// <summary>From the line "Phụ lục {number}" to the blank line after its total row (or the end of the file).</summary>
    internal static string Appendix(string number)
    {
        var lines = SeedLines.Value;
        var start = Array.FindIndex(lines, l => l.Trim() == $"Phụ lục {number}");
        Assert.True(start >= 0, $"Phụ lục {number} not found in {SeedFile}");
        var total = Array.FindIndex(lines, start, l => l.Split('\t').Any(c => c.Trim().TrimEnd(':').Equals("Tổng cộng", StringComparison.OrdinalIgnoreCase)));
        Assert.True(total > start, $"no total row after Phụ lục {number}");
        var end = Array.FindIndex(lines, total, l => l.Trim().Length == 0);
        if (end < 0) end = lines.Length;
        return string.Join('\n', lines[start..end]);
    }

    private static (Estimate Estimate, EstimateReadResult Read) ReadAppendix(string number)
    {
        var read = EstimateTableReader.ReadText(Appendix(number));
        Assert.True(read.Success, string.Join("\n", read.Findings.Select(f => f.Message)));
        return (read.Estimate!, read);
    }

    private static EstimateLine ItemAt(Estimate estimate, string label) =>
        Assert.Single(estimate.Lines, l => l.Kind == EstimateLineKind.Item && l.Label?.TrimEnd('.') == label);

    [Theory]
    [InlineData("II", 388_400_000, 24, 2)]
    [InlineData("III", 57_950_000, 12, 0)]
    [InlineData("IV", 63_365_000, 23, 0)]
    [InlineData("V", 131_210_000, 19, 0)]
    public void Each_appendix_adds_up_to_its_stated_total(string number, long total, int items, int groups)
    {
        var (estimate, read) = ReadAppendix(number);
        Assert.DoesNotContain(read.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(new Money(total), estimate.StatedTotal);
        Assert.Equal(items, estimate.Lines.Count(l => l.Kind == EstimateLineKind.Item));
        Assert.Equal(groups, estimate.Lines.Count(l => l.Kind == EstimateLineKind.Group));
        Assert.Equal($"Phụ lục {number}", estimate.AppendixLabel);
        Assert.Equal("(Kèm theo Kế hoạch số /KH-UBND ngày /9/2024 của UBND tỉnh)", estimate.AttachedTo);
        Assert.StartsWith("DỰ TRÙ KINH PHÍ THỰC HIỆN ", estimate.Title);

        var analysis = EstimateAnalyzer.Analyze(estimate);
        Assert.Equal(new Money(total), analysis.ComputedTotal);
        Assert.Equal(analysis.StatedTotal, analysis.ComputedTotal);
        Assert.DoesNotContain(analysis.Findings, f => f.Severity == Severity.Error);
        Assert.DoesNotContain(analysis.Findings, f => f.Code is "truncated-amount" or "numbering-gap" or "duplicate-number" or "formula-mismatch");
    }

    [Fact]
    public void Appendix_II_has_its_title_groups_and_figures()
    {
        var (estimate, read) = ReadAppendix("II");
        Assert.Equal("DỰ TRÙ KINH PHÍ THỰC HIỆN HỌP MẶT ĐẠI DIỆN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG", estimate.Title);
        var groups = estimate.Lines.Where(l => l.Kind == EstimateLineKind.Group).ToList();
        Assert.Equal(["I", "II"], groups.Select(g => g.Label));
        Assert.Equal("HỌP MẶT ĐẠI DIỆN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG", groups[0].Content);
        Assert.Equal("KHEN THƯỞNG CÁC TẬP THỂ, CÁ NHÂN TỔ CNSCĐ", groups[1].Content);

        var water = ItemAt(estimate, "1");
        Assert.Equal("Nước uống", water.Content);
        Assert.Equal("Người", water.UnitOfMeasure);
        Assert.Equal(400m, water.Quantity);
        Assert.Equal(new Money(40_000), water.UnitPrice);
        Assert.Equal(new Money(16_000_000), water.StatedAmount);
        Assert.Equal(new Money(16_000_000), water.ComputedAmount);
        Assert.Null(water.Formula);
        Assert.Same(groups[1], EstimateAnalyzer.Analyze(estimate).Lines.Single(l => l.Line == ItemAt(estimate, "22")).Group);
        Assert.Equal(new Money(105_300_000), ItemAt(estimate, "23").ComputedAmount);

        // The header repeated after the page break is not a line; STT 19 follows STT 18, read from the row after it.
        Assert.Equal("Phòng nghỉ cho khách mời ngoài tỉnh", ItemAt(estimate, "19").Content);
        var rowOf19 = read.LineRows[estimate.Lines.ToList().IndexOf(ItemAt(estimate, "19"))];
        Assert.Equal("19.", SeedLineAt(number: "II", row: rowOf19).Split('\t')[0]);

        var analysis = EstimateAnalyzer.Analyze(estimate);
        Assert.Equal([new Money(164_300_000), new Money(224_100_000)], analysis.Groups.Select(g => g.ComputedSubtotal));
    }

    [Fact]
    public void Pasting_the_whole_plan_reads_its_first_estimate_table()
    {
        var read = EstimateTableReader.ReadText(SharedData.Seed(SeedFile));
        var estimate = read.Estimate!;
        Assert.Equal("Phụ lục II", estimate.AppendixLabel);
        Assert.Equal("DỰ TRÙ KINH PHÍ THỰC HIỆN HỌP MẶT ĐẠI DIỆN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG", estimate.Title);
        Assert.Equal(new Money(388_400_000), estimate.StatedTotal);
        Assert.DoesNotContain(read.Findings, f => f.Severity == Severity.Error);
        Assert.Contains(read.Findings, f => f.Code == "rows-after-total");
    }

    [Fact]
    public void The_participants_appendix_is_not_taken_for_an_estimate()
    {
        var lines = SeedLines.Value;
        var start = Array.FindIndex(lines, l => l.Trim() == "Phụ lục I");
        var end = Array.FindIndex(lines, start, l => l.Trim() == "Phụ lục II");
        var read = EstimateTableReader.ReadText(string.Join('\n', lines[start..end]));
        Assert.Null(read.Estimate);
        var error = Assert.Single(read.Findings);
        Assert.Equal("missing-column", error.Code);
        Assert.Contains("NỘI DUNG", error.Message);
    }

    private static string SeedLineAt(string number, int row) => Appendix(number).Split('\n')[row - 1];

    [Fact]
    public void Appendix_III_line_12_has_its_calculation_in_parentheses()
    {
        var (estimate, _) = ReadAppendix("III");
        var guard = ItemAt(estimate, "12");
        Assert.Equal(new Money(600_000), guard.Formula?.Value);
        Assert.Equal(new Money(600_000), guard.ComputedAmount); // 1 ngày × 600.000
    }

    [Fact]
    public void Appendix_IV_amounts_come_from_the_written_factors()
    {
        var (estimate, _) = ReadAppendix("IV");
        Assert.Equal("DỰ TRÙ KINH PHÍ THỰC HIỆN HỘI THI TRỰC TUYẾN TÌM HIỂU VỀ CHÍNH SÁCH PHÁP LUẬT CỦA NHÀ NƯỚC VỀ LĨNH VỰC KHÔNG GIAN MẠNG",
            estimate.Title);
        var concert = ItemAt(estimate, "12");
        Assert.Null(concert.Quantity);
        Assert.Equal(new Money(6_300_000), concert.ComputedAmount);
        Assert.Equal(new Money(6_300_000), concert.StatedAmount);
        Assert.Equal(2, concert.Formula!.Terms.Count);

        var experts = ItemAt(estimate, "4");
        Assert.Equal(new Money(1_140_000), experts.ComputedAmount);
        Assert.Equal(3, experts.Formula!.Terms.Count);
        Assert.Equal(new Money(600_000), experts.Formula.Terms[^1].StatedValue);

        Assert.Equal(new Money(11_300_000), ItemAt(estimate, "19").ComputedAmount);
        Assert.Equal(new Money(5_500_000), ItemAt(estimate, "10").StatedAmount);
        Assert.Null(ItemAt(estimate, "10").ComputedAmount);

        var sponsored = ItemAt(estimate, "6");
        Assert.Null(sponsored.StatedAmount);
        Assert.Null(sponsored.ComputedAmount);
        var analysis = EstimateAnalyzer.Analyze(estimate);
        Assert.Contains(analysis.Findings, f => f.Code == "no-amount" && f.Severity == Severity.Info && f.Location!.Contains("STT 6"));
    }

    [Fact]
    public void Appendix_V_reads_every_written_calculation()
    {
        var (estimate, _) = ReadAppendix("V");
        var withFormula = estimate.Lines.Where(l => l.Formula is not null).Select(l => l.Label).ToList();
        Assert.Equal(["2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "15", "16", "17", "18", "19"], withFormula);
        Assert.All(estimate.Lines.Where(l => l.Formula is not null), l => Assert.Equal(l.StatedAmount, l.ComputedAmount));
        Assert.Equal(new Money(10_360_000), ItemAt(estimate, "5").ComputedAmount);
        Assert.Equal(new Money(1_500_000), ItemAt(estimate, "19").ComputedAmount);
        Assert.Equal(new Money(1_200_000), ItemAt(estimate, "15").ComputedAmount);
    }

    [Fact]
    public void All_written_calculations_of_the_seed_agree_with_their_amounts()
    {
        foreach (var number in new[] { "III", "IV", "V" })
        {
            var (estimate, _) = ReadAppendix(number);
            foreach (var line in estimate.Lines.Where(l => l.Formula is not null))
                Assert.True(line.Formula!.Value == line.StatedAmount, $"Phụ lục {number}, STT {line.Label}: {line.Formula.Value} ≠ {line.StatedAmount}");
        }
    }
}
