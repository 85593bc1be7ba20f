using Lantoa.Domain.Units;

namespace Lantoa.Domain.Tests.Units;

/// <summary>
/// Every lead, coordinating and responsible party named in the three seed plans, resolved against its province's
/// catalogue. The tables below are the expected reading of each phrase, item by item; "?…" marks an item that must
/// stay unresolved, and <see cref="KnownUnresolved"/> says why.
/// </summary>
public class SeedAssignmentTests
{
    private const string Unresolved = "?";

    /// <summary>Phrases that name no assignable unit or group, on purpose.</summary>
    private static readonly Dictionary<string, string> KnownUnresolved = new()
    {
        ["các doanh nghiệp có giải pháp, nền tảng phục vụ phát triển xã hội số"] =
            "an open invitation to any enterprise with a product; not a set of units anyone reports for",
        ["các cơ quan, đơn vị, địa phương trên địa bàn tỉnh"] =
            "everyone in the province, down to communes; fanning work out to all of them would be wrong",
        ["các hội, hiệp hội"] = "associations are not in the catalogue (Hội Tin học aside) and none is named",
        ["các ngân hàng trên địa phương"] = "banks are not in the catalogue",
    };

    private static readonly Dictionary<string, (string Province, (string Phrase, string[] Keys)[] Expected)> Seeds = new()
    {
        ["longan-2024-ngay-cds.txt"] = ("80",
        [
            ("a) Cơ quan chủ trì: Sở Thông tin và Truyền thông; UBND các huyện, thị xã, thành phố.", ["so-tttt", "ubnd-cap-huyen"]),
            ("b) Cơ quan phối hợp: Các sở, ngành tỉnh, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh, các cơ quan Trung ương đóng trên địa bàn tỉnh, Báo Long An, Đài Phát thanh và Truyền hình Long An.",
                ["cac-so-nganh", "cong-an", "bchqs", "bdbp", "mttq-ctxh", "co-quan-tw", "bao-long-an", "dai-ptth"]),
            ("a) Cơ quan chủ trì: Sở Thông tin và Truyền thông.", ["so-tttt"]),
            ("b) Cơ quan phối hợp: Văn phòng UBND tỉnh, Sở Nội vụ, UBND các huyện, thị xã, thành phố.", ["van-phong-ubnd", "so-noi-vu", "ubnd-cap-huyen"]),
            ("a) Cơ quan chủ trì: UBND huyện, thị xã, thành phố.", ["ubnd-cap-huyen"]),
            ("b) Cơ quan phối hợp: Sở Thông tin và Truyền thông; các sở, ngành tỉnh.", ["so-tttt", "cac-so-nganh"]),
            ("b) Cơ quan phối hợp: Các sở, ngành liên quan, các doanh nghiệp có giải pháp, nền tảng phục vụ phát triển xã hội số.",
                ["cac-so-nganh", "?các doanh nghiệp có giải pháp, nền tảng phục vụ phát triển xã hội số"]),
            ("a) Cơ quan chủ trì: Tỉnh Đoàn.", ["tinh-doan"]),
            ("b) Cơ quan phối hợp: Sở Thông tin và Truyền thông, các cơ quan, đơn vị, địa phương trên địa bàn tỉnh.",
                ["so-tttt", "?các cơ quan, đơn vị, địa phương trên địa bàn tỉnh"]),
            ("b) Cơ quan phối hợp: Sở Thông tin và Truyền thông.", ["so-tttt"]),
            ("1. Sở Thông tin và Truyền thông", ["so-tttt"]),
            ("2. Văn phòng UBND tỉnh", ["van-phong-ubnd"]),
            ("3. Sở Tài chính", ["so-tai-chinh"]),
            ("4. Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)", ["so-noi-vu"]),
            ("5. Trân trọng đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Tổ chức chính trị - xã hội tỉnh", ["mttq-ctxh"]),
            ("6. Đề nghị Tỉnh Đoàn", ["tinh-doan"]),
            ("7. Báo Long An, Đài Phát thanh và Truyền hình Long An", ["bao-long-an", "dai-ptth"]),
            ("8. Các sở, ngành tỉnh, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, các cơ quan trung ương đóng trên địa bàn tỉnh",
                ["cac-so-nganh", "cong-an", "bchqs", "bdbp", "co-quan-tw"]),
            ("9. UBND các huyện, thị xã, thành phố", ["ubnd-cap-huyen"]),
            ("10. Các doanh nghiệp ngành Thông tin và Truyền thông", ["dn-bcvt"]),
        ]),
        ["longan-2024-tuyen-truyen-cds.txt"] = ("80",
        [
            ("c) Cơ quan chủ trì thực hiện: Các sở, ngành tỉnh, UBND cấp huyện.", ["cac-so-nganh", "ubnd-cap-huyen"]),
            ("1. Các sở, ngành tỉnh, UBND cấp huyện", ["cac-so-nganh", "ubnd-cap-huyen"]),
            ("2. Sở Thông tin và Truyền thông", ["so-tttt"]),
            ("3. Sở Tài chính", ["so-tai-chinh"]),
            ("4. Bưu điện tỉnh", ["buu-dien"]),
            ("5. Báo Long An, Đài Phát thanh và Truyền hình Long An", ["bao-long-an", "dai-ptth"]),
            ("Các sở, ngành tỉnh; UBND cấp huyện", ["cac-so-nganh", "ubnd-cap-huyen"]),
            ("Sở Thông tin và Truyền thông", ["so-tttt"]),
            ("Đài Phát thanh và Truyền hình Long An; UBND cấp huyện", ["dai-ptth", "ubnd-cap-huyen"]),
            ("Báo Long An", ["bao-long-an"]),
            ("Sở Thông tin và Truyền thông; các sở, ngành tỉnh; UBND cấp huyện", ["so-tttt", "cac-so-nganh", "ubnd-cap-huyen"]),
            ("Đài Phát thanh và Truyền hình Long An", ["dai-ptth"]),
            ("UBND cấp huyện (Trung tâm Văn hóa, Thông tin và Truyền thanh)", ["ubnd-cap-huyen"]),
            ("Sở Thông tin và Truyền thông; UBND cấp huyện", ["so-tttt", "ubnd-cap-huyen"]),
            ("Báo Long An; Đài Phát thanh và Truyền hình Long An; các sở, ngành tỉnh; UBND cấp huyện",
                ["bao-long-an", "dai-ptth", "cac-so-nganh", "ubnd-cap-huyen"]),
            ("Văn phòng UBND tỉnh (Ban Biên tập Cổng thông tin điện tử tỉnh)", ["van-phong-ubnd"]),
            ("UBND cấp huyện", ["ubnd-cap-huyen"]),
            ("Các sở, ngành tỉnh", ["cac-so-nganh"]),
            ("Các sở, ngành tỉnh; UBND cấp huyện; Trung tâm Phục vụ hành chính công tỉnh", ["cac-so-nganh", "ubnd-cap-huyen", "trung-tam-pvhcc"]),
            ("Các sở, ngành tỉnh; UBND cấp huyện; Trung tâm hành chính công cấp tỉnh, huyện",
                ["cac-so-nganh", "ubnd-cap-huyen", "trung-tam-pvhcc", "tt-hcc-cap-huyen"]),
            ("Các sở, ngành tỉnh; UBND cấp huyện, cấp xã; Trung tâm hành chính công cấp tỉnh, huyện",
                ["cac-so-nganh", "ubnd-cap-huyen", "ubnd-cap-xa", "trung-tam-pvhcc", "tt-hcc-cap-huyen"]),
            ("Các sở, ngành tỉnh, UBND cấp huyện", ["cac-so-nganh", "ubnd-cap-huyen"]),
            ("Sở Giáo dục và Đào tạo", ["so-gddt"]),
            ("Tỉnh Đoàn; UBND cấp huyện", ["tinh-doan", "ubnd-cap-huyen"]),
        ]),
        ["tiengiang-2024-ngay-cds.txt"] = ("82",
        [
            ("d) Đơn vị thực hiện: các sở, ban, ngành, đoàn thể tỉnh, các hội, hiệp hội; các doanh nghiệp có liên quan trên địa bàn tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố, Báo Ấp Bắc, Đài Phát thanh và Truyền hình tỉnh.",
                ["so-nganh-doan-the", "?các hội, hiệp hội", "doanh-nghiep", "ubnd-cap-huyen", "bao-ap-bac", "dai-ptth"]),
            ("- Đơn vị tổ chức: Sở Thông tin và Truyền thông.", ["so-tttt"]),
            ("- Đơn vị phối hợp: các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố.", ["so-nganh-doan-the", "ubnd-cap-huyen"]),
            ("- Đơn vị chủ trì: Ủy ban nhân dân các huyện, thị xã, thành phố.", ["ubnd-cap-huyen"]),
            ("- Đơn vị phối hợp: Đoàn thanh niên, Hội Liên hiệp phụ nữ các cấp cơ sở; Chi nhánh các doanh nghiệp bưu chính, viễn thông và các ngân hàng trên địa phương.",
                ["tinh-doan", "hoi-lhpn", "dn-bcvt", "?các ngân hàng trên địa phương"]),
            ("- Đơn vị thực hiện: các doanh nghiệp công nghệ thông tin, bưu chính và viễn thông trên địa bàn tỉnh.", ["dn-bcvt"]),
            ("- Đơn vị chủ trì thực hiện: Ủy ban nhân dân các huyện, thị xã, thành phố.", ["ubnd-cap-huyen"]),
            ("- Đơn vị phối hợp: các doanh nghiệp công nghệ thông tin và bưu chính, viễn thông.", ["dn-bcvt"]),
            ("- Đơn vị chủ trì: Công an tỉnh.", ["cong-an"]),
            ("- Đơn vị phối hợp thực hiện: Ủy ban nhân dân các huyện, thị xã, thành phố.", ["ubnd-cap-huyen"]),
            ("- + Cơ quan chủ trì thực hiện: Sở Y tế.", ["so-y-te"]),
            ("- + Cơ quan phối hợp thực hiện: các sở, ban, ngành có liên quan.", ["cac-so-nganh"]),
            ("- + Cơ quan chủ trì thực hiện: Báo Ấp Bắc.", ["bao-ap-bac"]),
            ("- + Cơ quan phối hợp thực hiện: Sở Thông tin và Truyền thông.", ["so-tttt"]),
            ("1. Sở Thông tin và Truyền thông", ["so-tttt"]),
            ("2. Sở Văn hóa, Thể thao và Du lịch", ["so-vhttdl"]),
            ("3. Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Tiền Giang", ["tinh-doan"]),
            ("4. Ủy ban nhân dân các huyện, thị xã, thành phố", ["ubnd-cap-huyen"]),
            ("5. Đài Phát thanh và Truyền hình tỉnh, đề nghị Báo Ấp Bắc:", ["dai-ptth", "bao-ap-bac"]),
            ("6. Đề nghị các doanh nghiệp Công nghệ thông tin, Bưu chính, Viễn thông;", ["dn-bcvt"]),
            ("7. Các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố; Đài Phát thanh và Truyền hình tỉnh, đề nghị Báo Ấp Bắc và các doanh nghiệp trên địa bàn tỉnh",
                ["so-nganh-doan-the", "ubnd-cap-huyen", "dai-ptth", "bao-ap-bac", "doanh-nghiep"]),
        ]),
    };

