using Npgsql;

namespace Lantoa.Web.Infrastructure.Cluster;

/// <summary>
/// Background jobs (the modules' <c>AddHostedJobs</c>: reminders, rankings …) run on one node at a time: every node
/// competes for a PostgreSQL session advisory lock, and only the node holding it starts the jobs. The lock lives as long
/// as its connection: the holder checks the connection every few seconds and stops its jobs when it is gone (PostgreSQL
/// releases the lock of a dead session), then another node takes the lock within <see cref="Poll"/>. A job must still be
/// idempotent (a run cut short is repeated on the next holder), as the reminder run is (its notices have a key per day).
/// </summary>
public static class SingleNodeJobs
{
    /// <summary>The advisory lock's key (two int4 halves: "LANT", "jobs").</summary>
    public const int LockClass = 0x4C414E54, LockObject = 0x6A6F6273;

    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    /// <summary>Registers what <paramref name="addJobs"/> adds; its hosted services start only on the lock's holder.</summary>
    public static void Add(IServiceCollection services, string connectionString, Action<IServiceCollection> addJobs)
    {
        var collected = new ServiceCollection();
        addJobs(collected);
        var jobs = new List<ServiceDescriptor>();
        foreach (var d in collected)
        {
            if (d.ServiceType == typeof(IHostedService)) jobs.Add(d);
            else services.Add(d);
        }
        if (jobs.Count == 0) return;
        services.AddHostedService(sp => new JobLeader(sp, connectionString, jobs, sp.GetRequiredService<ILogger<JobLeader>>()));
    }

    public sealed class JobLeader(IServiceProvider services, string connectionString, IReadOnlyList<ServiceDescriptor> jobs, ILogger<JobLeader> log)
        : BackgroundService
    {
        private volatile bool _leading;

        /// <summary>True while this node holds the lock and runs the jobs.</summary>
        public bool Leading => _leading;

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString)
                        { Pooling = false, ApplicationName = "lantoa-jobs" }.ConnectionString);
                    await conn.OpenAsync(stoppingToken);
                    if (await TryLockAsync(conn, stoppingToken)) await LeadAsync(conn, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    log.LogInformation("Chưa giữ được khóa chạy việc nền: {Message}", e.Message);
                }
                try { await Task.Delay(Poll, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }

        private static async Task<bool> TryLockAsync(NpgsqlConnection conn, CancellationToken ct)
        {
            await using var cmd = new NpgsqlCommand("SELECT pg_try_advisory_lock(@c, @o)", conn);
            cmd.Parameters.AddWithValue("c", LockClass);
            cmd.Parameters.AddWithValue("o", LockObject);
            return (bool)(await cmd.ExecuteScalarAsync(ct))!;
        }

        private async Task LeadAsync(NpgsqlConnection conn, CancellationToken stoppingToken)
        {
            var started = new List<IHostedService>();
            _leading = true;
            try
            {
                foreach (var d in jobs)
                {
                    var job = (IHostedService)(d.ImplementationInstance
                        ?? d.ImplementationFactory?.Invoke(services)
                        ?? ActivatorUtilities.CreateInstance(services, d.ImplementationType!));
                    await job.StartAsync(stoppingToken);
                    started.Add(job);
                }
                // Hold the lock: as long as this session answers, no other node runs the jobs.
                while (!stoppingToken.IsCancellationRequested)
                {
                    await Task.Delay(Poll, stoppingToken);
                    await using var ping = new NpgsqlCommand("SELECT 1", conn);
                    ping.CommandTimeout = (int)Poll.TotalSeconds;
                    await ping.ExecuteScalarAsync(stoppingToken);
                }
            }
            finally
            {
                _leading = false;
                foreach (var job in started)
                {
                    try { await job.StopAsync(CancellationToken.None); }
                    catch (Exception e) { log.LogWarning(e, "Dừng việc nền {Job} không trọn vẹn.", job.GetType().Name); }
                    (job as IDisposable)?.Dispose();
                }
            }
        }
    }
}
