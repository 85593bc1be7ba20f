using Lantoa.Domain.Units;
using Lantoa.Domain.Tests;

namespace Lantoa.Domain.Tests.Units;

public class UnitGroupTests
{
    private const int LongAn = 1;
    private const int TienGiang = 2;

    private static readonly DateOnly Before2025Reform = new(2024, 10, 10);
    private static readonly DateOnly After2025Reform = new(2025, 8, 1);

    /// <summary>Units keep their Id private (the database assigns it); tests set it by reflection.</summary>
    private static Unit MakeUnit(int id, string name, UnitKind kind, int provinceId = LongAn, int? parentId = null,
        DateOnly? validFrom = null, DateOnly? validTo = null)
    {
        var unit = new Unit(provinceId, name, kind) { ParentId = parentId };
        unit.WithId(id);
        unit.SetValidity(validFrom, validTo);
        return unit;
    }

    // Long An, 2024 and after the July 2025 reform, plus one unit of another province.
    private static readonly Unit UbndTinh = MakeUnit(1, "UBND tỉnh Long An", UnitKind.ProvincialCommittee);
    private static readonly Unit SoTttt = MakeUnit(2, "Sở Thông tin và Truyền thông", UnitKind.Department, validTo: new DateOnly(2025, 2, 28));
    private static readonly Unit SoKhcn = MakeUnit(3, "Sở Khoa học và Công nghệ", UnitKind.Department);
    private static readonly Unit SoGddt = MakeUnit(4, "Sở Giáo dục và Đào tạo", UnitKind.Department);
    private static readonly Unit HuyenBenLuc = MakeUnit(5, "UBND huyện Bến Lức", UnitKind.DistrictCommittee, validTo: new DateOnly(2025, 6, 30));
    private static readonly Unit HuyenCanGiuoc = MakeUnit(6, "UBND huyện Cần Giuộc", UnitKind.DistrictCommittee, validTo: new DateOnly(2025, 6, 30));
    private static readonly Unit XaLuongHoa = MakeUnit(7, "UBND xã Lương Hòa", UnitKind.CommuneCommittee, parentId: 5, validTo: new DateOnly(2025, 6, 30));
    private static readonly Unit XaTanBuu = MakeUnit(8, "UBND xã Tân Bửu", UnitKind.CommuneCommittee, parentId: 5, validTo: new DateOnly(2025, 6, 30));
    private static readonly Unit XaPhuocLy = MakeUnit(9, "UBND xã Phước Lý", UnitKind.CommuneCommittee, parentId: 6, validTo: new DateOnly(2025, 6, 30));
    private static readonly Unit XaBenLucMoi = MakeUnit(10, "UBND xã Bến Lức", UnitKind.CommuneCommittee, validFrom: new DateOnly(2025, 7, 1));
    private static readonly Unit BaoLongAn = MakeUnit(11, "Báo Long An", UnitKind.Press);
    private static readonly Unit Vnpt = MakeUnit(12, "VNPT Long An", UnitKind.Enterprise);
    private static readonly Unit Viettel = MakeUnit(13, "Viettel Long An", UnitKind.Enterprise);
    private static readonly Unit SoTtttTienGiang = MakeUnit(14, "Sở Thông tin và Truyền thông Tiền Giang", UnitKind.Department, provinceId: TienGiang);
    private static readonly Unit VnptTienGiang = MakeUnit(15, "VNPT Tiền Giang", UnitKind.Enterprise, provinceId: TienGiang);

    private static readonly Unit[] All =
    [
        UbndTinh, SoTttt, SoKhcn, SoGddt, HuyenBenLuc, HuyenCanGiuoc, XaLuongHoa, XaTanBuu, XaPhuocLy, XaBenLucMoi,
        BaoLongAn, Vnpt, Viettel, SoTtttTienGiang, VnptTienGiang,
    ];

    private static int[] Ids(IEnumerable<Unit> units) => units.Select(u => u.Id).ToArray();

