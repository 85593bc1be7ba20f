using Lantoa.Domain.Budgets;

namespace Lantoa.Domain.Tests.Budgets;

public class LineFormulaParserTests
{
    private static LineFormula Parse(string content)
    {
        var formula = LineFormulaParser.TryParse(content);
        Assert.NotNull(formula);
        return formula;
    }

    private static Factor Count(decimal value, string? unit) => new(value, unit);
    private static Factor Price(decimal value, string unit) => new(value, unit, IsPrice: true);

    /// <summary>Every calculation written in the contents of the seed appendices (Long An 2024, Phụ lục III–V), with its value.</summary>
    [Theory]
    [InlineData("Bảo vệ trực giữ tài sản gian hàng, máy tính...(02 người x 300.000 đồng/ngày/người x 1 ngày)", 600_000)]
    [InlineData("Thiết kế bộ infographic giới thiệu cuộc thi: 4 trang A4 x 400.000 đồng/trang A4", 1_600_000)]
    [InlineData("Soạn thảo 100 câu trắc nghiệm đưa vào biên tập: 100 câu x 42.000 đồng/câu", 4_200_000)]
    [InlineData("Thẩm định và biên tập câu trắc nghiệm: 100 câu x 36.000 đồng/câu", 3_600_000)]
    [InlineData("Tiền công thuê chuyên gia định cỡ câu trắc nghiệm: + Trưởng ban: 01 người x 290.000 đồng/ngày + Phó Trưởng ban: 01 người x 250.000 đồng/ngày + Thành viên: 3 người x 200.000 đồng/ngày = 600.000 đồng", 1_140_000)]
    [InlineData("Ban Tổ chức Cuộc thi: 5 người x 100.000 đồng/người", 500_000)]
    [InlineData("Chi hỗ trợ nhân viên VNPT Long An vận hành phần mềm thi trắc nghiệm trên Ứng dụng Long An Số: 4 người x 200.000 đồng/người/đợt thi x 2 đợt", 1_600_000)]
    [InlineData("Thiết kế, in ấn và thi công phong sân khấu tổ chức lễ tổng kết và trao giải cuộc thi: 4m x 8m x 150.000 đồng/m ²", 4_800_000)]
    [InlineData("Thiết kế, in ấn và thi công treo băng rôn chào mừng Đại biểu về dự Lễ tổng kết và trao giải: 01 tấm x 1mx6m x 150.000 đồng/m ²", 900_000)]
    [InlineData("Âm thanh văn nghệ: 4.000.000 đồng/suất x 1 suất", 4_000_000)]
    [InlineData("Văn nghệ chào mừng - Bồi dưỡng tập đợt văn nghệ: 14 người x 50.000 đồng/người/buổi x 7 buổi - Bồi dưỡng biểu diễn văn nghệ: 14 người x 100.000 đồng/người x 1 buổi", 6_300_000)]
    [InlineData("Bàn trà đại biểu: 5 bàn x 200.000 đồng/bàn", 1_000_000)]
    [InlineData("Bảng tên đại biểu: 20 bảng x 25.000 đồng/bảng", 500_000)]
    [InlineData("Dẫn chương trình: 01 người x 400.000 đồng/người/ngày", 400_000)]
    [InlineData("Chi tiền đại biểu (hưởng lương từ ngân sách) dự lễ tổng kết trao giải: 20 người x 40.000 đồng/người/buổi", 800_000)]
    [InlineData("Chi tiền đoàn viên, thanh niên (không hưởng lương từ ngân sách) dự lễ tổng kết trao giải: 100 người x 75.000 đồng/người/buổi", 7_500_000)]
    [InlineData("Giải khát: 120 người x 20.000 đồng/người/buổi", 2_400_000)]
    [InlineData("Kinh phí khen thưởng cho 2 đợt: + 02 giải nhất: 1.000.000 đồng/giải + 04 giải nhì: 700.000 đồng/giải + 06 giải ba: 500.000 đồng/giải + 10 giải khuyến khích: 300.000 đồng/giải + 01 giải phụ dành cho tập thể có nhiều lượt thí sinh tham gia cuộc thi nhất: 500.000 đồng/giải", 11_300_000)]
    [InlineData("In giấy chứng nhận: 23 tờ x 25.000 đồng/tờ", 575_000)]
    [InlineData("Khung giấy chứng nhận: 23 khung x 50.000 đồng/khung", 1_150_000)]
    [InlineData("Hoa tặng các giải nhất, nhì, ba: 12 bó x 200.000 đồng/bó", 2_400_000)]
    [InlineData("Âm thanh văn nghệ (ngoài trời): 5.000.000 đồng/suất x 01 suất", 5_000_000)]
    [InlineData("Thiết kế, in ấn thi công phong sân khấu Ngày hội: 01 tấm x (6m x 10m) x 150.000 đồng/m ²", 9_000_000)]
    [InlineData("Thiết kế, in ấn thi công phong sân khấu Toạ đàm chuyên đổi số trong Ngày hội: 01 tấm x (2m x 3m) x 150.000 đồng/m ²", 900_000)]
    [InlineData("Thuê bàn, ghế: - Ghế đại biểu (Ghế nệm banquet; Áo ghế và nơ màu xanh dương/ đỏ): 80 cái x 35.000 đồng/cái - Bàn đại biểu (Ngang 60m - Dài 120cm; Rèm bàn màu xanh dương/đỏ): 20 bàn x 250.000 đồng/bàn - Ghế inox không dựa: 320 cái x 8.000 đồng/cái", 10_360_000)]
    [InlineData("Bàn trà tiếp đại biểu: 4 bàn x 200.000 đồng/bàn", 800_000)]
    [InlineData("Dẫn chương trình: 01 người x 400.000 đồng/người/ngày x 2 ngày (01 ngày chạy chương trình + 01 ngày chính thức)", 800_000)]
    [InlineData("Hoạt náo tại chương trình: 01 người x 400.000 đồng/người/ngày", 400_000)]
    [InlineData("Văn nghệ chào mừng - Bồi dưỡng tập dợt văn nghệ: 20 người x 50.000 đồng/người/buổi x 5 buổi - Bồi dưỡng biểu diễn văn nghệ: 20 người x 100.000 đồng/người x 1 buổi", 7_000_000)]
    [InlineData("Khen thưởng Cuộc thi rung chuông vàng tìm hiểu về Chuyên đổi số tại Ngày hội (giải cá nhân): + 01 giải nhất: 700.000 đồng/giải + 01 giải nhì: 500.000 đồng/giải + 02 giải ba: 300.000 đồng/giải + 03 giải khuyến khích: 200.000 đồng/giải", 2_400_000)]
    [InlineData("Chi tiền đại biểu, đoàn viên hưởng lương: 80 người x 80000 đồng/người/ngày x 01 ngày", 6_400_000)]
    [InlineData("Chi tiền đoàn viên, thanh niên không hưởng lương: 320 người x 150000 đồng/người/ngày x 01 ngày", 48_000_000)]
    [InlineData("Chi tiền giải khát cho đại biểu và đoàn viên, thanh niên tham gia Ngày hội: 400 người x 40.000 đồng/người/ngày x 01 ngày", 16_000_000)]
    [InlineData("Chi báo cáo viên: 01 chuyên viên chính 1.200.000 đồng/buổi", 1_200_000)]
    [InlineData("Hoa tặng đơn vị tài trợ, tặng cảm ơn báo cáo viên: 5 bó x 200.000 đồng/bó", 1_000_000)]
    [InlineData("Thiết kế, in ấn và thi công băng rôn ngang: 05 tấm x (1m x 6m) x 150.000 đồng/m ²", 4_500_000)]
    [InlineData("Bảng biểu trưng nhà tài trợ và bảng công trình số hoá trao tặng các huyện, thị xã, thành phố: 19 bảng x 250.000 đồng/bảng", 4_750_000)]
    [InlineData("Bảng tên đội hình có chân sắt: In decal dán fom kích thước 40 x 60cm, có chân sắt 1,4m: 5 bảng x 300.000 đồng/bảng", 1_500_000)]
    public void Seed_calculations_have_their_written_value(string content, long expected)
    {
        Assert.Equal(new Money(expected), Parse(content).Value);
    }

