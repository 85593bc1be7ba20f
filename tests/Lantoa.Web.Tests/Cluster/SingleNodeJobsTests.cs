using Lantoa.Web.Infrastructure.Cluster;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Lantoa.Web.Tests.Cluster;

/// <summary>The modules' background jobs run on the one node that holds the advisory lock, and move when it goes.</summary>
public class SingleNodeJobsTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Of_two_nodes_one_runs_the_jobs_and_the_other_takes_over_when_it_stops()
    {
        var cs = db.AsApp(await db.NewDatabaseAsync());
        var (first, firstJob) = Leader(cs);
        var (second, secondJob) = Leader(cs);
        await first.StartAsync(CancellationToken.None);
        await firstJob.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await second.StartAsync(CancellationToken.None);

        // The lock is held in this database by the first node's session; the second node asks at once and then every
        // Poll, and is refused each time: its job never starts.
        Assert.Equal(1, await ScalarAsync<long>(cs, $"SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.classid = {SingleNodeJobs.LockClass} AND l.objid = {SingleNodeJobs.LockObject} AND l.granted AND a.application_name = 'lantoa-jobs' AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
        await Task.Delay(SingleNodeJobs.Poll + TimeSpan.FromSeconds(1));
        Assert.True(first.Leading);
        Assert.False(second.Leading);
        Assert.False(secondJob.Started.Task.IsCompleted);

        await first.StopAsync(CancellationToken.None);
        Assert.True(firstJob.Stopped.Task.IsCompleted);
        await secondJob.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(second.Leading);
        await second.StopAsync(CancellationToken.None);
        Assert.True(secondJob.Stopped.Task.IsCompleted);
    }

    private static (SingleNodeJobs.JobLeader, RecordingJob) Leader(string cs)
    {
        var job = new RecordingJob();
        var services = new ServiceCollection();
        services.AddLogging();
        SingleNodeJobs.Add(services, cs, jobs => jobs.AddSingleton<IHostedService>(job));
        var sp = services.BuildServiceProvider();
        return ((SingleNodeJobs.JobLeader)sp.GetServices<IHostedService>().Single(), job);
    }

    private static async Task<T> ScalarAsync<T>(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    private sealed class RecordingJob : IHostedService
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Stopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task StartAsync(CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            Stopped.TrySetResult();
            return Task.CompletedTask;
        }
    }
}
