using Lantoa.Web.Infrastructure.Cluster;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Lantoa.Web.Tests.Cluster;

/// <summary>With LANTOA_REDIS, a hub message sent on one node goes out through Redis (SignalR's backplane), so phones
/// connected to any other node get it; without it, hubs stay in the process.</summary>
public class SignalRBackplaneTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    public sealed class ProbeHub : Hub;

    [Fact]
    public async Task A_message_to_every_client_of_a_hub_is_published_on_redis_under_lantoas_prefix()
    {
        await using var redis = await RedisServer.StartAsync();
        var cs = await db.NewDatabaseAsync();
        var data = Directory.CreateTempSubdirectory("lantoa-signalr-").FullName;
        await using var node = await ClusterNode.StartAsync(db.AsApp(cs), data, new ClusterSettings { NodeName = "a", Redis = redis.Configuration });
        await using var listener = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var heard = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await listener.GetSubscriber().SubscribeAsync(RedisChannel.Pattern("lantoa*"), (channel, _) => heard.TrySetResult(channel!));

        Assert.StartsWith("RedisHubLifetimeManager", node.App.Services.GetRequiredService<HubLifetimeManager<ProbeHub>>().GetType().Name);
        await node.App.Services.GetRequiredService<IHubContext<ProbeHub>>().Clients.All.SendAsync("cauHoi", 1);

        var channel = await heard.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.StartsWith("lantoa", channel);
        Assert.Contains(nameof(ProbeHub), channel);
    }

    [Fact]
    public async Task Without_redis_no_backplane_is_registered()
    {
        var cs = await db.NewDatabaseAsync();
        await using var node = await ClusterNode.StartAsync(db.AsApp(cs), Directory.CreateTempSubdirectory("lantoa-signalr-").FullName, new ClusterSettings());
        // No hubs at all, or (once a module calls AddSignalR) the in-process manager: never Redis.
        var manager = node.App.Services.GetService<HubLifetimeManager<ProbeHub>>();
        Assert.False(manager?.GetType().Name.StartsWith("Redis", StringComparison.Ordinal) ?? false, manager?.GetType().Name);
    }
}
