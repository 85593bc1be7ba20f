using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lantoa.Web.Infrastructure.Web;

/// <summary>Where the database is, for checks that talk to PostgreSQL without building the EF model.</summary>
public sealed record DatabaseAddress(string ConnectionString);

/// <summary>
/// Healthy when the database answers a trivial query within five seconds, over a plain connection: the check measures
/// the database, not the first-request cost of Lantoa's own start (building the EF model).
/// </summary>
public sealed class DatabaseHealthCheck(DatabaseAddress address) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(address.ConnectionString) { Timeout = 5, Pooling = false };
            await using var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(timeout.Token);
            await using var command = new Npgsql.NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (DatabaseErrors.IsOutage(ex) || ex is OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database", ex);
        }
    }
}

public static class DatabaseErrors
{
    /// <summary>Whether an exception means the database cannot be reached (as opposed to a bug or a bad query).</summary>
    public static bool IsOutage(Exception? ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is System.Net.Sockets.SocketException or TimeoutException) return true;
            if (e is Npgsql.NpgsqlException npg && (npg.IsTransient || npg.SqlState is "57P01" or "57P03" or "08006" or "08001" or "53300"))
                return true;
            if (e is Npgsql.NpgsqlException { InnerException: System.IO.IOException or System.Net.Sockets.SocketException }) return true;
            // A failover connection string (several hosts, Target Session Attributes=read-write) while no host takes writes:
            // the primary is down and the replica not promoted yet (Npgsql's own words; no inner exception then).
            if (e is Npgsql.NpgsqlException { InnerException: null, Message: "No suitable host was found." }) return true;
        }
        return false;
    }
}
