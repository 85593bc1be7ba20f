using System.Net;
using AngleSharp.Html.Dom;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Hardening;

/// <summary>
/// Issue 11, defect 10 and item 6: control characters in any form or query string, duplicate form keys, two import
/// choices that differ only by case, and methods pages do not answer (TRACE, PROPFIND…): a clear 4xx, never a 500,
/// nothing written.
/// </summary>
public class InputHygieneTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static Task<int> PlanCountAsync(TestApp app) => app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Plans.CountAsync());

    [Theory]
    [InlineData("/Plans?q=%00")]
    [InlineData("/Plans?q=chuyen%00doi")]
    [InlineData("/Plans?q=a%01b")]
    [InlineData("/Plans?q=%1B%5B31m")]
    [InlineData("/Plans?q=%C2%85")] // C1 "next line"
    [InlineData("/Plans?%00=1")]
    [InlineData("/MyWork?q=%7F")]
    [InlineData("/Units?q=%00")]
    public async Task A_control_character_in_a_query_string_is_refused_with_a_Vietnamese_message(string url)
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await TestApp.Client.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("ký tự điều khiển", page.QuerySelector("[data-testid=error-message]")!.TextContent);

        // Tabs and line breaks are text, and Vietnamese is Vietnamese.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Plans?q=s%E1%BB%9F%09th%C3%B4ng%0Atin")).StatusCode);
    }

    [Fact]
    public async Task A_control_character_in_a_form_field_is_refused_and_nothing_is_written()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var before = await PlanCountAsync(app);
        var fields = new Dictionary<string, string> { ["Form.Title"] = "Kế hoạch\0 thử", ["Form.Kind"] = "DxDay", ["Form.Year"] = "2025" };
        var response = await client.PostFormAsync("/Plans/Create", fields, tokenFrom: "/Plans/Create");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(body.Contains("ký tự điều khiển"), body);

        var inName = await client.PostFormAsync("/Plans/Create", new(fields) { ["Form.Title"] = "Kế hoạch thử", ["Form\u0001.Theme"] = "x" }, tokenFrom: "/Plans/Create");
        Assert.Equal(HttpStatusCode.BadRequest, inName.StatusCode);

        // In a multipart form too (the evidence and import forms).
        var multipart = await client.PostFileAsync("/Plans/Import?handler=Confirm", "/Plans/Import", [1, 2, 3], "x.txt", new() { ["token"] = "ab\0cd" });
        Assert.Equal(HttpStatusCode.BadRequest, multipart.StatusCode);
        Assert.Equal(before, await PlanCountAsync(app));

        // The same form without the NUL is accepted.
        var ok = await client.PostFormAsync("/Plans/Create", new(fields) { ["Form.Title"] = "Kế hoạch thử" }, tokenFrom: "/Plans/Create");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(before + 1, await PlanCountAsync(app));
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/Plans")]
    [InlineData("TRACE", "/Account/Login")]
    [InlineData("PROPFIND", "/Plans/1")]
    [InlineData("PUT", "/Plans/Create")]
    [InlineData("DELETE", "/Plans/1")]
    [InlineData("PATCH", "/MyWork")]
    [InlineData("OPTIONS", "/Plans")]
    [InlineData("MKCOL", "/Budgets/Norms")]
    public async Task Methods_pages_do_not_answer_get_405_with_the_methods_they_do(string method, string url)
    {
        await using var app = await TestApp.StartAsync(fixture);
        foreach (var signedIn in new[] { false, true })
        {
            var client = app.NewClient();
            if (signedIn) await client.LoginAsync("dieuphoi");
            var response = await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal("GET, HEAD, POST", string.Join(", ", response.Content.Headers.Allow));
            Assert.Equal("Thao tác không được hỗ trợ trên trang này.", await response.Content.ReadAsStringAsync());
        }

        var head = await app.NewClient().Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/Account/Login"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task Duplicate_form_keys_never_give_a_500()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var token = await TokenAsync(client, "/Plans/Create");
        var before = await PlanCountAsync(app);
        var cases = new List<(string Url, List<KeyValuePair<string, string>> Fields)>
        {
            ("/Plans/Create", [new("Form.Title", "Kế hoạch A"), new("Form.Title", "Kế hoạch B"), new("Form.Kind", "DxDay"), new("Form.Year", "2025")]),
            ("/Plans/Create", [new("Form.Title", "Kế hoạch C"), new("Form.Kind", "DxDay"), new("Form.Kind", "Nope"), new("Form.Year", "2025"), new("Form.Year", "abc")]),
            ("/Plans/Create", [new("Form.Title", "Kế hoạch D"), new("Form.Year", "2025"), new("Form.IssuedOn", "13/07/2023"), new("Form.IssuedOn", "32/13/2023")]),
            ("/Plans/Import?handler=Confirm", [new("token", "0123"), new("token", "4567"), new("replacePlanId", "1"), new("replacePlanId", "x")]),
            ("/Budgets/Norms", [new("Name", "A"), new("Name", "B"), new("MaxUnitPrice", "1"), new("MaxUnitPrice", "2")]),
        };
        foreach (var (url, fields) in cases)
        {
            fields.Add(new("__RequestVerificationToken", token));
            fields.Add(new("__RequestVerificationToken", token));
            var response = await client.Http.PostAsync(url, new FormUrlEncodedContent(fields));
            Assert.True((int)response.StatusCode < 500, $"{url}: {(int)response.StatusCode}");
        }

        // Login with the user name twice: no 500, and the first value counts.
        var login = app.NewClient();
        var loginToken = await TokenAsync(login, "/Account/Login");
        var twice = await login.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(
        [
            new("UserName", "dieuphoi"), new("UserName", "admin"), new("Password", DemoSeeder.DemoPassword), new("Password", "sai"),
            new("__RequestVerificationToken", loginToken),
        ]));
        Assert.True((int)twice.StatusCode < 500, $"{(int)twice.StatusCode}");
        Assert.True(await PlanCountAsync(app) <= before + 2);
    }

    [Fact]
    public async Task Two_import_choices_that_differ_only_by_case_are_one_choice_or_a_clear_refusal()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");
        var (first, second) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var longAn = await db.Provinces.Where(p => p.Code == "80").Select(p => p.Id).SingleAsync();
            var ids = await db.Units.Where(u => u.ProvinceId == longAn).OrderBy(u => u.Id).Select(u => u.Id).Take(2).ToListAsync();
            return (ids[0], ids[1]);
        });
        var before = await PlanCountAsync(app);

        async Task<(string Token, HttpResponseMessage Response)> ConfirmAsync(string targetA, string targetB)
        {
            var upload = await client.PostFileAsync("/Plans/Import?handler=Upload", "/Plans/Import",
                File.ReadAllBytes(DemoBudgets.SeedFile("longan-2024-ngay-cds.txt")!), "ke-hoach.txt");
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
            var page = await TestApp.Client.ParseAsync(await upload.Content.ReadAsStringAsync());
            var token = page.QuerySelector("input[name=token]")!.GetAttribute("value")!;
            var response = await client.PostFormAsync("/Plans/Import?handler=Confirm", new()
            {
                ["token"] = token,
                ["choices[0].Written"] = "Ban Chỉ đạo Chuyển đổi số",
                ["choices[0].Target"] = targetA,
                ["choices[1].Written"] = "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ",
                ["choices[1].Target"] = targetB,
            });
            return (token, response);
        }

        var (_, conflicting) = await ConfirmAsync($"u:{first}", $"u:{second}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, conflicting.StatusCode);
        Assert.Contains("được chọn hai đơn vị khác nhau", WebUtility.HtmlDecode(await conflicting.Content.ReadAsStringAsync()));
        Assert.Equal(before, await PlanCountAsync(app));

        var (_, agreeing) = await ConfirmAsync($"u:{first}", $"u:{first}");
        Assert.Equal(HttpStatusCode.Redirect, agreeing.StatusCode);
        Assert.Equal(before + 1, await PlanCountAsync(app));
    }

    private static async Task<string> TokenAsync(TestApp.Client client, string page)
    {
        IHtmlDocument html = await client.GetPageAsync(page);
        return html.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? html.QuerySelector("meta[name=antiforgery-token]")!.GetAttribute("content")!;
    }
}
