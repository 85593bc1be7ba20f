using System.Net;
using Lantoa.Web.Infrastructure.Cluster;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Cluster;

/// <summary>With Redis, the public site's cached pages are evicted on every node when one node evicts them.</summary>
public class OutputCacheAcrossNodesTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_province_evicted_on_one_node_is_evicted_on_the_other_and_the_other_provinces_stay_cached()
    {
        await using var redis = await RedisServer.StartAsync();
        var cs = await db.NewDatabaseAsync();
        var data = Directory.CreateTempSubdirectory("lantoa-cache-").FullName;
        var settings = new ClusterSettings { KeysInDatabase = true, Redis = redis.Configuration };
        await using var a = await ClusterNode.StartAsync(db.AsApp(cs), data, settings with { NodeName = "a" });
        await using var b = await ClusterNode.StartAsync(db.AsApp(cs), data, settings with { NodeName = "b" });
        using var anonymous = new HttpClient();

        // The public home page of Long An is rendered and cached on node b.
        var first = await anonymous.GetAsync(new Uri(b.Address, "/tinh/long-an"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var storeA = a.App.Services.GetRequiredService<IOutputCacheStore>();
        var storeB = (BroadcastOutputCacheStore)b.App.Services.GetRequiredService<IOutputCacheStore>();
        await storeB.SetAsync("probe:long-an", [1], ["public:slug:long-an"], TimeSpan.FromMinutes(10), CancellationToken.None);
        await storeB.SetAsync("probe:tien-giang", [2], ["public:slug:tien-giang"], TimeSpan.FromMinutes(10), CancellationToken.None);

        // Node a publishes something of Long An: its eviction reaches node b through Redis.
        await using (var scope = a.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Lantoa.Web.Features.PublicSite.PublicSiteCache>().EvictProvinceAsync(
                await ProvinceIdAsync(cs, "80"));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await storeB.GetAsync("probe:long-an", CancellationToken.None) is not null)
        {
            Assert.True(DateTime.UtcNow < deadline, "node b still serves Long An's cached page 30 s after node a evicted it");
            await Task.Delay(50);
        }
        Assert.NotNull(await storeB.GetAsync("probe:tien-giang", CancellationToken.None));
        Assert.IsType<BroadcastOutputCacheStore>(storeA);
    }

    private static async Task<int> ProvinceIdAsync(string cs, string code)
    {
        await using var conn = new Npgsql.NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("SELECT id FROM provinces WHERE code = @c", conn);
        cmd.Parameters.AddWithValue("c", code);
        return (int)(await cmd.ExecuteScalarAsync())!;
    }
}
