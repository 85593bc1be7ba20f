using Lantoa.Domain.Publishing;

namespace Lantoa.Domain.Tests.Publishing;

public class PublicSlugTests
{
    [Theory]
    [InlineData("Long An", "long-an")]
    [InlineData("Tỉnh Long An", "long-an")]
    [InlineData("Thành phố Hồ Chí Minh", "ho-chi-minh")]
    [InlineData("Hồ Chí Minh", "ho-chi-minh")]
    [InlineData("Bà Rịa - Vũng Tàu", "ba-ria-vung-tau")]
    [InlineData("Đắk Lắk", "dak-lak")]
    [InlineData("Thừa Thiên Huế", "thua-thien-hue")]
    [InlineData("  Tiền   Giang ", "tien-giang")]
    public void A_province_name_becomes_lowercase_words_without_diacritics_joined_by_hyphens(string name, string slug) =>
        Assert.Equal(slug, PublicSlug.Of(name));

    [Fact]
    public void Provinces_whose_names_fold_alike_get_unique_slugs_the_lowest_code_keeping_the_plain_one()
    {
        var slugs = PublicSlug.ForAll([("80", "Long An"), ("07", "Lòng Ấn"), ("82", "Tiền Giang"), ("99", "!!!")]);
        Assert.Equal("long-an", slugs["07"]);
        Assert.Equal("long-an-80", slugs["80"]);
        Assert.Equal("tien-giang", slugs["82"]);
        Assert.Equal("99", slugs["99"]);
        Assert.Equal(slugs.Count, slugs.Values.Distinct().Count());
    }
}
