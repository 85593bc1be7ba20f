using Lantoa.Domain.Documents;
using Lantoa.Domain.Teams;
using Lantoa.Domain.Tests.Units;

namespace Lantoa.Domain.Tests.Teams;

public class CampaignCategoriesTests
{
    [Fact]
    public void The_Tien_Giang_seed_s_team_campaign_paragraph_gives_its_five_contents_and_its_ten_days()
    {
        var text = SharedData.Seed("tiengiang-2024-ngay-cds.txt");
        var paragraph = text.Split('\n').Single(l => l.Contains("Tổ công nghệ số cộng đồng trong", StringComparison.Ordinal));
        var categories = CampaignCategories.Parse(paragraph);
        Assert.Equal(
            ["Hướng dẫn sử dụng dịch vụ công trực tuyến", "Hướng dẫn thanh toán không dùng tiền mặt",
             "Hướng dẫn mua bán trên sàn thương mại điện tử Việt Nam", "Bảo vệ bản thân và gia đình trên môi trường mạng",
             "Tìm kiếm thông tin hiệu quả trên Internet"],
            categories.Select(c => c.Name));
        Assert.Equal("su-dung-dich-vu-cong-truc-tuyen", categories[0].Key);
        Assert.Equal(5, categories.Select(c => c.Key).Distinct().Count());
        Assert.Equal((new DateOnly(2024, 10, 1), new DateOnly(2024, 10, 10)), CampaignWindow.Parse(paragraph));
    }

    [Fact]
    public void A_plan_never_seen_with_other_wording_gives_its_own_contents()
    {
        // Long An's wording: a list in parentheses, split on ";" and "và".
        var longAn = "Ra quân của Tổ công nghệ số cộng đồng (*Hướng dẫn sử dụng dịch vụ công trực tuyến; Mua sắm trực tuyến; Thanh toán trực tuyến; Tự bảo vệ mình trên không gian mạng và Sử dụng nền tảng số của địa phương*).";
        Assert.Equal(["Hướng dẫn sử dụng dịch vụ công trực tuyến", "Mua sắm trực tuyến", "Thanh toán trực tuyến",
            "Tự bảo vệ mình trên không gian mạng", "Sử dụng nền tảng số của địa phương"], CampaignCategories.Parse(longAn).Select(c => c.Name));
        // Numbered "1." lines after "nội dung", days written "05/11 - 20/11/2025".
        var other = "Tổ CNSCĐ các xã ra quân từ 05/11 - 20/11/2025 với nội dung:\n1. Cài đặt ứng dụng VNeID mức 2;\n2. Hướng dẫn ký số từ xa;\n3. Chữ ký số công cộng.\nKinh phí: ngân sách xã.";
        Assert.Equal(["Cài đặt ứng dụng VNeID mức 2", "Hướng dẫn ký số từ xa", "Chữ ký số công cộng"], CampaignCategories.Parse(other).Select(c => c.Name));
        Assert.Equal((new DateOnly(2025, 11, 5), new DateOnly(2025, 11, 20)), CampaignWindow.Parse(other));
        Assert.Empty(CampaignCategories.Parse("Tổ chức hội nghị tổng kết."));
    }
}

public class FieldLogRulesTests
{
    private static readonly FieldCampaign Campaign = new(1, 1, 1, "Chiến dịch", new DateOnly(2024, 10, 1), new DateOnly(2024, 10, 10),
        [new CampaignCategory("dvc", "Dịch vụ công trực tuyến"), new CampaignCategory("ttkdtm", "Thanh toán không dùng tiền mặt")]);

    private static readonly FieldLogContext Context = new(Campaign, new Dictionary<string, int> { ["28246"] = 1200, ["28249"] = 900 }, new HashSet<string> { "28246" });

    private static FieldLogInput Input(string commune = "28246", string category = "dvc", int day = 3, int households = 20, int people = 40, string? id = null) =>
        new(id ?? Guid.NewGuid().ToString(), 1, commune, "Ấp 1", category, new DateOnly(2024, 10, day), households, people,
            new Dictionary<string, int> { ["Cài đặt VNeID mức 2"] = 35 }, null);

