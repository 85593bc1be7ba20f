using Lantoa.Domain.Dates;

namespace Lantoa.Domain.Tests.Dates;

public class PartialDateTests
{
    [Theory]
    [InlineData("15/9/2024", "2024-09-15", "2024-09-15", "2024-09-15")]
    [InlineData("09/2024", "2024-09", "2024-09-01", "2024-09-30")]
    [InlineData("2024", "2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", "2024-02", "2024-02-01", "2024-02-29")]
    public void Parses_and_spans(string text, string iso, string first, string last)
    {
        Assert.True(PartialDate.TryParse(text, out var d));
        Assert.Equal(iso, d.ToIso());
        Assert.Equal(DateOnly.Parse(first), d.FirstDay);
        Assert.Equal(DateOnly.Parse(last), d.LastDay);
    }

    [Theory]
    [InlineData("31/2/2024")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1/13/2024")]
    public void Rejects_impossible_dates(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void Quarter_covers_three_months()
    {
        var q3 = new PartialDate(2024, quarter: 3);
        Assert.Equal(new DateOnly(2024, 7, 1), q3.FirstDay);
        Assert.Equal(new DateOnly(2024, 9, 30), q3.LastDay);
        Assert.Equal("Quý III/2024", q3.ToDisplay());
        Assert.Equal(q3, PartialDate.FromFirstDay(q3.FirstDay, DatePrecision.Quarter));
    }
}
