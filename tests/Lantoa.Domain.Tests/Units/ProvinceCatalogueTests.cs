using Lantoa.Domain.Geography;
using Lantoa.Domain.Units;
using Lantoa.Domain.Units.Catalogue;

namespace Lantoa.Domain.Tests.Units;

/// <summary>The generated catalogues of every province code, before and after the 2025 reform, against the real snapshots.</summary>
public class ProvinceCatalogueTests
{
    /// <summary>The repository's data/admin-units (with history.csv, which the shared folder lacks).</summary>
    internal static readonly Lazy<AdminGeography> Geography = new(() => AdminGeography.Load(AdminUnitsFolder()));

    internal static string AdminUnitsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "data", "admin-units");
            if (File.Exists(Path.Combine(folder, "history.csv"))) return folder;
        }

        return Path.GetDirectoryName(SharedData.AdminUnitsPath("units-2025-03-01.csv"))!;
    }

    private static readonly DateOnly Before = new(2024, 10, 10);
    private static readonly DateOnly After = new(2026, 3, 10);

    public static TheoryData<string> Codes => new(ProvinceCatalogue.Codes(Geography.Value));

    [Fact]
    public void There_are_63_provinces_before_the_reform_and_34_after_each_with_a_catalogue()
    {
        var geography = Geography.Value;
        Assert.Equal(63, geography.ProvincesOn(Before).Count());
        Assert.Equal(34, geography.ProvincesOn(After).Count());
        Assert.Equal(63, ProvinceCatalogue.Codes(geography).Count);
        var before = ProvinceCatalogue.Codes(geography).Select(c => ProvinceCatalogue.Build(geography, c)!).Count(c => c.EraOn(Before) is not null);
        var after = ProvinceCatalogue.Codes(geography).Select(c => ProvinceCatalogue.Build(geography, c)!).Count(c => c.EraOn(After) is not null);
        Assert.Equal((63, 34), (before, after));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_province_has_its_committee_departments_press_mass_organisations_and_committees_on_each_date(string code)
    {
        var catalogue = ProvinceCatalogue.Build(Geography.Value, code)!;
        var geo = Geography.Value.UnitsOf(code);
        foreach (var day in new[] { Before, After }.Where(d => catalogue.EraOn(d) is not null))
        {
            var valid = catalogue.Units.Where(u => (u.ValidFrom ?? DateOnly.MinValue) <= day && day <= (u.ValidTo ?? DateOnly.MaxValue)).ToList();
            Assert.Single(valid, u => u.Kind == UnitKind.ProvincialCommittee);
            Assert.InRange(valid.Count(u => u.Kind == UnitKind.Press), 1, day < AdminGeography.ReformDay ? 2 : 1);
            Assert.Equal(6, valid.Count(u => u.Kind == UnitKind.MassOrganisation));
            Assert.Contains(valid, u => u.Name == "Sở Khoa học và Công nghệ");
            Assert.Contains(valid, u => u.Name == "Sở Nội vụ");
            Assert.Equal(day < new DateOnly(2025, 3, 1), valid.Any(u => u.Name == "Sở Thông tin và Truyền thông"));
            Assert.Equal(day >= new DateOnly(2025, 3, 1), valid.Any(u => u.Name == "Sở Nông nghiệp và Môi trường"));
            Assert.Equal(geo.Count(g => g.Level == AdminLevel.District && g.IsValidOn(day)), valid.Count(u => u.Kind == UnitKind.DistrictCommittee));
            Assert.Equal(geo.Count(g => g.Level == AdminLevel.Commune && g.IsValidOn(day)), valid.Count(u => u.Kind == UnitKind.CommuneCommittee));
            Assert.Equal(valid.Count, valid.Select(u => u.Key).Distinct().Count());
        }

        Assert.Equal(catalogue.Units.Count, catalogue.Units.Select(u => u.Key).Distinct().Count());
        var keys = catalogue.Units.Select(u => u.Key).ToHashSet();
        Assert.All(catalogue.Units.Where(u => u.ParentKey is not null), u => Assert.Contains(u.ParentKey!, keys));
        Assert.All(catalogue.Groups.SelectMany(g => g.MemberKeys), k => Assert.Contains(k, keys));
    }

    [Fact]
    public void Binh_Dinh_2024_becomes_Gia_Lai_under_the_same_code_in_2026()
    {
        var catalogue = ProvinceCatalogue.Build(Geography.Value, "52")!;
        Assert.Equal("Bình Định", catalogue.EraOn(Before)!.ShortName);
        Assert.Equal("Gia Lai", catalogue.EraOn(After)!.ShortName);
        var resolver = catalogue.Resolver();

        Assert.Equal("Ủy ban nhân dân tỉnh Bình Định", resolver.Resolve("UBND tỉnh Bình Định", Before).Match?.Candidate.Name);
        Assert.Equal("Ủy ban nhân dân tỉnh Gia Lai", resolver.Resolve("UBND tỉnh", After).Match?.Candidate.Name);
        Assert.Equal("Sở Thông tin và Truyền thông", resolver.Resolve("Sở TT&TT", Before).Match?.Candidate.Name);
        Assert.False(resolver.Resolve("Sở Thông tin và Truyền thông", After).IsResolved);
        Assert.Equal("UBND thị xã An Nhơn", resolver.Resolve("UBND thị xã An Nhơn", Before).Match?.Candidate.Name);
        Assert.Equal("UBND xã Nhơn Hạnh, thị xã An Nhơn", resolver.Resolve("UBND xã Nhơn Hạnh", Before).Match?.Candidate.Name);
        Assert.Equal("UBND phường Quy Nhơn Bắc", resolver.Resolve("UBND phường Quy Nhơn Bắc", After).Match?.Candidate.Name);
        Assert.False(resolver.Resolve("UBND thị xã An Nhơn", After).IsResolved);
        // The district group as plans of provinces without a town write it ("UBND các huyện, thành phố"), before the reform only.
        Assert.Equal("UBND cấp huyện", resolver.Resolve("UBND các huyện, thành phố", Before).Match?.Candidate.Name);
        Assert.Equal("Đài Phát thanh và Truyền hình Bình Định", resolver.Resolve("Đài PTTH tỉnh", Before).Match?.Candidate.Name);
        Assert.Equal("Báo và Phát thanh, Truyền hình Gia Lai", resolver.Resolve("Báo Gia Lai", After).Match?.Candidate.Name);
        Assert.Equal("52", resolver.Resolve("Tỉnh Đoàn", Before).Match?.Candidate.ProvinceCode);
    }

    [Fact]
    public void The_demo_provinces_keep_their_own_files_and_gain_the_later_period()
    {
        var catalogue = ProvinceCatalogue.Build(Geography.Value, "80")!;
        var resolver = catalogue.Resolver();
        Assert.Equal("Báo Long An", resolver.Resolve("Báo Long An", Before).Match?.Candidate.Name);
        Assert.Equal("Viettel Long An", resolver.Resolve("Viettel Long An", Before).Match?.Candidate.Name);
        Assert.Equal("Ủy ban nhân dân tỉnh Tây Ninh", resolver.Resolve("UBND tỉnh Tây Ninh", After).Match?.Candidate.Name);
        Assert.Equal("Sở Nông nghiệp và Môi trường", resolver.Resolve("Sở Nông nghiệp và Môi trường", After).Match?.Candidate.Name);
        Assert.Equal(188, catalogue.Units.Count(u => u.Kind == UnitKind.CommuneCommittee && u.ValidFrom is null && u.ValidTo >= Before));
        Assert.Equal(96, catalogue.Units.Count(u => u.Kind == UnitKind.CommuneCommittee && u.ValidFrom >= AdminGeography.ReformDay));
    }

    [Fact]
    public void A_name_of_another_province_is_never_matched_to_a_unit_of_this_one()
    {
        var longAn = ProvinceCatalogue.Build(Geography.Value, "80")!.Resolver();
        foreach (var written in new[]
                 {
                     "Đài Phát thanh và Truyền hình Bình Định", "Báo Bình Định", "Sở Thông tin và Truyền thông tỉnh Bình Định",
                     "Công an tỉnh Tây Ninh", "UBND thị xã An Nhơn", "Viettel Bình Định", "Tỉnh Đoàn Tiền Giang",
                 })
        {
            var resolution = longAn.Resolve(written, Before);
            Assert.False(resolution.IsResolved, $"{written} → {resolution.Match?.Candidate.Name}");
        }

        Assert.Equal("Bình Định", longAn.Resolve("Đài PTTH Bình Định", Before).ForeignProvince?.ProvinceName);
        // A commune whose own name carries a province's name is still itself.
        var binhDinh = ProvinceCatalogue.Build(Geography.Value, "52")!.Resolver();
        Assert.Equal("UBND phường Bình Định, thị xã An Nhơn", binhDinh.Resolve("UBND phường Bình Định", Before).Match?.Candidate.Name);
        // In 2026 Tây Ninh is code 80's own name.
        Assert.Equal("Công an tỉnh", longAn.Resolve("Công an tỉnh Tây Ninh", After).Match?.Candidate.Name);
    }

    [Fact]
    public void Every_unit_of_every_province_resolves_to_itself_or_is_reported_ambiguous_never_to_another_province()
    {
        var geography = Geography.Value;
        var mismatched = new List<string>();
        foreach (var code in new[] { "52", "01", "46", "79", "15" })
        {
            var catalogue = ProvinceCatalogue.Build(geography, code)!;
            var resolver = catalogue.Resolver();
            foreach (var unit in catalogue.Units)
            {
                var day = unit.ValidFrom ?? unit.ValidTo ?? Before;
                var r = resolver.Resolve(unit.Name, day);
                if (r.Match is { } m && (m.Candidate.Key != unit.Key || m.Candidate.ProvinceCode != code)) mismatched.Add($"{code} {unit.Name} → {m.Candidate.Name}");
                if (r.Match is null && !r.IsAmbiguous) mismatched.Add($"{code} {unit.Name}: unresolved");
            }
        }

        Assert.Empty(mismatched);
    }

    [Fact]
    public void A_name_that_fits_two_units_equally_is_ambiguous_and_not_matched()
    {
        // Xã Tân Hòa is a commune of several Long An districts.
        var resolution = ProvinceCatalogue.Build(Geography.Value, "80")!.Resolver().Resolve("UBND xã Tân Hòa", Before);
        Assert.False(resolution.IsResolved);
        Assert.True(resolution.IsAmbiguous);
    }
}

