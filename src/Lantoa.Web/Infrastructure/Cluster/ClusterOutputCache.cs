using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Lantoa.Web.Infrastructure.Cluster;

/// <summary>
/// The public site's output cache stays in each node's memory (fast, no network on a hit), and an eviction by tag
/// (publishing: <c>PublicSiteCache.EvictProvinceAsync</c>) is also published on a Redis channel; every other node evicts
/// the same tag from its own memory. So a page published on one node is fresh on all of them, not 10 minutes later.
/// </summary>
public sealed class BroadcastOutputCacheStore(IOutputCacheStore local, ClusterRedis redis, ILogger<BroadcastOutputCacheStore> log) : IOutputCacheStore
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("output-cache-evict");

    internal IOutputCacheStore Local => local;

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await local.EvictByTagAsync(tag, cancellationToken);
        try
        {
            var connection = await redis.ConnectionAsync();
            await connection.GetSubscriber().PublishAsync(Channel, redis.NodeId + "\n" + tag);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            log.LogWarning("Không báo được cho các nút khác xóa bộ đệm {Tag}: {Message}", tag, e.Message);
        }
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => local.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        local.SetAsync(key, value, tags, validFor, cancellationToken);

    /// <summary>Replaces the registered store (after AddOutputCache) by this one around it.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IOutputCacheStore));
        if (registered is null) return;
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(sp => new BroadcastOutputCacheStore(
            (IOutputCacheStore)(registered.ImplementationInstance
                ?? registered.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!)),
            sp.GetRequiredService<ClusterRedis>(), sp.GetRequiredService<ILogger<BroadcastOutputCacheStore>>()));
        services.AddHostedService<EvictionListener>();
    }

    /// <summary>Evicts locally what another node evicted.</summary>
    public sealed class EvictionListener(IOutputCacheStore store, ClusterRedis redis, ILogger<EvictionListener> log) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            if (store is not BroadcastOutputCacheStore broadcast) return;
            try
            {
                var connection = await redis.ConnectionAsync();
                await connection.GetSubscriber().SubscribeAsync(Channel, (channel, message) =>
                {
                    var text = (string?)message ?? "";
                    var split = text.IndexOf('\n');
                    if (split < 0 || text[..split] == redis.NodeId) return;
                    _ = EvictAsync(broadcast.Local, text[(split + 1)..]);
                });
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                log.LogWarning("Không nghe được kênh xóa bộ đệm của Redis: {Message}; trang công khai trong bộ đệm hết hạn sau 10 phút.", e.Message);
            }
        }

        private async Task EvictAsync(IOutputCacheStore local, string tag)
        {
            try { await local.EvictByTagAsync(tag, CancellationToken.None); }
            catch (Exception e) { log.LogWarning(e, "Xóa bộ đệm {Tag} theo nút khác không được.", tag); }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
