using Lantoa.Domain.Geography;
using Lantoa.Domain.Text;
using Lantoa.Domain.Units.Catalogue;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Geography;

/// <summary>
/// Loads the administrative-unit snapshots (data/admin-units) with their validity: the 3-level snapshot of 01/03/2025
/// is valid until 30/06/2025, the 2-level snapshot of 01/07/2025 from that day on; history.csv adds units that ended
/// before the first snapshot. Each source is loaded once; running it again changes nothing.
/// </summary>
public sealed class AdminUnitImporter(LantoaDb db)
{
    public const string Before = "gso-2025-03-01";
    public const string After = "gso-2025-07-01";
    public const string History = "history";
    public static readonly DateOnly ReformDay = new(2025, 7, 1);

    public sealed record Result(string Source, int Provinces, int Districts, int Communes, bool Skipped);

    /// <summary>The folder that holds the CSV files: LANTOA_ADMIN_UNITS, or data/admin-units found above the app.</summary>
    public static string DefaultDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("LANTOA_ADMIN_UNITS");
        if (!string.IsNullOrEmpty(configured)) return configured;
        if (Infrastructure.Files.RepositoryData.Find(Path.Combine("data", "admin-units", "units-2025-03-01.csv")) is { } file)
            return Path.GetDirectoryName(file)!;
        throw new DirectoryNotFoundException("Không tìm thấy thư mục data/admin-units. Đặt LANTOA_ADMIN_UNITS.");
    }

    public async Task<IReadOnlyList<Result>> ImportAsync(string directory, CancellationToken ct = default)
    {
        var results = new List<Result>
        {
            await ImportSnapshotAsync(Path.Combine(directory, "units-2025-03-01.csv"), Before, null, ReformDay.AddDays(-1), threeLevels: true, ct),
            await ImportSnapshotAsync(Path.Combine(directory, "units-2025-07-01.csv"), After, ReformDay, null, threeLevels: false, ct),
        };
        var history = Path.Combine(directory, "history.csv");
        if (File.Exists(history)) results.Add(await ImportHistoryAsync(history, ct));
        return results;
    }

    private async Task<Result> ImportSnapshotAsync(string file, string source, DateOnly? from, DateOnly? to, bool threeLevels, CancellationToken ct)
    {
        if (await db.AdminUnits.AnyAsync(a => a.Source == source, ct)) return new Result(source, 0, 0, 0, true);
        var provinces = new Dictionary<string, AdminUnit>();
        var districts = new Dictionary<string, AdminUnit>();
        var communes = new List<AdminUnit>();
        foreach (var row in ReadRows(file))
        {
            var pCode = row["province_code"];
            if (!provinces.TryGetValue(pCode, out var province))
            {
                var pName = row["province_name"];
                provinces[pCode] = province = New(pCode, pName, pName.StartsWith("Thành phố", StringComparison.Ordinal) ? "Thành phố" : "Tỉnh",
                    AdminLevel.Province, pCode, source, from, to, null);
            }
            var parent = province;
            if (threeLevels)
            {
                var dCode = row["district_code"];
                if (!districts.TryGetValue(dCode, out var district))
                    districts[dCode] = district = New(dCode, row["district_name"], row["district_type"], AdminLevel.District, pCode, source, from, to, province);
                parent = district;
            }
            if (row["commune_code"].Length > 0)
                communes.Add(New(row["commune_code"], row["commune_name"], row["commune_type"], AdminLevel.Commune, pCode, source, from, to, parent));
        }
        db.AdminUnits.AddRange(provinces.Values);
        db.AdminUnits.AddRange(districts.Values);
        db.AdminUnits.AddRange(communes);
        await SaveQuietlyAsync(ct);
        return new Result(source, provinces.Count, districts.Count, communes.Count, false);
    }

    private async Task<Result> ImportHistoryAsync(string file, CancellationToken ct)
    {
        if (await db.AdminUnits.AnyAsync(a => a.Source == History, ct)) return new Result(History, 0, 0, 0, true);
        var count = 0;
        foreach (var row in ReadRows(file))
        {
            var level = Enum.Parse<AdminLevel>(row["level"]);
            var parentLevel = level == AdminLevel.Commune ? AdminLevel.District : AdminLevel.Province;
            var parentCode = row["parent_code"];
            var parent = await db.AdminUnits.FirstOrDefaultAsync(a => a.Level == parentLevel && a.Code == parentCode && a.Source == Before, ct)
                         ?? throw new InvalidDataException($"history.csv: không tìm thấy đơn vị cha {parentCode}.");
            db.AdminUnits.Add(New(row["code"], row["name"], row["type"], level, row["province_code"], History,
                ParseDate(row["valid_from"]), ParseDate(row["valid_to"]), parent));
            count++;
        }
        await SaveQuietlyAsync(ct);
        return new Result(History, 0, 0, count, false);
    }

    /// <summary>Reference data is not audited row by row: thirteen thousand audit entries would drown the trail.</summary>
    private async Task SaveQuietlyAsync(CancellationToken ct)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await db.InTransactionAsync(() => db.SaveChangesWithoutAuditAsync(ct), ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.ChangeTracker.Clear();
        }
    }

    private static AdminUnit New(string code, string name, string type, AdminLevel level, string provinceCode, string source,
        DateOnly? from, DateOnly? to, AdminUnit? parent) =>
        new(code, name, type, level, provinceCode, source, from, to, parent) { SearchKey = VietnameseText.Fold(name) };

    private static DateOnly? ParseDate(string s) => s.Length == 0 ? null : DateOnly.ParseExact(s, "yyyy-MM-dd");

    private static IEnumerable<Dictionary<string, string>> ReadRows(string file)
    {
        using var reader = new StreamReader(file, System.Text.Encoding.UTF8);
        string[]? header = null;
        foreach (var (_, fields) in CsvReader.Read(reader))
        {
            if (header is null)
            {
                header = fields;
                continue;
            }
            yield return header.Select((h, i) => (h, v: i < fields.Length ? fields[i].Normalize() : ""))
                .ToDictionary(x => x.h, x => x.v);
        }
        if (header is null) throw new InvalidDataException($"{file}: tệp trống.");
    }
}
