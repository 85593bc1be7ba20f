using System.Diagnostics;
using System.Net;
using Lantoa.Domain.Audit;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Postgres;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lantoa.Web.Tests.Features.Hardening;

/// <summary>
/// Issue 11, defect 1: the database trusted every local process as superuser, the app could run shell commands with
/// COPY … FROM PROGRAM and rewrite the audit trail, and the postgres account could read the cookie keys.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class LeastPrivilegeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_connection_without_the_password_is_refused_on_the_port_and_on_the_socket()
    {
        var cs = await fixture.NewDatabaseAsync();
        foreach (var user in new[] { EmbeddedPostgres.SuperUser, EmbeddedPostgres.OwnerRole, EmbeddedPostgres.AppRole, "postgres" })
        {
            foreach (var host in new[] { "127.0.0.1", fixture.Server.PgData })
            {
                var noPassword = new NpgsqlConnectionStringBuilder(cs) { Host = host, Username = user, Password = null, Pooling = false }.ConnectionString;
                await Assert.ThrowsAnyAsync<NpgsqlException>(async () =>
                {
                    await using var conn = new NpgsqlConnection(noPassword);
                    await conn.OpenAsync();
                });
                var wrong = new NpgsqlConnectionStringBuilder(cs) { Host = host, Username = user, Password = "Lantoa@2024", Pooling = false }.ConnectionString;
                var refused = await Assert.ThrowsAsync<PostgresException>(async () =>
                {
                    await using var conn = new NpgsqlConnection(wrong);
                    await conn.OpenAsync();
                });
                Assert.Equal("28P01", refused.SqlState); // invalid_password
            }
        }
        Assert.Contains("scram-sha-256", await File.ReadAllTextAsync(Path.Combine(fixture.Server.PgData, "pg_hba.conf")));
    }

    [Fact]
    public async Task The_application_role_has_rows_only_and_cannot_run_programs_or_edit_the_audit_trail()
    {
        var cs = await fixture.NewDatabaseAsync();
        await using var conn = new NpgsqlConnection(fixture.AsApp(cs));
        await conn.OpenAsync();
        Assert.Equal(EmbeddedPostgres.AppRole, await ScalarAsync<string>(conn, "SELECT current_user"));
        Assert.False(await ScalarAsync<bool>(conn, "SELECT rolsuper OR rolcreatedb OR rolcreaterole FROM pg_roles WHERE rolname = current_user"));
        Assert.True(await ScalarAsync<long>(conn, "SELECT count(*) FROM audit_entries") > 0);

        await ExecuteAsync(conn, "CREATE TEMP TABLE loot (line text)");
        foreach (var sql in new[]
                 {
                     "COPY loot FROM PROGRAM 'id'",
                     "COPY (SELECT 1) TO PROGRAM 'touch /tmp/lantoa-owned'",
                     "COPY loot FROM '/etc/passwd'",
                     "UPDATE audit_entries SET user_name = 'kẻ giả mạo' WHERE id = (SELECT min(id) FROM audit_entries)",
                     "DELETE FROM audit_entries WHERE id = (SELECT max(id) FROM audit_entries)",
                     "TRUNCATE audit_entries",
                     "UPDATE audit_chain SET last_hash = NULL",
                     "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_chain",
                     "DROP TABLE plans",
                     "CREATE TABLE public.mine (x int)",
                     "INSERT INTO schema_migrations (version) VALUES ('9999_forged')",
                     "CREATE ROLE intruder LOGIN SUPERUSER",
                 })
        {
            var denied = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(conn, sql));
            Assert.True(denied.SqlState is "42501", $"{sql}: {denied.SqlState} {denied.MessageText}"); // insufficient_privilege
        }

        // What the application needs still works: rows of ordinary tables, and new audit entries (chained).
        await ExecuteAsync(conn, "UPDATE plans SET title = title || ' ' WHERE id = (SELECT min(id) FROM plans)");
        await ExecuteAsync(conn, "INSERT INTO audit_entries (at, user_name, entity_type, entity_id, action, changes) VALUES (now(), 'kiểm thử', 'Plan', '1', 'Updated', '{}')");
        Assert.Equal(await ScalarAsync<long>(conn, "SELECT max(id) FROM audit_entries"), await ScalarAsync<long>(conn, "SELECT last_id FROM audit_chain"));
    }

    [Fact]
    public async Task The_owner_role_migrates_but_is_no_superuser()
    {
        var cs = await fixture.NewDatabaseAsync();
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        Assert.Equal(EmbeddedPostgres.OwnerRole, await ScalarAsync<string>(conn, "SELECT current_user"));
        Assert.False(await ScalarAsync<bool>(conn, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
        var denied = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(conn, "COPY (SELECT 1) TO PROGRAM 'true'"));
        Assert.Equal("42501", denied.SqlState);
        Assert.Equal(EmbeddedPostgres.OwnerRole, await ScalarAsync<string>(conn, "SELECT tableowner FROM pg_tables WHERE tablename = 'audit_entries'"));
    }

    [Fact]
    public async Task Tables_of_a_later_migration_are_open_to_the_application_role_but_the_audit_trail_stays_append_only()
    {
        var cs = await fixture.NewDatabaseAsync();
        await using (var owner = new NpgsqlConnection(cs))
        {
            await owner.OpenAsync();
            await ExecuteAsync(owner, "CREATE TABLE later_module (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, note text)");
        }
        await MigrationRunner.MigrateAsync(cs); // a second run: grants again, changes nothing else
        await using var app = new NpgsqlConnection(fixture.AsApp(cs));
        await app.OpenAsync();
        await ExecuteAsync(app, "INSERT INTO later_module (note) VALUES ('x')");
        await ExecuteAsync(app, "UPDATE later_module SET note = 'y'");
        await ExecuteAsync(app, "DELETE FROM later_module");
        Assert.Equal("42501", (await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(app, "DELETE FROM audit_entries"))).SqlState);
    }

    [Fact]
    public async Task An_audit_entry_rewritten_by_a_superuser_is_found_and_shown_on_the_audit_page()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var admin = app.NewClient();
        await admin.LoginAsync("admin");
        var page = await admin.GetPageAsync("/Admin/Audit");
        Assert.Contains("Chuỗi nhật ký nguyên vẹn", page.QuerySelector("[data-testid=audit-chain]")!.TextContent);

        await using var superuser = new NpgsqlConnection(fixture.AsSuperuser(app.ConnectionString));
        await superuser.OpenAsync();
        var victim = await ScalarAsync<long>(superuser, "SELECT id FROM audit_entries ORDER BY id OFFSET 10 LIMIT 1");
        var original = await ScalarAsync<string>(superuser, $"SELECT user_name FROM audit_entries WHERE id = {victim}");
        await ExecuteAsync(superuser, $"UPDATE audit_entries SET user_name = 'kẻ giả mạo' WHERE id = {victim}");

        var status = await app.InScopeAsync(sp => AuditChain.VerifyAsync(sp.GetRequiredService<LantoaDb>()));
        Assert.Equal(new AuditChainStatus(false, victim, "altered"), status);
        page = await admin.GetPageAsync("/Admin/Audit");
        var banner = page.QuerySelector("[data-testid=audit-chain]")!.TextContent;
        Assert.Contains($"mục #{victim} đã bị sửa", banner);

        // Written back as it was: whole again.
        await ExecuteAsync(superuser, $"UPDATE audit_entries SET user_name = '{original}' WHERE id = {victim}");
        Assert.True((await app.InScopeAsync(sp => AuditChain.VerifyAsync(sp.GetRequiredService<LantoaDb>()))).Intact);
    }

    [Fact]
    public async Task Removing_the_newest_entries_or_one_in_the_middle_is_found()
    {
        var cs = await fixture.NewDatabaseAsync();
        await using var superuser = new NpgsqlConnection(fixture.AsSuperuser(cs));
        await superuser.OpenAsync();
        await using var services = LantoaWeb.CommandLineServices(fixture.AsApp(cs));
        async Task<AuditChainStatus> VerifyAsync()
        {
            await using var scope = services.CreateAsyncScope();
            return await AuditChain.VerifyAsync(scope.ServiceProvider.GetRequiredService<LantoaDb>());
        }

        Assert.True((await VerifyAsync()).Intact);
        var last = await ScalarAsync<long>(superuser, "SELECT max(id) FROM audit_entries");
        await ExecuteAsync(superuser, $"DELETE FROM audit_entries WHERE id >= {last - 2}");
        Assert.Equal(new AuditChainStatus(false, last, "tail"), await VerifyAsync());

        var middle = await ScalarAsync<long>(superuser, "SELECT id FROM audit_entries ORDER BY id OFFSET 20 LIMIT 1");
        await ExecuteAsync(superuser, $"DELETE FROM audit_entries WHERE id = {middle}");
        var status = await VerifyAsync();
        Assert.Equal("link", status.Reason);
        Assert.Equal(await ScalarAsync<long>(superuser, $"SELECT min(id) FROM audit_entries WHERE id > {middle}"), status.EntryId);
    }

    [Fact]
    public async Task Parallel_writers_keep_one_chain()
    {
        var cs = await fixture.NewDatabaseAsync();
        await using var services = LantoaWeb.CommandLineServices(fixture.AsApp(cs));
        long before;
        await using (var conn = new NpgsqlConnection(cs))
        {
            await conn.OpenAsync();
            before = await ScalarAsync<long>(conn, "SELECT count(*) FROM audit_entries");
        }
        await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
            for (var round = 0; round < 5; round++)
            {
                for (var k = 0; k < 3; k++)
                    db.AuditEntries.Add(new AuditEntry(DateTimeOffset.UtcNow, null, $"người {i}", null, "Plan", $"{i}-{round}-{k}", "Updated", "{\"Title\": [\"cũ\", \"mới\"]}"));
                await db.SaveChangesAsync();
            }
        }));
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
            Assert.Equal(new AuditChainStatus(true, null, null), await AuditChain.VerifyAsync(db));
        }
        await using (var conn = new NpgsqlConnection(cs))
        {
            await conn.OpenAsync();
            Assert.Equal(before + 16 * 5 * 3, await ScalarAsync<long>(conn, "SELECT count(*) FROM audit_entries"));
            Assert.Equal(0, await ScalarAsync<long>(conn, "SELECT count(*) FROM audit_entries WHERE hash IS NULL"));
        }
    }

    [Fact]
    public async Task Cookie_keys_are_encrypted_at_rest_and_the_postgres_account_cannot_read_Lantoa_files()
    {
        var data = fixture.Server.DataDirectory;
        var keys = Path.Combine(data, "keys-" + Guid.NewGuid().ToString("N")[..6]);
        var cs = await fixture.NewDatabaseAsync();
        var web = LantoaWeb.Build(new LantoaWebOptions
        {
            ConnectionString = fixture.AsApp(cs), Urls = "http://127.0.0.1:0", ContentRoot = TestApp.WebProjectDirectory(), KeysDirectory = keys, BackgroundJobs = false,
        });
        await web.StartAsync();
        try
        {
            var address = web.Urls.First();
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
            var login = await http.GetAsync("/Account/Login"); // the antiforgery cookie needs a key: the key ring is written
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }
        finally
        {
            await web.StopAsync();
            await web.DisposeAsync();
        }

        var ring = Directory.GetFiles(keys, "key-*.xml");
        Assert.NotEmpty(ring);
        foreach (var file in ring)
        {
            var xml = await File.ReadAllTextAsync(file);
            Assert.Contains("encryptedKey", xml);
            Assert.Contains(typeof(Lantoa.Web.Infrastructure.Auth.AesGcmXmlDecryptor).FullName!, xml);
            Assert.DoesNotContain("<value>", xml.Split("<encryptedKey")[0]); // no plaintext master key before the encrypted part
        }
        var kek = Path.Combine(keys, Lantoa.Web.Infrastructure.Auth.KeyEncryptionKey.FileName);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(kek));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, "secrets", "postgres.json")));

        if (Environment.UserName != "root") return; // PostgreSQL runs as another account only when Lantoa runs as root
        foreach (var path in new[] { kek, ring[0], Path.Combine(data, "secrets", "postgres.json") })
            Assert.NotEqual(0, await RunAsPostgresAsync("cat", path));
        Assert.NotEqual(0, await RunAsPostgresAsync("ls", data));
        Assert.Equal(0, await RunAsPostgresAsync("ls", fixture.Server.PgData)); // its own folder it reaches
    }

    private static async Task<int> RunAsPostgresAsync(string program, string argument)
    {
        var psi = new ProcessStartInfo("runuser") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-u", "postgres", "--", program, argument }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        await p.StandardOutput.ReadToEndAsync();
        await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return p.ExitCode;
    }

    internal static async Task<T> ScalarAsync<T>(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    internal static async Task ExecuteAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
