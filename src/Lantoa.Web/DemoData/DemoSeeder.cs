using Lantoa.Domain.Geography;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Units;
using Lantoa.Domain.Units.Catalogue;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Geography;
using Lantoa.Web.Features.Plans;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.DemoData;

/// <summary>
/// Demo data for a first start: the administrative units, Long An (80) and Tiền Giang (82) with their units and groups
/// as of 2024, one login per role, and plans modelled on the seed documents. Everything is written in one
/// transaction per step and only into an empty database.
/// </summary>
public sealed class DemoSeeder(LantoaDb db, AdminUnitImporter adminUnits, UnitDirectory directory, Features.Imports.PlanImporter importer,
    IPasswordHasher<User> hasher, TimeProvider clock)
{
    /// <summary>Demo password of every demo login: LANTOA_DEMO_PASSWORD, or the documented default.</summary>
    public static string DemoPassword => Environment.GetEnvironmentVariable("LANTOA_DEMO_PASSWORD") is { Length: >= 10 } p ? p : "Lantoa@2024";

    public static readonly IReadOnlyList<DemoLogin> Logins =
    [
        new("admin", "Quản trị hệ thống (cả nước)", null, null, [Role.Admin]),
        new("quantri.longan", "Quản trị Long An", "80", "Văn phòng UBND tỉnh", [Role.Admin]),
        new("dieuphoi", "Nguyễn Văn Điều Phối (Sở TT&TT Long An)", "80", "Sở Thông tin và Truyền thông", [Role.Coordinator]),
        new("lanhdao", "Phạm Tấn Hòa (Lãnh đạo UBND tỉnh)", "80", "Ủy ban nhân dân tỉnh Long An", [Role.Leadership]),
        new("benluc", "Cán bộ UBND huyện Bến Lức", "80", "UBND huyện Bến Lức", [Role.UnitOfficer]),
        new("baolongan", "Cán bộ Báo Long An", "80", "Báo Long An", [Role.UnitOfficer]),
        new("tinhdoan", "Cán bộ Tỉnh Đoàn Long An", "80", "Tỉnh Đoàn", [Role.UnitOfficer]),
        new("taichinh", "Cán bộ Sở Tài chính Long An (thẩm định)", "80", "Sở Tài chính", [Role.Reviewer]),
        new("dieuphoi.tg", "Điều phối Sở TT&TT Tiền Giang", "82", "Sở Thông tin và Truyền thông", [Role.Coordinator]),
    ];

    public sealed record DemoLogin(string UserName, string DisplayName, string? ProvinceCode, string? UnitName, Role[] Roles);

    public static string LoginsText() =>
        "Tài khoản mẫu (mật khẩu: " + DemoPassword + "):\n" +
        string.Join("\n", Logins.Select(l => $"  {l.UserName,-16} {string.Join(", ", l.Roles.Select(r => r.Vietnamese())),-20} {l.DisplayName}"));

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await adminUnits.ImportAsync(AdminUnitImporter.DefaultDirectory(), ct);
        var longAn = await SeedProvinceAsync("80", "Long An", ct);
        var tienGiang = await SeedProvinceAsync("82", "Tiền Giang", ct);
        await SeedUsersAsync(ct);
        foreach (var (file, code, inProgress, number, day) in SeedPlans)
            await ImportPlanAsync(code == "80" ? longAn : tienGiang, file, inProgress, number, day, ct);
        await DemoBudgets.SeedAsync(db, longAn, ct);
    }

    private async Task<Province> SeedProvinceAsync(string code, string name, CancellationToken ct)
    {
        var province = new Province(code, name);
        db.Provinces.Add(province);
        await db.SaveChangesAsync(ct);
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
        return province;
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
                $"{UnitCatalogue.CommitteeName(c.Name)}, {LowerFirst(districtName)}", district.Id));
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

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    private async Task SeedUsersAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var login in Logins)
        {
            int? provinceId = null, unitId = null;
            if (login.ProvinceCode is { } code)
            {
                var province = await db.Provinces.FirstAsync(p => p.Code == code, ct);
                provinceId = province.Id;
                var units = await directory.ForProvinceAsync(province.Id, ct);
                unitId = units.Resolver.Resolve(login.UnitName!, new DateOnly(2024, 10, 10)).Match?.Candidate.Id
                         ?? throw new InvalidOperationException($"Demo unit not found: {login.UnitName}");
            }
            var user = new User(login.UserName, login.DisplayName, provinceId, unitId, login.Roles, now);
            user.SetPasswordHash(hasher.HashPassword(user, DemoPassword));
            db.Users.Add(user);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The three real plans in data/seeds, the province they belong to, and whether work on them has started. The seed
    /// texts are the drafts as circulated (number and day left blank: "Số: /KH-UBND", "ngày tháng 9 năm 2024"), so the
    /// demo issues them under demo numbers and days (the document's own are used when it has them).
    /// </summary>
    private static readonly (string File, string ProvinceCode, bool InProgress, string DemoNumber, string DemoDay)[] SeedPlans =
    [
        ("longan-2024-ngay-cds.txt", "80", true, "218/KH-UBND", "13/09/2024"),
        ("longan-2024-tuyen-truyen-cds.txt", "80", true, "45/KH-UBND", "20/02/2024"),
        ("tiengiang-2024-ngay-cds.txt", "82", false, "236/KH-UBND", "16/09/2024"),
    ];

    /// <summary>Loads a seed plan through the importer, as a DX office would upload it, then issues it (ban hành).</summary>
    private async Task ImportPlanAsync(Province province, string file, bool inProgress, string demoNumber, string demoDay, CancellationToken ct)
    {
        var path = DemoBudgets.SeedFile(file) ?? throw new FileNotFoundException($"Không tìm thấy data/seeds/{file}.");
        var preview = await importer.PreviewAsync(province.Id, file, await File.ReadAllBytesAsync(path, ct), ct);
        var id = await importer.SaveAsync(province.Id, preview, [], null, null, ct);
        var plan = await db.Plans.FirstAsync(p => p.Id == id, ct);
        // The seed texts lost their header's issuing body in conversion; the province's People's Committee issued them.
        plan.IssuerName ??= "ỦY BAN NHÂN DÂN TỈNH " + province.Name.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
        var number = Lantoa.Domain.Plans.DocumentSymbol.TryParse(plan.NumberSymbol, out var own) && !string.IsNullOrEmpty(own.Number) ? plan.NumberSymbol : demoNumber;
        var day = plan.IssuedOn is { Precision: Lantoa.Domain.Dates.DatePrecision.Day } d ? d : (Lantoa.Domain.Dates.PartialDate.TryParse(demoDay, out var demo) ? demo : throw new InvalidOperationException(demoDay));
        plan.Issue(number, day);
        if (inProgress) plan.ChangeStatus(PlanStatus.InProgress);
        await db.SaveChangesAsync(ct);
    }
}
