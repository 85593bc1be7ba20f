using Lantoa.Domain.Geography;
using Lantoa.Domain.Text;

namespace Lantoa.Domain.Units.Catalogue;

/// <summary>One period of a province code: before 1/7/2025 (63 provinces) or from that day (34).</summary>
public sealed record ProvinceEra(string Code, string Name, string ShortName, bool IsCity, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);
}

/// <summary>
/// The unit catalogue of one province code, generated — not typed — from the standard organisation of a province
/// (standard-units.csv, standard-groups.csv: its People's Committee and Office, departments before and after
/// 1/3/2025, press, mass organisations, police and military, central agencies, post and telecoms) and the
/// administrative units (<see cref="AdminGeography"/>: district committees and communes of both periods), with the
/// province's own file (units-{code}.csv) taking precedence where there is one. Every unit carries its validity, so
/// one catalogue answers for 2024 (Bình Định, 11 districts, 155 communes) and for 2026 (Gia Lai, code 52, 135
/// communes). See README.md.
/// </summary>
public sealed class ProvinceCatalogue
{
    private const string StandardUnits = "standard-units.csv";
    private const string StandardGroups = "standard-groups.csv";

    private ProvinceCatalogue(string code, IReadOnlyList<ProvinceEra> eras, IReadOnlyList<CatalogueUnit> units,
        IReadOnlyList<CatalogueGroup> groups, ProvinceScope scope)
    {
        Code = code;
        Eras = eras;
        Units = units;
        Groups = groups;
        Scope = scope;
    }

    public string Code { get; }

    /// <summary>The periods of the code, oldest first: one or two.</summary>
    public IReadOnlyList<ProvinceEra> Eras { get; }

    public IReadOnlyList<CatalogueUnit> Units { get; }

    public IReadOnlyList<CatalogueGroup> Groups { get; }

    /// <summary>The province and every other, for the resolver's guard against names of another province.</summary>
    public ProvinceScope Scope { get; }

    /// <summary>The period of the code on <paramref name="day"/>, or the latest when no day is given; null when the code did not exist then.</summary>
    public ProvinceEra? EraOn(DateOnly? day) => day is { } d ? Eras.FirstOrDefault(e => e.IsValidOn(d)) : Eras[^1];

    /// <summary>Every code that has a catalogue: the 63 codes of the provinces before 1/7/2025 (the 34 later ones reuse 34 of them).</summary>
    public static IReadOnlyList<string> Codes(AdminGeography geography) =>
        geography.Provinces.Select(p => p.Code).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Builds the catalogue of a code; null when the administrative units have no province with that code.</summary>
    public static ProvinceCatalogue? Build(AdminGeography geography, string code)
    {
        var eras = geography.UnitsOf(code)
            .Where(u => u.Level == AdminLevel.Province)
            .OrderBy(u => u.ValidFrom ?? DateOnly.MinValue)
            .Select(p => new ProvinceEra(code, p.Name, ProvinceNames.Short(p.Name), ProvinceNames.IsCity(p), p.ValidFrom, p.ValidTo))
            .ToList();
        if (eras.Count == 0) return null;

        var units = new List<CatalogueUnit>();
        var template = UnitCatalogue.Read(StandardUnits);
        var own = UnitCatalogue.Load(code).Select(o => ClipToFirstEra(o, eras)).ToList();
        units.AddRange(own);
        var ownByKey = own.ToDictionary(u => u.Key, StringComparer.Ordinal);
        var renderedKeys = new Dictionary<string, List<CatalogueUnit>>(StringComparer.Ordinal);
        var overrides = UnitCatalogue.ReadOverrides().Where(o => o.Code == code).ToDictionary(o => o.Key, StringComparer.Ordinal);
        foreach (var template0 in template)
        {
            var t = template0;
            if (overrides.TryGetValue(t.Key, out var over))
            {
                if (over.Name.Length == 0) continue;
                t = t with { Name = over.Name, ShortName = over.ShortName, Aliases = over.Aliases };
            }

            // A province's own file names its newspaper ("bao-ap-bac": Báo Ấp Bắc, not "Báo Tiền Giang").
            if (t.Key == "bao" && own.Any(o => o.Kind == UnitKind.Press && o.Key.StartsWith("bao-", StringComparison.Ordinal))) continue;
            var rendered = Render(t, eras);
            if (ownByKey.TryGetValue(t.Key, out var o))
            {
                // The province's file describes the first period; the template gives the later one when it differs.
                rendered = rendered.Where(r => o.ValidTo is { } end && r.ValidFrom is { } start && start > end).ToList();
                renderedKeys[t.Key] = [o, .. rendered];
            }
            else
            {
                // The province's file may name the same body under another key ("bao-long-an" for "Báo {Tỉnh}").
                rendered.RemoveAll(r => own.Any(x => Overlaps(x, r) && x.Aliases.Append(x.Name).Any(n => VietnameseText.FoldKey(n) == VietnameseText.FoldKey(r.Name))));
                renderedKeys[t.Key] = rendered;
            }

            units.AddRange(rendered.Where(r => !ownByKey.ContainsKey(r.Key)));
        }

        var ownKeys = ownByKey.Keys.ToHashSet(StringComparer.Ordinal);
        // Parents: the unit of the parent key that exists when the child starts.
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            if (u.ParentKey is null || ownKeys.Contains(u.Key) || !renderedKeys.TryGetValue(u.ParentKey, out var parents)) continue;
            var start = u.ValidFrom ?? DateOnly.MinValue;
            var parent = parents.FirstOrDefault(p => (p.ValidFrom ?? DateOnly.MinValue) <= start && (p.ValidTo ?? DateOnly.MaxValue) >= start)
                         ?? parents.FirstOrDefault();
            units[i] = u with { ParentKey = parent?.Key ?? (ownKeys.Contains(u.ParentKey) ? u.ParentKey : null) };
        }

