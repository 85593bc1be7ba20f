using Lantoa.Domain.Geography;
using Lantoa.Domain.Text;
using Lantoa.Domain.Units;
using Lantoa.Domain.Units.Catalogue;
using Lantoa.Web.Features.Geography;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Units;

/// <summary>
/// The demo provinces' units and groups as of 2024: the catalogue's departments, bodies and groups, and the district and
/// commune People's Committees from the pre-reform administrative units. One transaction per province.
/// </summary>
public sealed class UnitsDemoData(LantoaDb db, UnitDirectory directory)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var (code, _) in GeographyModule.DemoProvinces)
            await SeedProvinceAsync(await db.Provinces.FirstAsync(p => p.Code == code, ct), ct);
    }

    private async Task SeedProvinceAsync(Province province, CancellationToken ct)
    {
        var code = province.Code;
        await db.InTransactionAsync(async () =>
        {
            var byKey = new Dictionary<string, Unit>();
            var catalogue = UnitCatalogue.Load(code);
            foreach (var c in catalogue)
            {
                var unit = new Unit(province.Id, c.Name, c.Kind) { Key = c.Key, ShortName = c.ShortName };
                unit.SetAliases(c.Aliases);
                unit.SetValidity(null, c.ValidTo);
                unit.RefreshSearchKey();
                byKey[c.Key] = unit;
                db.Units.Add(unit);
            }
            await db.SaveChangesAsync(ct);
            foreach (var c in catalogue.Where(c => c.ParentKey is not null))
                byKey[c.Key].ParentId = byKey[c.ParentKey!].Id;
            var committee = catalogue.First(c => c.Kind == UnitKind.ProvincialCommittee);
            await SeedGeographicUnitsAsync(province, byKey[committee.Key], ct);
            foreach (var g in UnitCatalogue.LoadGroups(code))
            {
                var group = new UnitGroup(province.Id, g.Name) { Key = g.Key, RuleKind = g.RuleKind };
                group.SetAliases(g.Aliases);
                group.SetMembers(g.MemberKeys.Select(k => byKey[k].Id));
                group.RefreshSearchKey();
                db.UnitGroups.Add(group);
            }
            await db.SaveChangesAsync(ct);
            return true;
        }, ct);
        directory.Forget(province.Id);
    }

    /// <summary>District and commune People's Committees from the pre-reform administrative units, with their validity.</summary>
    private async Task SeedGeographicUnitsAsync(Province province, Unit committee, CancellationToken ct)
    {
        var admin = await db.AdminUnits.AsNoTracking()
            .Where(a => a.ProvinceCode == province.Code && a.Source != AdminUnitImporter.After && a.Level != AdminLevel.Province)
            .ToListAsync(ct);
        var districts = new Dictionary<int, Unit>();
        foreach (var d in admin.Where(a => a.Level == AdminLevel.District))
        {
            var unit = GeographicUnit(province, d, UnitKind.DistrictCommittee, UnitCatalogue.CommitteeName(d.Name), committee.Id);
            districts[d.Id] = unit;
            db.Units.Add(unit);
        }
        await db.SaveChangesAsync(ct);
        foreach (var c in admin.Where(a => a.Level == AdminLevel.Commune))
        {
            var district = districts[c.ParentId!.Value];
            var districtName = admin.First(a => a.Id == c.ParentId).Name;
            db.Units.Add(GeographicUnit(province, c, UnitKind.CommuneCommittee,
                $"{UnitCatalogue.CommitteeName(c.Name)}, {VietnameseText.LowerFirst(districtName)}", district.Id));
        }
        await db.SaveChangesAsync(ct);
    }

    private static Unit GeographicUnit(Province province, AdminUnit admin, UnitKind kind, string name, int parentId)
    {
        var unit = new Unit(province.Id, name, kind) { AdminUnitId = admin.Id, ParentId = parentId, Key = $"{kind}-{admin.Code}" };
        unit.SetValidity(admin.ValidFrom, admin.ValidTo);
        unit.RefreshSearchKey();
        return unit;
    }
}
