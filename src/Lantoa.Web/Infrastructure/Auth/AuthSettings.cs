using System.Globalization;
using System.Net;

namespace Lantoa.Web.Infrastructure.Auth;

/// <summary>
/// Limits of sign-in and sessions, read from the environment (see README, "Configuration"). One switch,
/// LANTOA_RATE_LIMITS=off, turns every rate limit off (load tests and benchmarks on loopback); the lockout of an
/// account from one address stays, it only answers failed passwords.
/// </summary>
public sealed record AuthSettings
{
    /// <summary>LANTOA_RATE_LIMITS: "off" turns every rate limit off.</summary>
    public bool RateLimits { get; init; } = true;

    /// <summary>LANTOA_RATE_LOGIN_PER_ADDRESS: sign-in and password-change posts per window (a minute) from one address.</summary>
    public int LoginsPerAddressPerMinute { get; init; } = 20;

    /// <summary>LANTOA_RATE_LOGIN_PER_ACCOUNT: sign-in attempts per window (a minute) on one account from addresses it never signed in from.</summary>
    public int LoginsPerAccountPerMinute { get; init; } = 10;

    /// <summary>LANTOA_RATE_WINDOW_SECONDS: the window the two limits above count in (60 seconds).</summary>
    public TimeSpan RateWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>LANTOA_LOCKOUT_FAILURES: wrong passwords in a row for one account from one address before it must wait.</summary>
    public int LockoutFailures { get; init; } = 5;

    /// <summary>The first wait; each further failure doubles it, up to <see cref="LockoutMax"/>.</summary>
    public TimeSpan LockoutFirst { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan LockoutMax { get; init; } = TimeSpan.FromHours(1);

    /// <summary>LANTOA_SESSION_IDLE_MINUTES: a session unused this long ends.</summary>
    public TimeSpan SessionIdle { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>LANTOA_SESSION_ABSOLUTE_HOURS: a session ends this long after sign-in, used or not.</summary>
    public TimeSpan SessionAbsolute { get; init; } = TimeSpan.FromHours(12);

    /// <summary>LANTOA_TRUSTED_PROXIES: addresses or networks (comma-separated, "10.0.0.0/8") whose X-Forwarded-For/-Proto are believed.</summary>
    public IReadOnlyList<string> TrustedProxies { get; init; } = [];

    /// <summary>
    /// LANTOA_ADMIN_2FA: "required" — an administrator signs in with a TOTP code, enrolling at the first sign-in;
    /// "optional" — as for other staff, who may turn it on. Default: required, except while the demo logins are served
    /// (LANTOA_DEMO not 0), so that the demo stays usable without an authenticator app.
    /// </summary>
    public bool AdminTwoFactorRequired { get; init; }

    /// <summary>LANTOA_RATE_SIGNUP_PER_ADDRESS: citizen sign-ups (web form and API) per window from one address.</summary>
    public int SignUpsPerAddress { get; init; } = 10;

    /// <summary>LANTOA_RATE_CITIZEN_LOGIN_PER_ADDRESS: citizen sign-in attempts (web and token) per window from one address.</summary>
    public int CitizenLoginsPerAddress { get; init; } = 20;

    /// <summary>LANTOA_RATE_CODES_PER_ADDRESS: verification codes sent or checked per window from one address.</summary>
    public int CodesPerAddress { get; init; } = 10;

    /// <summary>LANTOA_RATE_PUBLIC_WRITES_PER_ADDRESS: other public writes (answers, votes, registrations …) per window from one address.</summary>
    public int PublicWritesPerAddress { get; init; } = 60;

    /// <summary>LANTOA_CHALLENGE_BITS: leading zero bits the sign-up proof of work asks (each bit doubles the work; off with the rate limits).</summary>
    public int ChallengeBits { get; init; } = 16;

    public static AuthSettings FromEnvironment() => From(Environment.GetEnvironmentVariable);

    /// <summary>Settings from a variable lookup; a value that does not parse keeps the default (and says so on stderr).</summary>
    public static AuthSettings From(Func<string, string?> env)
    {
        var d = new AuthSettings();
        int Int(string name, int fallback, int min)
        {
            var raw = env(name);
            if (string.IsNullOrWhiteSpace(raw)) return fallback;
            if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min) return v;
            Console.Error.WriteLine($"{name}={raw} không hợp lệ (cần số nguyên từ {min}); dùng mặc định {fallback}.");
            return fallback;
        }
        var proxies = (env("LANTOA_TRUSTED_PROXIES") ?? "")
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        foreach (var p in proxies.Where(p => !IsAddressOrNetwork(p)))
            throw new ArgumentException($"LANTOA_TRUSTED_PROXIES: \"{p}\" không phải địa chỉ IP hay dải mạng (ví dụ 10.0.0.0/8).");
        return d with
        {
            RateLimits = !string.Equals(env("LANTOA_RATE_LIMITS")?.Trim(), "off", StringComparison.OrdinalIgnoreCase),
            LoginsPerAddressPerMinute = Int("LANTOA_RATE_LOGIN_PER_ADDRESS", d.LoginsPerAddressPerMinute, 1),
            LoginsPerAccountPerMinute = Int("LANTOA_RATE_LOGIN_PER_ACCOUNT", d.LoginsPerAccountPerMinute, 1),
            RateWindow = TimeSpan.FromSeconds(Int("LANTOA_RATE_WINDOW_SECONDS", (int)d.RateWindow.TotalSeconds, 1)),
            LockoutFailures = Int("LANTOA_LOCKOUT_FAILURES", d.LockoutFailures, 1),
            SignUpsPerAddress = Int("LANTOA_RATE_SIGNUP_PER_ADDRESS", d.SignUpsPerAddress, 1),
            CitizenLoginsPerAddress = Int("LANTOA_RATE_CITIZEN_LOGIN_PER_ADDRESS", d.CitizenLoginsPerAddress, 1),
            CodesPerAddress = Int("LANTOA_RATE_CODES_PER_ADDRESS", d.CodesPerAddress, 1),
            PublicWritesPerAddress = Int("LANTOA_RATE_PUBLIC_WRITES_PER_ADDRESS", d.PublicWritesPerAddress, 1),
            ChallengeBits = Math.Min(28, Int("LANTOA_CHALLENGE_BITS", d.ChallengeBits, 1)),
            SessionIdle = TimeSpan.FromMinutes(Int("LANTOA_SESSION_IDLE_MINUTES", (int)d.SessionIdle.TotalMinutes, 1)),
            SessionAbsolute = TimeSpan.FromHours(Int("LANTOA_SESSION_ABSOLUTE_HOURS", (int)d.SessionAbsolute.TotalHours, 1)),
            TrustedProxies = proxies,
            AdminTwoFactorRequired = env("LANTOA_ADMIN_2FA")?.Trim().ToLowerInvariant() switch
            {
                "required" => true,
                "optional" => false,
                null or "" => env("LANTOA_DEMO")?.Trim() == "0",
                var other => throw new ArgumentException($"LANTOA_ADMIN_2FA: \"{other}\" không hợp lệ (required hoặc optional)."),
            },
        };
    }

    private static bool IsAddressOrNetwork(string value) =>
        value.Contains('/') ? IPNetwork.TryParse(value, out _) : IPAddress.TryParse(value, out _);
}
