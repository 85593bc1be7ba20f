using System.Text;
using Lantoa.Domain.Budgets;

namespace Lantoa.Domain.Tests.Budgets;

public class MoneyWordsTests
{
    // Every expected string below was written out by hand from the reading rules, not produced by the code.
    [Theory]
    // Units and the teens: "mười" for 10–19, "lăm" after "mười", "bốn" never "tư".
    [InlineData(0, "Không đồng")]
    [InlineData(1, "Một đồng")]
    [InlineData(4, "Bốn đồng")]
    [InlineData(5, "Năm đồng")]
    [InlineData(9, "Chín đồng")]
    [InlineData(10, "Mười đồng")]
    [InlineData(11, "Mười một đồng")]
    [InlineData(14, "Mười bốn đồng")]
    [InlineData(15, "Mười lăm đồng")]
    // Tens: "mươi" from 20, "mốt" for a 1 after "mươi", "lăm" for a 5 after "mươi".
    [InlineData(20, "Hai mươi đồng")]
    [InlineData(21, "Hai mươi mốt đồng")]
    [InlineData(24, "Hai mươi bốn đồng")]
    [InlineData(25, "Hai mươi lăm đồng")]
    [InlineData(31, "Ba mươi mốt đồng")]
    [InlineData(44, "Bốn mươi bốn đồng")]
    [InlineData(55, "Năm mươi lăm đồng")]
    [InlineData(70, "Bảy mươi đồng")]
    // Hundreds: "linh" for a zero tens digit after the hundreds.
    [InlineData(100, "Một trăm đồng")]
    [InlineData(101, "Một trăm linh một đồng")]
    [InlineData(104, "Một trăm linh bốn đồng")]
    [InlineData(105, "Một trăm linh năm đồng")]
    [InlineData(110, "Một trăm mười đồng")]
    [InlineData(111, "Một trăm mười một đồng")]
    [InlineData(114, "Một trăm mười bốn đồng")]
    [InlineData(115, "Một trăm mười lăm đồng")]
    [InlineData(121, "Một trăm hai mươi mốt đồng")]
    [InlineData(125, "Một trăm hai mươi lăm đồng")]
    [InlineData(200, "Hai trăm đồng")]
    [InlineData(555, "Năm trăm năm mươi lăm đồng")]
    // Thousands: "không trăm" for a zero hundreds digit in a group after a non-zero group.
    [InlineData(1_000, "Một nghìn đồng")]
    [InlineData(1_001, "Một nghìn không trăm linh một đồng")]
    [InlineData(1_005, "Một nghìn không trăm linh năm đồng")]
    [InlineData(1_010, "Một nghìn không trăm mười đồng")]
    [InlineData(1_011, "Một nghìn không trăm mười một đồng")]
    [InlineData(1_021, "Một nghìn không trăm hai mươi mốt đồng")]
    [InlineData(1_100, "Một nghìn một trăm đồng")]
    [InlineData(10_000, "Mười nghìn đồng")]
    [InlineData(15_000, "Mười lăm nghìn đồng")]
    [InlineData(21_000, "Hai mươi mốt nghìn đồng")]
    [InlineData(25_000, "Hai mươi lăm nghìn đồng")]
    [InlineData(100_000, "Một trăm nghìn đồng")]
    [InlineData(105_000, "Một trăm linh năm nghìn đồng")]
    // Millions.
    [InlineData(1_000_000, "Một triệu đồng")]
    [InlineData(1_000_005, "Một triệu không trăm linh năm đồng")]
    [InlineData(1_005_000, "Một triệu không trăm linh năm nghìn đồng")]
    [InlineData(1_000_050, "Một triệu không trăm năm mươi đồng")]
    [InlineData(2_021_000, "Hai triệu không trăm hai mươi mốt nghìn đồng")]
    [InlineData(10_000_000, "Mười triệu đồng")]
    [InlineData(15_015_015, "Mười lăm triệu không trăm mười lăm nghìn không trăm mười lăm đồng")]
    // Amounts as they appear in provincial estimates.
    [InlineData(57_950_000, "Năm mươi bảy triệu chín trăm năm mươi nghìn đồng")]
    [InlineData(63_365_000, "Sáu mươi ba triệu ba trăm sáu mươi lăm nghìn đồng")]
    [InlineData(131_210_000, "Một trăm ba mươi mốt triệu hai trăm mười nghìn đồng")]
    [InlineData(194_575_000, "Một trăm chín mươi bốn triệu năm trăm bảy mươi lăm nghìn đồng")]
    [InlineData(388_400_000, "Ba trăm tám mươi tám triệu bốn trăm nghìn đồng")]
    [InlineData(446_350_000, "Bốn trăm bốn mươi sáu triệu ba trăm năm mươi nghìn đồng")]
    [InlineData(640_925_000, "Sáu trăm bốn mươi triệu chín trăm hai mươi lăm nghìn đồng")]
    // Tỷ: whole zero groups are skipped.
    [InlineData(1_000_000_000, "Một tỷ đồng")]
    [InlineData(1_500_000_000, "Một tỷ năm trăm triệu đồng")]
    [InlineData(1_000_500_000, "Một tỷ năm trăm nghìn đồng")]
    [InlineData(1_050_000_000, "Một tỷ không trăm năm mươi triệu đồng")]
    [InlineData(2_000_000_001, "Hai tỷ không trăm linh một đồng")]
    [InlineData(12_500_000_000, "Mười hai tỷ năm trăm triệu đồng")]
    [InlineData(999_999_999_999,
        "Chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng")]
    // From 1.000 tỷ the count of tỷ is read as a number ("nghìn tỷ"), and what follows it is a non-leading part.
    [InlineData(1_000_000_000_000, "Một nghìn tỷ đồng")]
    [InlineData(5_000_000_000_000, "Năm nghìn tỷ đồng")]
    [InlineData(15_000_000_000_000, "Mười lăm nghìn tỷ đồng")]
    [InlineData(21_000_000_000_000, "Hai mươi mốt nghìn tỷ đồng")]
    [InlineData(100_000_000_000_000, "Một trăm nghìn tỷ đồng")]
    [InlineData(999_000_000_000_000, "Chín trăm chín mươi chín nghìn tỷ đồng")]
    [InlineData(1_234_000_000_000, "Một nghìn hai trăm ba mươi bốn tỷ đồng")]
    [InlineData(1_005_000_000_000, "Một nghìn không trăm linh năm tỷ đồng")]
    [InlineData(1_000_001_000_000, "Một nghìn tỷ không trăm linh một triệu đồng")]
    [InlineData(1_000_010_000_000, "Một nghìn tỷ không trăm mười triệu đồng")]
    [InlineData(1_000_000_001_000, "Một nghìn tỷ không trăm linh một nghìn đồng")]
    [InlineData(1_000_000_000_005, "Một nghìn tỷ không trăm linh năm đồng")]
    [InlineData(2_500_300_000_000, "Hai nghìn năm trăm tỷ ba trăm triệu đồng")]
    [InlineData(999_999_999_999_999,
        "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng")]
    // Negative amounts.
    [InlineData(-5_000, "Âm năm nghìn đồng")]
    [InlineData(-21, "Âm hai mươi mốt đồng")]
    [InlineData(-1_005_000, "Âm một triệu không trăm linh năm nghìn đồng")]
    [InlineData(-1_500_000_000, "Âm một tỷ năm trăm triệu đồng")]
    public void Reads_amounts_as_accounting_documents_write_them(long dong, string expected)
    {
        var words = MoneyWords.ToWords(new Money(dong));
        Assert.Equal(expected.Normalize(NormalizationForm.FormC), words);
        Assert.Equal(words, new Money(dong).ToWords());
    }