    // ---- reflection helper sanity ----

    [Fact]
    public void Test_helper_sets_the_private_Id()
    {
        Assert.Equal(5, HuyenBenLuc.Id);
        Assert.Equal(LongAn, HuyenBenLuc.ProvinceId);
        Assert.Equal(new DateOnly(2025, 6, 30), HuyenBenLuc.ValidTo);
    }

    // ---- Resolve ----

    [Fact]
    public void Resolve_by_rule_kind()
    {
        var group = new UnitGroup(LongAn, "Các sở, ngành tỉnh") { RuleKind = UnitKind.Department };

        Assert.Equal([2, 3, 4], Ids(group.Resolve(All, Before2025Reform)));
    }

    [Fact]
    public void Resolve_by_rule_kind_and_parent()
    {
        var group = new UnitGroup(LongAn, "UBND các xã thuộc huyện Bến Lức") { RuleKind = UnitKind.CommuneCommittee, RuleParentId = 5 };

        Assert.Equal([7, 8], Ids(group.Resolve(All, Before2025Reform)));
    }

    [Fact]
    public void Resolve_rule_parent_without_kind_selects_nothing()
    {
        var group = new UnitGroup(LongAn, "Dưới huyện Bến Lức") { RuleParentId = 5 };

        Assert.Empty(group.Resolve(All, Before2025Reform));
    }

    [Fact]
    public void Resolve_explicit_members()
    {
        var group = new UnitGroup(LongAn, "Các doanh nghiệp bưu chính, viễn thông");
        group.SetMembers([12, 13]);

        Assert.Equal([12, 13], Ids(group.Resolve(All, Before2025Reform)));
    }

    [Fact]
    public void Resolve_rule_and_explicit_members_together_without_duplicates()
    {
        var group = new UnitGroup(LongAn, "Các sở, ngành và cơ quan báo chí") { RuleKind = UnitKind.Department };
        group.SetMembers([11, 3]); // Báo Long An, and a department the rule already takes

        Assert.Equal([2, 3, 4, 11], Ids(group.Resolve(All, Before2025Reform)));
    }

    [Fact]
    public void Resolve_with_no_rule_and_no_members_is_empty()
    {
        var group = new UnitGroup(LongAn, "Nhóm trống");

        Assert.Empty(group.Resolve(All, Before2025Reform));
    }

    [Fact]
    public void Resolve_keeps_the_order_of_the_province_units()
    {
        var group = new UnitGroup(LongAn, "Hỗn hợp");
        group.SetMembers([13, 1, 11]);

        Assert.Equal([13, 11, 1], Ids(group.Resolve([Viettel, BaoLongAn, UbndTinh], Before2025Reform)));
    }

    [Fact]
    public void Resolve_honours_ValidTo_on_the_date()
    {
        var districts = new UnitGroup(LongAn, "UBND các huyện, thị xã, thành phố") { RuleKind = UnitKind.DistrictCommittee };

        Assert.Equal([5, 6], Ids(districts.Resolve(All, Before2025Reform)));
        Assert.Equal([5, 6], Ids(districts.Resolve(All, new DateOnly(2025, 6, 30))));
        Assert.Empty(districts.Resolve(All, new DateOnly(2025, 7, 1)));
        Assert.Empty(districts.Resolve(All, After2025Reform));
    }

    [Fact]
    public void Resolve_honours_ValidFrom_on_the_date()
    {
        var communes = new UnitGroup(LongAn, "UBND cấp xã") { RuleKind = UnitKind.CommuneCommittee };

        Assert.Equal([7, 8, 9], Ids(communes.Resolve(All, Before2025Reform)));
        Assert.Equal([7, 8, 9], Ids(communes.Resolve(All, new DateOnly(2025, 6, 30))));
        Assert.Equal([10], Ids(communes.Resolve(All, new DateOnly(2025, 7, 1))));
        Assert.Equal([10], Ids(communes.Resolve(All, After2025Reform)));
    }