    [Fact]
    public void Infographic_pages_are_a_count_and_a_price_per_page()
    {
        var formula = Parse("Thiết kế bộ infographic giới thiệu cuộc thi: 4 trang A4 x 400.000 đồng/trang A4");
        var term = Assert.Single(formula.Terms);
        Assert.Null(term.Label);
        Assert.Equal([Count(4, "trang A4"), Price(400_000, "đồng/trang A4")], term.Factors);
    }

    [Fact]
    public void Two_labelled_terms_are_summed()
    {
        var formula = Parse("Văn nghệ chào mừng - Bồi dưỡng tập đợt văn nghệ: 14 người x 50.000 đồng/người/buổi x 7 buổi - Bồi dưỡng biểu diễn văn nghệ: 14 người x 100.000 đồng/người x 1 buổi");
        Assert.Equal(2, formula.Terms.Count);
        Assert.Equal("Bồi dưỡng tập đợt văn nghệ", formula.Terms[0].Label);
        Assert.Equal([Count(14, "người"), Price(50_000, "đồng/người/buổi"), Count(7, "buổi")], formula.Terms[0].Factors);
        Assert.Equal(new Money(4_900_000), formula.Terms[0].Value);
        Assert.Equal("Bồi dưỡng biểu diễn văn nghệ", formula.Terms[1].Label);
        Assert.Equal(new Money(1_400_000), formula.Terms[1].Value);
    }

