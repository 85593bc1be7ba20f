using System.CommandLine;
using Lantoa.Domain.Dates;
using Lantoa.Domain.Units.Catalogue;
using Lantoa.Web.Features.Geography;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Cli;

/// <summary>`units import`, `units resolve`, `units group`: administrative units and name resolution from the command line.</summary>
public static class UnitsCommands
{
    public static Command Build()
    {
        var dir = new Option<string?>("--dir") { Description = "Thư mục chứa units-2025-03-01.csv, units-2025-07-01.csv (mặc định data/admin-units)." };
        var catalogueOf = new Option<string[]>("--province") { Description = "Nạp thêm danh mục đơn vị có sẵn của tỉnh (mã tỉnh, có thể lặp lại; \"all\": mọi tỉnh): tạo tỉnh nếu chưa có, thêm các đơn vị, nhóm còn thiếu.", AllowMultipleArgumentsPerToken = true };
        var import = new Command("import", "Nạp đơn vị hành chính (hai thời điểm, có hiệu lực) từ CSV, và danh mục đơn vị của tỉnh với --province. Chạy lại không nạp trùng.") { dir, catalogueOf };
        import.SetAction((pr, ct) => LantoaCli.WithServicesAsync(async (sp, token) =>
        {
            var folder = pr.GetValue(dir) ?? AdminUnitImporter.DefaultDirectory();
            if (!File.Exists(Path.Combine(folder, "units-2025-03-01.csv")))
            {
                Console.Error.WriteLine($"Không tìm thấy units-2025-03-01.csv trong {folder}.");
                return 2;
            }
            foreach (var r in await sp.GetRequiredService<AdminUnitImporter>().ImportAsync(folder, token))
                Console.WriteLine(r.Skipped ? $"{r.Source}: đã nạp trước đó, bỏ qua." : $"{r.Source}: {r.Provinces} tỉnh, {r.Districts} huyện, {r.Communes} xã.");
            var codes = pr.GetValue(catalogueOf) ?? [];
            if (codes.Contains("all")) codes = ProvinceCatalogue.Codes(ProvinceCatalogues.Geography(folder)).ToArray();
            var writer = new ProvinceCatalogueWriter(sp.GetRequiredService<LantoaDb>());
            foreach (var code in codes)
            {
                if (await writer.EnsureAsync(code, token) is not { } w)
                {
                    Console.Error.WriteLine($"Không có tỉnh mã {code}.");
                    return 2;
                }
                Console.WriteLine($"Tỉnh {w.ProvinceName} (mã {w.ProvinceCode}){(w.ProvinceCreated ? ", mới tạo" : "")}: thêm {w.UnitsAdded} đơn vị, {w.GroupsAdded} nhóm.");
            }
            return 0;
        }, ct));

        var province = new Option<string>("--province") { Description = "Mã tỉnh (80 = Long An, 82 = Tiền Giang).", DefaultValueFactory = _ => "80" };
        var on = new Option<string?>("--on") { Description = "Tính đến ngày dd/MM/yyyy." };
        var text = new Argument<string>("text") { Description = "Tên hoặc danh sách tên đơn vị như trong văn bản." };
        var resolve = new Command("resolve", "Nhận diện tên đơn vị/nhóm viết trong văn bản, kèm gợi ý.") { text, province, on };
        resolve.SetAction((pr, ct) => LantoaCli.WithServicesAsync(async (sp, token) =>
        {
            if (!TryDay(pr.GetValue(on), out var day)) return 2;
            var units = await ProvinceUnitsAsync(sp, pr.GetValue(province)!, token);
            if (units is null) return 2;
            foreach (var r in units.Resolver.ResolveList(pr.GetValue(text)!, day))
            {
                Console.WriteLine(r.Match is { } m ? $"✓ {r.Written} → {m.Candidate.Name} [{m.Candidate.Kind} #{m.Candidate.Id}, {m.Score:0.00}]" : $"? {r.Written}");
                foreach (var s in r.Suggestions.Where(s => s.Candidate != r.Match?.Candidate).Take(3))
                    Console.WriteLine($"    gợi ý: {s.Candidate.Name} ({s.Score:0.00})");
            }
            return 0;
        }, ct));

        var groupName = new Argument<string>("group") { Description = "Tên nhóm, ví dụ \"UBND cấp huyện\"." };
        var group = new Command("group", "Liệt kê các đơn vị của một nhóm tại một ngày.") { groupName, province, on };
        group.SetAction((pr, ct) => LantoaCli.WithServicesAsync(async (sp, token) =>
        {
            if (!TryDay(pr.GetValue(on), out var day)) return 2;
            var units = await ProvinceUnitsAsync(sp, pr.GetValue(province)!, token);
            if (units is null) return 2;
            var match = units.Resolver.Resolve(pr.GetValue(groupName)!).Match;
            if (match?.Candidate.Kind != Lantoa.Domain.Units.NameTargetKind.Group)
            {
                Console.Error.WriteLine($"Không nhận ra nhóm \"{pr.GetValue(groupName)}\".");
                return 2;
            }
            var asOf = day ?? DateOnly.FromDateTime(DateTime.Today);
            var members = units.Members(match.Candidate.Id, asOf);
            Console.WriteLine($"{match.Candidate.Name} ngày {asOf:dd/MM/yyyy}: {members.Count} đơn vị");
            foreach (var u in members.OrderBy(u => u.Name, Lantoa.Domain.Text.VietnameseText.Comparer)) Console.WriteLine($"  {u.Name}");
            return 0;
        }, ct));

        return new Command("units", "Đơn vị, nhóm đơn vị và đơn vị hành chính.") { import, resolve, group };
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (PartialDate.TryParse(text, out var p) && p.Precision == DatePrecision.Day)
        {
            day = p.FirstDay;
            return true;
        }
        Console.Error.WriteLine($"Ngày \"{text}\" phải có dạng dd/MM/yyyy.");
        return false;
    }

    private static async Task<ProvinceUnits?> ProvinceUnitsAsync(IServiceProvider sp, string code, CancellationToken ct)
    {
        var db = sp.GetRequiredService<LantoaDb>();
        var province = await db.Provinces.FirstOrDefaultAsync(p => p.Code == code, ct);
        if (province is null)
        {
            Console.Error.WriteLine($"Chưa có tỉnh mã {code} trong Lantoa (chạy ./run.sh db seed để nạp dữ liệu mẫu).");
            return null;
        }
        return await sp.GetRequiredService<UnitDirectory>().ForProvinceAsync(province.Id, ct);
    }
}
