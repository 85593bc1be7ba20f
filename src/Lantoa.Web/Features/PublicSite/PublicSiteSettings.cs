namespace Lantoa.Web.Features.PublicSite;

/// <summary>The public site's switches, read from the environment when the app is composed.</summary>
/// <param name="OutputCache">Whether public pages and the public API are served from the output cache
/// (<c>LANTOA_OUTPUT_CACHE=off</c> turns it off, for the benchmark's comparison).</param>
public sealed record PublicSiteSettings(bool OutputCache)
{
    public static PublicSiteSettings FromEnvironment() =>
        new(!string.Equals(Environment.GetEnvironmentVariable("LANTOA_OUTPUT_CACHE"), "off", StringComparison.OrdinalIgnoreCase));
}
