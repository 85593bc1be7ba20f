namespace Lantoa.Domain.Contests;

/// <summary>
/// A link to a video on YouTube, Facebook or TikTok, checked for its form (https, a known host, a path that names a
/// video); anything else is refused with a Vietnamese message. The link is not fetched.
/// </summary>
public static class VideoLink
{
    public const string Refused = "Đường dẫn phải là một video trên YouTube, Facebook hoặc TikTok (bắt đầu bằng https://).";

    public static string Check(string? text)
    {
        var t = text?.Trim() ?? "";
        if (t.Length is 0 or > 500 || !Uri.TryCreate(t, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
            || !string.IsNullOrEmpty(uri.UserInfo) || !uri.IsDefaultPort)
            throw new DomainException(Refused);
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        else if (host.StartsWith("m.", StringComparison.Ordinal)) host = host[2..];
        var path = uri.AbsolutePath;
        var query = uri.Query;
        var ok = host switch
        {
            "youtube.com" => (path == "/watch" && query.Contains("v=", StringComparison.Ordinal)) || path.StartsWith("/shorts/", StringComparison.Ordinal)
                || path.StartsWith("/live/", StringComparison.Ordinal),
            "youtu.be" => path.Length > 1,
            "facebook.com" or "fb.watch" => host == "fb.watch" ? path.Length > 1
                : path.Contains("/videos/", StringComparison.Ordinal) || path.StartsWith("/reel/", StringComparison.Ordinal)
                  || (path == "/watch" || path == "/watch/") && query.Contains("v=", StringComparison.Ordinal),
            "tiktok.com" => path.Contains("/video/", StringComparison.Ordinal),
            "vm.tiktok.com" => path.Length > 1,
            _ => false,
        };
        if (!ok) throw new DomainException(Refused);
        return uri.AbsoluteUri;
    }
}
