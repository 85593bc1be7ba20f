using Lantoa.Domain.Tracking;

namespace Lantoa.Domain.Tests.Tracking;

public class ReportFigureTests
{
    [Theory]
    [InlineData("12 bài", 12, "bài")]
    [InlineData("350 người", 350, "người")]
    [InlineData("1.200 hộ", 1200, "hộ")]
    [InlineData("1.200.000 lượt", 1200000, "lượt")]
    [InlineData("1,5 giờ", 1.5, "giờ")]
    [InlineData("0,25", 0.25, null)]
    [InlineData("12bài", 12, "bài")]
    [InlineData("95%", 95, "%")]
    [InlineData("  12   bài  ", 12, "bài")]
    [InlineData("12 bài.", 12, "bài")]
    [InlineData("0", 0, null)]
    [InlineData("+7 buổi", 7, "buổi")]
    [InlineData("1 200 người", 1200, "người")]
    [InlineData("12 500,5 m", 12500.5, "m")]
    public void Reads_numbers_written_the_Vietnamese_way(string text, double value, string? unit)
    {
        Assert.True(ReportFigure.TryParse(text, out var amount, out var error), error);
        Assert.Equal((decimal)value, amount.Value);
        Assert.Equal(unit, amount.UnitOfMeasure);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("mười hai bài", "\"mười hai bài\" không phải là số.")]
    [InlineData("khoảng 12 bài", "\"khoảng 12 bài\" không phải là số.")]
    [InlineData("nhiều", "\"nhiều\" không phải là số.")]
    [InlineData("12 3 bài", "\"12 3 bài\" không phải là số.")]
    [InlineData("1.2.3 bài", "\"1.2.3 bài\" không phải là số.")]
    [InlineData("-5 bài", "Số liệu không được âm (\"-5 bài\").")]
    [InlineData("- 3", "Số liệu không được âm (\"- 3\").")]
    [InlineData("", "Hãy nhập số liệu.")]
    [InlineData("   ", "Hãy nhập số liệu.")]
    public void Refuses_what_is_not_a_number_of_zero_or_more(string text, string message)
    {
        Assert.False(ReportFigure.TryParse(text, out _, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void Parse_builds_a_figure_and_takes_the_default_unit_for_a_bare_number()
    {
        var figure = ReportFigure.Parse("Số người được hướng dẫn", "350", defaultUnit: "người");

        Assert.Equal(("Số người được hướng dẫn", 350m, "người"), (figure.Name, figure.Value, figure.UnitOfMeasure));
        Assert.Equal("Số người được hướng dẫn: 350 người", figure.ToDisplay());
    }

    [Fact]
    public void A_figure_needs_a_unit_of_measure()
    {
        var ex = Assert.Throws<DomainException>(() => ReportFigure.Parse("Số bài viết đăng tải", "12"));
        Assert.Equal("Hãy ghi đơn vị tính cho số liệu \"Số bài viết đăng tải\".", ex.Message);
    }

    [Fact]
    public void A_figure_value_must_be_zero_or_more_and_its_name_given()
    {
        var negative = Assert.Throws<DomainException>(() => new ReportFigure("Số bài viết", -1, "bài"));
        Assert.Equal("Số liệu \"Số bài viết\" không được âm.", negative.Message);
        Assert.Throws<DomainException>(() => new ReportFigure(" ", 1, "bài"));
        Assert.Equal(0m, new ReportFigure("Số bài viết", 0, "bài").Value);
    }

    [Fact]
    public void Large_and_decimal_values_are_displayed_the_Vietnamese_way()
    {
        Assert.Equal("Kinh phí huy động: 1.500.000 đồng", new ReportFigure("Kinh phí huy động", 1_500_000, "đồng").ToDisplay());
        Assert.Equal("Thời lượng: 1,5 giờ", new ReportFigure("Thời lượng", 1.5m, "giờ").ToDisplay());
    }

    [Fact]
    public void Names_and_units_are_normalised_to_NFC()
    {
        var decomposed = "Số người".Normalize(System.Text.NormalizationForm.FormD);
        var figure = new ReportFigure(decomposed, 3, "người".Normalize(System.Text.NormalizationForm.FormD));

        Assert.True(figure.Name.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.Equal("Số người", figure.Name);
        Assert.Equal("người", figure.UnitOfMeasure);
    }
}
