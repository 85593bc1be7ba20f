using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Features.Api;

/// <summary>Calls of the JSON API as the province's app makes them: JSON bodies, bearer tokens, no cookies.</summary>
internal static class ApiTestKit
{
    /// <summary>A client without cookies.</summary>
    public static HttpClient Plain(this TestApp app) => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        BaseAddress = app.BaseAddress,
    };

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient http, HttpMethod method, string url, string? json,
        string? token = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, contentType);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> RequestTokenAsync(this HttpClient http, string login, string? password = null) =>
        http.SendJsonAsync(HttpMethod.Post, TokenEndpoints.Path, JsonSerializer.Serialize(new { login, password = password ?? DemoSeeder.DemoPassword }));

    /// <summary>A bearer token of a demo login (or fails).</summary>
    public static async Task<string> TokenAsync(this HttpClient http, string login, string? password = null)
    {
        var response = await http.RequestTokenAsync(login, password);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token of {login}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await JsonAsync(response)).GetProperty("accessToken").GetString()!;
    }

    public static Task<HttpResponseMessage> GetAsync(this HttpClient http, string url, string? token) =>
        http.SendJsonAsync(HttpMethod.Get, url, null, token);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    /// <summary>Checks that a response is a Vietnamese ProblemDetails of <paramref name="status"/> and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(body);
        var problem = doc.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        var title = problem.GetProperty("title").GetString()!;
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Equal(ApiProblems.Title((int)status), title);
        Assert.False(string.IsNullOrWhiteSpace(detail));
        Assert.True(IsVietnamese(title) && IsVietnamese(detail), $"not Vietnamese: {title} / {detail}");
        Assert.True(detail.Normalize(NormalizationForm.FormC) == detail, "NFC");
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>Field → messages of a validation problem.</summary>
    public static Dictionary<string, string[]> Errors(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());

    /// <summary>Text with Vietnamese letters (diacritics) and none of the framework's English phrases.</summary>
    public static bool IsVietnamese(string text) =>
        text.Any(c => "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ".Contains(char.ToLowerInvariant(c)))
        && !text.Contains("Bad Request", StringComparison.OrdinalIgnoreCase) && !text.Contains("error occurred", StringComparison.OrdinalIgnoreCase)
        && !text.Contains("Not Found", StringComparison.OrdinalIgnoreCase) && !text.Contains("Unauthorized", StringComparison.OrdinalIgnoreCase);
}
