using Lantoa.Domain.Budgets;

namespace Lantoa.Domain.Tests.Budgets;

public class SpendingNormTableTests
{
    private static IReadOnlyList<IReadOnlyList<string?>> Grid(params string[][] rows) => rows;

    [Fact]
    public void Reads_norms_with_columns_in_any_order_and_dates_as_written()
    {
        var (rows, findings) = SpendingNormTable.Read(Grid(
            ["DANH MỤC ĐỊNH MỨC CHI"],
            ["Căn cứ", "Nội dung chi", "ĐVT", "Mức chi tối đa (đồng)", "Hiệu lực từ", "Hiệu lực đến"],
            ["Thông tư số 40/2017/TT-BTC", "Chi giải khát giữa giờ", "người/buổi", "40.000", "01/07/2017", ""],
            ["Nghị quyết số 12/2023/NQ-HĐND", "Bồi dưỡng báo cáo viên", "người/buổi", "1,2 triệu", "2023-01-01 00:00:00", "31/12/2025"]));

        Assert.Empty(findings);
        Assert.Equal(2, rows.Count);
        Assert.Equal(("Chi giải khát giữa giờ", 40_000L, new DateOnly(2017, 7, 1), (DateOnly?)null), (rows[0].Name, rows[0].MaxUnitPrice.Dong, rows[0].EffectiveFrom, rows[0].EffectiveTo));
        Assert.Equal((1_200_000L, new DateOnly(2023, 1, 1), (DateOnly?)new DateOnly(2025, 12, 31)), (rows[1].MaxUnitPrice.Dong, rows[1].EffectiveFrom, rows[1].EffectiveTo));
        Assert.Equal("Nghị quyết số 12/2023/NQ-HĐND", rows[1].LegalSource);
        Assert.Equal(4, rows[1].Row);
    }

    [Fact]
    public void Any_bad_cell_refuses_the_whole_table_and_says_where()
    {
        var (rows, findings) = SpendingNormTable.Read(Grid(
            ["Nội dung chi", "Đơn vị tính", "Mức chi tối đa", "Hiệu lực từ", "Hiệu lực đến"],
            ["Nước uống", "người/buổi", "40.000", "01/07/2017", ""],
            ["Giải khát", "người/buổi", "bốn mươi nghìn", "1/7/2017", ""],
            ["", "người", "-5.000", "31/02/2024", "01/01/2020"]));

        Assert.Empty(rows);
        var messages = findings.Select(f => f.Message).ToList();
        Assert.Contains(messages, m => m.StartsWith("Dòng 3, cột \"Mức chi tối đa\"", StringComparison.Ordinal));
        Assert.Contains("Dòng 4, cột \"Nội dung chi\": chưa có tên nội dung chi.", messages);
        Assert.Contains("Dòng 4, cột \"Mức chi tối đa\": mức chi phải lớn hơn 0.", messages);
        Assert.Contains(messages, m => m.StartsWith("Dòng 4, cột \"Hiệu lực từ\": \"31/02/2024\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_without_the_needed_header_is_not_a_norm_catalogue()
    {
        var (rows, findings) = SpendingNormTable.Read(Grid(["STT", "NỘI DUNG", "THÀNH TIỀN"], ["1", "Nước uống", "16.000.000"]));
        Assert.Empty(rows);
        Assert.Equal("no-header", Assert.Single(findings).Code);
    }

    [Fact]
    public void A_norm_is_in_force_between_its_dates_inclusive()
    {
        var norm = new SpendingNorm(1, "Nước uống", "người/buổi", new Money(40_000), new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), null);
        Assert.True(norm.IsInForceOn(new DateOnly(2024, 1, 1)));
        Assert.True(norm.IsInForceOn(new DateOnly(2024, 12, 31)));
        Assert.False(norm.IsInForceOn(new DateOnly(2025, 1, 1)));
        Assert.False(norm.IsInForceOn(new DateOnly(2023, 12, 31)));
        Assert.Throws<DomainException>(() => norm.Update("Nước uống", null, new Money(40_000), new DateOnly(2024, 1, 1), new DateOnly(2023, 1, 1), null));
    }
}
