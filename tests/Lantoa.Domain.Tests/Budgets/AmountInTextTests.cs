using Lantoa.Domain.Budgets;

namespace Lantoa.Domain.Tests.Budgets;

public class AmountInTextTests
{
    [Theory]
    [InlineData("g) Kinh phí thực hiện: 388.400.000 đồng; từ nguồn kinh phí ngân sách nhà nước cấp cho Sở Thông tin và Truyền thông theo Quyết định số 11789/QĐ- UBND ngày 12/12/2023 của UBND tỉnh (*Chi tiết tại Phụ lục II*).", 388_400_000)]
    [InlineData("nguồn từ kinh phí ngân sách nhà nước … là: **57.950.000** đồng (*Chi tiết tại Phụ lục III*).", 57_950_000)]
    [InlineData("2. Tổng kinh phí do cơ quan cấp tỉnh chủ trì thực hiện: **640.925.000 đồng**, trong đó:", 640_925_000)]
    [InlineData("Tổng kinh phí dự kiến khoảng 1.500.000.000 đồng (Một tỷ năm trăm triệu đồng)", 1_500_000_000)]
    [InlineData("Kinh phí: khoảng 1,5 tỷ đồng", 1_500_000_000)]
    [InlineData("Hỗ trợ 500 nghìn đồng/người", 500_000)]
    [InlineData("Giải nhất: 1.000.000đ", 1_000_000)]
    public void Finds_the_first_amount_quoted_in_a_sentence(string text, long expected) =>
        Assert.Equal(new Money(expected), AmountInText.First(text));

    [Theory]
    [InlineData("Quyết định số 11789/QĐ-UBND ngày 12/12/2023 của UBND tỉnh")]
    [InlineData("Khoảng 400 người, bao gồm lãnh đạo UBND tỉnh")]
    [InlineData("Sử dụng kinh phí của địa phương theo quy định phân cấp ngân sách hiện hành.")]
    [InlineData("")]
    public void Dates_counts_and_words_are_not_money(string text) => Assert.Null(AmountInText.First(text));

    [Fact]
    public void Finds_every_amount_in_order()
    {
        var all = AmountInText.FindAll("Sở TT&TT: 446.350.000 đồng; Tỉnh Đoàn: 194.575.000 đồng.");
        Assert.Equal([446_350_000L, 194_575_000L], all.Select(a => a.Amount.Dong));
    }
}
