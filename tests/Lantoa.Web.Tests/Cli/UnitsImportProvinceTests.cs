using System.Text.Json;
using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Cli;

/// <summary>`units import --province CODE` writes a province's built-in catalogue into the database, once; then `plan check` uses the database.</summary>
[Collection(DatabaseCollection.Name)]
public class UnitsImportProvinceTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_new_province_s_catalogue_is_written_once_and_plan_check_then_resolves_against_the_database()
    {
        var cs = await fixture.NewDatabaseAsync();
        var (exit, output, _) = await Cli.RunAsync(cs, "units", "import", "--province", "52");
        Assert.Equal(0, exit);
        Assert.Matches(@"Tỉnh Gia Lai \(mã 52\), mới tạo: thêm \d{3,} đơn vị, \d+ nhóm\.", output);

        var (again, second, _) = await Cli.RunAsync(cs, "units", "import", "--province", "52");
        Assert.Equal(0, again);
        Assert.Contains("Tỉnh Gia Lai (mã 52): thêm 0 đơn vị, 0 nhóm.", second);

        var (resolved, text, _) = await Cli.RunAsync(cs, "units", "resolve", "UBND thị xã An Nhơn; Sở TT&TT; UBND phường Quy Nhơn Bắc", "--province", "52", "--on", "10/10/2024");
        Assert.Equal(0, resolved);
        Assert.Contains("✓ UBND thị xã An Nhơn → UBND thị xã An Nhơn", text);
        Assert.Contains("✓ Sở TT&TT → Sở Thông tin và Truyền thông", text);
        Assert.Contains("? UBND phường Quy Nhơn Bắc", text);                 // a commune of 2025, not of 10/10/2024

        var (members, list, _) = await Cli.RunAsync(cs, "units", "group", "UBND cấp huyện", "--province", "52", "--on", "10/10/2024");
        Assert.Equal(0, members);
        Assert.Contains("11 đơn vị", list);

        string Fixture()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "tests", "Lantoa.Domain.Tests", "Documents", "Provinces", "binhdinh-2024-ngay-cds.txt");
                if (File.Exists(path)) return path;
            }

            throw new FileNotFoundException("binhdinh-2024-ngay-cds.txt");
        }

        var (checkExit, json, _) = await Cli.RunAsync(cs, "plan", "check", Fixture(), "--json");
        Assert.Equal(0, checkExit);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal("database", root.GetProperty("units").GetString());
        Assert.Equal("52", root.GetProperty("province").GetProperty("code").GetString());
        var lead = root.GetProperty("activities")[1].GetProperty("lead")[0];
        Assert.Equal("UBND thị xã An Nhơn", lead.GetProperty("canonicalName").GetString());
        Assert.True(lead.GetProperty("unitId").GetInt32() > 0);
        Assert.Equal("52", lead.GetProperty("provinceCode").GetString());
        Assert.Equal("DistrictCommittee-549", lead.GetProperty("unitKey").GetString());
    }
}
