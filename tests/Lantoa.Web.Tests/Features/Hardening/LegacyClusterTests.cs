using System.Diagnostics;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Postgres;
using Npgsql;

namespace Lantoa.Web.Tests.Features.Hardening;

/// <summary>
/// A data folder made by an older Lantoa (trust authentication, tables owned by the superuser) is switched to SCRAM
/// and handed to the owner role at the next start, with its data.
/// </summary>
public class LegacyClusterTests
{
    [Fact]
    public async Task An_old_trusting_cluster_asks_for_passwords_after_the_next_start_and_keeps_its_data()
    {
        var dir = Path.Combine(Path.GetTempPath(), "lantoa-legacy-" + Guid.NewGuid().ToString("N")[..8]);
        var pgData = Path.Combine(dir, "pg");
        var port = EmbeddedPostgres.FreePort();
        var bin = EmbeddedPostgres.FindBinDirectory();
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        Directory.CreateDirectory(pgData);
        if (runAs is not null) await RunAsync(null, "chown", "-R", "postgres:", dir);
        await RunAsync(runAs, Path.Combine(bin, "initdb"), "-D", pgData, "-U", EmbeddedPostgres.SuperUser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await RunAsync(runAs, Path.Combine(bin, "pg_ctl"), "-D", pgData, "-l", Path.Combine(pgData, "old.log"), "-o", $"-p {port} -c listen_addresses=127.0.0.1 -k {pgData}", "-w", "start");
        var trusted = $"Host=127.0.0.1;Port={port};Username={EmbeddedPostgres.SuperUser};Pooling=false";
        await ExecuteAsync(trusted + ";Database=postgres", "CREATE DATABASE lantoa");
        await MigrationRunner.MigrateAsync(trusted + ";Database=lantoa"); // the old way: everything owned by the superuser
        await ExecuteAsync(trusted + ";Database=lantoa", "INSERT INTO provinces (code, name) VALUES ('80', 'Long An')");
        await RunAsync(runAs, Path.Combine(bin, "pg_ctl"), "-D", pgData, "-m", "fast", "-w", "stop");

        var pg = await EmbeddedPostgres.StartAsync(dir, port, TextWriter.Null);
        try
        {
            await pg.EnsureDatabaseAsync("lantoa");
            await MigrationRunner.MigrateAsync(pg.OwnerConnectionString("lantoa"));
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => ExecuteAsync(trusted + ";Database=postgres", "SELECT 1"));
            await using var app = new NpgsqlConnection(pg.AppConnectionString("lantoa"));
            await app.OpenAsync();
            await using (var cmd = new NpgsqlCommand("SELECT name FROM provinces", app))
                Assert.Equal("Long An", await cmd.ExecuteScalarAsync());
            await using (var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> 'lantoa_owner'", app))
                Assert.Equal(0L, await cmd.ExecuteScalarAsync());
            await using (var cmd = new NpgsqlCommand("DELETE FROM audit_entries", app))
                Assert.Equal("42501", (await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync())).SqlState);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await pg.StopAsync();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task ExecuteAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task RunAsync(string? runAs, string file, params string[] args)
    {
        var psi = new ProcessStartInfo(runAs is null ? file : "runuser") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        if (runAs is not null) foreach (var a in new[] { "-u", runAs, "--", file }) psi.ArgumentList.Add(a);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, $"{file}: {error}{await output}");
    }
}