    [Fact]
    public void Reads_the_largest_negative_amount()
    {
        var words = MoneyWords.ToWords(-Money.MaxValue);
        Assert.StartsWith("Âm chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ ", words);
        Assert.EndsWith(" chín trăm chín mươi chín đồng", words);
    }

    [Theory]
    [InlineData(1_000_000_000_000_000)]
    [InlineData(-1_000_000_000_000_000)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Amounts_beyond_the_maximum_are_a_domain_error(long dong)
    {
        var ex = Assert.Throws<DomainException>(() => MoneyWords.ToWords(new Money(dong)));
        Assert.Contains("999.999 tỷ đồng", ex.Message);
    }

    [Fact]
    public void Output_is_NFC_even_when_compared_with_decomposed_text()
    {
        var words = MoneyWords.ToWords(new Money(1_234_567_891_045));
        Assert.True(words.IsNormalized(NormalizationForm.FormC));
        Assert.NotEqual(words, words.Normalize(NormalizationForm.FormD));
        Assert.Equal("Một nghìn hai trăm ba mươi bốn tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn không trăm bốn mươi lăm đồng", words);
    }

    /// <summary>Amounts to sweep for the invariants: every value below 2.100, then a spread up to the maximum.</summary>
    public static IEnumerable<long> Sweep()
    {
        for (long i = 0; i < 2_100; i++) yield return i;
        var random = new Random(20240915);
        for (var i = 0; i < 20_000; i++)
        {
            // A random number of significant digits with random zero groups inside, so "không trăm" and "linh" occur.
            var digits = random.Next(1, 16);
            long value = 0;
            for (var d = 0; d < digits; d++) value = value * 10 + (random.Next(3) == 0 ? 0 : random.Next(10));
            yield return value;
        }

        for (long scale = 1; scale <= 100_000_000_000_000; scale *= 10)
        {
            yield return scale;
            yield return scale * 9 + 5;
        }

        yield return Money.MaxValue.Dong;
    }

    [Fact]
    public void Every_reading_follows_the_spelling_rules()
    {
        string[] forbidden =
        [
            "ngàn", "tỉ", " tư", "mươi một", "mươi năm", "mười năm", "linh không", "mười không", "mươi không",
            "  ", "trăm trăm", "nghìn nghìn", "triệu triệu", "tỷ tỷ", "một mươi", "không mươi",
        ];
        foreach (var dong in Sweep())
        {
            var words = MoneyWords.ToWords(new Money(dong));
            var context = $"{dong}: {words}";
            Assert.True(words.IsNormalized(NormalizationForm.FormC), context);
            Assert.True(char.IsUpper(words[0]), context);
            Assert.EndsWith(" đồng", words);
            Assert.Equal(words.Trim(), words);
            foreach (var bad in forbidden)
            {
                Assert.False(words.Contains(bad, StringComparison.OrdinalIgnoreCase), $"\"{bad}\" in {context}");
            }

            if (dong != 0) Assert.False(words.StartsWith("Không", StringComparison.Ordinal), context);
            if (dong % 1_000_000_000 == 0 && dong != 0) Assert.EndsWith(" tỷ đồng", words);
            var negative = MoneyWords.ToWords(new Money(-dong));
            if (dong != 0) Assert.Equal("Âm " + char.ToLowerInvariant(words[0]) + words[1..], negative);
        }
    }

    [Fact]
    public void Distinct_amounts_read_differently()
    {
        var seen = new Dictionary<string, long>();
        for (long i = 0; i <= 1_100_000; i += i < 20_000 ? 1 : 997)
        {
            var words = MoneyWords.ToWords(new Money(i));
            Assert.True(seen.TryAdd(words, i), $"{i} and {seen.GetValueOrDefault(words)} both read \"{words}\"");
        }
    }
}