public class UnitKindGuessTests
{
    [Theory]
    [InlineData("Công ty cổ phần Phần mềm Quy Nhơn", Lantoa.Domain.Units.UnitKind.Enterprise)]
    [InlineData("Chi nhánh Ngân hàng Nông nghiệp tỉnh", Lantoa.Domain.Units.UnitKind.Enterprise)]
    [InlineData("Trường Đại học Quy Nhơn", Lantoa.Domain.Units.UnitKind.School)]
    [InlineData("Báo Thanh Niên", Lantoa.Domain.Units.UnitKind.Press)]
    [InlineData("Hội Tin học tỉnh", Lantoa.Domain.Units.UnitKind.MassOrganisation)]
    [InlineData("Cục Thống kê tỉnh", Lantoa.Domain.Units.UnitKind.CentralAgency)]
    [InlineData("Sở Ngoại vụ", Lantoa.Domain.Units.UnitKind.Department)]
    [InlineData("UBND xã Nhơn Hạnh", Lantoa.Domain.Units.UnitKind.CommuneCommittee)]
    [InlineData("Tổ công nghệ số cộng đồng", Lantoa.Domain.Units.UnitKind.Other)]
    public void The_kind_is_guessed_from_the_first_words(string written, Lantoa.Domain.Units.UnitKind kind) =>
        Assert.Equal(kind, Lantoa.Domain.Units.UnitKindGuess.FromName(written));
}