    [Fact]
    public void Resolve_applies_validity_to_explicit_members_too()
    {
        var group = new UnitGroup(LongAn, "Đầu mối chuyển đổi số");
        group.SetMembers([2, 3]); // Sở TT&TT ended 28/02/2025, merged into Sở KH&CN

        Assert.Equal([2, 3], Ids(group.Resolve(All, Before2025Reform)));
        Assert.Equal([2, 3], Ids(group.Resolve(All, new DateOnly(2025, 2, 28))));
        Assert.Equal([3], Ids(group.Resolve(All, new DateOnly(2025, 3, 1))));
    }

    [Fact]
    public void Resolve_excludes_units_of_other_provinces_by_rule_and_by_explicit_member()
    {
        var departments = new UnitGroup(LongAn, "Các sở, ngành tỉnh") { RuleKind = UnitKind.Department };
        var telecoms = new UnitGroup(LongAn, "Các doanh nghiệp viễn thông");
        telecoms.SetMembers([12, 15]); // VNPT Long An and, by mistake, VNPT Tiền Giang

        Assert.DoesNotContain(SoTtttTienGiang, departments.Resolve(All, Before2025Reform));
        Assert.Equal([12], Ids(telecoms.Resolve(All, Before2025Reform)));

        var tienGiang = new UnitGroup(TienGiang, "Các sở, ngành tỉnh") { RuleKind = UnitKind.Department };
        Assert.Equal([14], Ids(tienGiang.Resolve(All, Before2025Reform)));
    }

    // ---- group members and aliases ----

    [Fact]
    public void SetMembers_replaces_and_deduplicates()
    {
        var group = new UnitGroup(LongAn, "Nhóm");
        group.SetMembers([1, 2, 2, 3]);
        Assert.Equal([1, 2, 3], group.Members.Select(m => m.UnitId));

        group.SetMembers([3, 4, 3]);
        Assert.Equal([3, 4], group.Members.Select(m => m.UnitId).Order());

        group.SetMembers([]);
        Assert.Empty(group.Members);
    }

    [Fact]
    public void Group_name_blank_throws_and_aliases_follow_the_unit_rules()
    {
        Assert.Throws<DomainException>(() => new UnitGroup(LongAn, " "));

        var group = new UnitGroup(LongAn, "  Các sở, ngành tỉnh ");
        Assert.Equal("Các sở, ngành tỉnh", group.Name);
        group.SetAliases(["Các sở, ban, ngành tỉnh", "", "CÁC SỞ, NGÀNH TỈNH", "các sở, ban, ngành tỉnh", "Sở ngành"]);
        Assert.Equal(["Các sở, ban, ngành tỉnh", "Sở ngành"], group.Aliases);
    }

    // ---- Unit ----

    [Fact]
    public void New_unit_is_trimmed_and_normalised()
    {
        var unit = new Unit(LongAn, "  " + "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh".Normalize(System.Text.NormalizationForm.FormD) + " ", UnitKind.MassOrganisation);

        Assert.Equal("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", unit.Name);
        Assert.Equal(UnitKind.MassOrganisation, unit.Kind);
        Assert.Null(unit.ValidFrom);
        Assert.Null(unit.ValidTo);
        Assert.Empty(unit.Aliases);
    }

    [Fact]
    public void SetAliases_drops_blanks_duplicates_and_the_own_name()
    {
        var unit = new Unit(LongAn, "Sở Thông tin và Truyền thông", UnitKind.Department);

        unit.SetAliases(
        [
            "Sở TT&TT",
            "  STTTT ",
            "",
            "   ",
            "sở tt&tt",
            "SỞ TT&TT",
            "Sở Thông tin và Truyền thông",
            "sở thông tin và truyền thông",
            "STTTT",
        ]);

        Assert.Equal(["Sở TT&TT", "STTTT"], unit.Aliases);
    }

