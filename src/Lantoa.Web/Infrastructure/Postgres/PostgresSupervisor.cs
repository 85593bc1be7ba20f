using Npgsql;

namespace Lantoa.Web.Infrastructure.Postgres;

/// <summary>
/// Watches Lantoa's own PostgreSQL while Lantoa serves: when the postmaster has died (killed, crashed, out of memory) it
/// is started again (PostgreSQL's crash recovery replays its log), retrying with a backoff of 1, 2, 4 … 30 seconds, and
/// the connection pools are cleared so the next request opens fresh connections. Meanwhile pages answer the Vietnamese
/// 503 page and /healthz says the database does not answer.
/// </summary>
public sealed class PostgresSupervisor(EmbeddedPostgres pg, ILogger<PostgresSupervisor> log) : BackgroundService
{
    /// <summary>How often the postmaster is looked at.</summary>
    public static TimeSpan CheckEvery { get; set; } = TimeSpan.FromSeconds(1);

    public int Restarts { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(CheckEvery, stoppingToken);
                if (pg.IsPostmasterAlive())
                {
                    delay = TimeSpan.FromSeconds(1);
                    continue;
                }
                log.LogWarning("PostgreSQL của Lantoa đã dừng; khởi động lại …");
                await pg.RestartAsync(stoppingToken);
                Restarts++;
                log.LogWarning("PostgreSQL của Lantoa đã chạy lại.");
                delay = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (pg.IsPostmasterAlive())
            {
                // pg_ctl gave up waiting (a loaded machine) while the server it started came up after all: that is a restart.
                log.LogWarning("PostgreSQL của Lantoa đã chạy lại ({Message}).", ex.Message.Split('\n')[0]);
                NpgsqlConnection.ClearAllPools();
                Restarts++;
                delay = TimeSpan.FromSeconds(1);
            }
            catch (Exception ex)
            {
                // Leftover backends of the dead postmaster still hold its shared memory, the port is busy …: wait, retry.
                log.LogWarning("Chưa khởi động lại được PostgreSQL ({Message}); thử lại sau {Delay} giây.", ex.Message.Split('\n')[0], delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                delay = TimeSpan.FromSeconds(Math.Min(30, delay.TotalSeconds * 2));
            }
        }
    }
}