        AddCommittees(geography, code, units, eras);
        var groups = BuildGroups(code, eras, units);
        return new ProvinceCatalogue(code, eras, units, groups, ProvinceScope.From(code, geography.Provinces));
    }

    /// <summary>A resolver over the catalogue; candidate ids are positions (units 1…n, groups n+1…), not database ids.</summary>
    public UnitNameResolver Resolver()
    {
        var candidates = Units.Select((u, i) => new NameCandidate(i + 1, NameTargetKind.Unit, u.Name,
                u.ShortName is null ? u.Aliases : [u.ShortName, .. u.Aliases], u.ValidFrom, u.ValidTo) { ProvinceCode = Code, Key = u.Key, Stored = false })
            .Concat(Groups.Select((g, i) => new NameCandidate(Units.Count + i + 1, NameTargetKind.Group, g.Name, g.Aliases) { ProvinceCode = Code, Key = g.Key, Stored = false }));
        return new UnitNameResolver(candidates, Eras.Select(e => e.ShortName), Scope);
    }

    /// <summary>The units of a group on a day, by the group's rule and its listed members.</summary>
    public IReadOnlyList<CatalogueUnit> Members(CatalogueGroup group, DateOnly day) =>
        Units.Where(u => (u.ValidFrom is null || u.ValidFrom <= day) && (u.ValidTo is null || day <= u.ValidTo))
            .Where(u => group.MemberKeys.Contains(u.Key) || (group.RuleKind is { } kind && u.Kind == kind))
            .ToList();

    /// <summary>
    /// A template unit in each period of the code: one unit when its name is the same in both (Sở Nội vụ), one per
    /// period when the name carries the province's name and that changed (Báo Long An, then Báo Tây Ninh: key "bao",
    /// then "bao-2025"); clipped to the periods the code existed.
    /// </summary>
    private static List<CatalogueUnit> Render(CatalogueUnit t, IReadOnlyList<ProvinceEra> eras)
    {
        var result = new List<CatalogueUnit>();
        foreach (var era in eras)
        {
            var from = Later(t.ValidFrom, era.ValidFrom);
            var to = Earlier(t.ValidTo, era.ValidTo);
            if (from is not null && to is not null && to < from) continue;
            var name = Fill(t.Name, era);
            var shortName = t.ShortName is null ? null : Fill(t.ShortName, era);
            var aliases = t.Aliases.Select(a => Fill(a, era)).ToList();
            if (result.Count > 0 && result[^1] is var previous && previous.Name == name && previous.ShortName == shortName
                && previous.ValidTo is { } end && end.AddDays(1) == (from ?? end.AddDays(1)))
            {
                result[^1] = previous with { ValidTo = to, Aliases = previous.Aliases.Union(aliases).ToList() };
                continue;
            }

            var key = result.Count == 0 ? t.Key : $"{t.Key}-{era.ValidFrom?.Year}";
            result.Add(t with { Key = key, Name = name, ShortName = shortName, Aliases = aliases, ValidFrom = from, ValidTo = to });
        }

        return result;
    }

    private static string Fill(string text, ProvinceEra era) => VietnameseText.Normalize(text
        .Replace("{Tỉnh}", era.ShortName, StringComparison.Ordinal)
        .Replace("{cấp}", era.IsCity ? "thành phố" : "tỉnh", StringComparison.Ordinal)
        .Replace("{Đoàn}", era.IsCity ? "Thành Đoàn" : "Tỉnh Đoàn", StringComparison.Ordinal));

    /// <summary>District committees (until 30/6/2025) and commune committees of both periods.</summary>
    private static void AddCommittees(AdminGeography geography, string code, List<CatalogueUnit> units, IReadOnlyList<ProvinceEra> eras)
    {
        var committees = units.Where(u => u.Kind == UnitKind.ProvincialCommittee).ToList();
        string? CommitteeOn(DateOnly? day) =>
            committees.FirstOrDefault(c => day is not { } d || ((c.ValidFrom ?? DateOnly.MinValue) <= d && d <= (c.ValidTo ?? DateOnly.MaxValue)))?.Key
            ?? committees.FirstOrDefault()?.Key;

        var geo = geography.UnitsOf(code);
        var districts = geo.Where(u => u.Level == AdminLevel.District).ToDictionary(d => d.Code);
        foreach (var d in districts.Values)
        {
            units.Add(new CatalogueUnit($"{UnitKind.DistrictCommittee}-{d.Code}", UnitCatalogue.CommitteeName(d.Name), null,
                UnitKind.DistrictCommittee, CommitteeOn(d.ValidFrom), d.ValidTo, []) { ValidFrom = d.ValidFrom, AdminCode = d.Code });
        }

        foreach (var c in geo.Where(u => u.Level == AdminLevel.Commune))
        {
            var committee = UnitCatalogue.CommitteeName(c.Name);
            if (c.ParentCode is { } dCode && districts.TryGetValue(dCode, out var district))
            {
                // Before 1/7/2025 the same commune name recurs across districts: the name says which one.
                units.Add(new CatalogueUnit($"{UnitKind.CommuneCommittee}-{c.Code}", $"{committee}, {LowerFirst(district.Name)}", null,
                    UnitKind.CommuneCommittee, $"{UnitKind.DistrictCommittee}-{dCode}", c.ValidTo, [committee]) { ValidFrom = c.ValidFrom, AdminCode = c.Code });
            }
            else
            {
                units.Add(new CatalogueUnit($"{UnitKind.CommuneCommittee}-{c.ValidFrom?.Year}-{c.Code}", committee, null,
                    UnitKind.CommuneCommittee, CommitteeOn(c.ValidFrom), c.ValidTo, []) { ValidFrom = c.ValidFrom, AdminCode = c.Code });
            }
        }

        _ = eras;
    }

    private static List<CatalogueGroup> BuildGroups(string code, IReadOnlyList<ProvinceEra> eras, List<CatalogueUnit> units)
    {
        var own = UnitCatalogue.LoadGroups(code);
        var ownKeys = own.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var unitKeys = units.Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        var era = eras[^1];
        var groups = own.ToList();
        foreach (var g in UnitCatalogue.ReadGroups(StandardGroups).Where(g => !ownKeys.Contains(g.Key)))
        {
            // Listed members of every period: "buu-dien" and, when its name changed, "buu-dien-2025".
            var members = g.MemberKeys.SelectMany(k => unitKeys.Where(u => u == k || u.StartsWith(k + "-", StringComparison.Ordinal))).Distinct().ToList();
            var aliases = eras.SelectMany(e => g.Aliases.Select(a => Fill(a, e)).Append(Fill(g.Name, e))).Distinct().Where(a => a != Fill(g.Name, era)).ToList();
            groups.Add(g with { Name = Fill(g.Name, era), MemberKeys = members, Aliases = aliases });
        }

        return groups;
    }

    /// <summary>
    /// A unit of a province's own file that carries the province's name (Báo Long An) ends with the first period when
    /// the code names another province afterwards (80: Long An, then Tây Ninh).
    /// </summary>
    private static CatalogueUnit ClipToFirstEra(CatalogueUnit unit, IReadOnlyList<ProvinceEra> eras)
    {
        if (eras.Count < 2 || eras[0].ShortName == eras[1].ShortName || eras[0].ValidTo is not { } end) return unit;
        var carries = (" " + VietnameseText.FoldKey(unit.Name) + " ").Contains(" " + VietnameseText.FoldKey(eras[0].ShortName) + " ", StringComparison.Ordinal)
                      || unit.Kind is UnitKind.ProvincialCommittee or UnitKind.Press;
        return carries && (unit.ValidTo is null || unit.ValidTo > end) ? unit with { ValidTo = end } : unit;
    }

    private static bool Overlaps(CatalogueUnit a, CatalogueUnit b) =>
        (a.ValidFrom ?? DateOnly.MinValue) <= (b.ValidTo ?? DateOnly.MaxValue) && (b.ValidFrom ?? DateOnly.MinValue) <= (a.ValidTo ?? DateOnly.MaxValue);

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
