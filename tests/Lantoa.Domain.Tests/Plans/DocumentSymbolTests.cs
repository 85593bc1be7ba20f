using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Tests.Plans;

public class DocumentSymbolTests
{
    [Theory]
    [InlineData("505/QĐ-TTg", "505", null, "QĐ", "TTg", null, false, "Quyết định")]
    [InlineData("3240/BTTTT-CĐSQG", "3240", null, null, "BTTTT", "CĐSQG", false, "Công văn")]
    [InlineData("08-NQ/TU", "08", null, "NQ", "TU", null, true, "Nghị quyết")]
    [InlineData("21-NQ/TU", "21", null, "NQ", "TU", null, true, "Nghị quyết")]
    [InlineData("51-CT/TU", "51", null, "CT", "TU", null, true, "Chỉ thị")]
    [InlineData("20/2023/QH15", "20", 2023, null, "QH15", null, false, "Luật")]
    [InlineData("13/2023/NĐ-CP", "13", 2023, "NĐ", "CP", null, false, "Nghị định")]
    [InlineData("14/2022/TT-BTTTT", "14", 2022, "TT", "BTTTT", null, false, "Thông tư")]
    [InlineData("06/2023/NQ-HĐND", "06", 2023, "NQ", "HĐND", null, false, "Nghị quyết")]
    [InlineData("27/2023/QĐ-UBND", "27", 2023, "QĐ", "UBND", null, false, "Quyết định")]
    [InlineData("3288/CTr-UBND", "3288", null, "CTr", "UBND", null, false, "Chương trình")]
    [InlineData("140/KH-UBND", "140", null, "KH", "UBND", null, false, "Kế hoạch")]
    [InlineData("/KH-UBND", null, null, "KH", "UBND", null, false, "Kế hoạch")]
    [InlineData("855/UBND-VHXX", "855", null, null, "UBND", "VHXX", false, "Công văn")]
    [InlineData("11898/UBND-VHXXH", "11898", null, null, "UBND", "VHXXH", false, "Công văn")]
    [InlineData("175/NQ-CP", "175", null, "NQ", "CP", null, false, "Nghị quyết")]
    [InlineData("12/TTr-STTTT", "12", null, "TTr", "STTTT", null, false, "Tờ trình")]
    [InlineData("45/TB-UBND", "45", null, "TB", "UBND", null, false, "Thông báo")]
    [InlineData("7/BC-UBND", "7", null, "BC", "UBND", null, false, "Báo cáo")]
    [InlineData("3/HD-STTTT", "3", null, "HD", "STTTT", null, false, "Hướng dẫn")]
    [InlineData("123-CV/TU", "123", null, "CV", "TU", null, true, "Công văn")]
    public void Reads_the_forms_of_Decree_30(
        string text, string? number, int? year, string? typeCode, string issuer, string? draftingUnit, bool party, string typeName)
    {
        var symbol = DocumentSymbol.Parse(text);
        Assert.Equal(number, symbol.Number);
        Assert.Equal(year, symbol.Year);
        Assert.Equal(typeCode, symbol.TypeCode);
        Assert.Equal(issuer, symbol.Issuer);
        Assert.Equal(draftingUnit, symbol.DraftingUnit);
        Assert.Equal(party, symbol.PartyStyle);
        Assert.Equal(typeName, symbol.TypeName);
        Assert.Equal(text, symbol.ToString());
    }

    [Theory]
    [InlineData("11789/QĐ- UBND", "11789/QĐ-UBND")]
    [InlineData("Số: 140/KH-UBND", "140/KH-UBND")]
    [InlineData("số 505 / qđ - TTg", "505/QĐ-TTg")]
    [InlineData("Số: /KH-UBND", "/KH-UBND")]
    [InlineData("08 - NQ/TU", "08-NQ/TU")]
    [InlineData("3288/ctr-UBND", "3288/CTr-UBND")]
    [InlineData("**505/QĐ–TTg**", "505/QĐ-TTg")]
    public void Normalises_to_the_canonical_form(string text, string canonical)
    {
        Assert.True(DocumentSymbol.TryParse(text, out var symbol));
        Assert.Equal(canonical, symbol.ToString());
        Assert.Equal(DocumentSymbol.Parse(canonical), symbol);
    }

    [Fact]
    public void Normalises_to_nfc_and_fixes_the_eth_slip()
    {
        var decomposed = "505/QĐ-TTg".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("QĐ", DocumentSymbol.Parse(decomposed).TypeCode);
        var eth = DocumentSymbol.Parse("13/2023/N\u00D0-CP");
        Assert.Equal("NĐ", eth.TypeCode);
        Assert.Equal("Nghị định", eth.TypeName);
        Assert.Equal("06/2023/NQ-HĐND", DocumentSymbol.Parse("06/2023/NQ-H\u00D0ND").ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("505")]
    [InlineData("505/")]
    [InlineData("505/QĐ")]
    [InlineData("QĐ-TTg")]
    [InlineData("505/2024")]
    [InlineData("08-XYZ/TU")]
    [InlineData("15/9/2024")]
    [InlineData("12/1800/QĐ-UBND")]
    public void Rejects_what_is_not_a_symbol(string text)
    {
        Assert.False(DocumentSymbol.TryParse(text, out var symbol));
        Assert.Null(symbol);
        var error = Assert.Throws<FormatException>(() => DocumentSymbol.Parse(text));
        Assert.StartsWith("Số, ký hiệu văn bản không hợp lệ", error.Message);
    }

    [Fact]
    public void Null_is_not_a_symbol() => Assert.False(DocumentSymbol.TryParse(null, out _));
}
