using Lantoa.Domain.Geography;
using Lantoa.Domain.Units;
using Lantoa.Web.Features.Geography;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features;

public class GeographyTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly DxDay2024 = new(2024, 10, 10);
    private static readonly DateOnly AfterReform = new(2025, 8, 1);

    [Fact]
    public async Task Administrative_units_answer_for_both_sides_of_the_2025_reform()
    {
        await using var app = await TestApp.StartAsync(fixture);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            int Count(AdminLevel level, string province, DateOnly day) =>
                AdminUnitQueries.ValidOn(db.AdminUnits, day).Count(a => a.Level == level && a.ProvinceCode == province);

            Assert.Equal(188, Count(AdminLevel.Commune, "80", DxDay2024));      // Long An in its 2024 plans
            Assert.Equal(15, Count(AdminLevel.District, "80", DxDay2024));
            Assert.Equal(186, Count(AdminLevel.Commune, "80", new DateOnly(2025, 3, 1)));
            Assert.Equal(96, Count(AdminLevel.Commune, "80", AfterReform));     // Tây Ninh after 1/7/2025
            Assert.Equal(0, Count(AdminLevel.District, "80", AfterReform));
            Assert.Equal("Tỉnh Tây Ninh", await AdminUnitQueries.ValidOn(db.AdminUnits, AfterReform).Where(a => a.Level == AdminLevel.Province && a.Code == "80").Select(a => a.Name).SingleAsync());
            Assert.Equal("Tỉnh Long An", await AdminUnitQueries.ValidOn(db.AdminUnits, DxDay2024).Where(a => a.Level == AdminLevel.Province && a.Code == "80").Select(a => a.Name).SingleAsync());
            Assert.Equal(63, AdminUnitQueries.ValidOn(db.AdminUnits, DxDay2024).Count(a => a.Level == AdminLevel.Province));
            Assert.Equal(34, AdminUnitQueries.ValidOn(db.AdminUnits, AfterReform).Count(a => a.Level == AdminLevel.Province));
            return 0;
        });
    }

    [Fact]
    public async Task District_committees_of_Long_An_resolve_to_fifteen_in_2024_and_none_after_the_reform()
    {
        await using var app = await TestApp.StartAsync(fixture);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var longAn = await db.Provinces.SingleAsync(p => p.Code == "80");
            var units = await sp.GetRequiredService<UnitDirectory>().ForProvinceAsync(longAn.Id);
            var districts = units.Resolver.Resolve("UBND cấp huyện").Match!.Candidate;
            Assert.Equal(NameTargetKind.Group, districts.Kind);

            var in2024 = units.Members(districts.Id, DxDay2024);
            Assert.Equal(15, in2024.Count);
            Assert.Contains(in2024, u => u.Name == "UBND huyện Bến Lức");
            Assert.Contains(in2024, u => u.Name == "UBND thành phố Tân An");
            Assert.Empty(units.Members(districts.Id, AfterReform));

            var communes = units.Resolver.Resolve("UBND cấp xã").Match!.Candidate;
            Assert.Equal(188, units.Members(communes.Id, DxDay2024).Count);
            return 0;
        });
    }

    [Fact]
    public async Task Importing_the_administrative_units_again_changes_nothing()
    {
        await using var app = await TestApp.StartAsync(fixture);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var before = await db.AdminUnits.CountAsync();
            var results = await sp.GetRequiredService<AdminUnitImporter>().ImportAsync(AdminUnitImporter.DefaultDirectory());
            Assert.All(results, r => Assert.True(r.Skipped));
            Assert.Equal(before, await db.AdminUnits.CountAsync());
            return 0;
        });
    }
}
