using System.Text.Json;
using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Cli;

/// <summary>
/// `plan check` on a fresh checkout: no connection string and no data folder, so no database at all — the plan of
/// another province (written for these tests, tests/Lantoa.Domain.Tests/Documents/Provinces) is read against that
/// province's built-in catalogue. In the database collection because the console and environment are process-wide.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class PlanCheckWithoutDatabaseTests
{
    private static string Fixture(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "Lantoa.Domain.Tests", "Documents", "Provinces", file);
            if (File.Exists(path)) return path;
        }

        throw new FileNotFoundException(file);
    }

    private static async Task<(int Exit, string Out, string Err)> RunWithoutDatabaseAsync(params string[] args)
    {
        var data = Path.Combine(Path.GetTempPath(), $"lantoa-nodb-{Guid.NewGuid():N}");
        var previous = Environment.GetEnvironmentVariable("LANTOA_DATA");
        Environment.SetEnvironmentVariable("LANTOA_DATA", data);
        try
        {
            // "" clears ConnectionStrings__Lantoa for the run (Cli restores it afterwards).
            var result = await Cli.RunAsync("", args);
            Assert.False(Directory.Exists(data), "no PostgreSQL was to be created");
            return result;
        }
        finally
        {
            Environment.SetEnvironmentVariable("LANTOA_DATA", previous);
        }
    }

    [Fact]
    public async Task A_Binh_Dinh_plan_of_2024_reports_Binh_Dinh_and_resolves_its_units_with_no_database()
    {
        var (exit, output, error) = await RunWithoutDatabaseAsync("plan", "check", Fixture("binhdinh-2024-ngay-cds.txt"), "--json");

        Assert.Equal(0, exit);
        Assert.Contains("không dùng CSDL", error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("catalogue", root.GetProperty("units").GetString());
        Assert.Equal("52", root.GetProperty("province").GetProperty("code").GetString());
        Assert.Equal("Bình Định", root.GetProperty("province").GetProperty("name").GetString());
        Assert.Contains(root.GetProperty("province").GetProperty("evidence").EnumerateArray(), e => e.GetProperty("source").GetString() == "issuer");

        var activities = root.GetProperty("activities").EnumerateArray().ToList();
        string[] Names(JsonElement units) => units.EnumerateArray().Select(u => u.TryGetProperty("canonicalName", out var n) ? n.GetString()! : "?").ToArray();
        Assert.Equal(["Sở Thông tin và Truyền thông"], Names(activities[0].GetProperty("lead")));
        Assert.Equal(["UBND thị xã An Nhơn"], Names(activities[1].GetProperty("lead")));
        Assert.Equal(["UBND phường Bình Định, thị xã An Nhơn", "UBND xã Nhơn Hạnh, thị xã An Nhơn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Viettel Bình Định"],
            Names(activities[1].GetProperty("coordinating")));
        Assert.Equal(["Sở Tài chính", "Công an tỉnh", "UBND thành phố Quy Nhơn", "UBND huyện Tuy Phước", "?"], Names(activities[2].GetProperty("coordinating")));

        // Every unit object carries provinceCode; every resolved one is Bình Định's (52), none another province's.
        var units = activities.SelectMany(a => a.GetProperty("lead").EnumerateArray().Concat(a.GetProperty("coordinating").EnumerateArray())).ToList();
        Assert.All(units, u => Assert.Equal("52", u.GetProperty("provinceCode").GetString()));
        var longAnStation = activities[3].GetProperty("coordinating")[0];
        Assert.Equal("Đài Phát thanh và Truyền hình Long An", longAnStation.GetProperty("written").GetString());
        Assert.False(longAnStation.TryGetProperty("canonicalName", out _));
        Assert.Equal("80", longAnStation.GetProperty("otherProvinceCode").GetString());
    }

    [Fact]
    public async Task A_Gia_Lai_plan_of_2026_resolves_the_new_communes_and_the_text_summary_names_the_province()
    {
        var (exit, output, _) = await RunWithoutDatabaseAsync("plan", "check", Fixture("gialai-2026-ngay-cds.txt"));

        Assert.Equal(0, exit);
        Assert.Contains("Tỉnh: Gia Lai (mã 52)", output);
        Assert.Contains("chủ trì: UBND phường Quy Nhơn Bắc", output);
        Assert.Contains("chủ trì: Sở Khoa học và Công nghệ", output);
        Assert.DoesNotContain("unknown-unit", output);
    }

    [Fact]
    public async Task A_given_province_is_used_and_a_plan_of_another_province_is_reported()
    {
        var (exit, output, _) = await RunWithoutDatabaseAsync("plan", "check", Fixture("binhdinh-2024-ngay-cds.txt"), "--json", "--province", "80");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("80", root.GetProperty("province").GetProperty("code").GetString());
        Assert.False(root.GetProperty("province").GetProperty("detected").GetBoolean());
        var finding = root.GetProperty("findings")[0];
        Assert.Equal("other-province", finding.GetProperty("code").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString()); // the JSON keeps its codes (a schema)
        Assert.Contains("Bình Định", finding.GetProperty("message").GetString());
        // Long An's units never take Bình Định's newspaper.
        var coordinating = root.GetProperty("activities")[0].GetProperty("coordinating");
        Assert.False(coordinating[0].TryGetProperty("canonicalName", out _));

        var (bad, _, error) = await RunWithoutDatabaseAsync("plan", "check", Fixture("binhdinh-2024-ngay-cds.txt"), "--province", "99");
        Assert.Equal(2, bad);
        Assert.Contains("Không có tỉnh mã 99", error);
    }

    [Fact]
    public async Task The_text_output_names_each_finding_s_severity_in_Vietnamese()
    {
        var (exit, output, _) = await RunWithoutDatabaseAsync("plan", "check", Fixture("binhdinh-2024-ngay-cds.txt"), "--province", "80");

        Assert.Equal(0, exit);
        var findings = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith('[')).ToList();
        Assert.Contains(findings, l => l.StartsWith("[lỗi] other-province", StringComparison.Ordinal));
        Assert.Contains(findings, l => l.StartsWith("[cảnh báo] ", StringComparison.Ordinal));
        Assert.All(findings, l => Assert.Matches(@"^\[(lỗi|cảnh báo|lưu ý)\] [a-z0-9-]+( \(dòng \d+\))?: \S", l));
        Assert.True(output.IsNormalized(System.Text.NormalizationForm.FormC));
    }
}
