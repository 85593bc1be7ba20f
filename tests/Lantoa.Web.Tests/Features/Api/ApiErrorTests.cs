using System.Net;
using System.Text;
using Lantoa.Domain;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Lantoa.Web.Tests.Features.Api.ApiTestKit;

namespace Lantoa.Web.Tests.Features.Api;

/// <summary>
/// Every API error is a Vietnamese ProblemDetails: the framework's own answers (unknown path, wrong method, bad JSON,
/// wrong content type, too large, no token) and those of endpoints (validation, conflict, a crash), while pages keep
/// their HTML error pages.
/// </summary>
public class ApiErrorTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_framework_s_own_refusals_are_vietnamese_problems()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var http = app.Plain();

        // 404: an unknown API path is a problem, not the HTML page; the pages keep theirs.
        var unknown = await ProblemAsync(await http.GetAsync("/api/v1/khong-co"), HttpStatusCode.NotFound);
        Assert.Equal("/api/v1/khong-co", unknown.GetProperty("instance").GetString());
        var page = await http.GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Không tìm thấy", await page.Content.ReadAsStringAsync());

        // 405 with Allow; pages still refuse other methods their way.
        var put = await http.SendJsonAsync(HttpMethod.Put, TokenEndpoints.Path, "{}");
        await ProblemAsync(put, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("POST", put.Content.Headers.Allow);
        var pagePut = await http.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/Plans"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, pagePut.StatusCode);
        Assert.Equal("text/plain", pagePut.Content.Headers.ContentType?.MediaType);

        // 400: malformed JSON and wrong types, with the field.
        var malformed = await ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, TokenEndpoints.Path, "{\"login\": \"a\", "), HttpStatusCode.BadRequest);
        Assert.Contains("JSON", malformed.GetProperty("detail").GetString());
        var wrongType = await ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, TokenEndpoints.Path, "{\"login\": 5, \"password\": \"x\"}"), HttpStatusCode.BadRequest);
        Assert.True(IsVietnamese(Assert.Single(Errors(wrongType)["login"])));
        var notAnObject = await ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, TokenEndpoints.Path, "[1, 2]"), HttpStatusCode.BadRequest);
        Assert.False(notAnObject.TryGetProperty("errors", out var e) && e.EnumerateObject().Any(p => p.Name.Contains("Exception")));

        // 415: not JSON.
        await ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, TokenEndpoints.Path, "login=a&password=b", contentType: "application/x-www-form-urlencoded"),
            HttpStatusCode.UnsupportedMediaType);

        // 413: more than the API's 1 MB.
        var huge = "{\"login\": \"" + new string('a', 1_100_000) + "\", \"password\": \"x\"}";
        await ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, TokenEndpoints.Path, huge), HttpStatusCode.RequestEntityTooLarge);

        // 401 without a token, and with a token that is not one.
        var none = await http.GetAsync(TokenEndpoints.Path, token: null);
        await ProblemAsync(none, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        await ProblemAsync(await http.GetAsync(TokenEndpoints.Path, "gia-mao"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Endpoints_answer_with_the_helpers_and_a_crash_is_a_500_without_a_trace()
    {
        await using var app = await ExtraAppAsync(fixture);
        var http = app.Plain();
        var validation = await ProblemAsync(await http.GetAsync("/api/v1/thu/validation", token: null), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["Ngày sinh không được ở tương lai."], Errors(validation)["birthDate"]);
        await ProblemAsync(await http.GetAsync("/api/v1/thu/not-found", token: null), HttpStatusCode.NotFound);
        var conflict = await ProblemAsync(await http.GetAsync("/api/v1/thu/conflict", token: null), HttpStatusCode.Conflict);
        Assert.Equal(["Số điện thoại đã được đăng ký."], Errors(conflict)["phone"]);
        var stale = await ProblemAsync(await http.GetAsync("/api/v1/thu/stale", token: null), HttpStatusCode.Conflict);
        Assert.Contains("thay đổi", stale.GetProperty("detail").GetString());
        var domain = await ProblemAsync(await http.GetAsync("/api/v1/thu/domain", token: null), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Ngày kết thúc phải sau ngày bắt đầu.", domain.GetProperty("detail").GetString());
        var crash = await http.GetAsync("/api/v1/thu/crash", token: null);
        var problem = await ProblemAsync(crash, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("bí mật", await crash.Content.ReadAsStringAsync());
        Assert.Equal("Lỗi hệ thống", problem.GetProperty("title").GetString());
        var busy = await http.GetAsync("/api/v1/thu/busy", token: null);
        await ProblemAsync(busy, HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(30), busy.Headers.RetryAfter?.Delta);
        var badQuery = await ProblemAsync(await http.GetAsync("/api/v1/thu/number?n=abc", token: null), HttpStatusCode.BadRequest);
        Assert.True(Errors(badQuery).ContainsKey("n"));
    }

    [Fact]
    public async Task A_staff_token_opens_no_citizen_endpoint_and_a_citizen_token_no_staff_endpoint()
    {
        await using var app = await ExtraAppAsync(fixture);
        var http = app.Plain();
        var staff = await http.TokenAsync("dieuphoi");
        var citizen = await app.InScopeAsync(sp => sp.GetRequiredService<ApiTokens>().IssueAsync(ApiAudiences.Citizen, 4242, null, null, null));

        var asStaff = await http.GetAsync("/api/v1/thu/staff", staff);
        Assert.Equal(HttpStatusCode.OK, asStaff.StatusCode);
        var actor = await JsonAsync(asStaff);
        Assert.Equal("dieuphoi", actor.GetProperty("userName").GetString());
        Assert.Equal(fixtureLongAn(app), actor.GetProperty("provinceId").GetInt32());
        Assert.Contains("Coordinator", actor.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        await ProblemAsync(await http.GetAsync("/api/v1/thu/citizen", staff), HttpStatusCode.Forbidden);

        var asCitizen = await http.GetAsync("/api/v1/thu/citizen", citizen.AccessToken);
        Assert.Equal(HttpStatusCode.OK, asCitizen.StatusCode);
        Assert.Equal("4242", (await JsonAsync(asCitizen)).GetProperty("subject").GetString());
        await ProblemAsync(await http.GetAsync("/api/v1/thu/staff", citizen.AccessToken), HttpStatusCode.Forbidden);

        // A citizen token opens no staff page either, and the staff cookie no citizen endpoint.
        var browser = app.NewClient();
        await browser.LoginAsync("dieuphoi");
        await ProblemAsync(await browser.GetAsync("/api/v1/thu/citizen"), HttpStatusCode.Unauthorized);
        await ProblemAsync(await browser.GetAsync("/api/v1/thu/staff"), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.NoContent, (await http.SendJsonAsync(HttpMethod.Delete, TokenEndpoints.Path, null, citizen.AccessToken)).StatusCode);
        await ProblemAsync(await http.GetAsync("/api/v1/thu/citizen", citizen.AccessToken), HttpStatusCode.Unauthorized);
    }

    private static int fixtureLongAn(TestApp app) =>
        app.DbAsync(db => Task.FromResult(db.Provinces.Where(p => p.Code == "80").Select(p => p.Id).Single())).GetAwaiter().GetResult();

    /// <summary>The app as `serve` composes it plus a few test-only endpoints that use the helpers and the policies.</summary>
    private static async Task<TestApp> ExtraAppAsync(DatabaseFixture fixture)
    {
        return await TestApp.StartAsync(fixture, extra: endpoints =>
        {
            var g = endpoints.MapGroup("/api/v1/thu");
            g.MapGet("/validation", () => ApiProblems.Validation("birthDate", "Ngày sinh không được ở tương lai."));
            g.MapGet("/not-found", () => ApiProblems.NotFound("Không tìm thấy tỉnh có mã 99."));
            g.MapGet("/conflict", () => ApiProblems.Conflict("Tài khoản đã tồn tại.", new Dictionary<string, string[]> { ["phone"] = ["Số điện thoại đã được đăng ký."] }));
            g.MapGet("/stale", IResult () => throw new Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException("stale"));
            g.MapGet("/domain", IResult () => throw new DomainException("Ngày kết thúc phải sau ngày bắt đầu."));
            g.MapGet("/crash", IResult () => throw new InvalidOperationException("bí mật: chuỗi kết nối"));
            g.MapGet("/busy", () => ApiProblems.TooManyRequests(TimeSpan.FromSeconds(30)));
            g.MapGet("/number", (int n) => TypedResults.Ok(n));
            g.MapGet("/staff", (HttpContext http) => TypedResults.Ok(LantoaClaims.ToActor(http.User)))
                .RequireAuthorization(ApiAudiences.StaffPolicy);
            g.MapGet("/citizen", (HttpContext http) => TypedResults.Ok(new { subject = http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value }))
                .RequireAuthorization(ApiAudiences.CitizenPolicy);
        });
    }
}