    [Fact]
    public void SetAliases_normalises_to_NFC_before_comparing()
    {
        var unit = new Unit(LongAn, "Tỉnh Đoàn", UnitKind.MassOrganisation);
        var decomposed = "Đoàn TNCS HCM tỉnh".Normalize(System.Text.NormalizationForm.FormD);

        unit.SetAliases([decomposed, "Đoàn TNCS HCM tỉnh", "Tỉnh Đoàn".Normalize(System.Text.NormalizationForm.FormD)]);

        Assert.Equal("Đoàn TNCS HCM tỉnh", Assert.Single(unit.Aliases));
        Assert.True(unit.Aliases[0].IsNormalized());
    }

    [Fact]
    public void SetAliases_replaces_the_previous_list()
    {
        var unit = new Unit(LongAn, "Báo Long An", UnitKind.Press);
        unit.SetAliases(["Báo LA", "Long An Online"]);

        unit.SetAliases(["Báo Long An điện tử"]);
        Assert.Equal(["Báo Long An điện tử"], unit.Aliases);

        unit.SetAliases([]);
        Assert.Empty(unit.Aliases);
    }

    [Fact]
    public void SetValidity_with_to_before_from_throws_and_keeps_the_old_period()
    {
        var unit = new Unit(LongAn, "UBND huyện Bến Lức", UnitKind.DistrictCommittee);
        unit.SetValidity(null, new DateOnly(2025, 6, 30));

        var ex = Assert.Throws<DomainException>(() => unit.SetValidity(new DateOnly(2025, 7, 1), new DateOnly(2025, 6, 30)));

        Assert.Equal("Ngày hết hiệu lực phải sau ngày có hiệu lực.", ex.Message);
        Assert.Null(unit.ValidFrom);
        Assert.Equal(new DateOnly(2025, 6, 30), unit.ValidTo);
    }

    [Fact]
    public void SetValidity_accepts_a_single_day_and_open_ends()
    {
        var unit = new Unit(LongAn, "Ban tổ chức", UnitKind.Other);

        unit.SetValidity(new DateOnly(2024, 10, 10), new DateOnly(2024, 10, 10));
        Assert.False(unit.IsValidOn(new DateOnly(2024, 10, 9)));
        Assert.True(unit.IsValidOn(new DateOnly(2024, 10, 10)));
        Assert.False(unit.IsValidOn(new DateOnly(2024, 10, 11)));

        unit.SetValidity(new DateOnly(2025, 7, 1), null);
        Assert.False(unit.IsValidOn(new DateOnly(2025, 6, 30)));
        Assert.True(unit.IsValidOn(new DateOnly(2099, 1, 1)));

        unit.SetValidity(null, null);
        Assert.True(unit.IsValidOn(DateOnly.MinValue));
        Assert.True(unit.IsValidOn(DateOnly.MaxValue));
    }

    [Theory]
    [InlineData("2024-10-10", true)]
    [InlineData("2025-06-30", true)]
    [InlineData("2025-07-01", false)]
    [InlineData("2025-08-01", false)]
    public void A_district_committee_is_valid_until_30_June_2025(string day, bool valid) =>
        Assert.Equal(valid, HuyenBenLuc.IsValidOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Rename_blank_throws_and_keeps_the_name(string name)
    {
        var unit = new Unit(LongAn, "Sở Thông tin và Truyền thông", UnitKind.Department);

        var ex = Assert.Throws<DomainException>(() => unit.Rename(name));

        Assert.Equal("Tên đơn vị không được để trống.", ex.Message);
        Assert.Equal("Sở Thông tin và Truyền thông", unit.Name);
        Assert.Throws<DomainException>(() => new Unit(LongAn, name, UnitKind.Department));
    }

    [Fact]
    public void Rename_trims()
    {
        var unit = new Unit(LongAn, "Sở Thông tin và Truyền thông", UnitKind.Department);

        unit.Rename("  Sở Khoa học và Công nghệ ");

        Assert.Equal("Sở Khoa học và Công nghệ", unit.Name);
    }
}
