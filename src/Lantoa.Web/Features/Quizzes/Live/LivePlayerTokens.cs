using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Lantoa.Web.Features.Quizzes.Live;

/// <summary>
/// The signed token a player's page gives its script for the hub: (show, player), protected with the application's
/// data-protection keys (shared by the nodes as the cookies are) and valid 12 hours. The page issues it only to the
/// player it found by the citizen cookie or the guest cookie; the hub trusts nothing else from a phone.
/// </summary>
public sealed class LivePlayerTokens(IDataProtectionProvider provider)
{
    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("Lantoa.LiveShow.Player").ToTimeLimitedDataProtector();

    public string Issue(int showId, int playerId) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{showId}:{playerId}"), TimeSpan.FromHours(12));

    public (int ShowId, int PlayerId)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000) return null;
        try
        {
            var parts = _protector.Unprotect(token).Split(':');
            return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var s) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var p)
                ? (s, p) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
