using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantoa.Web.Infrastructure.Auth;

/// <summary>
/// Named rate-limit policies of the public side, per client address in a fixed window (LANTOA_RATE_WINDOW_SECONDS),
/// all off with LANTOA_RATE_LIMITS=off. Only writes count (GET and HEAD pass), so a policy may sit on a whole page.
/// Put them on a page model (<c>[EnableRateLimiting(PublicRateLimits.PublicWrite)]</c>) or an endpoint
/// (<c>.RequireRateLimiting(PublicRateLimits.PublicWrite)</c>); a refusal is 429 with Retry-After.
/// </summary>
public static class PublicRateLimits
{
    /// <summary>Citizen sign-up (LANTOA_RATE_SIGNUP_PER_ADDRESS).</summary>
    public const string SignUp = "citizen-signup";

    /// <summary>Citizen sign-in, on the web and for a token (LANTOA_RATE_CITIZEN_LOGIN_PER_ADDRESS).</summary>
    public const string CitizenLogin = "citizen-login";

    /// <summary>Sending and checking verification codes (LANTOA_RATE_CODES_PER_ADDRESS).</summary>
    public const string Codes = "citizen-codes";

    /// <summary>Every other write of the public: answers, votes, registrations, profile changes (LANTOA_RATE_PUBLIC_WRITES_PER_ADDRESS).</summary>
    public const string PublicWrite = "public-write";

    public static void AddPolicies(RateLimiterOptions o, AuthSettings settings)
    {
        Add(o, settings, SignUp, settings.SignUpsPerAddress);
        Add(o, settings, CitizenLogin, settings.CitizenLoginsPerAddress);
        Add(o, settings, Codes, settings.CodesPerAddress);
        Add(o, settings, PublicWrite, settings.PublicWritesPerAddress);
    }

    private static void Add(RateLimiterOptions o, AuthSettings settings, string name, int permits) =>
        o.AddPolicy(name, ctx => settings.RateLimits && !HttpMethods.IsGet(ctx.Request.Method) && !HttpMethods.IsHead(ctx.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(name + "|" + ClientInfo.Address(ctx), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits, Window = settings.RateWindow, QueueLimit = 0, AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(""));
}
