using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Features.Api.ApiTestKit;

namespace Lantoa.Web.Tests.Features.Api;

/// <summary>The examples of docs/api.md are what the API answers: its curl requests are sent as written and the answers
/// compared with the ```json blocks that follow (every documented field; tokens and instants by their form).</summary>
public partial class ApiDocsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(TestApp.WebProjectDirectory(), "..", "..", "docs", "api.md"));

    /// <summary>The ```json blocks of the section under the heading <paramref name="heading"/>.</summary>
    private static List<JsonElement> JsonBlocks(string heading, out string section)
    {
        var start = Docs.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, heading);
        var end = Docs.IndexOf("\n#", start + heading.Length + 2, StringComparison.Ordinal);
        section = end < 0 ? Docs[start..] : Docs[start..end];
        return JsonBlock().Matches(section).Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement.Clone()).ToList();
    }

    private static void Matches(JsonElement documented, JsonElement actual, string where)
    {
        if (documented.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in documented.EnumerateObject())
            {
                Assert.True(actual.TryGetProperty(p.Name, out var a), $"{where}.{p.Name} missing in {actual}");
                if (p.Name == "accessToken") Assert.Matches("^[A-Za-z0-9_-]{43}$", a.GetString());
                else if (p.Name is "expiresAt") Assert.True(a.TryGetDateTimeOffset(out _), $"{where}.{p.Name}");
                else if (p.Name is "subjectId") Assert.Equal(JsonValueKind.Number, a.ValueKind);
                else Matches(p.Value, a, where + "." + p.Name);
            }
        }
        else Assert.True(JsonElement.DeepEquals(documented, actual), $"{where}: documented {documented}, got {actual}");
    }

    [Fact]
    public async Task The_documented_requests_get_the_documented_answers()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var http = app.Plain();

        // Sign-in, exactly the documented body.
        var blocks = JsonBlocks("### POST /api/v1/auth/token", out var section);
        var body = CurlBody().Match(section).Groups[1].Value;
        var issued = await http.SendJsonAsync(HttpMethod.Post, "/api/v1/auth/token", body);
        Matches(blocks[0], await JsonAsync(issued), "token");
        var token = (await JsonAsync(issued)).GetProperty("accessToken").GetString()!;

        Matches(JsonBlocks("### GET /api/v1/auth/token", out _)[0], await JsonAsync(await http.GetAsync("/api/v1/auth/token", token)), "info");

        // The errors of the conventions: missing fields and a wrong type.
        var errors = JsonBlocks("### Errors", out _);
        Matches(errors[0], await JsonAsync(await http.SendJsonAsync(HttpMethod.Post, "/api/v1/auth/token", "{}")), "422");
        Matches(errors[1], await JsonAsync(await http.SendJsonAsync(HttpMethod.Post, "/api/v1/auth/token", "{\"login\": 5, \"password\": \"x\"}")), "400");

        // Communes: the documented URL, the documented list.
        var communes = JsonBlocks("### GET /api/v1/provinces/{code}/communes", out var communesSection);
        var url = CurlUrl().Match(communesSection).Groups[1].Value;
        var answer = await http.GetAsync(new Uri(url).PathAndQuery, token: null);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(JsonElement.DeepEquals(communes[0], await JsonAsync(answer)), $"communes: {await answer.Content.ReadAsStringAsync()}");

        // Sign-out.
        Assert.Equal(HttpStatusCode.NoContent, (await http.SendJsonAsync(HttpMethod.Delete, "/api/v1/auth/token", null, token)).StatusCode);
    }

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex("-d '([^']*)'")]
    private static partial Regex CurlBody();

    [GeneratedRegex("curl -s '([^']*)'")]
    private static partial Regex CurlUrl();
}
