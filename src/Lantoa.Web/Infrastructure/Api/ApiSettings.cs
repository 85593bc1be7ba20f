using System.Globalization;

namespace Lantoa.Web.Infrastructure.Api;

/// <summary>Settings of the JSON API, read from the environment (see README, "Configuration").</summary>
public sealed record ApiSettings
{
    /// <summary>LANTOA_API_TOKEN_HOURS: how long a bearer token lives after it is issued (8 hours).</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(8);

    /// <summary>The largest request body an /api/v1 endpoint reads unless it says otherwise (1 MB): more gets 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 1024 * 1024;

    public static ApiSettings FromEnvironment() => From(Environment.GetEnvironmentVariable);

    public static ApiSettings From(Func<string, string?> env)
    {
        var d = new ApiSettings();
        var raw = env("LANTOA_API_TOKEN_HOURS");
        if (string.IsNullOrWhiteSpace(raw)) return d;
        if (int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var hours) && hours is >= 1 and <= 24 * 90)
            return d with { TokenLifetime = TimeSpan.FromHours(hours) };
        Console.Error.WriteLine($"LANTOA_API_TOKEN_HOURS: \"{raw}\" không hợp lệ (số giờ từ 1 đến 2160); dùng mặc định {d.TokenLifetime.TotalHours:0} giờ.");
        return d;
    }
}