    [Fact]
    public void A_written_result_after_a_term_is_kept_and_is_not_a_factor()
    {
        var formula = Parse("Tiền công thuê chuyên gia: + Trưởng ban: 01 người x 290.000 đồng/ngày + Phó Trưởng ban: 01 người x 250.000 đồng/ngày + Thành viên: 3 người x 200.000 đồng/ngày = 600.000 đồng");
        Assert.Equal(["Trưởng ban", "Phó Trưởng ban", "Thành viên"], formula.Terms.Select(t => t.Label));
        var last = formula.Terms[2];
        Assert.Equal([Count(3, "người"), Price(200_000, "đồng/ngày")], last.Factors);
        Assert.Equal(new Money(600_000), last.StatedValue);
        Assert.Null(formula.Terms[0].StatedValue);
        Assert.Equal(new Money(1_140_000), formula.Value);
    }

    [Fact]
    public void The_count_before_a_label_colon_belongs_to_the_term()
    {
        var formula = Parse("Kinh phí khen thưởng cho 2 đợt: + 02 giải nhất: 1.000.000 đồng/giải + 04 giải nhì: 700.000 đồng/giải");
        Assert.Equal(2, formula.Terms.Count);
        Assert.Equal("giải nhất", formula.Terms[0].Label);
        Assert.Equal([Count(2, "giải nhất"), Price(1_000_000, "đồng/giải")], formula.Terms[0].Factors);
        Assert.Equal([Count(4, "giải nhì"), Price(700_000, "đồng/giải")], formula.Terms[1].Factors);
        Assert.Equal(new Money(4_800_000), formula.Value); // "cho 2 đợt" is not a factor
    }

    [Fact]
    public void Dimensions_glued_and_in_parentheses_are_factors()
    {
        Assert.Equal([Count(4, "m"), Count(8, "m"), Price(150_000, "đồng/m²")],
            Assert.Single(Parse("phông sân khấu: 4m x 8m x 150.000 đồng/m ²").Terms).Factors);
        Assert.Equal([Count(1, "tấm"), Count(1, "m"), Count(6, "m"), Price(150_000, "đồng/m²")],
            Assert.Single(Parse("băng rôn: 01 tấm x 1mx6m x 150.000 đồng/m ²").Terms).Factors);
        Assert.Equal([Count(1, "tấm"), Count(6, "m"), Count(10, "m"), Price(150_000, "đồng/m²")],
            Assert.Single(Parse("phông: 01 tấm x (6m x 10m) x 150.000 đồng/m ²").Terms).Factors);
    }

    [Fact]
    public void A_count_written_just_before_the_price_is_a_factor()
    {
        var term = Assert.Single(Parse("Chi báo cáo viên: 01 chuyên viên chính 1.200.000 đồng/buổi").Terms);
        Assert.Equal([Count(1, "chuyên viên chính"), Price(1_200_000, "đồng/buổi")], term.Factors);
    }

    [Fact]
    public void A_calculation_inside_a_parenthesis_of_a_longer_text_is_found()
    {
        var term = Assert.Single(Parse("Bảo vệ trực giữ tài sản gian hàng, máy tính...(02 người x 300.000 đồng/ngày/người x 1 ngày)").Terms);
        Assert.Equal([Count(2, "người"), Price(300_000, "đồng/ngày/người"), Count(1, "ngày")], term.Factors);
    }

    [Fact]
    public void Sizes_before_the_last_colon_are_not_factors()
    {
        var term = Assert.Single(Parse("Bảng tên: In decal dán fom kích thước 40 x 60cm, có chân sắt 1,4m: 5 bảng x 300.000 đồng/bảng").Terms);
        Assert.Equal([Count(5, "bảng"), Price(300_000, "đồng/bảng")], term.Factors);
    }

