using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantoa.Web.Infrastructure.Auth;

/// <summary>
/// The rate limits of sign-in (ASP.NET Core's rate limiter), both off with LANTOA_RATE_LIMITS=off:
/// per address, every POST to the sign-in and password-change pages (LANTOA_RATE_LOGIN_PER_ADDRESS a minute), answered
/// 429 with Retry-After and the Vietnamese page; per account, sign-in attempts from addresses the account never signed
/// in from (LANTOA_RATE_LOGIN_PER_ACCOUNT a minute), so that a flood spread over many addresses slows down while the
/// real user, at an address they used before, still gets in.
/// </summary>
public sealed class LoginRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAccount;

    public LoginRateLimits(AuthSettings settings)
    {
        Settings = settings;
        _perAccount = PartitionedRateLimiter.Create<string, string>(account => settings.RateLimits
            ? RateLimitPartition.GetFixedWindowLimiter(account, _ => Window(settings.LoginsPerAccountPerMinute, settings.RateWindow))
            : RateLimitPartition.GetNoLimiter(""));
    }

    public AuthSettings Settings { get; }

    /// <returns>Null when the attempt may go on, else how long to wait.</returns>
    public TimeSpan? TryAccount(string account)
    {
        using var lease = _perAccount.AttemptAcquire(account);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
    }

    public static void Configure(RateLimiterOptions o, AuthSettings settings)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
            settings.RateLimits && IsGuarded(ctx.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientInfo.Address(ctx), _ => Window(settings.LoginsPerAddressPerMinute, settings.RateWindow))
                : RateLimitPartition.GetNoLimiter(""));
        o.OnRejected = (context, _) =>
        {
            var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        };
    }

    private static bool IsGuarded(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.StartsWithSegments("/Account/Login", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/Account/ChangePassword", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/Account/TwoFactor", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments(Api.TokenEndpoints.Path, StringComparison.OrdinalIgnoreCase));

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public void Dispose() => _perAccount.Dispose();
}
