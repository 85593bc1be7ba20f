using Lantoa.Domain.Dates;

namespace Lantoa.Domain.Tests.Dates;

public class PartialDateDocumentWordsTests
{
    [Theory]
    [InlineData(2020, 2, 5, "ngày 05 tháng 02 năm 2020")]
    [InlineData(2023, 7, 13, "ngày 13 tháng 7 năm 2023")]
    [InlineData(2024, 1, 31, "ngày 31 tháng 01 năm 2024")]
    [InlineData(2024, 10, 1, "ngày 01 tháng 10 năm 2024")]
    public void Days_below_ten_and_January_and_February_take_a_leading_zero(int y, int m, int d, string expected) =>
        Assert.Equal(expected, new PartialDate(y, m, d).ToDocumentWords());

    [Fact]
    public void A_draft_leaves_the_day_blank() => Assert.Equal("ngày     tháng 9 năm 2024", new PartialDate(2024, 9).ToDocumentWords());
}
