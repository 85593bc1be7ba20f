using System.Threading.RateLimiting;
using Lantoa.Web.Infrastructure.Auth;

namespace Lantoa.Web.Features.Commendations;

/// <summary>
/// The public verification page's rate limit: <see cref="PerMinute"/> look-ups a minute from one address (off with
/// LANTOA_RATE_LIMITS=off, like every limit), so that codes cannot be tried in bulk — on top of their 99 random bits.
/// </summary>
public sealed class VerificationLimits : IDisposable
{
    public const int PerMinute = 30;

    private readonly PartitionedRateLimiter<string> _limiter;

    public VerificationLimits(AuthSettings settings) =>
        _limiter = PartitionedRateLimiter.Create<string, string>(address => settings.RateLimits
            ? RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = PerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(""));

    /// <returns>Null when the look-up may go on, else how long to wait.</returns>
    public TimeSpan? TryAcquire(string address)
    {
        using var lease = _limiter.AttemptAcquire(address);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
