using Lantoa.Domain.Budgets;

namespace Lantoa.Domain.Tests.Budgets;

public class MoneyTests
{
    [Theory]
    [InlineData("388.400.000", 388_400_000)]
    [InlineData("388,400,000", 388_400_000)]
    [InlineData("388 400 000", 388_400_000)]
    [InlineData("388\u00A0400\u00A0000", 388_400_000)]
    [InlineData("388400000", 388_400_000)]
    [InlineData("388.400.000đ", 388_400_000)]
    [InlineData("388.400.000 đ", 388_400_000)]
    [InlineData("388.400.000 đồng", 388_400_000)]
    [InlineData("388.400.000 VNĐ", 388_400_000)]
    [InlineData("388.400.000 VND", 388_400_000)]
    [InlineData("  388.400.000  ", 388_400_000)]
    [InlineData("1,5 tỷ", 1_500_000_000)]
    [InlineData("1.5 tỷ", 1_500_000_000)]
    [InlineData("1,5 tỉ", 1_500_000_000)]
    [InlineData("1,5 Tỷ đồng", 1_500_000_000)]
    [InlineData("2 triệu", 2_000_000)]
    [InlineData("2 triệu đồng", 2_000_000)]
    [InlineData("2triệu", 2_000_000)]
    [InlineData("500 nghìn", 500_000)]
    [InlineData("500 ngàn", 500_000)]
    [InlineData("0,25 triệu", 250_000)]
    [InlineData("1.000 tỷ", 1_000_000_000_000)]
    [InlineData("2 nghìn tỷ", 2_000_000_000_000)]
    [InlineData("999.999 tỷ", 999_999_000_000_000)]
    [InlineData("999.999.999.999.999", 999_999_999_999_999)]
    [InlineData("1.000,00", 1_000)]
    [InlineData("0", 0)]
    [InlineData("-50.000", -50_000)]
    [InlineData("- 50.000 đồng", -50_000)]
    [InlineData("−50.000", -50_000)]
    [InlineData("-1,5 triệu", -1_500_000)]
    public void Parses_amounts_as_people_write_them(string text, long dong)
    {
        Assert.True(Money.TryParse(text, out var money, out var error), error);
        Assert.Null(error);
        Assert.Equal(dong, money.Dong);
        Assert.Equal(dong, Money.Parse(text).Dong);
    }

    [Fact]
    public void Parses_decomposed_unicode_input()
    {
        var decomposed = "1,5 tỷ đồng".Normalize(System.Text.NormalizationForm.FormD);
        Assert.True(Money.TryParse(decomposed, out var money));
        Assert.Equal(1_500_000_000, money.Dong);
    }

    [Theory]
    [InlineData("", "Chưa nhập số tiền.")]
    [InlineData("   ", "Chưa nhập số tiền.")]
    [InlineData(null, "Chưa nhập số tiền.")]
    [InlineData("abc", "không phải là số tiền")]
    [InlineData("đồng", "không phải là số tiền")]
    [InlineData("-", "không phải là số tiền")]
    [InlineData("tỷ", "không phải là số tiền")]
    [InlineData("12.34.5", "không phải là số tiền hợp lệ")]
    [InlineData("1.234.5", "không phải là số tiền hợp lệ")]
    [InlineData("1,234.56.7", "không phải là số tiền hợp lệ")]
    [InlineData("1,5", "phần lẻ dưới một đồng")]
    [InlineData("0,5", "phần lẻ dưới một đồng")]
    [InlineData("0,500", "phần lẻ dưới một đồng")]
    [InlineData("1,2345 nghìn", "phần lẻ dưới một đồng")]
    [InlineData("1.000.000 tỷ", "quá lớn")]
    [InlineData("1.000.000.000.000.000", "quá lớn")]
    [InlineData("99999999999999999999", "quá lớn")]
    [InlineData("99999999999999999999 tỷ", "quá lớn")]
    [InlineData("9999999999999999999999999999999999", "quá lớn")]
    [InlineData("-1.000.000 tỷ", "quá lớn")]
    [InlineData("3 88", "không phải là số tiền hợp lệ")]
    [InlineData("1 2 3", "không phải là số tiền hợp lệ")]
    [InlineData("12 3456", "không phải là số tiền hợp lệ")]
    [InlineData("5 triệu 3", "không phải là số tiền")]
    [InlineData("--5", "không phải là số tiền")]
    [InlineData("1e6", "không phải là số tiền")]
    public void Rejects_with_a_vietnamese_message(string? text, string messagePart)
    {
        var ok = Money.TryParse(text, out var money, out var error);
        Assert.False(ok);
        Assert.Equal(Money.Zero, money);
        Assert.NotNull(error);
        Assert.Contains(messagePart, error);
        var ex = Assert.Throws<DomainException>(() => Money.Parse(text!));
        Assert.Equal(error, ex.Message);
        Assert.False(Money.TryParse(text, out _));
    }

    [Fact]
    public void Overflowing_input_returns_false_instead_of_throwing()
    {
        var ex = Record.Exception(() => Money.TryParse("99999999999999999999", out _, out _));
        Assert.Null(ex);
        Assert.False(Money.TryParse(new string('9', 400), out _, out var error));
        Assert.Contains("quá lớn", error);
    }

