using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Text;
using Lantoa.Domain.Plans;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Postgres;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lantoa.Web.Tests.Features.Hardening;

/// <summary>
/// Issue 11, defect 14 (backup): a hand-made pg_dump lost the evidence files. `backup` takes the database and every
/// stored file into one archive with checksums; `restore` puts them into an empty data folder.
/// </summary>
[Collection(DatabaseCollection.Name)]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class BackupRestoreTests(DatabaseFixture fixture)
{
    private static readonly DateTimeOffset October5 = new(2024, 10, 5, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task Backup_then_restore_into_a_fresh_folder_serves_the_same_plans_audit_chain_and_evidence()
    {
        var root = Path.Combine(Path.GetTempPath(), "lantoa-backup-" + Guid.NewGuid().ToString("N")[..8]);
        var before = Path.Combine(root, "before");
        var after = Path.Combine(root, "after");
        var archive = Path.Combine(root, "lantoa.tar.gz");
        Directory.CreateDirectory(before);
        EmbeddedPostgres? restored = null;
        try
        {
            // The system before: the demo, plus a report with an evidence file stored in its data folder.
            var cs = await fixture.NewDatabaseAsync();
            var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% biên bản ra quân\n%%EOF\n");
            string download;
            string[] plans;
            long auditCount;
            await using (var app = await TestApp.StartOnAsync(cs, fixture.AsApp(cs), October5, dataDirectory: before))
            {
                var assignment = await app.DbAsync(DemoIds.BenLucAssignmentAsync);
                var officer = app.NewClient();
                await officer.LoginAsync("benluc");
                var url = $"/Reports/Assignment/{assignment}";
                var sent = await officer.PostFileAsync(url, url, pdf, "bien-ban.pdf", new()
                {
                    ["Form.Status"] = "InProgress", ["Form.PeriodFrom"] = "01/10/2024", ["Form.PeriodTo"] = "05/10/2024", ["submit"] = "false",
                });
                Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
                var evidenceId = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().ProgressReports
                    .Where(r => r.AssignmentId == assignment).SelectMany(r => r.Evidence).Select(e => e.Id).SingleAsync());
                download = $"{url}?handler=Evidence&evidenceId={evidenceId}";
                Assert.Equal(pdf, await (await officer.GetAsync(download)).Content.ReadAsByteArrayAsync());
                Assert.Single(Directory.GetFiles(Path.Combine(before, "evidence")));
                plans = await PlanTitlesAsync(app);
                auditCount = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().AuditEntries.LongCountAsync());
            }

            var manifest = await LantoaBackup.CreateAsync(cs, before, archive);
            Assert.Contains(manifest.Entries, e => e.Path == "database.dump");
            Assert.Contains(manifest.Entries, e => e.Path.StartsWith("files/evidence/", StringComparison.Ordinal));
            Assert.Contains(manifest.Entries, e => e.Path == "files/keys/key-encryption.key");
            Assert.All(manifest.Entries, e => Assert.Matches("^[0-9a-f]{64}$", e.Sha256));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(archive));

            // Restore into a fresh folder, with its own PostgreSQL, as `./run.sh restore` does.
            Assert.Null(LantoaBackup.RefusalFor(after));
            var (checkedManifest, staging) = await LantoaBackup.UnpackAsync(archive);
            try
            {
                restored = await EmbeddedPostgres.StartAsync(after, EmbeddedPostgres.FreePort(), TextWriter.Null);
                await restored.EnsureDatabaseAsync("lantoa");
                await LantoaBackup.RestoreAsync(checkedManifest, staging, after, restored.OwnerConnectionString("lantoa"));
            }
            finally
            {
                staging.Delete(recursive: true);
            }
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Directory.GetFiles(Path.Combine(after, "evidence")).Single()));

            await using (var app = await TestApp.StartOnAsync(restored.OwnerConnectionString("lantoa"), restored.AppConnectionString("lantoa"), October5, dataDirectory: after))
            {
                Assert.Equal(plans, await PlanTitlesAsync(app));
                Assert.Equal(auditCount, await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().AuditEntries.LongCountAsync()));
                Assert.True((await app.InScopeAsync(sp => AuditChain.VerifyAsync(sp.GetRequiredService<LantoaDb>()))).Intact);

                var officer = app.NewClient();
                await officer.LoginAsync("benluc");
                var file = await officer.GetAsync(download);
                Assert.Equal(HttpStatusCode.OK, file.StatusCode);
                Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());

                var admin = app.NewClient();
                await admin.LoginAsync("admin");
                var audit = await admin.GetPageAsync("/Admin/Audit");
                Assert.Contains("Chuỗi nhật ký nguyên vẹn", audit.QuerySelector("[data-testid=audit-chain]")!.TextContent);
                // The restored system writes on: new entries continue the restored chain.
                await app.InScopeAsync(async sp =>
                {
                    var db = sp.GetRequiredService<LantoaDb>();
                    db.AuditEntries.Add(new Lantoa.Domain.Audit.AuditEntry(DateTimeOffset.UtcNow, null, "sau khôi phục", null, "Plan", "1", "Updated", "{}"));
                    return await db.SaveChangesAsync();
                });
                Assert.True((await app.InScopeAsync(sp => AuditChain.VerifyAsync(sp.GetRequiredService<LantoaDb>()))).Intact);
            }

            // A second restore into the same, now non-empty folder is refused.
            Assert.NotNull(LantoaBackup.RefusalFor(after));
        }
        finally
        {
            if (restored is not null) await restored.ForceStopAsync();
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task An_archive_with_a_changed_file_is_refused_before_anything_is_written()
    {
        var root = Path.Combine(Path.GetTempPath(), "lantoa-backup-" + Guid.NewGuid().ToString("N")[..8]);
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(Path.Combine(data, "evidence"));
        try
        {
            await File.WriteAllTextAsync(Path.Combine(data, "evidence", new string('a', 32)), "minh chứng gốc");
            var cs = await fixture.NewDatabaseAsync();
            var archive = Path.Combine(root, "ok.tar.gz");
            await LantoaBackup.CreateAsync(cs, data, archive);

            // Same archive, one byte of the evidence changed.
            var tampered = Path.Combine(root, "tampered.tar.gz");
            await using (var input = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress))
            await using (var output = new GZipStream(File.Create(tampered), CompressionLevel.Fastest))
            {
                var reader = new TarReader(input);
                await using var writer = new TarWriter(output, TarEntryFormat.Pax);
                while (await reader.GetNextEntryAsync(copyData: true) is { } entry)
                {
                    if (entry.Name.StartsWith("files/evidence/", StringComparison.Ordinal))
                        entry.DataStream = new MemoryStream(Encoding.UTF8.GetBytes("minh chứng giả"));
                    await writer.WriteEntryAsync(entry);
                }
            }
            var refused = await Assert.ThrowsAsync<BackupRejected>(() => LantoaBackup.UnpackAsync(tampered));
            Assert.Contains("không khớp mã kiểm tra SHA-256", refused.Message);

            var garbage = Path.Combine(root, "garbage.tar.gz");
            await File.WriteAllBytesAsync(garbage, Encoding.ASCII.GetBytes("not an archive at all"));
            Assert.Contains("Không đọc được tệp sao lưu", (await Assert.ThrowsAsync<BackupRejected>(() => LantoaBackup.UnpackAsync(garbage))).Message);

            // Through the command line: a non-empty data folder is bad input (exit 2), in Vietnamese.
            var (exit, _, error) = await Lantoa.Web.Tests.Cli.Cli.RunAsync(null, "restore", archive, "--data", data);
            Assert.Equal(2, exit);
            Assert.Contains("không trống", error);
            (exit, _, error) = await Lantoa.Web.Tests.Cli.Cli.RunAsync(null, "restore", tampered, "--data", Path.Combine(root, "fresh"));
            Assert.Equal(2, exit);
            Assert.Contains("SHA-256", error);
            Assert.False(Directory.Exists(Path.Combine(root, "fresh")) && Directory.EnumerateFileSystemEntries(Path.Combine(root, "fresh")).Any());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Task<string[]> PlanTitlesAsync(TestApp app) => app.InScopeAsync(sp =>
        sp.GetRequiredService<LantoaDb>().Plans.OrderBy(p => p.Id).Select(p => p.Id + " " + p.Title + " " + p.Status).ToArrayAsync());
}
