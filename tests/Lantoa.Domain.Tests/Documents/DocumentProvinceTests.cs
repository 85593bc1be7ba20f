using System.Text;
using System.Text.Json;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Tests.Units;
using Lantoa.Domain.Units.Catalogue;

namespace Lantoa.Domain.Tests.Documents;

/// <summary>
/// Plans of provinces other than the demo's (Documents/Provinces/*.txt, written for these tests): the province is
/// detected with its evidence and the names resolve to that province's units of the plan's date, never another's.
/// </summary>
public class DocumentProvinceTests
{
    private static readonly Dictionary<string, ProvinceCatalogue> Catalogues = [];

    internal static string FixturePath(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "Lantoa.Domain.Tests", "Documents", "Provinces", file);
            if (File.Exists(path)) return path;
        }

        throw new FileNotFoundException(file);
    }

    private static ProvinceCatalogue Catalogue(string code)
    {
        lock (Catalogues)
        {
            if (!Catalogues.TryGetValue(code, out var c)) Catalogues[code] = c = ProvinceCatalogue.Build(ProvinceCatalogueTests.Geography.Value, code)!;
            return c;
        }
    }

    private static ParsedPlan Read(string text, string? givenCode = null) =>
        DocumentProvinceDetector.Parse(TextDocumentReader.Read("ke-hoach.txt", Encoding.UTF8.GetBytes(text)),
            ProvinceCatalogueTests.Geography.Value, givenCode, (code, _) => Catalogue(code).Resolver());

    private static ParsedPlan ReadFixture(string file, string? givenCode = null) => Read(File.ReadAllText(FixturePath(file)), givenCode);

    [Fact]
    public void A_2024_Binh_Dinh_plan_is_Binh_Dinh_s_and_its_units_are_Binh_Dinh_s_of_2024()
    {
        var plan = ReadFixture("binhdinh-2024-ngay-cds.txt");

        Assert.Equal(("52", "Bình Định"), (plan.Province!.Code, plan.Province.Name));
        Assert.Contains(plan.Province.Evidence, e => e.Source == "issuer" && e.Text == "tỉnh Bình Định" && e.Line == 2);
        Assert.Contains(plan.Province.Evidence, e => e.Source == "place");
        Assert.Contains(plan.Province.Evidence, e => e.Source == "title");
        Assert.Contains(plan.Province.Evidence, e => e.Source == "unit" && e.Text == "UBND thị xã An Nhơn");

        var activities = plan.AllActivities().ToList();
        Assert.Equal("Sở Thông tin và Truyền thông", activities[0].Lead.Single().CanonicalName);
        Assert.Equal(["Báo Bình Định", "Đài Phát thanh và Truyền hình Bình Định", "UBND cấp huyện"], activities[0].Coordinating.Select(u => u.CanonicalName));
        Assert.Equal("UBND thị xã An Nhơn", activities[1].Lead.Single().CanonicalName);
        Assert.Equal(["UBND phường Bình Định, thị xã An Nhơn", "UBND xã Nhơn Hạnh, thị xã An Nhơn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Viettel Bình Định"],
            activities[1].Coordinating.Select(u => u.CanonicalName));
        Assert.Equal("Sở Kế hoạch và Đầu tư", activities[2].Lead.Single().CanonicalName);
        var third = activities[2].Coordinating;
        Assert.Equal(["Sở Tài chính", "Công an tỉnh", "UBND thành phố Quy Nhơn", "UBND huyện Tuy Phước"], third.Take(4).Select(u => u.CanonicalName));
        Assert.False(third[4].IsResolved);                                   // an enterprise no catalogue knows
        Assert.All(PlanUnits.All(plan).Where(u => u.IsResolved), u => Assert.Equal("52", u.Match!.Candidate.ProvinceCode));
    }

    [Fact]
    public void A_unit_of_another_province_named_in_the_plan_stays_unmatched_with_a_finding()
    {
        var plan = ReadFixture("binhdinh-2024-ngay-cds.txt");
        var longAnStation = plan.AllActivities().ElementAt(3).Coordinating[0];

        Assert.Equal("Đài Phát thanh và Truyền hình Long An", longAnStation.Written);
        Assert.False(longAnStation.IsResolved);
        Assert.Equal("80", longAnStation.Resolution!.ForeignProvince!.ProvinceCode);
        Assert.Contains(plan.Findings, f => f.Code == "other-province-unit" && f.Message.Contains("Long An", StringComparison.Ordinal));
    }

    [Fact]
    public void A_2026_Gia_Lai_plan_resolves_to_the_new_communes_and_departments()
    {
        var plan = ReadFixture("gialai-2026-ngay-cds.txt");

        Assert.Equal(("52", "Gia Lai"), (plan.Province!.Code, plan.Province.Name));
        var activities = plan.AllActivities().ToList();
        Assert.Equal("Sở Khoa học và Công nghệ", activities[0].Lead.Single().CanonicalName);
        Assert.Equal(["Sở Nông nghiệp và Môi trường", "Báo và Phát thanh, Truyền hình Gia Lai", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"],
            activities[0].Coordinating.Select(u => u.CanonicalName));
        Assert.Equal("UBND phường Quy Nhơn Bắc", activities[1].Lead.Single().CanonicalName);
        Assert.Equal(["UBND phường Quy Nhơn Nam", "UBND xã An Lão", "UBND phường Pleiku", "Hội Liên hiệp Phụ nữ tỉnh"],
            activities[1].Coordinating.Select(u => u.CanonicalName));
        Assert.All(PlanUnits.All(plan).Where(u => u.IsResolved), u => Assert.True(u.Match!.Candidate.ValidFrom is null || u.Match.Candidate.ValidFrom <= new DateOnly(2026, 3, 20)));
    }

    [Fact]
    public void A_given_province_is_used_but_the_detected_one_is_kept_for_the_check()
    {
        var plan = ReadFixture("binhdinh-2024-ngay-cds.txt", givenCode: "80");

        Assert.Equal("80", plan.Province!.Code);
        Assert.False(plan.Province.Detected);
        Assert.Equal("52", plan.DetectedProvince!.Code);
        var refusal = DocumentProvinceDetector.OtherProvince(plan, "80", "Long An");
        Assert.NotNull(refusal);
        Assert.Equal("other-province", refusal.Code);
        Assert.Contains("Bình Định", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(2, refusal.Line);
        Assert.Null(DocumentProvinceDetector.OtherProvince(plan, "52", "Bình Định"));
        // Long An's units do not take Bình Định's names: its newspaper and station are not Long An's.
        var press = plan.AllActivities().First().Coordinating.Take(2).ToList();
        Assert.Equal(["Báo Bình Định", "Đài Phát thanh và Truyền hình Bình Định"], press.Select(u => u.Written));
        Assert.All(press, u => Assert.False(u.IsResolved));
        Assert.All(press, u => Assert.Equal("52", u.Resolution!.ForeignProvince!.ProvinceCode));
    }

    [Theory]
    [InlineData("Kế hoạch tổ chức hội thi tin học trẻ trên địa bàn tỉnh Bình Định năm 2024", "52")]
    [InlineData("Kế hoạch chuyển đổi số năm 2024 của thành phố Đà Nẵng", "48")]
    [InlineData("Kế hoạch chuyển đổi số năm 2024 tỉnh Thừa Thiên Huế", "46")]
    [InlineData("Kế hoạch chuyển đổi số năm 2026 của tỉnh Tây Ninh", "80")]
    [InlineData("Kế hoạch chuyển đổi số năm 2024 của tỉnh Tây Ninh", "72")]
    public void The_title_alone_says_the_province_of_its_year(string title, string code)
    {
        var plan = Read($"KẾ HOẠCH\n\n{title}\n\nI. NỘI DUNG\n\n1. Hội thi\n\na) Cơ quan chủ trì: Sở Nội vụ.\n");
        Assert.Equal(code, plan.Province?.Code);
        Assert.Equal("Sở Nội vụ", plan.AllActivities().Single().Lead.Single().CanonicalName);
    }

    [Fact]
    public void A_document_that_names_no_province_has_none()
    {
        var plan = Read("KẾ HOẠCH\n\nTổ chức hội thi tin học năm 2024\n\nI. NỘI DUNG\n\n1. Hội thi\n\na) Cơ quan chủ trì: Sở Nội vụ.\n");
        Assert.Null(plan.Province);
        Assert.Null(DocumentProvinceDetector.OtherProvince(plan, "80", "Long An"));
    }

    [Fact]
    public void The_json_contract_gives_the_province_and_each_unit_s_province_code()
    {
        var json = JsonDocument.Parse(PlanCheckJson.From(ReadFixture("binhdinh-2024-ngay-cds.txt")).ToJson()).RootElement;

        Assert.Equal(2, json.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("catalogue", json.GetProperty("units").GetString());
        var province = json.GetProperty("province");
        Assert.Equal("52", province.GetProperty("code").GetString());
        Assert.Equal("Bình Định", province.GetProperty("name").GetString());
        Assert.True(province.GetProperty("evidence").GetArrayLength() >= 3);
        var lead = json.GetProperty("activities")[0].GetProperty("lead")[0];
        Assert.Equal("52", lead.GetProperty("provinceCode").GetString());
        Assert.Equal("so-tttt", lead.GetProperty("unitKey").GetString());
        Assert.False(lead.TryGetProperty("unitId", out _));                 // catalogue positions are not database ids
        var station = json.GetProperty("activities")[3].GetProperty("coordinating")[0];
        Assert.Equal("80", station.GetProperty("otherProvinceCode").GetString());
        Assert.False(station.TryGetProperty("canonicalName", out _));
    }
}
