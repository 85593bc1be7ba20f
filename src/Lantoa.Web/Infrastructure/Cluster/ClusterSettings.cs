namespace Lantoa.Web.Infrastructure.Cluster;

/// <summary>
/// What a node of a cluster needs to know (all optional: one process without any of them works as before).
/// LANTOA_NODE names the node (the <c>X-Lantoa-Node</c> response header); LANTOA_KEYS=database keeps the Data Protection
/// key ring (cookies, antiforgery) in PostgreSQL, encrypted with keys/key-encryption.key, which every node then holds;
/// LANTOA_REDIS (a StackExchange.Redis configuration, e.g. <c>127.0.0.1:6379</c>) turns on SignalR's Redis backplane and
/// evicts the public site's output cache on every node; ConnectionStrings__LantoaReplica is a streaming replica for heavy
/// read-only pages, used while it is at most LANTOA_REPLICA_MAX_LAG_SECONDS (default 5) behind the primary.
/// </summary>
public sealed record ClusterSettings
{
    public string? NodeName { get; init; }
    public bool KeysInDatabase { get; init; }
    public string? Redis { get; init; }
    public string? ReplicaConnectionString { get; init; }
    public TimeSpan ReplicaMaxLag { get; init; } = TimeSpan.FromSeconds(5);

    public static ClusterSettings FromEnvironment() => From(Environment.GetEnvironmentVariable);

    public static ClusterSettings From(Func<string, string?> env)
    {
        var keys = env("LANTOA_KEYS");
        if (keys is { Length: > 0 } && keys is not ("database" or "files"))
            throw new InvalidOperationException($"LANTOA_KEYS phải là \"database\" hoặc \"files\", không phải \"{keys}\".");
        var lag = env("LANTOA_REPLICA_MAX_LAG_SECONDS");
        double seconds = 5;
        if (lag is { Length: > 0 } && (!double.TryParse(lag, System.Globalization.CultureInfo.InvariantCulture, out seconds) || seconds < 0 || seconds > 3600))
            throw new InvalidOperationException($"LANTOA_REPLICA_MAX_LAG_SECONDS phải là số giây từ 0 đến 3600, không phải \"{lag}\".");
        return new ClusterSettings
        {
            NodeName = Blank(env("LANTOA_NODE")),
            KeysInDatabase = keys == "database",
            Redis = Blank(env("LANTOA_REDIS")),
            ReplicaConnectionString = Blank(env("ConnectionStrings__LantoaReplica")),
            ReplicaMaxLag = TimeSpan.FromSeconds(seconds),
        };
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
