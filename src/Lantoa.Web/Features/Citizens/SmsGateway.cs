using System.Net.Http.Json;

namespace Lantoa.Web.Features.Citizens;

/// <summary>An SMS gateway: the province's (or its carrier's) service that texts a phone.</summary>
public interface ISmsGateway
{
    bool IsConfigured { get; }

    Task<bool> SendAsync(string phone, string text, CancellationToken ct);
}

/// <summary>
/// The generic HTTP adapter: POST LANTOA_SMS_URL with JSON {"to": "0912345678", "text": "…"} and, when LANTOA_SMS_TOKEN
/// is set, "Authorization: Bearer …"; a 2xx answer means sent. Without LANTOA_SMS_URL no SMS is sent and accounts
/// signed up with a phone show "chưa xác minh số điện thoại".
/// </summary>
public sealed class HttpSmsGateway(CitizenSettings settings, IHttpClientFactory http) : ISmsGateway
{
    public bool IsConfigured => !string.IsNullOrEmpty(settings.SmsUrl);

    public async Task<bool> SendAsync(string phone, string text, CancellationToken ct)
    {
        if (!IsConfigured) return false;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.SmsUrl) { Content = JsonContent.Create(new { to = phone, text }) };
        if (!string.IsNullOrEmpty(settings.SmsToken)) request.Headers.Authorization = new("Bearer", settings.SmsToken);
        using var client = http.CreateClient("sms");
        client.Timeout = TimeSpan.FromSeconds(10);
        using var response = await client.SendAsync(request, ct);
        return response.IsSuccessStatusCode;
    }
}