    [Fact]
    public void A_good_record_passes()
    {
        Assert.Empty(FieldLogRules.Check(Input(), Context, out var id));
        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public void Each_bad_field_is_named_with_a_Vietnamese_message()
    {
        Assert.Contains("không thuộc địa bàn tổ", FieldLogRules.Check(Input(commune: "28249"), Context, out _)["communeCode"][0]);
        Assert.Contains("không tham gia chiến dịch", FieldLogRules.Check(Input(commune: "99999"), Context, out _)["communeCode"][0]);
        Assert.Contains("ngoài thời gian chiến dịch (01/10/2024 – 10/10/2024)", FieldLogRules.Check(Input(day: 11), Context, out _)["date"][0]);
        Assert.Contains("lớn hơn số hộ của cả xã (1200)", FieldLogRules.Check(Input(households: 1201), Context, out _)["households"][0]);
        Assert.Contains("không được âm", FieldLogRules.Check(Input(people: -1), Context, out _)["people"][0]);
        Assert.True(FieldLogRules.Check(Input(category: "khac"), Context, out _).ContainsKey("category"));
        Assert.True(FieldLogRules.Check(Input(id: "abc"), Context, out _).ContainsKey("clientId"));
        Assert.True(FieldLogRules.Check(Input(), null, out _).ContainsKey("campaignId"));
    }
}

public class RosterRulesTests
{
    private static readonly Dictionary<string, (bool, string)> Communes = new()
    {
        ["28246"] = (true, "Phường 1"), ["28249"] = (true, "Xã Đạo Thạnh"), ["28252"] = (false, "Xã Mỹ Phong"),
    };

    [Fact]
    public void A_thousand_rows_with_five_bad_ones_reports_those_five_by_row_and_imports_nothing()
    {
        var rows = Enumerable.Range(0, 1000).Select(i => new RosterRow(i + 2, i % 2 == 0 ? "28246" : "28249", "Tổ 1", null,
            $"Người thứ {i}", i % 50 == 0 ? "Tổ trưởng" : "thành viên", "Đoàn Thanh niên", $"09{10_000_000 + i:D8}")).ToList();
        rows[10] = rows[10] with { CommuneCode = "00000" };             // row 12: unknown commune
        rows[100] = rows[100] with { CommuneCode = "28252" };           // row 102: merged away before the day
        rows[200] = rows[200] with { Phone = rows[3].Phone };           // row 202: duplicate of row 5
        rows[300] = rows[300] with { Phone = "12345" };                 // row 302: not a mobile
        rows[400] = rows[400] with { Role = "chủ tịch" };               // row 402: unknown role
        var check = RosterRules.Check(rows, Communes, new HashSet<string>(), new DateOnly(2025, 8, 1));
        Assert.Equal([12, 102, 202, 302, 402], check.Problems.Select(p => p.Row));
        Assert.Contains("không có xã mã \"00000\"", check.Problems[0].Message);
        Assert.Contains("không còn tồn tại vào ngày 01/08/2025", check.Problems[1].Message);
        Assert.Contains("trùng với dòng 5", check.Problems[2].Message);
        Assert.False(check.CanImport);
        Assert.Equal(995, check.Entries.Count);
    }

    [Fact]
    public void A_phone_already_on_a_roster_of_the_province_is_refused_and_a_clean_file_imports()
    {
        var rows = new[] { new RosterRow(2, "28246", "Tổ 1", "Khu phố 3", "Nguyễn Văn A", "Tổ phó", null, "+84 912 345 678") };
        Assert.Contains("đã có", RosterRules.Check(rows, Communes, new HashSet<string> { "0912345678" }, new DateOnly(2025, 8, 1)).Problems.Single().Message);
        var ok = RosterRules.Check(rows, Communes, new HashSet<string>(), new DateOnly(2025, 8, 1));
        Assert.True(ok.CanImport);
        Assert.Equal(MemberRole.Deputy, ok.Entries.Single().Role);
        Assert.Equal("0912345678", ok.Entries.Single().Phone);
    }
}

public class RosterTableTests
{
    [Fact]
    public void Columns_are_found_by_their_titles_in_any_order_with_or_without_diacritics_and_row_numbers_are_the_sheet_s()
    {
        IReadOnlyList<IReadOnlyList<string?>> grid =
        [
            ["DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"],
            [],
            ["STT", "Ho va ten", "So dien thoai", "Vai tro", "Ma xa, phuong", "Ten to", "Don vi cong tac", "Ap, khu pho"],
            ["1", "Lê Văn Tám", "912345678", "tổ trưởng", "28246", "Đội hình IT Xanh phường 1", "Đoàn Thanh niên", null],
            [],
            ["2", "Trần Thị Mai", "0987 654 321", null, "28246", "Tổ 1", null, "Khu phố 2"],
        ];
        var (rows, error) = RosterTable.Read(grid);
        Assert.Null(error);
        Assert.Equal([4, 6], rows.Select(r => r.Row));
        Assert.Equal(new RosterRow(4, "28246", "Đội hình IT Xanh phường 1", null, "Lê Văn Tám", "tổ trưởng", "Đoàn Thanh niên", "0912345678"), rows[0]);
        Assert.Equal("Khu phố 2", rows[1].Village);
        Assert.Equal(TeamKind.YouthSquad, RosterTable.KindOf(rows[0].TeamName!));
        Assert.Equal(TeamKind.Community, RosterTable.KindOf(rows[1].TeamName!));
        Assert.Equal(RosterTable.NoHeader, RosterTable.Read([["Tên", "Tuổi"], ["A", "3"]]).Error);
    }
}
