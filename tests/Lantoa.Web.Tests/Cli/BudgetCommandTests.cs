using System.Text.Json;
using Lantoa.Domain.Budgets;
using Lantoa.Web.Cli;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Budgets;
using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Cli;

/// <summary>`money words` and `budget check` run in-process; in the database collection so that no other test writes to the console meanwhile.</summary>
[Collection(DatabaseCollection.Name)]
public class BudgetCommandTests
{
    [Fact]
    public async Task Money_words_prints_one_line_per_amount()
    {
        var (exit, output, _) = await Cli.RunAsync(null, "money", "words", "0", "105", "1.005.000", "1,5 tỷ", "640925000");
        Assert.Equal(0, exit);
        Assert.Equal(
            ["Không đồng", "Một trăm linh năm đồng", "Một triệu không trăm linh năm nghìn đồng", "Một tỷ năm trăm triệu đồng",
             "Sáu trăm bốn mươi triệu chín trăm hai mươi lăm nghìn đồng"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Money_words_refuses_what_is_not_an_amount_with_exit_code_2()
    {
        var (exit, output, error) = await Cli.RunAsync(null, "money", "words", "5", "năm mươi", "1.000.000 tỷ");
        Assert.Equal(2, exit);
        Assert.Equal("Năm đồng", output.Trim());
        Assert.Contains("\"năm mươi\" không phải là số tiền.", error);
        Assert.Contains("quá lớn", error);
    }

    [Fact]
    public async Task Budget_check_reads_a_pasted_appendix_and_an_exported_workbook_without_a_database()
    {
        var seed = await File.ReadAllTextAsync(DemoBudgets.SeedFile("longan-2024-ngay-cds.txt")!);
        var text = Path.Combine(Path.GetTempPath(), $"phu-luc-ii-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(text, DemoBudgets.Cut(seed, "Phụ lục II"));
        try
        {
            var (exit, output, _) = await Cli.RunAsync(null, "budget", "check", text);
            Assert.Equal(0, exit);
            Assert.Contains("Tổng cộng (tính): 388.400.000 đồng", output);
            Assert.Contains("Bằng chữ: Ba trăm tám mươi tám triệu bốn trăm nghìn đồng", output);

            var (jsonExit, json, _) = await Cli.RunAsync(null, "budget", "check", text, "--json");
            Assert.Equal(0, jsonExit);
            using var doc = JsonDocument.Parse(json);
            Assert.Equal(388_400_000, doc.RootElement.GetProperty("computedTotal").GetInt64());
            Assert.Equal(388_400_000, doc.RootElement.GetProperty("statedTotal").GetInt64());
            Assert.Equal(26, doc.RootElement.GetProperty("lines").GetArrayLength());   // 24 items and 2 group rows
            Assert.DoesNotContain(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");

            var read = EstimateTableReader.ReadText(DemoBudgets.Cut(seed, "Phụ lục IV")).Estimate!;
            var xlsx = Path.ChangeExtension(text, ".xlsx");
            await File.WriteAllBytesAsync(xlsx, EstimateWorkbook.Export(read, "/KH-UBND"));
            var (xlsxExit, xlsxOutput, _) = await Cli.RunAsync(null, "budget", "check", xlsx);
            File.Delete(xlsx);
            Assert.Equal(0, xlsxExit);
            Assert.Contains("Tổng cộng (tính): 63.365.000 đồng", xlsxOutput);
        }
        finally
        {
            File.Delete(text);
        }
    }

    [Fact]
    public async Task Budget_check_exits_with_2_and_a_message_when_the_file_cannot_be_read()
    {
        var (missing, _, missingError) = await Cli.RunAsync(null, "budget", "check", "/khong/co/tep.xlsx");
        Assert.Equal(2, missing);
        Assert.Contains("Không tìm thấy tệp", missingError);

        var binary = Path.Combine(Path.GetTempPath(), $"rac-{Guid.NewGuid():N}.bin");
        await File.WriteAllBytesAsync(binary, [0x00, 0xFF, 0x10, 0x00, 0x42]);
        var notXlsx = Path.ChangeExtension(binary, ".xlsx");
        await File.WriteAllBytesAsync(notXlsx, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]);
        try
        {
            var (exit, _, error) = await Cli.RunAsync(null, "budget", "check", binary);
            Assert.Equal(2, exit);
            Assert.Contains("không đọc được", error);
            var (xlsxExit, _, xlsxError) = await Cli.RunAsync(null, "budget", "check", notXlsx);
            Assert.Equal(2, xlsxExit);
            Assert.False(string.IsNullOrWhiteSpace(xlsxError));
        }
        finally
        {
            File.Delete(binary);
            File.Delete(notXlsx);
        }
    }
}
