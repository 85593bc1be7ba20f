using System.Text;
using Lantoa.Domain.Text;
using Lantoa.Domain.Units;
using Lantoa.Domain.Units.Catalogue;

namespace Lantoa.Domain.Tests.Units;

public class UnitCatalogueTests
{
    public static TheoryData<string> Provinces => new(UnitCatalogue.ProvinceCodes);

    [Fact]
    public void Long_An_and_Tien_Giang_have_catalogues() => Assert.Equal(["80", "82"], UnitCatalogue.ProvinceCodes);

    [Fact]
    public void A_province_without_a_catalogue_has_no_units_or_groups()
    {
        Assert.Empty(UnitCatalogue.Load("01"));
        Assert.Empty(UnitCatalogue.LoadGroups("01"));
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void Catalogue_has_the_provincial_bodies_a_2024_plan_assigns_work_to(string province)
    {
        var kinds = UnitCatalogue.Load(province).ToDictionary(u => u.Key, u => u.Kind);

        Assert.Equal(UnitKind.ProvincialCommittee, kinds["ubnd-tinh"]);
        foreach (var department in new[]
                 {
                     "van-phong-ubnd", "so-noi-vu", "so-tai-chinh", "so-tttt", "so-khcn", "so-gddt", "so-y-te", "so-vhttdl",
                     "so-khdt", "so-cong-thuong", "so-nnptnt", "so-tnmt", "so-gtvt", "so-xay-dung", "so-ldtbxh", "so-tu-phap",
                     "thanh-tra",
                 })
        {
            Assert.Equal(UnitKind.Department, kinds[department]);
        }

        Assert.All(["cong-an", "bchqs", "bdbp"], k => Assert.Equal(UnitKind.PoliceMilitary, kinds[k]));
        Assert.All(["mttq", "tinh-doan", "hoi-lhpn", "hoi-nong-dan", "ldld", "hoi-ccb"], k => Assert.Equal(UnitKind.MassOrganisation, kinds[k]));
        Assert.All(["buu-dien", "vnpt", "viettel", "mobifone"], k => Assert.Equal(UnitKind.Enterprise, kinds[k]));
        Assert.All(["cuc-thue", "cuc-thong-ke", "kbnn", "bhxh", "thads", "toa-an", "vks", "ttxvn"], k => Assert.Equal(UnitKind.CentralAgency, kinds[k]));
        Assert.Equal(2, kinds.Count(k => k.Value == UnitKind.Press));
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void Departments_hang_under_the_provincial_committee_and_parents_exist(string province)
    {
        var units = UnitCatalogue.Load(province);
        var keys = units.Select(u => u.Key).ToHashSet();

        Assert.All(units.Where(u => u.Kind == UnitKind.Department), u => Assert.Equal("ubnd-tinh", u.ParentKey));
        Assert.All(units.Where(u => u.ParentKey is not null), u => Assert.Contains(u.ParentKey!, keys));
        Assert.Equal("van-phong-ubnd", units.Single(u => u.Key == "trung-tam-pvhcc").ParentKey);
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void The_information_department_ends_when_it_merged_into_science_and_technology(string province)
    {
        var units = UnitCatalogue.Load(province).ToDictionary(u => u.Key);

        Assert.Equal(new DateOnly(2025, 2, 28), units["so-tttt"].ValidTo);
        Assert.Equal("Sở TT&TT", units["so-tttt"].ShortName);
        Assert.Null(units["so-khcn"].ValidTo);
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void Every_text_is_NFC_and_already_normalised(string province)
    {
        var texts = UnitCatalogue.Load(province).SelectMany(u => u.Aliases.Append(u.Name).Append(u.ShortName ?? u.Name))
            .Concat(UnitCatalogue.LoadGroups(province).SelectMany(g => g.Aliases.Append(g.Name)));

        Assert.All(texts, t =>
        {
            Assert.True(t.IsNormalized(NormalizationForm.FormC), t);
            Assert.Equal(VietnameseText.Normalize(t), t);
        });
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void Groups_select_by_kind_or_list_existing_members(string province)
    {
        var units = UnitCatalogue.Load(province).ToDictionary(u => u.Key);
        var groups = UnitCatalogue.LoadGroups(province).ToDictionary(g => g.Key);

        Assert.Equal(UnitKind.Department, groups["cac-so-nganh"].RuleKind);
        Assert.Equal(UnitKind.DistrictCommittee, groups["ubnd-cap-huyen"].RuleKind);
        Assert.Equal(UnitKind.CommuneCommittee, groups["ubnd-cap-xa"].RuleKind);
        Assert.Equal(UnitKind.MassOrganisation, groups["mttq-ctxh"].RuleKind);
        Assert.Equal(UnitKind.CentralAgency, groups["co-quan-tw"].RuleKind);
        Assert.Null(groups["dn-bcvt"].RuleKind);
        Assert.All(groups["dn-bcvt"].MemberKeys, k => Assert.Equal(UnitKind.Enterprise, units[k].Kind));
        Assert.Contains("vnpt", groups["dn-bcvt"].MemberKeys);

        var withMassOrganisations = groups["so-nganh-doan-the"];
        Assert.Equal(UnitKind.Department, withMassOrganisations.RuleKind);
        Assert.Equal(
            units.Values.Where(u => u.Kind == UnitKind.MassOrganisation).Select(u => u.Key).Order(),
            withMassOrganisations.MemberKeys.Order());
    }

    [Theory]
    [InlineData("Huyện Bến Lức", "UBND huyện Bến Lức")]
    [InlineData("Thị xã Kiến Tường", "UBND thị xã Kiến Tường")]
    [InlineData("Thành phố Tân An", "UBND thành phố Tân An")]
    [InlineData("Xã Tân Hoà", "UBND xã Tân Hòa")]
    [InlineData("Phường 1", "UBND phường 1")]
    public void Committee_names_follow_the_plans(string administrativeUnit, string expected) =>
        Assert.Equal(expected, UnitCatalogue.CommitteeName(administrativeUnit));

    [Fact]
    public void Csv_reader_handles_quotes_commas_doubled_quotes_and_line_breaks()
    {
        const string csv = "key,name\r\na,\"Sở Văn hóa, Thể thao và Du lịch\"\r\n\r\nb,\"Báo \"\"Ấp Bắc\"\"\"\nc,\"two\nlines\"\nd,\n";

        var rows = CsvReader.Read(new StringReader(csv)).ToList();

        Assert.Equal([1, 2, 4, 5, 7], rows.Select(r => r.Line));
        Assert.Equal(["a", "Sở Văn hóa, Thể thao và Du lịch"], rows[1].Fields);
        Assert.Equal(["b", "Báo \"Ấp Bắc\""], rows[2].Fields);
        Assert.Equal(["c", "two\nlines"], rows[3].Fields);
        Assert.Equal(["d", ""], rows[4].Fields);
    }

    [Fact]
    public void Csv_reader_rejects_an_unclosed_quote() =>
        Assert.Throws<InvalidDataException>(() => CsvReader.Read(new StringReader("a,\"open\nb")).ToList());
}
