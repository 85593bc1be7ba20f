using System.CommandLine;
using System.Text;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Findings;
using Lantoa.Web.Features.Budgets;
using Lantoa.Web.Features.Documents;
using Lantoa.Web.Features.Imports;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Lantoa.Web.Infrastructure.Web;

namespace Lantoa.Web.Cli;

/// <summary>
/// `plan check FILE [--json]`, `plan import FILE`, `plan export ID --docx OUT.docx`. Check reads the province's units
/// from the database to resolve names and writes nothing; import creates the draft plan; export writes the .docx.
/// </summary>
public static class PlanCommands
{
    public static Command Build()
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp kế hoạch: .docx, .txt hoặc .md." };
        var json = new Option<bool>("--json") { Description = "In kết quả dạng JSON (xem docs/plan-json.md)." };
        var province = new Option<string>("--province") { Description = "Mã tỉnh để nhận diện đơn vị (mặc định: tỉnh của văn bản; với plan import: 80 = Long An)." };

        var check = new Command("check", "Đọc và hiểu một kế hoạch, in kết quả và các phát hiện; không ghi gì. Không cần CSDL: khi chưa có CSDL, đơn vị được nhận diện theo danh mục có sẵn của tỉnh. Mã thoát 0 khi đọc được, 2 khi không.") { file, json, province };
        check.SetAction((pr, ct) => PlanCheck.RunAsync(pr.GetValue(file)!, pr.GetValue(json), pr.GetValue(province), ct));

        var import = new Command("import", "Tạo kế hoạch dự thảo từ tệp; in mã kế hoạch và các phát hiện.") { file, province };
        import.SetAction((pr, ct) => LantoaCli.WithServicesAsync(async (sp, token) =>
        {
            Console.OutputEncoding = Encoding.UTF8;
            var read = await ReadAsync(sp, pr.GetValue(file)!, pr.GetValue(province) ?? "80", token);
            if (read is not { } preview) return 2;
            if (!preview.CanCreate)
            {
                Console.Error.WriteLine("Tệp không đọc được thành kế hoạch; chưa tạo gì.");
                PrintFindings(preview.Findings);
                return 2;
            }

            var provinceCode = pr.GetValue(province) ?? "80";
            var provinceId = await sp.GetRequiredService<LantoaDb>().Provinces.Where(p => p.Code == provinceCode).Select(p => p.Id).SingleAsync(token);
            var id = await sp.GetRequiredService<PlanImporter>().SaveAsync(provinceId, preview, [], null, null, token);
            Console.WriteLine($"Đã tạo kế hoạch dự thảo #{id}: {preview.Plan.Title}");
            if (preview.SameFile is { } same) Console.WriteLine($"(Tệp này đã được nhập trước đó vào kế hoạch #{same.PlanId}.)");
            PrintFindings(preview.Findings);
            return 0;
        }, ct));

