using System.Collections.Concurrent;
using Lantoa.Domain.Geography;
using Lantoa.Domain.Units;
using Lantoa.Domain.Units.Catalogue;
using Lantoa.Web.Features.Geography;

namespace Lantoa.Web.Features.Units;

/// <summary>
/// The built-in unit catalogues of every province (<see cref="ProvinceCatalogue"/>), generated in memory from the
/// administrative-unit files (data/admin-units, or LANTOA_ADMIN_UNITS) on first use and kept for the process: they
/// need no database, so `plan check` works on a fresh checkout, and they are what `units import --province` writes.
/// </summary>
public static class ProvinceCatalogues
{
    private static readonly ConcurrentDictionary<string, Lazy<AdminGeography>> Geographies = new();
    private static readonly ConcurrentDictionary<(string Directory, string Code), Lazy<ProvinceCatalogue?>> Catalogues = new();
    private static readonly ConcurrentDictionary<(string Directory, string Code), Lazy<UnitNameResolver?>> Resolvers = new();

    /// <summary>The administrative units of both snapshots; throws when the folder cannot be found.</summary>
    public static AdminGeography Geography() => Geography(AdminUnitImporter.DefaultDirectory());

    public static AdminGeography Geography(string directory) =>
        Geographies.GetOrAdd(Path.GetFullPath(directory), d => new Lazy<AdminGeography>(() => AdminGeography.Load(d))).Value;

    /// <summary>The geography, or null when the files are not there (the guard against other provinces' names is then off).</summary>
    public static AdminGeography? TryGeography()
    {
        try
        {
            return Geography();
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The catalogue of a province code; null when no province ever had that code.</summary>
    public static ProvinceCatalogue? Of(string code)
    {
        var directory = Path.GetFullPath(AdminUnitImporter.DefaultDirectory());
        return Catalogues.GetOrAdd((directory, code), k => new Lazy<ProvinceCatalogue?>(() => ProvinceCatalogue.Build(Geography(k.Directory), k.Code))).Value;
    }

    /// <summary>A resolver over the catalogue of a code (built once per process).</summary>
    public static UnitNameResolver? ResolverOf(string code)
    {
        var directory = Path.GetFullPath(AdminUnitImporter.DefaultDirectory());
        return Resolvers.GetOrAdd((directory, code), k => new Lazy<UnitNameResolver?>(() => Of(k.Code)?.Resolver())).Value;
    }

    /// <summary>The guard of a province's resolver: its names and every other province's, by period.</summary>
    public static ProvinceScope? ScopeOf(string code) => TryGeography() is { } g ? ProvinceScope.From(code, g.Provinces) : null;
}
