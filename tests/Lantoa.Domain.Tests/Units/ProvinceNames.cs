using Lantoa.Domain.Units;
using Lantoa.Domain.Units.Catalogue;

namespace Lantoa.Domain.Tests.Units;

/// <summary>
/// A resolver over everything a 2024 plan of one province can assign work to: the demo catalogue's units and groups
/// plus the district People's Committees generated from the admin-unit snapshot of 01/03/2025 ("UBND huyện Bến Lức",
/// key "ubnd-803"). Candidate ids map back to catalogue keys.
/// </summary>
internal sealed class ProvinceNames
{
    private static readonly Dictionary<string, ProvinceNames> Cache = [];

    private ProvinceNames(string provinceCode)
    {
        var candidates = new List<NameCandidate>();
        var keys = new List<string>();
        void Add(string key, NameTargetKind kind, string name, IEnumerable<string?> aliases, DateOnly? validTo = null)
        {
            keys.Add(key);
            candidates.Add(new NameCandidate(keys.Count - 1, kind, name, aliases.OfType<string>().ToList(), null, validTo));
        }

        foreach (var unit in UnitCatalogue.Load(provinceCode))
        {
            Add(unit.Key, NameTargetKind.Unit, unit.Name, unit.Aliases.Prepend(unit.ShortName), unit.ValidTo);
        }

        foreach (var group in UnitCatalogue.LoadGroups(provinceCode))
        {
            Add(group.Key, NameTargetKind.Group, group.Name, group.Aliases);
        }

        var rows = File.ReadLines(SharedData.AdminUnitsPath("units-2025-03-01.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f[0] == provinceCode)
            .ToList();
        foreach (var district in rows.DistinctBy(f => f[2]))
        {
            Add($"ubnd-{district[2]}", NameTargetKind.Unit, UnitCatalogue.CommitteeName(district[3]), []);
        }

        ProvinceName = rows[0][1].Replace("Tỉnh ", string.Empty, StringComparison.Ordinal);
        DistrictCount = rows.DistinctBy(f => f[2]).Count();
        Keys = keys;
        Candidates = candidates;
        Resolver = new UnitNameResolver(candidates, [ProvinceName]);
    }

    public string ProvinceName { get; }

    public int DistrictCount { get; }

    public IReadOnlyList<string> Keys { get; }

    public IReadOnlyList<NameCandidate> Candidates { get; }

    public UnitNameResolver Resolver { get; }

    public static ProvinceNames Of(string provinceCode)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(provinceCode, out var names))
            {
                Cache[provinceCode] = names = new ProvinceNames(provinceCode);
            }

            return names;
        }
    }

    public string KeyOf(NameMatch match) => Keys[match.Candidate.Id];
}