    [Theory]
    [InlineData("Bồi dưỡng: 14 người × 50.000đ/người/buổi × 7 buổi", 4_900_000)]
    [InlineData("Bồi dưỡng: 14 người * 50.000 đ/người/buổi * 7 buổi", 4_900_000)]
    [InlineData("Bồi dưỡng: 14 người X 50.000 VNĐ/người/buổi X 7 buổi", 4_900_000)]
    [InlineData("Bồi dưỡng: 14 người x 50.000 VND/người x 7 buổi", 4_900_000)]
    [InlineData("Bồi dưỡng: 14 nguoi x 50.000 dong/nguoi x 7 buoi", 4_900_000)]
    [InlineData("Hỗ trợ 10 người x 1,5 triệu đồng/người", 15_000_000)]
    [InlineData("Hỗ trợ: 10 người x 500 nghìn đồng/người", 5_000_000)]
    [InlineData("Phông: 4x8m x 150.000 đồng/m2", 4_800_000)]
    [InlineData("Phông: 2,5m x 4m x 150.000đ/m²", 1_500_000)]
    [InlineData("Nước uống: 400 người x 40.000 đồng/người = 16.000.000 đồng", 16_000_000)]
    [InlineData("**Nước uống**: 400 người x 40.000 đồng/người", 16_000_000)]
    [InlineData("Ăn trưa: 10 người x 50.000 đồng; Ăn tối: 10 người x 60.000 đồng", 1_100_000)]
    [InlineData("• Giải nhất: 1.000.000 đồng • Giải nhì: 500.000 đồng", 1_500_000)]
    [InlineData("Xe: 2 chuyến x3 ngày x 1.200.000 đồng/chuyến", 7_200_000)]
    [InlineData("Nước uống: 1.000.000đ x 2 ngày", 2_000_000)]
    [InlineData("In tài liệu: 0,5 ram x 2 bộ x 90.000 đồng/ram", 90_000)]
    public void Variants_written_elsewhere_are_read(string content, long expected)
    {
        Assert.Equal(new Money(expected), Parse(content).Value);
    }

    [Fact]
    public void The_written_result_of_a_whole_sum_is_kept_on_its_last_term()
    {
        var formula = Parse("Ăn: 2 người x 100.000 đồng + 3 người x 100.000 đồng = 500.000 đồng");
        Assert.Equal(new Money(500_000), formula.Value);
        Assert.Equal(new Money(500_000), formula.Terms[^1].StatedValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Nước uống")]
    [InlineData("Backdrop chụp hình 5 x 3,5")]
    [InlineData("Băng rôn Hội trường (6m x 1m)")]
    [InlineData("Màn hình Led (Led chính sân khấu 4,5 m x 7m), led hai bên cánh gà 2m x 7m x 2 bên cánh gà)")]
    [InlineData("Phần mềm trắc nghiệm trực tuyến trên Ứng dụng Long An Số: Đề nghị VNPT Long An tài trợ.")]
    [InlineData("Thuê bộ áo dài + mấn đồng phục phục vụ cắt băng")]
    [InlineData("Kích thước 40 x 60cm, có chân sắt 1,4m")]
    [InlineData("Âm thanh: 4.000.000 đồng/suất")]
    [InlineData("Tổng cộng: 388.400.000 đồng")]
    [InlineData("Bồi dưỡng 14 người x 50.000 x 7 buổi")]
    [InlineData("Hội trường 2 tầng 5.000.000 đồng")]
    [InlineData("Ngày 10/10/2024 tổ chức 3 buổi")]
    [InlineData("5 người x 100.000 đồng x 200.000 đồng")]
    [InlineData("Khoảng 1.000")]
    public void Texts_without_a_calculation_give_null(string content)
    {
        Assert.Null(LineFormulaParser.TryParse(content));
    }

    [Fact]
    public void Figures_beyond_any_amount_give_null_rather_than_an_overflow()
    {
        Assert.Null(LineFormulaParser.TryParse("9999999999999999 người x 9999999999999999 đồng/người"));
    }

    [Fact]
    public void A_term_beyond_the_decimal_range_fails_as_a_domain_error()
    {
        var term = new FormulaTerm(null, [new Factor(1e20m, "người"), new Factor(1e20m, "đồng", IsPrice: true)]);
        Assert.Throws<DomainException>(() => term.Value);
    }

    [Fact]
    public void Long_and_hostile_texts_are_read()
    {
        Assert.Null(LineFormulaParser.TryParse(string.Concat(Enumerable.Repeat("(", 20_000))));
        Assert.Null(LineFormulaParser.TryParse(string.Concat(Enumerable.Repeat("1 x (", 10_000))));
        Assert.Null(LineFormulaParser.TryParse(string.Concat(Enumerable.Repeat("02 giải: ", 10_000))));
        var many = Parse(string.Concat(Enumerable.Repeat("+ 1 người x 1.000 đồng/người ", 5_000)));
        Assert.Equal(5_000, many.Terms.Count);
        Assert.Equal(new Money(5_000_000), many.Value);
    }
}
