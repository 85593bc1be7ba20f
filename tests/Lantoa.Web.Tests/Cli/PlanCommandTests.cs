using System.Text.Json;
using Lantoa.Web.Cli;
using Lantoa.Web.DemoData;
using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Cli;

/// <summary>`plan check | import | export` in-process against the test database (ConnectionStrings__Lantoa points at a fresh clone).</summary>
[Collection(DatabaseCollection.Name)]
public class PlanCommandTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Plan_check_prints_the_json_contract_and_writes_nothing()
    {
        var cs = await fixture.NewDatabaseAsync();
        var seed = DemoBudgets.SeedFile("longan-2024-ngay-cds.txt")!;
        var (exit, output, _) = await Cli.RunAsync(cs, "plan", "check", seed, "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("/KH-UBND", root.GetProperty("documentNumber").GetString());
        Assert.Equal("2024-09", root.GetProperty("issuedOn").GetString());
        var activities = root.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(["1", "2", "3", "4", "5"], activities.Select(a => a.GetProperty("label").GetString()));
        var lead = activities[2].GetProperty("lead")[0];
        Assert.Equal("Sở Thông tin và Truyền thông", lead.GetProperty("canonicalName").GetString());
        Assert.True(lead.GetProperty("unitId").GetInt32() > 0);
        Assert.Equal([388_400_000L, 57_950_000L, 63_365_000L, 131_210_000L],
            root.GetProperty("budgetTables").EnumerateArray().Select(t => t.GetProperty("computedTotal").GetInt64()));
        Assert.DoesNotContain(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");

        var (textExit, text, _) = await Cli.RunAsync(cs, "plan", "check", seed);
        Assert.Equal(0, textExit);
        Assert.Contains("Phụ lục II: tính 388.400.000 đồng, văn bản ghi 388.400.000 đồng", text);
        Assert.Equal(3, await CountPlansAsync(cs));                       // the demo's three; nothing added
    }

    [Fact]
    public async Task Plan_check_exits_with_2_on_what_it_cannot_read()
    {
        var cs = await fixture.NewDatabaseAsync();
        var (missing, _, missingError) = await Cli.RunAsync(cs, "plan", "check", "/khong/co/ke-hoach.docx");
        Assert.Equal(2, missing);
        Assert.Contains("Không tìm thấy tệp", missingError);

        var pdf = Path.Combine(Path.GetTempPath(), $"ke-hoach-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.7\n%âãÏÓ\n");
        try
        {
            var (exit, _, error) = await Cli.RunAsync(cs, "plan", "check", pdf);
            Assert.Equal(2, exit);
            Assert.Contains("chưa được hỗ trợ", error);
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    [Fact]
    public async Task Plan_import_creates_a_draft_and_plan_export_writes_a_docx()
    {
        var cs = await fixture.NewDatabaseAsync();
        var seed = DemoBudgets.SeedFile("tiengiang-2024-ngay-cds.txt")!;
        var (exit, output, _) = await Cli.RunAsync(cs, "plan", "import", seed, "--province", "82");
        Assert.Equal(0, exit);
        var id = int.Parse(System.Text.RegularExpressions.Regex.Match(output, @"#(\d+)").Groups[1].Value);
        Assert.Equal(4, await CountPlansAsync(cs));

        var docx = Path.Combine(Path.GetTempPath(), $"ke-hoach-{id}-{Guid.NewGuid():N}.docx");
        try
        {
            var (exportExit, exported, _) = await Cli.RunAsync(cs, "plan", "export", id.ToString(), "--docx", docx);
            Assert.Equal(0, exportExit);
            Assert.Contains("Đã ghi", exported);
            using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, false);
            var body = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("KẾ HOẠCH", body);
            Assert.Contains("Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia", body);
        }
        finally
        {
            File.Delete(docx);
        }

        var (notFound, _, error) = await Cli.RunAsync(cs, "plan", "export", "999999", "--docx", docx);
        Assert.Equal(2, notFound);
        Assert.Contains("Không có kế hoạch #999999", error);
    }

    private static async Task<int> CountPlansAsync(string cs)
    {
        await using var conn = new Npgsql.NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("SELECT count(*) FROM plans", conn);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync());
    }
}
