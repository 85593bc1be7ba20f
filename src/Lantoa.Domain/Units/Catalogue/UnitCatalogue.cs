using System.Globalization;
using System.Text;

namespace Lantoa.Domain.Units.Catalogue;

/// <summary>
/// The demo unit catalogues embedded in this assembly (Units/Catalogue/units-{code}.csv and groups-{code}.csv, see
/// README.md there): the provincial bodies of Long An (80) and Tiền Giang (82) as of 2024. District and commune
/// People's Committees are not listed; build them from the administrative units with <see cref="CommitteeName"/>.
/// </summary>
public static class UnitCatalogue
{
    private const string ResourcePrefix = "Lantoa.Domain.Units.Catalogue.";
    private static readonly string[] UnitColumns = ["key", "name", "short_name", "kind", "parent_key", "valid_to", "aliases"];
    private static readonly string[] GroupColumns = ["key", "name", "rule_kind", "members", "aliases"];
    private static readonly string[] TemplateColumns = ["key", "name", "short_name", "kind", "parent_key", "valid_from", "valid_to", "aliases"];

    /// <summary>Codes of the provinces that have a catalogue: "80", "82".</summary>
    public static IReadOnlyList<string> ProvinceCodes { get; } = typeof(UnitCatalogue).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix + "units-", StringComparison.Ordinal) && n.EndsWith(".csv", StringComparison.Ordinal))
        .Select(n => n[(ResourcePrefix.Length + "units-".Length)..^".csv".Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The units of a province, in file order; empty for a province without a catalogue.</summary>
    /// <exception cref="InvalidDataException">The file breaks its format: bad header, kind, date, duplicate or dangling key.</exception>
    public static IReadOnlyList<CatalogueUnit> Load(string provinceCode)
    {
        var units = Read($"units-{provinceCode}.csv", UnitColumns, f => new CatalogueUnit(
            Required(f[0], "key"),
            Required(f[1], "name"),
            Optional(f[2]),
            ParseKind(f[3]) ?? throw new FormatException("kind is required"),
            Optional(f[4]),
            ParseDate(f[5]),
            List(f[6])));
        var keys = UniqueKeys(units.Select(u => u.Key), provinceCode);
        foreach (var unit in units.Where(u => u.ParentKey is not null && !keys.Contains(u.ParentKey)))
        {
            throw new InvalidDataException($"units-{provinceCode}.csv: parent “{unit.ParentKey}” of “{unit.Key}” is not a unit.");
        }

        return units;
    }

    /// <summary>
    /// The units of a template file (standard-units.csv): the columns of units-{code}.csv plus valid_from, with
    /// placeholders {Tỉnh}, {cấp} and {Đoàn} that <see cref="ProvinceCatalogue"/> fills in.
    /// </summary>
    internal static IReadOnlyList<CatalogueUnit> Read(string file)
    {
        var units = Read(file, TemplateColumns, f => new CatalogueUnit(
            Required(f[0], "key"),
            Required(f[1], "name"),
            Optional(f[2]),
            ParseKind(f[3]) ?? throw new FormatException("kind is required"),
            Optional(f[4]),
            ParseDate(f[6]),
            List(f[7])) { ValidFrom = ParseDate(f[5]) });
        UniqueKeys(units.Select(u => u.Key), file);
        return units;
    }

    /// <summary>A province's own name for a standard unit (standard-overrides.csv); an empty name: the province has no such unit.</summary>
    internal sealed record Override(string Code, string Key, string Name, string? ShortName, IReadOnlyList<string> Aliases);

    internal static IReadOnlyList<Override> ReadOverrides() => Read("standard-overrides.csv", ["code", "key", "name", "short_name", "aliases", "note"],
        f => new Override(Required(f[0], "code"), Required(f[1], "key"), f[2], Optional(f[3]), List(f[4])));

    /// <summary>The groups of a template file (standard-groups.csv), same columns as groups-{code}.csv.</summary>
    internal static IReadOnlyList<CatalogueGroup> ReadGroups(string file) => Read(file, GroupColumns, f => new CatalogueGroup(
        Required(f[0], "key"),
        Required(f[1], "name"),
        ParseKind(f[2]),
        List(f[3]),
        List(f[4])));

    /// <summary>The unit groups of a province; members refer to <see cref="Load"/>'s keys.</summary>
    /// <exception cref="InvalidDataException">The file breaks its format, or a member is not a unit of the province.</exception>
    public static IReadOnlyList<CatalogueGroup> LoadGroups(string provinceCode)
    {
        var groups = Read($"groups-{provinceCode}.csv", GroupColumns, f => new CatalogueGroup(
            Required(f[0], "key"),
            Required(f[1], "name"),
            ParseKind(f[2]),
            List(f[3]),
            List(f[4])));
        UniqueKeys(groups.Select(g => g.Key), provinceCode);
        var unitKeys = Load(provinceCode).Select(u => u.Key).ToHashSet();
        foreach (var group in groups)
        {
            if (group.MemberKeys.FirstOrDefault(k => !unitKeys.Contains(k)) is { } missing)
            {
                throw new InvalidDataException($"groups-{provinceCode}.csv: member “{missing}” of “{group.Key}” is not a unit.");
            }
        }

        return groups;
    }

    /// <summary>
    /// The People's Committee of an administrative unit as plans name it: "Huyện Bến Lức" → "UBND huyện Bến Lức",
    /// "Thị xã Kiến Tường" → "UBND thị xã Kiến Tường", "Phường 1" → "UBND phường 1" (the type word in lower case).
    /// </summary>
    public static string CommitteeName(string administrativeUnitName)
    {
        var name = Text.VietnameseText.Normalize(administrativeUnitName);
        return name.Length == 0 ? name : $"UBND {char.ToLowerInvariant(name[0])}{name[1..]}";
    }

    private static List<T> Read<T>(string file, string[] columns, Func<string[], T> parse)
    {
        using var stream = typeof(UnitCatalogue).Assembly.GetManifestResourceStream(ResourcePrefix + file);
        if (stream is null)
        {
            return [];
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<T>();
        foreach (var (line, fields) in CsvReader.Read(reader))
        {
            if (fields.Length != columns.Length)
            {
                throw new InvalidDataException($"{file} line {line}: {fields.Length} fields, expected {columns.Length}.");
            }

            if (line == 1)
            {
                if (!fields.SequenceEqual(columns))
                {
                    throw new InvalidDataException($"{file}: header must be {string.Join(',', columns)}.");
                }

                continue;
            }

            try
            {
                rows.Add(parse(fields.Select(f => Text.VietnameseText.Normalize(f)).ToArray()));
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"{file} line {line}: {e.Message}", e);
            }
        }

        return rows;
    }

    private static HashSet<string> UniqueKeys(IEnumerable<string> keys, string provinceCode)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys.Where(k => !seen.Add(k)))
        {
            throw new InvalidDataException($"Catalogue {provinceCode}: key “{key}” appears twice.");
        }

        return seen;
    }

    private static string Required(string value, string column) =>
        value.Length > 0 ? value : throw new FormatException($"{column} is required");

    private static string? Optional(string value) => value.Length > 0 ? value : null;

    private static IReadOnlyList<string> List(string value) =>
        value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static UnitKind? ParseKind(string value) =>
        value.Length == 0 ? null
        : Enum.TryParse<UnitKind>(value, ignoreCase: false, out var kind) && Enum.IsDefined(kind) && !char.IsDigit(value[0]) ? kind
        : throw new FormatException($"unknown kind “{value}”");

    private static DateOnly? ParseDate(string value) =>
        value.Length == 0 ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new FormatException($"date “{value}” is not yyyy-MM-dd");
}