    public static TheoryData<string> SeedFiles => new(Seeds.Keys);

    public static TheoryData<string, string> Phrases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (seed, (_, expected)) in Seeds)
            {
                foreach (var (phrase, _) in expected)
                {
                    data.Add(seed, phrase);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void The_table_covers_every_unit_phrase_of_the_seed(string seed)
    {
        var extracted = SeedPhrases.Extract(SharedData.Seed(seed));
        Assert.Equal(Seeds[seed].Expected.Select(e => e.Phrase), extracted);
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Phrase_resolves_to_the_expected_units_and_groups(string seed, string phrase)
    {
        var (province, expected) = Seeds[seed];
        var names = ProvinceNames.Of(province);

        var items = names.Resolver.ResolveList(phrase, new DateOnly(2024, 10, 1));

        var actual = items.Select(i => i.Match is { } m ? names.KeyOf(m) : Unresolved + i.Written);
        Assert.Equal(expected.Single(e => e.Phrase == phrase).Keys, actual);
    }

    [Fact]
    public void Every_expected_unresolved_item_has_a_reason_and_every_reason_is_used()
    {
        var marked = Seeds.Values
            .SelectMany(s => s.Expected)
            .SelectMany(e => e.Keys)
            .Where(k => k.StartsWith(Unresolved, StringComparison.Ordinal))
            .Select(k => k[Unresolved.Length..])
            .ToHashSet();

        Assert.Equal(KnownUnresolved.Keys.Order(), marked.Order());
    }

    [Fact]
    public void Unresolved_items_still_come_with_suggestions()
    {
        var names = ProvinceNames.Of("80");
        var items = names.Resolver.ResolveList("Sở Thông tin và Truyền thông, các cơ quan, đơn vị, địa phương trên địa bàn tỉnh.");

        var vague = Assert.Single(items, i => !i.IsResolved);
        Assert.NotEmpty(vague.Suggestions);
        Assert.True(vague.Suggestions.Max(s => s.Score) < UnitNameResolver.Threshold);
    }

    [Fact]
    public void Parentheticals_are_kept_as_notes()
    {
        var names = ProvinceNames.Of("80");

        var interior = names.Resolver.Resolve("4. Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)");
        var districts = Assert.Single(names.Resolver.ResolveList("UBND cấp huyện (Trung tâm Văn hóa, Thông tin và Truyền thanh)"));

        Assert.Equal("so-noi-vu", names.KeyOf(interior.Match!));
        Assert.Equal("Ban Thi đua - Khen thưởng tỉnh", interior.Note);
        Assert.Equal("ubnd-cap-huyen", names.KeyOf(districts.Match!));
        Assert.Equal("Trung tâm Văn hóa, Thông tin và Truyền thanh", districts.Note);
    }

    [Fact]
    public void An_elliptical_item_is_completed_from_the_one_before()
    {
        var names = ProvinceNames.Of("80");

        var items = names.Resolver.ResolveList("UBND cấp huyện, cấp xã");

        Assert.Equal(["ubnd-cap-huyen", "ubnd-cap-xa"], items.Select(i => names.KeyOf(i.Match!)));
        Assert.Equal("cấp xã", items[1].Written);
        Assert.Contains("UBND cấp xã", items[1].Match!.Reason, StringComparison.Ordinal);
    }
}
