using System.Net;
using System.Text;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Imports;
using Lantoa.Web.Features.Tracking.Reports;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Files;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Hardening;

/// <summary>
/// Issue 11, defect 13 and item 8: evidence and stashed uploads 0600 in folders 0700 inside the data folder; bidi
/// overrides and other invisible characters out of stored and shown file names; limits on files per report and bytes
/// per unit.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // file modes are POSIX
public class FileStorageTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset October5 = new(2024, 10, 5, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");

    private static Task<int> BenLucAssignmentAsync(TestApp app) => app.DbAsync(DemoIds.BenLucAssignmentAsync);

    private static Dictionary<string, string> Draft() => new()
    {
        ["Form.Status"] = "InProgress", ["Form.PeriodFrom"] = "01/10/2024", ["Form.PeriodTo"] = "05/10/2024", ["submit"] = "false",
    };

    [Fact]
    public async Task Evidence_is_stored_0600_in_a_0700_folder_of_the_data_folder_under_a_name_without_invisible_characters()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var store = app.Service<EvidenceStore>();
        Assert.StartsWith(DataFolder.Root + Path.DirectorySeparatorChar, store.Folder);
        Assert.Equal(DataFolder.FolderMode, File.GetUnixFileMode(store.Folder));

        var assignment = await BenLucAssignmentAsync(app);
        var officer = app.NewClient();
        await officer.LoginAsync("benluc");
        var url = $"/Reports/Assignment/{assignment}";
        // "bien-ban‮fdp.exe": shown as "bien-banexe.pdf" in a right-to-left aware viewer when the override stays.
        var sent = await officer.PostFileAsync(url, url, Pdf, "bien-ban\u202Efdp.exe\u200B.pdf", Draft());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var evidence = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().ProgressReports.Where(r => r.AssignmentId == assignment)
            .SelectMany(r => r.Evidence).SingleAsync());
        Assert.Equal("bien-banfdp.exe.pdf", evidence.OriginalName);
        var path = Path.Combine(store.Folder, evidence.StoredName!);
        Assert.Equal(DataFolder.FileMode, File.GetUnixFileMode(path));
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(path));

        var page = await officer.GetPageAsync(url);
        Assert.Contains("bien-banfdp.exe.pdf", page.Body!.TextContent);
        Assert.DoesNotContain('\u202E', page.Body.TextContent);
        var download = await officer.GetAsync($"{url}?handler=Evidence&evidenceId={evidence.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("bien-banfdp.exe.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task A_report_holds_at_most_10_files_and_a_unit_at_most_its_quota_with_Vietnamese_messages()
    {
        await using var app = await TestApp.StartAsync(fixture, October5);
        var assignment = await BenLucAssignmentAsync(app);
        var officer = app.NewClient();
        await officer.LoginAsync("benluc");
        var url = $"/Reports/Assignment/{assignment}";
        for (var i = 1; i <= 10; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFileAsync(url, url, Pdf, $"bien-ban-{i}.pdf", Draft())).StatusCode);
        var files = Directory.GetFiles(app.Service<EvidenceStore>().Folder).Length;

        var eleventh = await officer.PostFileAsync(url, url, Pdf, "bien-ban-11.pdf", Draft());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, eleventh.StatusCode);
        Assert.Contains("tối đa 10 tệp minh chứng", WebUtility.HtmlDecode(await eleventh.Content.ReadAsStringAsync()));
        Assert.Equal(10, await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().ProgressReports.Where(r => r.AssignmentId == assignment)
            .SelectMany(r => r.Evidence).CountAsync()));
        Assert.Equal(files, Directory.GetFiles(app.Service<EvidenceStore>().Folder).Length); // the refused file is not kept

        // The unit's quota, over all its reports (set low here: 1 GB by default, LANTOA_EVIDENCE_MB_PER_UNIT).
        app.Service<EvidenceStore>().MaxBytesPerUnit = 10 * Pdf.Length + 5;
        var other = await app.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            return (from a in db.Assignments join u in db.Units on a.UnitId equals u.Id
                    where u.Name == "UBND huyện Bến Lức" && a.Id != assignment select a.Id).FirstAsync();
        });
        var full = await officer.PostFileAsync($"/Reports/Assignment/{other}", $"/Reports/Assignment/{other}", Pdf, "them.pdf", Draft());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, full.StatusCode);
        Assert.Contains("dung lượng minh chứng", WebUtility.HtmlDecode(await full.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_import_stash_is_in_the_data_folder_0700_with_files_0600_and_a_clean_name()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var stash = app.Service<ImportStash>();
        Assert.Equal(DataFolder.Sub("imports"), stash.Folder);
        Assert.DoesNotContain(Path.GetTempPath(), stash.Folder + "/", StringComparison.Ordinal);
        Assert.Equal(DataFolder.FolderMode, File.GetUnixFileMode(stash.Folder));

        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var upload = await client.PostFileAsync("/Plans/Import?handler=Upload", "/Plans/Import",
            File.ReadAllBytes(DemoBudgets.SeedFile("longan-2024-ngay-cds.txt")!), "ke-hoach\u202Etxt.\u2066.txt");
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var page = await TestApp.Client.ParseAsync(await upload.Content.ReadAsStringAsync());
        Assert.Equal("ke-hoachtxt..txt", page.QuerySelector("[data-testid=import-summary] strong")!.TextContent);
        var token = page.QuerySelector("input[name=token]")!.GetAttribute("value")!;
        var stashed = Directory.GetFiles(stash.Folder, $"*-{token}*");
        Assert.Equal(2, stashed.Length);
        Assert.All(stashed, f => Assert.Equal(DataFolder.FileMode, File.GetUnixFileMode(f)));
        Assert.Equal("ke-hoachtxt..txt", stash.Get(await UserIdAsync(app, "dieuphoi"), token)!.Value.FileName);
    }

    [Theory]
    [InlineData("C:\\Users\\a\\báo cáo.pdf", "báo cáo.pdf")]
    [InlineData("hoadon\u202Efdp.exe", "hoadonfdp.exe")]
    [InlineData("a\u200B\u200C\u200D\uFEFF\u00ADb.docx", "ab.docx")]
    [InlineData("\u2066x\u2069\u2067y\u2068.pdf", "xy.pdf")]
    [InlineData("  nhiều    khoảng\ttrắng .pdf ", "nhiều khoảng trắng .pdf")]
    [InlineData("ke\u0000hoach\u0007.txt", "kehoach.txt")]
    [InlineData("\u202E\u202E", "tep-tai-len")]
    [InlineData("..", "tep-tai-len")]
    [InlineData("Ke\u0302\u0301 hoa\u0323ch.docx", "Kế hoạch.docx")]
    public void File_names_lose_paths_controls_and_invisible_characters_and_are_NFC(string name, string expected) =>
        Assert.Equal(expected, FileNames.Clean(name));

    private static Task<int> UserIdAsync(TestApp app, string login) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Users.Where(u => u.UserName == login).Select(u => u.Id).SingleAsync());
}
