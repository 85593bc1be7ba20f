using System.Net;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Cluster;
using Lantoa.Web.Tests.Infrastructure;
using Npgsql;

namespace Lantoa.Web.Tests.Cluster;

/// <summary>Two nodes on one database: what one node signed (cookie, antiforgery token) the other accepts.</summary>
public class StatelessNodesTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task With_the_key_ring_in_the_database_a_login_form_from_one_node_posts_on_the_other_and_the_session_works_on_both()
    {
        var cs = await db.NewDatabaseAsync();
        var data = Directory.CreateTempSubdirectory("lantoa-cluster-").FullName;
        var settings = new ClusterSettings { KeysInDatabase = true };
        // Started at once on an empty key table: the first key is made under an advisory lock, once.
        var started = await Task.WhenAll(
            ClusterNode.StartAsync(db.AsApp(cs), data, settings with { NodeName = "a" }),
            ClusterNode.StartAsync(db.AsApp(cs), data, settings with { NodeName = "b" }));
        await using var a = started[0];
        await using var b = started[1];
        using var client = new RoamingClient();

        var token = await client.TokenAsync(new Uri(a.Address, "/Account/Login"));
        var login = await client.PostAsync(new Uri(b.Address, "/Account/Login"), token,
            new() { ["UserName"] = "dieuphoi", ["Password"] = DemoSeeder.DemoPassword });

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("b", login.Headers.GetValues(ClusterSetup.NodeHeader).Single());
        foreach (var node in new[] { a, b, a })
        {
            var page = await client.Http.GetAsync(new Uri(node.Address, "/Plans"));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode); // not a redirect to the login page
        }
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*), bool_and(xml LIKE '%encryptedKey%'), bool_or(xml LIKE '%masterKey%') FROM data_protection_keys", conn);
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        Assert.Equal(1, r.GetInt64(0)); // two nodes started at once made one key between them
        Assert.True(r.GetBoolean(1));
        Assert.False(r.GetBoolean(2)); // no key in clear
    }

    [Fact]
    public async Task With_a_key_folder_each_the_other_node_refuses_the_form_so_the_shared_ring_is_what_makes_it_work()
    {
        var cs = await db.NewDatabaseAsync();
        await using var a = await ClusterNode.StartAsync(db.AsApp(cs), Directory.CreateTempSubdirectory("lantoa-a-").FullName, new ClusterSettings());
        await using var b = await ClusterNode.StartAsync(db.AsApp(cs), Directory.CreateTempSubdirectory("lantoa-b-").FullName, new ClusterSettings());
        using var client = new RoamingClient();

        var token = await client.TokenAsync(new Uri(a.Address, "/Account/Login"));
        var login = await client.PostAsync(new Uri(b.Address, "/Account/Login"), token,
            new() { ["UserName"] = "dieuphoi", ["Password"] = DemoSeeder.DemoPassword });

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.False(login.Headers.Contains(ClusterSetup.NodeHeader)); // no node name configured, no header
    }

    [Fact]
    public void Settings_come_from_the_environment_and_bad_values_are_refused_in_Vietnamese()
    {
        var env = new Dictionary<string, string?>
        {
            ["LANTOA_NODE"] = "node2", ["LANTOA_KEYS"] = "database", ["LANTOA_REDIS"] = "127.0.0.1:6390",
            ["ConnectionStrings__LantoaReplica"] = "Host=127.0.0.1;Port=55433", ["LANTOA_REPLICA_MAX_LAG_SECONDS"] = "2.5",
        };
        var s = ClusterSettings.From(k => env.GetValueOrDefault(k));
        Assert.Equal(("node2", true, "127.0.0.1:6390", "Host=127.0.0.1;Port=55433", TimeSpan.FromSeconds(2.5)),
            (s.NodeName, s.KeysInDatabase, s.Redis, s.ReplicaConnectionString, s.ReplicaMaxLag));
        var none = ClusterSettings.From(_ => null);
        Assert.Equal((null, false, null, null), (none.NodeName, none.KeysInDatabase, none.Redis, none.ReplicaConnectionString));
        var e = Assert.Throws<InvalidOperationException>(() => ClusterSettings.From(k => k == "LANTOA_KEYS" ? "redis" : null));
        Assert.Contains("phải là", e.Message);
        Assert.Throws<InvalidOperationException>(() => ClusterSettings.From(k => k == "LANTOA_REPLICA_MAX_LAG_SECONDS" ? "-1" : null));
    }
}
