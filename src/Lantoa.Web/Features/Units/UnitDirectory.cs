using Lantoa.Domain.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Units;

/// <summary>Loads a province's units and groups once per request, for group resolution and name matching.</summary>
public sealed class UnitDirectory(LantoaDb db)
{
    private readonly Dictionary<int, ProvinceUnits> _cache = [];

    public async Task<ProvinceUnits> ForProvinceAsync(int provinceId, CancellationToken ct = default)
    {
        if (_cache.TryGetValue(provinceId, out var cached)) return cached;
        var units = await db.Units.AsNoTracking().Where(u => u.ProvinceId == provinceId).ToListAsync(ct);
        var groups = await db.UnitGroups.AsNoTracking().Include(g => g.Members).Where(g => g.ProvinceId == provinceId).ToListAsync(ct);
        var province = await db.Provinces.Where(p => p.Id == provinceId).Select(p => new { p.Name, p.Code }).FirstOrDefaultAsync(ct);
        return _cache[provinceId] = new ProvinceUnits(units, groups, province?.Name, province is null ? null : ProvinceCatalogues.ScopeOf(province.Code));
    }

    public void Forget(int provinceId) => _cache.Remove(provinceId);
}

/// <summary>A snapshot of one province's units and groups.</summary>
public sealed class ProvinceUnits
{
    private readonly Lazy<UnitNameResolver> _resolver;

    /// <param name="scope">The province and every other one's names: a name of another province matches no unit here.</param>
    public ProvinceUnits(IReadOnlyList<Unit> units, IReadOnlyList<UnitGroup> groups, string? provinceName = null, ProvinceScope? scope = null)
    {
        var code = scope?.ProvinceCode;
        Units = units;
        Groups = groups;
        UnitsById = units.ToDictionary(u => u.Id);
        GroupsById = groups.ToDictionary(g => g.Id);
        _resolver = new Lazy<UnitNameResolver>(() => new UnitNameResolver(
            units.Select(u => new NameCandidate(u.Id, NameTargetKind.Unit, u.Name,
                    u.ShortName is null ? u.Aliases : [u.ShortName, .. u.Aliases], u.ValidFrom, u.ValidTo) { ProvinceCode = code, Key = u.Key })
                .Concat(groups.Select(g => new NameCandidate(g.Id, NameTargetKind.Group, g.Name, g.Aliases) { ProvinceCode = code, Key = g.Key })),
            provinceName is null ? [] : [provinceName], scope));
    }

    public IReadOnlyList<Unit> Units { get; }
    public IReadOnlyList<UnitGroup> Groups { get; }
    public IReadOnlyDictionary<int, Unit> UnitsById { get; }
    public IReadOnlyDictionary<int, UnitGroup> GroupsById { get; }
    public UnitNameResolver Resolver => _resolver.Value;

    public IReadOnlyList<Unit> Members(int groupId, DateOnly asOf) =>
        GroupsById.TryGetValue(groupId, out var g) ? g.Resolve(Units, asOf) : [];

    public string NameOf(int? unitId, int? groupId) =>
        unitId is { } u && UnitsById.TryGetValue(u, out var unit) ? unit.Name
        : groupId is { } gid && GroupsById.TryGetValue(gid, out var group) ? group.Name
        : "";
}
