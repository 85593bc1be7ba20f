using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Lantoa.Domain.Documents;
using Lantoa.Domain.Text;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Documents;
using Lantoa.Web.Features.Imports;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Documents;

/// <summary>
/// Import → export → import of every seed plan and of every document of the corpus (tests/corpus/plans, and the .docx
/// that <see cref="CorpusDocx"/> writes at run time): through the real importer into a clone of the PostgreSQL fixture,
/// as a coordinator of the document's province when the database has it (else of the demo's), then the plan's .docx
/// export read back with the app's reader and parser and imported again. No paragraph, table cell, item number or unit
/// name of the source may be missing from the export (compared on normalised text, header and signature layout aside),
/// and the second import must give the same activities, units as written, deadlines and appendix totals.
/// </summary>
public class RoundTripTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var seed in Directory.GetFiles(SeedsDirectory(), "*.txt").Order(StringComparer.Ordinal)) data.Add("seed:" + Path.GetFileName(seed));
        foreach (var plan in Directory.GetFiles(CorpusDirectory()).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
                     .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            data.Add("corpus:" + Path.GetFileName(plan));
        foreach (var name in CorpusDocx.Names) data.Add("docx:" + name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Import_export_import_loses_no_paragraph_item_number_or_unit_name(string document)
    {
        var (fileName, bytes) = Load(document);
        var cs = await fixture.NewDatabaseAsync();
        await using var services = LantoaWeb.CommandLineServices(cs);

        var source = DocumentReader.Read(fileName, bytes);
        var first = await ImportAsync(services, fileName, bytes);
        var docx = await ExportAsync(services, first.PlanId, fileName);
        PlanDocxWriterTests.AssertValidOoxml(docx);
        var exported = DocumentReader.Read(Path.ChangeExtension(fileName, ".docx"), docx);
        var second = await ImportAsync(services, Path.ChangeExtension(fileName, ".docx"), docx, first.ProvinceId);

        Assert.True(first.Parsed.AllActivities().Any() && first.Parsed.Sections.Count + first.Parsed.Appendices.Count > 0, $"{document}: read as an empty plan");
        // A submission named in the preamble ("Theo đề nghị … tại Tờ trình số …") is never written as a "Căn cứ".
        Assert.DoesNotContain(Texts(exported), t => t.StartsWith("Căn cứ", StringComparison.Ordinal) && t.Contains("Tờ trình", StringComparison.Ordinal));

        // Every paragraph and table cell of the source, after the title, is in the export.
        var exportText = Norm(string.Join("\n", Texts(exported)));
        var missing = BodyTexts(source).Select(t => (Text: t, Key: Norm(t))).Where(t => t.Key.Length > 0 && !exportText.Contains(t.Key, StringComparison.Ordinal))
            .Select(t => t.Text).ToList();
        Assert.True(missing.Count == 0, $"{document}: {missing.Count} paragraph(s) of the source missing from the export:\n" + string.Join("\n", missing.Take(25)));

        // Every unit name the first import read is in the export as written; so are the item numbers.
        var units = PlanImporter.AllUnits(first.Parsed).Select(u => u.Written).Distinct().Where(u => !exportText.Contains(Norm(u), StringComparison.Ordinal)).ToList();
        Assert.True(units.Count == 0, $"{document}: unit names missing from the export: {string.Join(" | ", units)}");
        Assert.Equal(Activities(first.Parsed), Activities(second.Parsed));
        Assert.Equal(first.Parsed.Sections.Select(s => $"{s.Label}. {Norm(s.Title)}"), second.Parsed.Sections.Select(s => $"{s.Label}. {Norm(s.Title)}"));

        // The second import holds the same deadlines and appendix totals.
        Assert.Equal(first.Parsed.Deadlines.Select(d => $"{d.Due} {Norm(d.Text)}"), second.Parsed.Deadlines.Select(d => $"{d.Due} {Norm(d.Text)}"));
        Assert.Equal(first.Parsed.BudgetTables.Select(t => $"{t.Label}: {t.StatedTotal} / {t.ComputedTotal}"),
            second.Parsed.BudgetTables.Select(t => $"{t.Label}: {t.StatedTotal} / {t.ComputedTotal}"));
        Assert.Equal(first.Parsed.ParticipantTables.Select(t => $"{t.Label}: {t.StatedTotal} / {t.ComputedTotal}"),
            second.Parsed.ParticipantTables.Select(t => $"{t.Label}: {t.StatedTotal} / {t.ComputedTotal}"));
        Assert.Equal(first.Parsed.BudgetSection?.StatedTotal, second.Parsed.BudgetSection?.StatedTotal);
        Assert.Equal(first.Stored, second.Stored);
    }

    /// <summary>LibreOffice lays out the export of a corpus .docx (a part it does not understand and an appendix table included).</summary>
    [Fact]
    public async Task LibreOffice_opens_the_export_of_a_corpus_document()
    {
        var (fileName, bytes) = Load("docx:" + CorpusDocx.Names[0]);
        var cs = await fixture.NewDatabaseAsync();
        await using var services = LantoaWeb.CommandLineServices(cs);
        var imported = await ImportAsync(services, fileName, bytes);
        var docx = await ExportAsync(services, imported.PlanId, fileName);
        Assert.True(await LibreOffice.PdfPagesAsync(docx, Path.ChangeExtension(fileName, ".docx")) >= 2);
    }

    /// <summary>
    /// The defects the export had, on a plan of another province after the reform: a "Tiến độ thực hiện" part dropped,
    /// items renumbered after a missing number, unrecognised coordinating units (enterprises) dropped, the Tờ trình
    /// written as a "Căn cứ", the closing sentence broken in two.
    /// </summary>
    [Fact]
    public async Task The_export_keeps_the_progress_part_the_numbering_gap_the_enterprises_the_submission_and_the_closing_sentence()
    {
        var (fileName, bytes) = Load("corpus:tayninh-2025-ngay-cds.txt");
        var cs = await fixture.NewDatabaseAsync();
        await using var services = LantoaWeb.CommandLineServices(cs);
        var imported = await ImportAsync(services, fileName, bytes);
        var texts = Texts(DocumentReader.Read("x.docx", await ExportAsync(services, imported.PlanId, fileName)));

        Assert.Contains("III. TIẾN ĐỘ THỰC HIỆN", texts);
        Assert.Contains("3. Cuối tháng 11/2025: các đơn vị gửi báo cáo kết quả về Sở Khoa học và Công nghệ.", texts);
        Assert.Contains("4. Ngày hội chuyển đổi số tại các xã, phường", texts);
        Assert.DoesNotContain("3. Ngày hội chuyển đổi số tại các xã, phường", texts);
        Assert.Contains("b) Cơ quan phối hợp: Viettel Tây Ninh; VNPT Tây Ninh; Công ty Cổ phần Mía đường Tây Ninh.", texts);
        Assert.Contains("Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 61/TTr-SKHCN ngày 10/9/2025.", texts);
        var closing = Assert.Single(texts, t => t.StartsWith("Trên đây là Kế hoạch", StringComparison.Ordinal));
        Assert.EndsWith("báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 30/11/2025./.", closing);
        Assert.DoesNotContain(texts, t => t.StartsWith("báo cáo", StringComparison.Ordinal));
    }

    /// <summary>An edit made in Lantoa wins over the imported text: the purposes part is then written from the plan.</summary>
    [Fact]
    public async Task An_edited_part_is_written_from_the_plan_not_from_the_imported_text()
    {
        var (fileName, bytes) = Load("corpus:" + Path.GetFileName(Directory.GetFiles(CorpusDirectory(), "*.txt").Order(StringComparer.Ordinal).First()));
        var cs = await fixture.NewDatabaseAsync();
        await using var services = LantoaWeb.CommandLineServices(cs);
        var imported = await ImportAsync(services, fileName, bytes);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
            var plan = await db.Plans.SingleAsync(p => p.Id == imported.PlanId);
            plan.Purposes = "Mục đích mới được sửa trong Lantoa.";
            await db.SaveChangesAsync();
        }

        var text = string.Join("\n", Texts(DocumentReader.Read("x.docx", await ExportAsync(services, imported.PlanId, fileName))));
        Assert.Contains("Mục đích mới được sửa trong Lantoa.", text);
    }

    private sealed record Imported(int PlanId, int ProvinceId, ParsedPlan Parsed, string Stored);

    private static async Task<Imported> ImportAsync(ServiceProvider services, string fileName, byte[] bytes, int? provinceId = null)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
        var importer = scope.ServiceProvider.GetRequiredService<PlanImporter>();
        var province = provinceId ?? await ProvinceOfAsync(scope.ServiceProvider, importer, fileName, bytes);
        var users = await db.Users.Where(u => u.ProvinceId == province).ToListAsync();
        var user = users.FirstOrDefault(u => u.Roles.Contains(Role.Coordinator));
        var preview = await importer.PreviewAsync(province, fileName, bytes);
        Assert.True(preview.CanCreate, $"{fileName}: not read as a plan: {string.Join("; ", preview.Findings.Select(f => f.Message))}");
        var planId = await importer.SaveAsync(province, preview, [], user?.Id);
        var stored = await db.Plans.AsNoTracking().Include(p => p.Activities).ThenInclude(a => a.Parties).Include(p => p.Deadlines)
            .AsSplitQuery().SingleAsync(p => p.Id == planId);
        var summary = new StringBuilder();
        foreach (var a in stored.ActivitiesInOrder())
            summary.Append($"{a.Label}|{Norm(a.Title)}|{string.Join(",", a.Parties.OrderBy(p => p.Role).ThenBy(p => p.WrittenName, StringComparer.Ordinal).Select(p => $"{p.Role}:{Norm(p.WrittenName)}"))}|{a.Time.FirstDay}-{a.Time.LastDay}\n");
        foreach (var d in stored.Deadlines.OrderBy(d => d.DueOn)) summary.Append($"deadline {d.DueOn} {Norm(d.Description)}\n");
        summary.Append($"budget {stored.StatedBudgetTotal}\n");
        return new Imported(planId, province, preview.Plan, summary.ToString());
    }

    /// <summary>
    /// The province the importer detects in the document (its issuer, place line, title, units), its built-in unit
    /// catalogue written into the database as `units import --province` does; the demo's (Long An) when none is named.
    /// </summary>
    private static async Task<int> ProvinceOfAsync(IServiceProvider sp, PlanImporter importer, string fileName, byte[] bytes)
    {
        var db = sp.GetRequiredService<LantoaDb>();
        var demo = await db.Provinces.SingleAsync(p => p.Code == "80");
        var probe = await importer.PreviewAsync(demo.Id, fileName, bytes);
        if (probe.Plan.DetectedProvince is not { } detected || detected.Code == demo.Code) return demo.Id;
        var written = await new ProvinceCatalogueWriter(db).EnsureAsync(detected.Code);
        Assert.NotNull(written);
        return await db.Provinces.Where(p => p.Code == detected.Code).Select(p => p.Id).SingleAsync();
    }

    private static async Task<byte[]> ExportAsync(ServiceProvider services, int planId, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
        var docx = await PlanExport.DocxAsync(db, scope.ServiceProvider.GetRequiredService<UnitDirectory>(), planId);
        Assert.NotNull(docx);
        var keep = Environment.GetEnvironmentVariable("LANTOA_DOCX_KEEP");
        if (!string.IsNullOrEmpty(keep))
        {
            Directory.CreateDirectory(keep);
            await File.WriteAllBytesAsync(Path.Combine(keep, $"roundtrip-{Path.GetFileNameWithoutExtension(name)}.docx"), docx);
        }

        return docx;
    }

    /// <summary>Activities as path | title | lead and coordinating units as written | time as written.</summary>
    private static List<string> Activities(ParsedPlan plan) => plan.AllActivities()
        .Select(a => $"{a.Path} | {Norm(a.Title)} | {string.Join(", ", a.Lead.Select(u => Norm(u.Written)))} | {string.Join(", ", a.Coordinating.Select(u => Norm(u.Written)))} | {Norm(a.TimeText ?? "")}")
        .ToList();

    /// <summary>The source's paragraphs and table cells after the "KẾ HOẠCH" line and the subject; the header is laid out anew.</summary>
    private static List<string> BodyTexts(SourceDocument document)
    {
        var texts = Texts(document);
        var title = texts.FindIndex(t => t.TrimStart().StartsWith("KẾ HOẠCH", StringComparison.Ordinal));
        return texts.Skip(title + 2).ToList();
    }

    private static List<string> Texts(SourceDocument document) => document.Blocks.SelectMany(b => b switch
    {
        SourceParagraph p => [p.Display],
        SourceTable t => t.Rows.SelectMany(r => r).SelectMany(c => c.Split('\n')),
        _ => Array.Empty<string>(),
    }).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();

    /// <summary>NFC, one tone placement, lower case, letters and digits only (with their diacritics), single spaces.</summary>
    internal static string Norm(string text)
    {
        var s = VietnameseText.Normalize(InlineMarkupFree(text)).ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    private static string InlineMarkupFree(string text) => text.Replace("**", "").Replace("<u>", "").Replace("</u>", "");

    private static (string Name, byte[] Bytes) Load(string document)
    {
        var (kind, name) = (document[..document.IndexOf(':')], document[(document.IndexOf(':') + 1)..]);
        return kind switch
        {
            "seed" => (name, File.ReadAllBytes(Path.Combine(SeedsDirectory(), name))),
            "corpus" => (name, File.ReadAllBytes(Path.Combine(CorpusDirectory(), name))),
            _ => (name, CorpusDocx.Write(name)),
        };
    }

    private static string SeedsDirectory()
    {
        if (Environment.GetEnvironmentVariable("LANTOA_SHARED") is { Length: > 0 } shared) return Path.Combine(shared, "seeds");
        return Lantoa.Web.DemoData.DemoBudgets.SeedFile("longan-2024-ngay-cds.txt") is { } seed ? Path.GetDirectoryName(seed)! : throw new DirectoryNotFoundException("no seeds; set LANTOA_SHARED");
    }

    internal static string CorpusDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "corpus", "plans");
            if (Directory.Exists(candidate)) return candidate;
        }

        throw new DirectoryNotFoundException("tests/corpus/plans not found above " + AppContext.BaseDirectory);
    }
}
