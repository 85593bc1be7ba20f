using System.Reflection;
using Npgsql;

namespace Lantoa.Web.Infrastructure.Data;

/// <summary>
/// Applies the ordered .sql files embedded under Infrastructure/Data/Migrations. Each file runs in its own
/// transaction and is recorded in schema_migrations; a PostgreSQL advisory lock keeps two Lantoa instances from
/// migrating at once. Running it again applies nothing.
/// </summary>
public static class MigrationRunner
{
    private const long LockKey = 0x4C414E544F41; // "LANTOA"

    public static IReadOnlyList<(string Version, string Sql)> Migrations { get; } = LoadMigrations();

    /// <returns>The versions applied by this run (empty when the database was up to date).</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(string connectionString, CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await Execute(conn, null, $"SELECT pg_advisory_lock({LockKey})", ct);
        try
        {
            await Execute(conn, null,
                "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", ct);
            var applied = new HashSet<string>();
            await using (var cmd = new NpgsqlCommand("SELECT version FROM schema_migrations", conn))
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));

            var done = new List<string>();
            foreach (var (version, sql) in Migrations.Where(m => !applied.Contains(m.Version)))
            {
                await using var tx = await conn.BeginTransactionAsync(ct);
                await Execute(conn, tx, sql, ct);
                await using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (version) VALUES (@v)", conn, tx))
                {
                    record.Parameters.AddWithValue("v", version);
                    await record.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
                done.Add(version);
            }
            await Execute(conn, null, GrantApplicationRole, ct);
            return done;
        }
        finally
        {
            await Execute(conn, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    /// <summary>
    /// When the application role exists (Lantoa's own PostgreSQL, or a DBA who created it), it gets rows and nothing
    /// else: SELECT/INSERT/UPDATE/DELETE on tables, sequences for ids, the same on tables later migrations create
    /// (default privileges); the audit trail only INSERT and SELECT, its chain head and schema_migrations only SELECT.
    /// Run after every migration run by the owner of the tables; applying it twice changes nothing.
    /// </summary>
    internal const string GrantApplicationRole = $$"""
        DO $$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{{Postgres.EmbeddedPostgres.AppRole}}')
             OR current_user = '{{Postgres.EmbeddedPostgres.AppRole}}' THEN
            RETURN;
          END IF;
          BEGIN
            EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO {{Postgres.EmbeddedPostgres.AppRole}}', current_database());
          EXCEPTION WHEN insufficient_privilege THEN NULL; -- a DBA's database: its owner grants CONNECT
          END;
          GRANT USAGE ON SCHEMA public TO {{Postgres.EmbeddedPostgres.AppRole}};
          GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {{Postgres.EmbeddedPostgres.AppRole}};
          GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {{Postgres.EmbeddedPostgres.AppRole}};
          ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {{Postgres.EmbeddedPostgres.AppRole}};
          ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {{Postgres.EmbeddedPostgres.AppRole}};
          REVOKE ALL ON schema_migrations FROM {{Postgres.EmbeddedPostgres.AppRole}};
          GRANT SELECT ON schema_migrations TO {{Postgres.EmbeddedPostgres.AppRole}};
          IF to_regclass('audit_entries') IS NOT NULL THEN
            REVOKE ALL ON audit_entries FROM {{Postgres.EmbeddedPostgres.AppRole}};
            GRANT SELECT, INSERT ON audit_entries TO {{Postgres.EmbeddedPostgres.AppRole}};
          END IF;
          IF to_regclass('audit_chain') IS NOT NULL THEN
            REVOKE ALL ON audit_chain FROM {{Postgres.EmbeddedPostgres.AppRole}};
            GRANT SELECT ON audit_chain TO {{Postgres.EmbeddedPostgres.AppRole}};
          END IF;
        END $$;
        """;

    private static async Task Execute(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, CancellationToken ct)
    {
        // No time limit: a migration that fills a table from existing rows (the progress counters) may take minutes on a big database.
        await using var cmd = new NpgsqlCommand(sql, conn, tx) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static IReadOnlyList<(string, string)> LoadMigrations()
    {
        var asm = Assembly.GetExecutingAssembly();
        const string marker = ".Migrations.";
        return asm.GetManifestResourceNames()
            .Where(n => n.Contains(marker, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[(n.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..^4];
                using var stream = asm.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (file, reader.ReadToEnd());
            })
            .OrderBy(m => m.file, StringComparer.Ordinal)
            .ToList();
    }
}
