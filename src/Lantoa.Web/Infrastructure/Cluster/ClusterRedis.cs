using StackExchange.Redis;

namespace Lantoa.Web.Infrastructure.Cluster;

/// <summary>
/// The node's connection to Redis (LANTOA_REDIS) for what the nodes tell each other (output-cache evictions). It never
/// stops a node from starting: the connection is made in the background and retried (abortConnect=false), and a
/// message that cannot be sent is logged; the other nodes' cached pages then end by their own expiry (10 minutes).
/// </summary>
public sealed class ClusterRedis(ClusterSettings settings) : IAsyncDisposable
{
    public const string Prefix = "lantoa";

    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() => ConnectAsync(settings.Redis!));

    /// <summary>This process, so that a node skips its own messages.</summary>
    public string NodeId { get; } = (settings.NodeName ?? Environment.MachineName) + "/" + Guid.NewGuid().ToString("N")[..8];

    public Task<ConnectionMultiplexer> ConnectionAsync() => _connection.Value;

    public static ConfigurationOptions Options(string configuration)
    {
        var o = ConfigurationOptions.Parse(configuration);
        o.AbortOnConnectFail = false;
        o.ChannelPrefix = RedisChannel.Literal(Prefix);
        return o;
    }

    private static async Task<ConnectionMultiplexer> ConnectAsync(string configuration) =>
        await ConnectionMultiplexer.ConnectAsync(Options(configuration));

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully) await _connection.Value.Result.DisposeAsync();
    }
}
