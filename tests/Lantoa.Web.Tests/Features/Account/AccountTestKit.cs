using System.Net;
using AngleSharp.Html.Dom;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Features.Account;

/// <summary>
/// Clients that come from a given address: the test app trusts 127.0.0.1 as its reverse proxy
/// (LANTOA_TRUSTED_PROXIES), and each client sends X-Forwarded-For as nginx would.
/// </summary>
internal static class AccountTestKit
{
    /// <summary>Behind the test's proxy; rate limits on or off, their window long enough that a test never straddles two.</summary>
    public static AuthSettings BehindProxy(bool rateLimits = false) =>
        new() { RateLimits = rateLimits, TrustedProxies = ["127.0.0.1"], RateWindow = TimeSpan.FromMinutes(30) };

    public static TestApp.Client ClientFrom(this TestApp app, string address, string? userAgent = null)
    {
        var client = app.NewClient();
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        if (userAgent is not null) client.Http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return client;
    }

    public static Task<HttpResponseMessage> TryLoginAsync(this TestApp.Client client, string userName, string password) =>
        client.PostFormAsync("/Account/Login", new() { ["UserName"] = userName, ["Password"] = password });

    /// <summary>The error summary of the sign-in form, as a person reads it.</summary>
    public static async Task<string> FormErrorAsync(HttpResponseMessage response)
    {
        IHtmlDocument page = await TestApp.Client.ParseAsync(await response.Content.ReadAsStringAsync());
        return page.QuerySelector(".validation-summary-errors")?.TextContent.Trim() ?? "";
    }

    /// <summary>The login cookie a response set ("lantoa.auth=…"), to replay it from another client.</summary>
    public static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("lantoa.auth=", StringComparison.Ordinal));

    public static bool IsLoginRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal);
}