    [Theory]
    [InlineData(388_400_000, "388.400.000", "388.400.000 đồng")]
    [InlineData(0, "0", "0 đồng")]
    [InlineData(5, "5", "5 đồng")]
    [InlineData(1_000, "1.000", "1.000 đồng")]
    [InlineData(-50_000, "-50.000", "-50.000 đồng")]
    [InlineData(999_999_999_999_999, "999.999.999.999.999", "999.999.999.999.999 đồng")]
    public void Formats_with_dot_groups(long dong, string digits, string formatted)
    {
        var money = new Money(dong);
        Assert.Equal(digits, money.ToDigits());
        Assert.Equal(formatted, money.Format());
        Assert.Equal(formatted, money.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(-50_000)]
    [InlineData(388_400_000)]
    [InlineData(999_999_999_999_999)]
    public void Formatted_amounts_parse_back(long dong)
    {
        var money = new Money(dong);
        Assert.Equal(money, Money.Parse(money.ToDigits()));
        Assert.Equal(money, Money.Parse(money.Format()));
    }

    [Fact]
    public void Adds_subtracts_and_sums()
    {
        var a = new Money(388_400_000);
        var b = new Money(57_950_000);
        Assert.Equal(new Money(446_350_000), a + b);
        Assert.Equal(new Money(330_450_000), a - b);
        Assert.Equal(new Money(-330_450_000), b - a);
        Assert.Equal(new Money(-388_400_000), -a);
        Assert.Equal(new Money(446_350_000), Money.Sum([a, b]));
        Assert.Equal(Money.Zero, Money.Sum([]));
        Assert.True(b < a);
        Assert.True(a > b);
        Assert.True(a >= new Money(388_400_000) && a <= new Money(388_400_000));
        Assert.False(a <= b);
        Assert.Equal(1, a.CompareTo(b));
        Assert.True(Money.Zero.IsZero);
        Assert.True((b - a).IsNegative);
        Assert.Equal(default, Money.Zero);
    }

    [Fact]
    public void Reaches_the_maximum_exactly()
    {
        var max = Money.MaxValue;
        Assert.Equal(max, max - new Money(1) + new Money(1));
        Assert.Equal(-max, -max + Money.Zero);
    }

    [Fact]
    public void Arithmetic_beyond_the_maximum_is_a_domain_error()
    {
        var max = Money.MaxValue;
        var one = new Money(1);
        Assert.Contains("999.999 tỷ đồng", Assert.Throws<DomainException>(() => max + one).Message);
        Assert.Throws<DomainException>(() => -max - one);
        Assert.Throws<DomainException>(() => Money.Sum([max, max]));
        Assert.Throws<DomainException>(() => max.Times(2));
        Assert.Throws<DomainException>(() => max.Times(decimal.MaxValue));
    }

    [Fact]
    public void Arithmetic_on_amounts_outside_the_range_never_wraps_around()
    {
        // Money's constructor does not check the range; arithmetic must still never wrap silently.
        var huge = new Money(long.MaxValue);
        Assert.Throws<DomainException>(() => huge + huge);
        Assert.Throws<DomainException>(() => huge + new Money(1));
        Assert.Throws<DomainException>(() => new Money(long.MinValue) - new Money(1));
        Assert.Throws<DomainException>(() => -new Money(long.MinValue));
        Assert.Throws<DomainException>(() => huge - Money.Zero);
    }

    [Theory]
    [InlineData(150_000, "1.5", 225_000)]
    [InlineData(3, "0.5", 2)]
    [InlineData(1, "0.5", 1)]
    [InlineData(5, "0.1", 1)]
    [InlineData(4, "0.1", 0)]
    [InlineData(-3, "0.5", -2)]
    [InlineData(3, "-0.5", -2)]
    [InlineData(2_500, "1.5", 3_750)]
    [InlineData(333_333, "0.333", 111_000)]
    [InlineData(125_000, "2.75", 343_750)]
    [InlineData(999, "0", 0)]
    public void Times_rounds_half_away_from_zero(long dong, string factor, long expected)
    {
        var result = new Money(dong).Times(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, result.Dong);
    }

    [Fact]
    public void Round_rounds_computed_amounts_and_rejects_overflow()
    {
        Assert.Equal(new Money(3), Money.Round(() => 2.5m));
        Assert.Equal(new Money(-3), Money.Round(() => -2.5m));
        Assert.Equal(new Money(2), Money.Round(() => 2.4999m));
        Assert.Throws<DomainException>(() => Money.Round(() => 1_000_000_000_000_000m));
        var big = decimal.MaxValue;
        Assert.Throws<DomainException>(() => Money.Round(() => big * 2));
    }

    [Theory]
    [InlineData("1,5", "1.5")]
    [InlineData("1.5", "1.5")]
    [InlineData("1.200", "1200")]
    [InlineData("1,200", "1200")]
    [InlineData("80000", "80000")]
    [InlineData("0,25", "0.25")]
    [InlineData("0.25", "0.25")]
    [InlineData("0,250", "0.25")]
    [InlineData("0.500", "0.5")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("1,234,567.89", "1234567.89")]
    [InlineData("1.234.567", "1234567")]
    [InlineData(" 12 ", "12")]
    [InlineData("0", "0")]
    public void Reads_quantities_the_vietnamese_way(string text, string expected)
    {
        Assert.True(Money.TryReadNumber(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("abc")]
    [InlineData("12.34.5")]
    [InlineData("1.234.5")]
    [InlineData("1,2,3")]
    [InlineData(",5")]
    [InlineData("5,")]
    [InlineData("1.23,4.5")]
    [InlineData("-1,5")]
    [InlineData("1e3")]
    [InlineData("1 200")]
    public void Rejects_text_that_is_not_a_number(string text)
    {
        Assert.False(Money.TryReadNumber(text, out var value));
        Assert.Equal(0m, value);
    }
}
