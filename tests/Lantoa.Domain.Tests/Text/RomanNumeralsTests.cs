using Lantoa.Domain.Text;

namespace Lantoa.Domain.Tests.Text;

public class RomanNumeralsTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(40, "XL")]
    [InlineData(1999, "MCMXCIX")]
    public void Writes_and_reads_back(int value, string roman)
    {
        Assert.Equal(roman, RomanNumerals.ToRoman(value));
        Assert.Equal(value, RomanNumerals.Value(roman));
    }

    [Theory]
    [InlineData("IIII")]
    [InlineData("IC")]
    [InlineData("iv")]
    [InlineData("A")]
    [InlineData("")]
    [InlineData(null)]
    public void What_is_not_a_usual_numeral_is_zero(string? text) => Assert.Equal(0, RomanNumerals.Value(text));

    [Fact]
    public void Numbers_outside_the_range_are_written_in_digits() => Assert.Equal("0", RomanNumerals.ToRoman(0));
}
