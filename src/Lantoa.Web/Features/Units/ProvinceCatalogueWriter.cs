using Lantoa.Domain.Geography;
using Lantoa.Domain.Units;
using Lantoa.Domain.Units.Catalogue;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Units;

/// <summary>
/// Writes a province's built-in catalogue (<see cref="ProvinceCatalogue"/>) into the database: the province if it is
/// missing, then every unit and group whose key the province does not have yet — so a second run adds nothing, and
/// units edited or created by hand are left alone. One transaction; reference data, so not audited row by row.
/// </summary>
public sealed class ProvinceCatalogueWriter(LantoaDb db)
{
    public sealed record Result(string ProvinceCode, string ProvinceName, bool ProvinceCreated, int UnitsAdded, int GroupsAdded);

    /// <returns>Null when no province ever had that code.</returns>
    public async Task<Result?> EnsureAsync(string code, CancellationToken ct = default)
    {
        if (ProvinceCatalogues.Of(code) is not { } catalogue) return null;
        return await db.InTransactionAsync(async () =>
        {
            var province = await db.Provinces.FirstOrDefaultAsync(p => p.Code == code, ct);
            var created = province is null;
            if (province is null)
            {
                province = new Province(code, catalogue.Eras[^1].ShortName);
                db.Provinces.Add(province);
                await db.SaveChangesAsync(ct);
            }

            var byKey = await db.Units.Where(u => u.ProvinceId == province.Id && u.Key != null).ToDictionaryAsync(u => u.Key!, ct);
            var added = new List<(CatalogueUnit Source, Unit Unit)>();
            foreach (var c in catalogue.Units.Where(c => !byKey.ContainsKey(c.Key)))
            {
                var unit = new Unit(province.Id, c.Name, c.Kind) { Key = c.Key, ShortName = c.ShortName };
                unit.SetAliases(c.Aliases);
                unit.SetValidity(c.ValidFrom, c.ValidTo);
                unit.RefreshSearchKey();
                db.Units.Add(unit);
                byKey[c.Key] = unit;
                added.Add((c, unit));
            }

            await db.SaveChangesWithoutAuditAsync(ct);
            foreach (var (c, unit) in added.Where(a => a.Source.ParentKey is not null))
                if (byKey.TryGetValue(c.ParentKey!, out var parent)) unit.ParentId = parent.Id;

            var groupKeys = await db.UnitGroups.Where(g => g.ProvinceId == province.Id && g.Key != null).Select(g => g.Key!).ToListAsync(ct);
            var groups = 0;
            foreach (var g in catalogue.Groups.Where(g => !groupKeys.Contains(g.Key)))
            {
                var group = new UnitGroup(province.Id, g.Name) { Key = g.Key, RuleKind = g.RuleKind };
                group.SetAliases(g.Aliases);
                group.SetMembers(g.MemberKeys.Where(byKey.ContainsKey).Select(k => byKey[k].Id));
                group.RefreshSearchKey();
                db.UnitGroups.Add(group);
                groups++;
            }

            await db.SaveChangesWithoutAuditAsync(ct);
            return new Result(code, province.Name, created, added.Count, groups);
        }, ct);
    }
}
