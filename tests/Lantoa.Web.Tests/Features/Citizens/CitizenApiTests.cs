using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lantoa.Domain.Citizens;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Tests.Features.Citizens;

/// <summary>
/// The citizen API exactly as docs/api.md documents it: the request bodies are read from the page's code blocks
/// (```json request METHOD PATH), only the challenge, its nonce and the e-mailed code are filled in.
/// </summary>
public class CitizenApiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly Lazy<Dictionary<string, string>> Documented = new(() =>
    {
        var doc = File.ReadAllText(Path.Combine(TestApp.WebProjectDirectory(), "..", "..", "docs", "api.md"));
        return Regex.Matches(doc, @"```json request (\w+ \S+)\n(.*?)```", RegexOptions.Singleline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
    });

    private static JsonObject Body(string request) => JsonNode.Parse(Documented.Value[request])!.AsObject();

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string url, JsonNode? body = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r)
    {
        using var d = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        return d.RootElement.Clone();
    }

    private static async Task<JsonObject> SolvedAsync(HttpClient http, JsonObject body)
    {
        var challenge = await JsonAsync(await http.GetAsync("/api/v1/challenge"));
        var text = challenge.GetProperty("challenge").GetString()!;
        body["challenge"] = text;
        body["nonce"] = ProofOfWork.Solve(text, challenge.GetProperty("difficulty").GetInt32());
        return body;
    }

    [Fact]
    public async Task A_citizen_signs_up_verifies_gets_a_token_reads_exports_and_deletes_the_account_as_documented()
    {
        Assert.Equal(3, Documented.Value.Keys.Count(k => !k.Contains("/attempts/", StringComparison.Ordinal))); // the quiz examples (PUT answers, submit) are not sent by this test
        await using var c = await CitizenApp.StartAsync(fixture);
        c.App.Clock.Now = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(7)); // the documented commune is a current one (Phường Tân An, Tây Ninh)
        using var http = new HttpClient { BaseAddress = c.App.BaseAddress };

        var unsolved = Body("POST /api/v1/citizens");
        var refused = await SendAsync(http, HttpMethod.Post, "/api/v1/citizens", unsolved);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.True((await JsonAsync(refused)).GetProperty("errors").TryGetProperty("challenge", out _));

        var created = await SendAsync(http, HttpMethod.Post, "/api/v1/citizens", await SolvedAsync(http, Body("POST /api/v1/citizens")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = await JsonAsync(created);
        var id = answer.GetProperty("citizenId").GetInt32();
        Assert.False(answer.GetProperty("verified").GetBoolean());

        var email = Body("POST /api/v1/citizens")["email"]!.GetValue<string>();
        var code = (await c.Smtp.NextToAsync(email)).Code;
        var verify = Body("POST /api/v1/citizens/verify");
        verify["code"] = code == "000000" ? "111111" : "000000";
        var wrong = await SendAsync(http, HttpMethod.Post, "/api/v1/citizens/verify", verify);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Mã xác minh không đúng.", (await JsonAsync(wrong)).GetProperty("errors").GetProperty("code")[0].GetString());
        verify["code"] = code;
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(http, HttpMethod.Post, "/api/v1/citizens/verify", verify)).StatusCode);

        var duplicate = await SendAsync(http, HttpMethod.Post, "/api/v1/citizens", await SolvedAsync(http, Body("POST /api/v1/citizens")));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.True((await JsonAsync(duplicate)).GetProperty("errors").TryGetProperty("email", out _));

        var tokenResponse = await SendAsync(http, HttpMethod.Post, "/api/v1/auth/token", Body("POST /api/v1/auth/token"));
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var token = (await JsonAsync(tokenResponse)).GetProperty("accessToken").GetString()!;
        // The phone, in another layout, is a login too.
        var byPhone = new JsonObject { ["login"] = "+84912345001", ["password"] = Body("POST /api/v1/auth/token")["password"]!.GetValue<string>() };
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, HttpMethod.Post, "/api/v1/auth/token", byPhone)).StatusCode);

        var me = await JsonAsync(await SendAsync(http, HttpMethod.Get, "/api/v1/me", token: token));
        Assert.Equal(id, me.GetProperty("citizenId").GetInt32());
        Assert.Equal("Trần Thị Mai", me.GetProperty("fullName").GetString());
        Assert.Equal("0912345001", me.GetProperty("phone").GetString());
        Assert.True(me.GetProperty("verified").GetBoolean());
        Assert.False(me.GetProperty("phoneVerified").GetBoolean());
        var export = await JsonAsync(await SendAsync(http, HttpMethod.Get, "/api/v1/me/export", token: token));
        Assert.Equal("1995-03-08", export.GetProperty("account").GetProperty("birthDate").GetString());

        // A staff token is no citizen's: 403 on the citizen's endpoints (a valid token of the other audience).
        var staff = await SendAsync(http, HttpMethod.Post, "/api/v1/auth/token", new JsonObject { ["login"] = "dieuphoi", ["password"] = Lantoa.Web.DemoData.DemoSeeder.DemoPassword });
        var staffToken = (await JsonAsync(staff)).GetProperty("accessToken").GetString()!;
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(http, HttpMethod.Get, "/api/v1/me", token: staffToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(http, HttpMethod.Delete, "/api/v1/me", token: staffToken)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(http, HttpMethod.Delete, "/api/v1/me", token: token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(http, HttpMethod.Get, "/api/v1/me", token: token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(http, HttpMethod.Post, "/api/v1/auth/token", Body("POST /api/v1/auth/token"))).StatusCode);
        Assert.True(await c.App.DbAsync(db => db.Set<Citizen>().AnyAsync(x => x.Id == id && x.DeletedAt != null && x.Email == null)));
    }

    [Fact]
    public async Task The_demo_citizen_the_README_names_signs_in_by_e_mail_and_by_phone()
    {
        await using var c = await CitizenApp.StartAsync(fixture);
        using var http = new HttpClient { BaseAddress = c.App.BaseAddress };
        foreach (var login in new[] { Lantoa.Web.Features.Citizens.CitizensModule.DemoEmail, Lantoa.Web.Features.Citizens.CitizensModule.DemoPhone })
        {
            var token = await SendAsync(http, HttpMethod.Post, "/api/v1/auth/token",
                new JsonObject { ["login"] = login, ["password"] = Lantoa.Web.DemoData.DemoSeeder.DemoPassword });
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
            var me = await SendAsync(http, HttpMethod.Get, "/api/v1/me", token: (await JsonAsync(token)).GetProperty("accessToken").GetString());
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            var profile = await JsonAsync(me);
            Assert.Equal(Lantoa.Web.Features.Citizens.CitizensModule.DemoEmail, profile.GetProperty("email").GetString());
            Assert.Equal(Lantoa.Web.Features.Citizens.CitizensModule.DemoPhone, profile.GetProperty("phone").GetString());
        }
        Assert.Contains(Lantoa.Web.Features.Citizens.CitizensModule.DemoEmail,
            await File.ReadAllTextAsync(Path.Combine(TestApp.WebProjectDirectory(), "..", "..", "README.md")));
    }

    [Fact]
    public async Task Bad_api_input_gets_field_errors_in_Vietnamese_and_no_account()
    {
        await using var c = await CitizenApp.StartAsync(fixture, new Lantoa.Web.Infrastructure.Auth.AuthSettings { RateLimits = false });
        c.App.Clock.Now = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(7));
        using var http = new HttpClient { BaseAddress = c.App.BaseAddress };
        var before = await c.CitizenCountAsync();
        async Task Field(Action<JsonObject> change, string field, string message)
        {
            var body = Body("POST /api/v1/citizens");
            change(body);
            var r = await SendAsync(http, HttpMethod.Post, "/api/v1/citizens", body);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
            var problem = await JsonAsync(r);
            Assert.Equal(422, problem.GetProperty("status").GetInt32());
            Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        }
        await Field(b => b["birthDate"] = "2999-01-01", "birthDate", "tương lai");
        await Field(b => b["birthDate"] = "1800-01-01", "birthDate", "tuổi không quá 120");
        await Field(b => b["birthDate"] = "08/03/1995", "birthDate", "YYYY-MM-DD");
        await Field(b => b["phone"] = "0212345678", "phone", "03, 05, 07, 08 hoặc 09");
        await Field(b => b["communeCode"] = CitizenApp.TanAnWard5, "communeCode", "không có trong danh mục hiện hành"); // ended 30/06/2025
        await Field(b => b["communeCode"] = "28249", "communeCode", "không thuộc tỉnh, thành phố đã chọn"); // Phường Đạo Thạnh, Đồng Tháp
        await Field(b => b["password"] = "123456789012", "password", "Mật khẩu");
        await Field(b => b["consent"] = false, "consent", "Cần đồng ý");
        var notJson = await http.PostAsync("/api/v1/citizens", new StringContent("{\"fullName\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        var wrongType = await http.PostAsync("/api/v1/citizens", new StringContent("{\"consent\": \"có\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(before, await c.CitizenCountAsync());
    }

    [Fact]
    public async Task Brute_forcing_a_citizen_token_gets_429_and_counts_toward_the_web_lockout()
    {
        await using var c = await CitizenApp.StartAsync(fixture, new Lantoa.Web.Infrastructure.Auth.AuthSettings { RateLimits = true, LockoutFailures = 5 });
        using var http = new HttpClient { BaseAddress = c.App.BaseAddress };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await SendAsync(http, HttpMethod.Post, "/api/v1/auth/token",
                new JsonObject { ["login"] = Lantoa.Web.Features.Citizens.CitizensModule.DemoEmail, ["password"] = "doan-" + i })).StatusCode);
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests], statuses);
        // The web sign-in from the same address waits too (one lockout for both doors).
        var web = c.App.NewClient();
        var locked = await CitizenApp.PostAsync(web, "/cong-dan/dang-nhap", new() { ["Login"] = Lantoa.Web.Features.Citizens.CitizensModule.DemoEmail, ["Password"] = Lantoa.Web.DemoData.DemoSeeder.DemoPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
    }
}
