using Lantoa.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lantoa.Web.Infrastructure.Cluster;

/// <summary>
/// What makes the nodes of a cluster interchangeable (ARCHITECTURE.md, docs/deploy.md): the key ring in PostgreSQL,
/// SignalR and output-cache evictions over Redis, the node's name on every response, the read replica.
/// Called by <see cref="LantoaWeb"/> after every module's services.
/// </summary>
public static class ClusterSetup
{
    public const string NodeHeader = "X-Lantoa-Node";

    /// <summary>
    /// Data Protection's keys: in PostgreSQL (LANTOA_KEYS=database), else in the keys folder as before; encrypted either
    /// way with the key-encryption key of <paramref name="keysDirectory"/>, a file every node must hold (docs/deploy.md).
    /// </summary>
    public static void PersistKeys(IDataProtectionBuilder dataProtection, IServiceCollection services, ClusterSettings settings,
        string keysDirectory, string connectionString)
    {
        var kek = KeyEncryptionKey.LoadOrCreate(keysDirectory);
        services.AddSingleton(kek);
        if (settings.KeysInDatabase)
        {
            services.AddDbContext<DataProtectionKeysDb>(o => o.UseNpgsql(connectionString));
            dataProtection.PersistKeysToDbContext<DataProtectionKeysDb>();
            services.AddHostedService(sp => new KeyRingWarmup(sp.GetRequiredService<IDataProtectionProvider>(), connectionString));
        }
        else dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysDirectory));
        dataProtection.AddKeyManagementOptions(o => o.XmlEncryptor = new AesGcmXmlEncryptor(kek));
    }

    public static void AddLantoaCluster(this IServiceCollection services, ClusterSettings settings, string connectionString)
    {
        services.AddSingleton(settings);
        services.AddSingleton(sp => new ReadReplica(settings, connectionString, sp.GetRequiredService<TimeProvider>()));
        if (settings.Redis is null) return;
        services.AddSingleton<ClusterRedis>();
        // The live show's hubs (Quizzes/Live) reach phones on any node: hub messages go through Redis.
        services.AddSignalR().AddStackExchangeRedis(o => o.Configuration = ClusterRedis.Options(settings.Redis));
        BroadcastOutputCacheStore.Decorate(services);
    }

    /// <summary>Names the node on every response (nginx passes it on), for the tests and whoever follows a request.</summary>
    public static void UseLantoaCluster(this WebApplication app)
    {
        var node = app.Services.GetRequiredService<ClusterSettings>().NodeName;
        if (node is null) return;
        app.Use((ctx, next) =>
        {
            ctx.Response.Headers[NodeHeader] = node;
            return next();
        });
    }

    /// <summary>
    /// Before the node serves, make sure the shared key ring has a key, under an advisory lock: nodes started at once
    /// would otherwise each create their own first key and reject each other's cookies until their next refresh.
    /// </summary>
    private sealed class KeyRingWarmup(IDataProtectionProvider provider, string connectionString) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            await conn.OpenAsync(cancellationToken);
            await using (var lockCmd = new NpgsqlCommand($"SELECT pg_advisory_lock({SingleNodeJobs.LockClass}, 1)", conn))
                await lockCmd.ExecuteNonQueryAsync(cancellationToken);
            try
            {
                provider.CreateProtector("Lantoa.Cluster.Warmup").Protect("khóa"u8.ToArray());
            }
            finally
            {
                await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({SingleNodeJobs.LockClass}, 1)", conn);
                await unlock.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
