using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lantoa.Web.Tests.Features;

public class MigrationTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_a_second_run_is_a_no_op()
    {
        var cs = await db.NewDatabaseAsync(empty: true);

        var first = await MigrationRunner.MigrateAsync(cs);
        var schemaAfterFirst = await SchemaAsync(cs);
        var second = await MigrationRunner.MigrateAsync(cs);

        Assert.Equal(MigrationRunner.Migrations.Select(m => m.Version), first);
        Assert.Empty(second);
        Assert.Equal(schemaAfterFirst, await SchemaAsync(cs));
        Assert.Contains("plans.title", schemaAfterFirst);
        Assert.Contains("assignments.unit_id", schemaAfterFirst);
    }

    [Fact]
    public async Task Every_column_the_model_maps_exists_in_the_migrated_schema()
    {
        var cs = await db.NewDatabaseAsync(empty: true);
        await MigrationRunner.MigrateAsync(cs);
        var schema = (await SchemaAsync(cs)).Split(',').Select(c => c.Split(':')[0]).ToHashSet();
        await using var services = Lantoa.Web.Infrastructure.LantoaWeb.CommandLineServices(cs);
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(services);
        var context = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<LantoaDb>(scope.ServiceProvider);
        var missing = context.Model.GetEntityTypes()
            .SelectMany(t => t.GetProperties().Select(p => $"{t.GetTableName()}.{p.GetColumnName()}"))
            .Where(c => !schema.Contains(c))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Two_instances_migrating_at_once_apply_each_migration_once()
    {
        var cs = await db.NewDatabaseAsync(empty: true);

        var runs = await Task.WhenAll(MigrationRunner.MigrateAsync(cs), MigrationRunner.MigrateAsync(cs));

        Assert.Equal(MigrationRunner.Migrations.Count, runs.Sum(r => r.Count));
    }

    private static async Task<string> SchemaAsync(string cs)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY table_name, column_name) FROM information_schema.columns WHERE table_schema = 'public'", conn);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}
