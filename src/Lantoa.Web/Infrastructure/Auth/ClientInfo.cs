using System.Net;

namespace Lantoa.Web.Infrastructure.Auth;

/// <summary>Where a request comes from, as the audit trail and the limits see it (after trusted forwarded headers).</summary>
public static class ClientInfo
{
    public static string Address(HttpContext context) => Address(context.Connection.RemoteIpAddress);

    public static string Address(IPAddress? ip) => ip switch
    {
        null => "không rõ",
        { IsIPv4MappedToIPv6: true } => ip.MapToIPv4().ToString(),
        _ => ip.ToString(),
    };

    /// <summary>The browser's User-Agent, without control characters, at most 300 characters.</summary>
    public static string UserAgent(HttpContext context)
    {
        var raw = context.Request.Headers.UserAgent.ToString();
        var clean = new string(raw.Where(c => !char.IsControl(c)).Take(300).ToArray());
        return clean;
    }
}
