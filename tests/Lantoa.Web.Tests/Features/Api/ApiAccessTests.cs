using System.Net;
using System.Text.Json;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Features.Api.ApiTestKit;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.Api;

/// <summary>
/// The API's own endpoints (token, OpenAPI document, communes search) with every demo login. API calls carry a
/// bearer token, not a cookie, so this grid is walked by <see cref="ApiAccessTests"/> with a fresh token of each login;
/// <see cref="Expect.Login"/> here means 401.
/// </summary>
public sealed class ApiAccessGrid : IAccessGrid
{
    public Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        static Expect Token(string user) => user == "anonymous" ? Expect.Login : Expect.Allowed;
        IReadOnlyList<AccessCase> cases =
        [
            new("POST", TokenEndpoints.Path, _ => Expect.Allowed, new() { ["login"] = "lanhdao", ["password"] = DemoSeeder.DemoPassword }),
            new("GET", TokenEndpoints.Path, Token),
            new("DELETE", TokenEndpoints.Path, Token),
            new("GET", "/openapi/v1.json", _ => Expect.Allowed),
            new("GET", "/api/v1/provinces/80/communes?q=tan%20an", _ => Expect.Allowed),
        ];
        return Task.FromResult(cases);
    }
}

public class ApiAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Every_api_endpoint_answers_each_login_s_token_as_it_should_and_no_cookie_acts_for_a_token()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var http = app.Plain();
        var browser = app.NewClient();
        await browser.LoginAsync("dieuphoi");
        var failures = new List<string>();
        foreach (var c in await new ApiAccessGrid().CasesAsync(app, ids))
        {
            var json = c.Form is null ? null : JsonSerializer.Serialize(c.Form);
            foreach (var user in new[] { "anonymous" }.Concat(Users))
            {
                var token = user == "anonymous" ? null : await http.TokenAsync(user);
                var response = await http.SendJsonAsync(new HttpMethod(c.Method), c.Url, json, token);
                Check(c, user, response, c.Expected(user));
            }
            // A signed-in browser's cookie counts for nothing: it gets what anonymous gets.
            var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Url);
            if (json is not null) request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            Check(c, "cookie of dieuphoi", await browser.Http.SendAsync(request), c.Expected("anonymous"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        void Check(AccessCase c, string user, HttpResponseMessage response, Expect expected)
        {
            var actual = response.StatusCode switch
            {
                HttpStatusCode.Unauthorized => Expect.Login,
                HttpStatusCode.Forbidden => Expect.Forbidden,
                HttpStatusCode.NotFound => Expect.NotFound,
                _ => Expect.Allowed,
            };
            if ((int)response.StatusCode >= 500 || actual != expected)
                failures.Add($"{c.Method} {c.Url} as {user}: expected {expected}, got {actual} ({(int)response.StatusCode})");
        }
    }
}
