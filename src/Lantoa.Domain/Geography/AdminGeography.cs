using System.Globalization;
using Lantoa.Domain.Text;
using Lantoa.Domain.Units.Catalogue;

namespace Lantoa.Domain.Geography;

/// <summary>An administrative unit as read from the snapshots, in memory (no database id).</summary>
/// <param name="ParentCode">The district of a commune before 1/7/2025; null for provinces, districts and later communes.</param>
public sealed record GeoUnit(
    AdminLevel Level,
    string Code,
    string Name,
    string Type,
    string ProvinceCode,
    string? ParentCode,
    DateOnly? ValidFrom,
    DateOnly? ValidTo)
{
    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);
}

/// <summary>
/// The administrative units of both snapshots (data/admin-units: units-2025-03-01.csv valid until 30/06/2025,
/// units-2025-07-01.csv from 01/07/2025, history.csv for units that ended earlier) held in memory, so that a province's
/// unit catalogue can be built without a database. The same rules as the database import (AdminUnitImporter).
/// </summary>
public sealed class AdminGeography
{
    /// <summary>The first day of two-level local government and of the 34 provinces.</summary>
    public static readonly DateOnly ReformDay = new(2025, 7, 1);

    private readonly List<GeoUnit> _units;
    private readonly Dictionary<string, List<GeoUnit>> _byProvince;

    private AdminGeography(List<GeoUnit> units)
    {
        _units = units;
        _byProvince = units.GroupBy(u => u.ProvinceCode).ToDictionary(g => g.Key, g => g.ToList());
    }

    public IReadOnlyList<GeoUnit> Units => _units;

    /// <summary>The province rows: 63 valid until 30/06/2025, 34 from 01/07/2025.</summary>
    public IEnumerable<GeoUnit> Provinces => _units.Where(u => u.Level == AdminLevel.Province);

    /// <summary>Every unit (province, districts, communes, of both periods) with that province code.</summary>
    public IReadOnlyList<GeoUnit> UnitsOf(string provinceCode) => _byProvince.GetValueOrDefault(provinceCode) ?? [];

    /// <summary>The province with that code on that day, or null (code 72 after 1/7/2025).</summary>
    public GeoUnit? Province(string code, DateOnly day) =>
        UnitsOf(code).FirstOrDefault(u => u.Level == AdminLevel.Province && u.IsValidOn(day));

    /// <summary>The provinces on that day.</summary>
    public IEnumerable<GeoUnit> ProvincesOn(DateOnly day) => Provinces.Where(p => p.IsValidOn(day));

    /// <summary>Reads the folder that holds units-2025-03-01.csv, units-2025-07-01.csv and (optionally) history.csv.</summary>
    /// <exception cref="FileNotFoundException">A snapshot is missing.</exception>
    public static AdminGeography Load(string directory)
    {
        using var before = new StreamReader(Path.Combine(directory, "units-2025-03-01.csv"), System.Text.Encoding.UTF8);
        using var after = new StreamReader(Path.Combine(directory, "units-2025-07-01.csv"), System.Text.Encoding.UTF8);
        var historyFile = Path.Combine(directory, "history.csv");
        using var history = File.Exists(historyFile) ? new StreamReader(historyFile, System.Text.Encoding.UTF8) : null;
        return Read(before, after, history);
    }

    public static AdminGeography Read(TextReader before, TextReader after, TextReader? history)
    {
        var units = new List<GeoUnit>();
        var lastDay = ReformDay.AddDays(-1);
        var seen = new HashSet<(AdminLevel, string)>();
        foreach (var row in Rows(before))
        {
            var p = row["province_code"];
            if (seen.Add((AdminLevel.Province, p)))
                units.Add(new GeoUnit(AdminLevel.Province, p, row["province_name"], ProvinceType(row["province_name"]), p, null, null, lastDay));
            var d = row["district_code"];
            if (seen.Add((AdminLevel.District, d)))
                units.Add(new GeoUnit(AdminLevel.District, d, row["district_name"], row["district_type"], p, null, null, lastDay));
            if (row["commune_code"].Length > 0)
                units.Add(new GeoUnit(AdminLevel.Commune, row["commune_code"], row["commune_name"], row["commune_type"], p, d, null, lastDay));
        }

        var newProvinces = new HashSet<string>();
        foreach (var row in Rows(after))
        {
            var p = row["province_code"];
            if (newProvinces.Add(p))
                units.Add(new GeoUnit(AdminLevel.Province, p, row["province_name"], ProvinceType(row["province_name"]), p, null, ReformDay, null));
            if (row["commune_code"].Length > 0)
                units.Add(new GeoUnit(AdminLevel.Commune, row["commune_code"], row["commune_name"], row["commune_type"], p, null, ReformDay, null));
        }

        if (history is not null)
        {
            foreach (var row in Rows(history))
            {
                var level = Enum.Parse<AdminLevel>(row["level"]);
                units.Add(new GeoUnit(level, row["code"], row["name"], row["type"], row["province_code"],
                    level == AdminLevel.Commune ? row["parent_code"] : null, Date(row["valid_from"]), Date(row["valid_to"])));
            }
        }

        return new AdminGeography(units);
    }

    private static string ProvinceType(string name) => name.StartsWith("Thành phố", StringComparison.Ordinal) ? "Thành phố" : "Tỉnh";

    private static DateOnly? Date(string s) =>
        s.Length == 0 ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<Dictionary<string, string>> Rows(TextReader reader)
    {
        string[]? header = null;
        foreach (var (_, fields) in CsvReader.Read(reader))
        {
            if (header is null)
            {
                header = fields;
                continue;
            }

            yield return header.Select((h, i) => (h, v: i < fields.Length ? VietnameseText.Normalize(fields[i]) : ""))
                .ToDictionary(x => x.h, x => x.v);
        }
    }
}