        var id = new Argument<int>("id") { Description = "Mã kế hoạch." };
        var docx = new Option<FileInfo>("--docx") { Description = "Tệp .docx cần ghi.", Required = true };
        var export = new Command("export", "Xuất kế hoạch ra .docx theo thể thức Nghị định 30/2020/NĐ-CP.") { id, docx };
        export.SetAction((pr, ct) => LantoaCli.WithServicesAsync(async (sp, token) =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var planId = pr.GetValue(id);
            var bytes = await PlanExport.DocxAsync(db, sp.GetRequiredService<UnitDirectory>(), planId, token);
            if (bytes is null)
            {
                Console.Error.WriteLine($"Không có kế hoạch #{planId}.");
                return 2;
            }

            var output = pr.GetValue(docx)!;
            await File.WriteAllBytesAsync(output.FullName, bytes, token);
            Console.WriteLine($"Đã ghi {output.FullName} ({bytes.Length / 1024} KB).");
            return 0;
        }, ct));

        return new Command("plan", "Văn bản kế hoạch: đọc, nhập, xuất.") { check, import, export };
    }

    /// <summary>The document of a file, or null (and the reason on stderr) when it is missing, too large or unreadable.</summary>
    internal static async Task<SourceDocument?> ReadFileAsync(FileInfo file, CancellationToken ct)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"Không tìm thấy tệp \"{file.FullName}\".");
            return null;
        }

        if (file.Length > ImportLimits.MaxFileBytes)
        {
            Console.Error.WriteLine($"Tệp \"{file.Name}\" quá lớn ({file.Length / 1024 / 1024} MB); giới hạn là {ImportLimits.MaxFileBytes / 1024 / 1024} MB.");
            return null;
        }

        var document = DocumentReader.Read(file.Name, await File.ReadAllBytesAsync(file.FullName, ct));
        if (document.Blocks.Count == 0 || document.Findings.Any(f => f.Severity == Severity.Error))
        {
            foreach (var f in document.Findings.Where(f => f.Severity == Severity.Error)) Console.Error.WriteLine(f.Message);
            if (document.Findings.Count == 0) Console.Error.WriteLine($"Tệp \"{file.Name}\" không có nội dung đọc được.");
            return null;
        }

        return document;
    }

    private static async Task<ImportPreview?> ReadAsync(IServiceProvider sp, FileInfo file, string provinceCode, CancellationToken ct)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"Không tìm thấy tệp \"{file.FullName}\".");
            return null;
        }

        if (file.Length > ImportLimits.MaxFileBytes)
        {
            Console.Error.WriteLine(UploadLimits.TooLarge(file.Length, ImportLimits.MaxFileBytes, file.Name));
            return null;
        }

        var provinceId = await sp.GetRequiredService<LantoaDb>().Provinces.Where(p => p.Code == provinceCode).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        if (provinceId is null)
        {
            Console.Error.WriteLine($"Không có tỉnh mã {provinceCode} trong CSDL (chạy ./run.sh db seed).");
            return null;
        }

        var preview = await sp.GetRequiredService<PlanImporter>().PreviewAsync(provinceId.Value, file.Name, await File.ReadAllBytesAsync(file.FullName, ct), ct);
        if (preview.Document.Blocks.Count == 0 || preview.Document.Findings.Any(f => f.Severity == Severity.Error))
        {
            foreach (var f in preview.Document.Findings.Where(f => f.Severity == Severity.Error)) Console.Error.WriteLine(f.Message);
            if (preview.Document.Findings.Count == 0) Console.Error.WriteLine($"Tệp \"{file.Name}\" không có nội dung đọc được.");
            return null;
        }

        return preview;
    }

    internal static void PrintSummary(ImportPreview preview)
    {
        var p = preview.Plan;
        Console.WriteLine($"{p.Issuer} · Số: {p.DocumentNumber} · {p.Place}, {p.IssuedOn?.ToDocumentWords()}");
        Console.WriteLine($"KẾ HOẠCH {p.Title}");
        if (p.Province is { } province)
            Console.WriteLine($"Tỉnh: {province.Name} (mã {province.Code}){(province.Evidence.Count > 0 ? " — căn cứ: " + string.Join("; ", province.Evidence.Take(3).Select(DocumentProvinceDetector.Describe)) : province.Detected ? "" : " — theo --province")}");
        Console.WriteLine($"Căn cứ: {p.LegalBases.Count} văn bản · Hoạt động: {p.AllActivities().Count()} · Hạn: {p.Deadlines.Count} · Bảng dự toán: {p.BudgetTables.Count} · Nơi nhận: {p.Recipients.Count}");
        foreach (var a in p.AllActivities())
        {
            var indent = new string(' ', 2 * a.Path.Count(c => c == '.'));
            Console.WriteLine($"{indent}{a.Label}. {a.Title}");
            if (a.Lead.Count > 0) Console.WriteLine($"{indent}   chủ trì: {string.Join("; ", a.Lead.Select(u => u.CanonicalName ?? "? " + u.Written))}");
            if (a.TimeText is not null) Console.WriteLine($"{indent}   thời gian: {a.TimeText}");
            if (a.BudgetAmount is { } m) Console.WriteLine($"{indent}   kinh phí: {m.Format()}");
        }

        foreach (var t in p.BudgetTables) Console.WriteLine($"{t.Label}: tính {t.ComputedTotal?.Format()}, văn bản ghi {t.StatedTotal?.Format()}");
        if (p.Signer is { } s) Console.WriteLine($"Ký: {s.Prefix} {s.Title} {s.Name}");
        PrintFindings(preview.Findings);
    }

    private static void PrintFindings(IEnumerable<Finding> findings) => CliFindings.Print(findings);
}
