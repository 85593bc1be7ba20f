using System.Text;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("Hoà", "Hòa")]
    [InlineData("HOÀ", "HÒA")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("Uỷ ban", "Ủy ban")]
    [InlineData("UỶ BAN", "ỦY BAN")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("hoè", "hòe")]
    [InlineData("hoá", "hóa")]
    [InlineData("toà", "tòa")]
    [InlineData("hoả", "hỏa")]
    [InlineData("Thuỵ", "Thụy")]
    [InlineData("loã", "lõa")]
    [InlineData("văn hoá, số hoá", "văn hóa, số hóa")]
    public void Normalize_puts_the_tone_of_open_oa_oe_uy_on_the_first_vowel(string written, string expected) =>
        Assert.Equal(expected, VietnameseText.Normalize(written));

    [Theory]
    [InlineData("hòa")]
    [InlineData("Ủy ban nhân dân")]
    [InlineData("quý")]
    [InlineData("Quỳnh")]
    [InlineData("quả")]
    [InlineData("hoàn thành")]
    [InlineData("toán")]
    [InlineData("hoạch")]
    [InlineData("huỳnh")]
    [InlineData("khuya")]
    [InlineData("khuỷu")]
    [InlineData("Nguyễn")]
    [InlineData("của mùa")]
    [InlineData("ngoài")]
    public void Normalize_leaves_standard_and_unambiguous_spellings_alone(string written) =>
        Assert.Equal(written, VietnameseText.Normalize(written));

    [Fact]
    public void Normalize_composes_decomposed_input_and_fixes_its_tones()
    {
        var decomposed = "Ủy ban nhân dân tỉnh Khánh Hoà".Normalize(NormalizationForm.FormD);
        Assert.NotEqual(decomposed.Length, "Ủy ban nhân dân tỉnh Khánh Hoà".Length);

        var normal = VietnameseText.Normalize(decomposed);

        Assert.Equal("Ủy ban nhân dân tỉnh Khánh Hòa", normal);
        Assert.True(normal.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Normalize_trims_and_collapses_whitespace_and_drops_zero_width_characters() =>
        Assert.Equal("Sở Thông tin và Truyền thông", VietnameseText.Normalize("  Sở\tThông \u00A0tin\r\nvà\u200B Truyền   thông "));

    [Fact]
    public void Normalize_maps_the_eth_look_alike_to_d_with_stroke() =>
        Assert.Equal("Đài", VietnameseText.Normalize("\u00D0ài"));

    [Theory]
    [InlineData("Long An Số", "long an so")]
    [InlineData("ĐÀI PHÁT THANH", "dai phat thanh")]
    [InlineData("Ủy ban", "uy ban")]
    [InlineData("Uỷ ban", "uy ban")]
    [InlineData("Sở Thông tin và Truyền thông", "so thong tin va truyen thong")]
    [InlineData("chuyên đổi số", "chuyen doi so")]
    [InlineData("chuyển đổi số", "chuyen doi so")]
    [InlineData("Ưu tiên ơi", "uu tien oi")]
    public void Fold_drops_case_and_diacritics(string written, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(written));

    [Fact]
    public void Folded_search_finds_a_name_written_with_diacritics()
    {
        string[] apps = ["Long An Số", "Tiền Giang Số", "Zalo"];
        var hits = apps.Where(a => VietnameseText.Fold(a).Contains(VietnameseText.Fold("long an so"))).ToList();
        Assert.Equal(["Long An Số"], hits);
    }

    [Theory]
    [InlineData("Sở TT&TT", "so tt va tt")]
    [InlineData("Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội tỉnh.", "uy ban mttq tinh va cac to chuc chinh tri xa hoi tinh")]
    [InlineData("“Long An Số”", "long an so")]
    [InlineData("TP.HCM", "tp hcm")]
    [InlineData("Phường 1 (cũ)", "phuong 1 cu")]
    public void FoldKey_keeps_letters_digits_and_single_spaces(string written, string expected) =>
        Assert.Equal(expected, VietnameseText.FoldKey(written));

    [Fact]
    public void Comparer_sorts_in_Vietnamese_alphabetical_order()
    {
        string[] expected = ["an", "ăn", "ân", "bơ", "dê", "đa", "em", "êm", "gà", "ong", "ôm", "ơi", "ung", "ưng", "yên"];
        Assert.Equal(expected, expected.Reverse().Order(VietnameseText.Comparer));
    }

    [Fact]
    public void Comparer_orders_tones_ngang_huyen_hoi_nga_sac_nang()
    {
        string[] expected = ["ma", "mà", "mả", "mã", "má", "mạ"];
        Assert.Equal(expected, expected.Reverse().Order(VietnameseText.Comparer));
    }

    [Fact]
    public void Comparer_compares_letters_across_the_whole_string_before_tones()
    {
        // "mạ non" < "má nuôi" because letters decide ("non" < "nuôi") before the tone of the first word.
        Assert.True(VietnameseText.Comparer.Compare("mạ non", "má nuôi") < 0);
        Assert.True(VietnameseText.Comparer.Compare("Ba Tri", "Bà Rịa") > 0);
        Assert.True(VietnameseText.Comparer.Compare("Đức Hòa", "Đức Huệ") < 0);
    }

    [Fact]
    public void Comparer_sorts_district_names_as_a_Vietnamese_reader_expects()
    {
        string[] names = ["Thủ Thừa", "Đức Hòa", "Bến Lức", "Cần Giuộc", "Cần Đước", "Châu Thành", "Tân An", "Tân Hưng", "Đức Huệ", "Mộc Hóa"];
        Assert.Equal(
            ["Bến Lức", "Cần Đước", "Cần Giuộc", "Châu Thành", "Đức Hòa", "Đức Huệ", "Mộc Hóa", "Tân An", "Tân Hưng", "Thủ Thừa"],
            names.Order(VietnameseText.Comparer));
    }

    [Fact]
    public void Comparer_is_blind_to_tone_placement_and_Unicode_form_and_puts_lower_case_first()
    {
        var comparer = VietnameseText.Comparer;
        Assert.True(comparer.Compare("hoà", "hóa") < 0);
        Assert.True(comparer.Compare("hòa", "hóa") < 0);
        Assert.True(comparer.Compare("thuỷ", "thụy") < 0);
        Assert.Equal(0, comparer.Compare("Hòa", "Hòa".Normalize(NormalizationForm.FormD)));
        Assert.True(comparer.Compare("an", "An") < 0);
        Assert.True(comparer.Compare("An", "ăn") < 0);
        Assert.True(comparer.Compare(null, "a") < 0);
    }
}
