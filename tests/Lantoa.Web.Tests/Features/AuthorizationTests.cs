using System.Net;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features;

/// <summary>
/// Walks every handler with every demo role and asserts allowed or denied. "Allowed" is any answer but 403, 404 or a
/// redirect to the login page; "denied" is 403 for the user's own province and 404 for another province's ids (which
/// must not even be revealed).
/// </summary>
[Collection(DatabaseCollection.Name)]
public class AuthorizationTests(DatabaseFixture fixture)
{
    private enum Expect { Allowed, Forbidden, NotFound, Login }

    private static readonly string[] Users = ["admin", "quantri.longan", "dieuphoi", "lanhdao", "benluc", "baolongan", "tinhdoan", "dieuphoi.tg"];

    private sealed record Ids(int LaPlan, int TgPlan, int LaActivity, int BenLucUnit, int BaoUnit, int TgUnit, int LaGroup, int TgGroup,
        int BaoAssignment, int TargetUser, int TgUser);

    [Fact]
    public async Task Every_handler_allows_exactly_the_roles_it_should()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await IdsAsync(app);
        var clients = new Dictionary<string, TestApp.Client> { ["anonymous"] = app.NewClient() };
        foreach (var u in Users)
        {
            clients[u] = app.NewClient();
            await clients[u].LoginAsync(u);
        }

        var la = new[] { "quantri.longan", "dieuphoi", "lanhdao", "benluc", "baolongan", "tinhdoan" };
        var laManagers = new[] { "quantri.longan", "dieuphoi" };
        // Whose data a handler touches decides between 403 (own province, not allowed) and 404 (another province).
        Expect Rule(string user, string[] allowed, bool laData = true, bool neutral = false)
        {
            if (user == "anonymous") return Expect.Login;
            if (allowed.Contains(user) || user == "admin") return Expect.Allowed;
            if (neutral) return Expect.Forbidden;
            if (laData && user == "dieuphoi.tg") return Expect.NotFound;
            if (!laData && la.Contains(user)) return Expect.NotFound;
            return Expect.Forbidden;
        }

        var everyone = la.Append("dieuphoi.tg").ToArray();
        var cases = new List<(string Method, string Url, Dictionary<string, string>? Form, Func<string, Expect> Expected)>
        {
            ("GET", "/Plans", null, u => Rule(u, everyone)),
            ("GET", $"/Plans/{ids.LaPlan}", null, u => Rule(u, la)),
            ("GET", $"/Plans/{ids.TgPlan}", null, u => Rule(u, ["dieuphoi.tg"], laData: false)),
            ("GET", "/Plans/Create", null, u => u == "admin" ? Expect.Forbidden : Rule(u, [.. laManagers, "dieuphoi.tg"])),
            ("GET", $"/Plans/{ids.LaPlan}/Edit", null, u => Rule(u, laManagers)),
            ("GET", $"/Plans/{ids.LaPlan}/Activities/New", null, u => Rule(u, laManagers)),
            ("GET", $"/Plans/{ids.LaPlan}/Activities/{ids.LaActivity}", null, u => Rule(u, laManagers)),
            ("GET", $"/MyWork?unitId={ids.BaoUnit}", null, u => Rule(u, ["quantri.longan", "dieuphoi", "lanhdao", "baolongan"])),
            ("GET", $"/MyWork?unitId={ids.TgUnit}", null, u => Rule(u, ["dieuphoi.tg"], laData: false)),
            ("GET", $"/Units/{ids.BenLucUnit}", null, u => Rule(u, la)),
            ("GET", $"/Units/{ids.TgUnit}", null, u => Rule(u, ["dieuphoi.tg"], laData: false)),
            ("GET", $"/Units/Groups/{ids.LaGroup}", null, u => Rule(u, la)),
            ("GET", $"/Units/Groups/{ids.TgGroup}", null, u => Rule(u, ["dieuphoi.tg"], laData: false)),
            ("GET", "/Units/New", null, u => u == "admin" ? Expect.Forbidden : Rule(u, [.. laManagers, "dieuphoi.tg"])),
            ("GET", "/Units/Groups/New", null, u => u == "admin" ? Expect.Forbidden : Rule(u, [.. laManagers, "dieuphoi.tg"])),
            ("GET", "/Geography", null, u => Rule(u, everyone)),
            ("GET", "/Admin/Users", null, u => Rule(u, ["quantri.longan"], neutral: true)),
            ("GET", $"/Admin/Users/{ids.TargetUser}", null, u => Rule(u, ["quantri.longan"])),
            ("GET", $"/Admin/Users/{ids.TgUser}", null, u => u == "dieuphoi.tg" ? Expect.Forbidden : Rule(u, [], laData: false)),
            ("GET", "/Admin/Audit", null, u => Rule(u, ["quantri.longan"], neutral: true)),
            ("POST", "/Plans/Create", new() { ["Form.Title"] = "Kế hoạch thử quyền", ["Form.Year"] = "2025", ["Form.Kind"] = "Other" },
                u => u == "admin" ? Expect.Forbidden : Rule(u, [.. laManagers, "dieuphoi.tg"])),
            ("POST", $"/Plans/{ids.LaPlan}/Edit", new() { ["Form.Title"] = "Tên mới", ["Form.Year"] = "2024", ["Form.Kind"] = "DxDay" }, u => Rule(u, laManagers)),
            ("POST", $"/Plans/{ids.LaPlan}/Activities/New", new() { ["Form.Title"] = "Hoạt động thử", ["Form.Label"] = "9" }, u => Rule(u, laManagers)),
            ("POST", $"/Plans/{ids.LaPlan}?handler=Status", new() { ["next"] = "Draft" }, u => Rule(u, laManagers)),
            ("POST", "/MyWork?handler=Acknowledge", new() { ["assignmentId"] = ids.BaoAssignment.ToString(), ["form.FocalPerson"] = "Người thử" },
                u => Rule(u, ["quantri.longan", "dieuphoi", "baolongan"])),
            ("POST", $"/Units/{ids.BaoUnit}", new() { ["Form.ContactPhone"] = "0272 123", ["Form.Name"] = "Báo Long An", ["Form.Kind"] = "Press" },
                u => Rule(u, ["quantri.longan", "dieuphoi", "baolongan"])),
            ("POST", $"/Units/Groups/{ids.LaGroup}", new() { ["Form.Name"] = "UBND cấp huyện", ["Form.RuleKind"] = "DistrictCommittee" }, u => Rule(u, laManagers)),
            ("POST", $"/Admin/Users/{ids.TargetUser}?handler=ResetPassword", new(), u => Rule(u, ["quantri.longan"])),
        };

        var failures = new List<string>();
        foreach (var (method, url, form, expected) in cases)
            foreach (var (user, client) in clients)
            {
                var response = method == "GET" ? await client.GetAsync(url) : await client.PostFormAsync(url, form!, tokenFrom: user == "anonymous" ? "/Account/Login" : null);
                var actual = Classify(response);
                if (actual != expected(user)) failures.Add($"{method} {url} as {user}: expected {expected(user)}, got {actual} ({(int)response.StatusCode})");
            }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_unit_officer_who_edits_another_units_id_is_refused_and_nothing_changes()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await IdsAsync(app);
        var benluc = app.NewClient();
        await benluc.LoginAsync("benluc");

        var profile = await benluc.PostFormAsync($"/Units/{ids.BaoUnit}", new() { ["Form.ContactPhone"] = "0999 999 999", ["Form.ContactPerson"] = "Kẻ lạ" });
        var ack = await benluc.PostFormAsync("/MyWork?handler=Acknowledge", new() { ["assignmentId"] = ids.BaoAssignment.ToString(), ["form.FocalPerson"] = "Kẻ lạ" });
        var otherProvince = await benluc.PostFormAsync($"/Units/{ids.TgUnit}", new() { ["Form.ContactPhone"] = "0999 999 999" });

        Assert.Equal(HttpStatusCode.Forbidden, profile.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ack.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherProvince.StatusCode);
        Assert.Contains("Không có quyền", await profile.Content.ReadAsStringAsync());
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var bao = await db.Units.SingleAsync(u => u.Id == ids.BaoUnit);
            Assert.Null(bao.ContactPhone);
            Assert.Null(bao.ContactPerson);
            var tg = await db.Units.SingleAsync(u => u.Id == ids.TgUnit);
            Assert.Null(tg.ContactPhone);
            var assignment = await db.Assignments.SingleAsync(a => a.Id == ids.BaoAssignment);
            Assert.Null(assignment.AcknowledgedAt);
            Assert.Null(assignment.FocalPerson);
            return 0;
        });

        // Their own unit's contact details they may change — but not its name, kind or aliases.
        var bao = app.NewClient();
        await bao.LoginAsync("baolongan");
        var ownProfile = await bao.PostFormAsync($"/Units/{ids.BaoUnit}", new()
        {
            ["Form.ContactPhone"] = "0272 3826 123", ["Form.Name"] = "Báo Long An điện tử", ["Form.Kind"] = "Enterprise", ["Form.Aliases"] = "Báo LA",
        });
        Assert.Equal(HttpStatusCode.Redirect, ownProfile.StatusCode);
        await app.InScopeAsync(async sp =>
        {
            var unit = await sp.GetRequiredService<LantoaDb>().Units.SingleAsync(u => u.Id == ids.BaoUnit);
            Assert.Equal("0272 3826 123", unit.ContactPhone);
            Assert.Equal("Báo Long An", unit.Name);
            Assert.Equal(Lantoa.Domain.Units.UnitKind.Press, unit.Kind);
            Assert.DoesNotContain("Báo LA", unit.Aliases);
            return 0;
        });

        // Their own unit's assignments they may acknowledge.
        var benLucAssignment = await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Assignments.Where(a => a.UnitId == ids.BenLucUnit).Select(a => a.Id).FirstAsync());
        var own = await benluc.PostFormAsync("/MyWork?handler=Acknowledge", new() { ["assignmentId"] = benLucAssignment.ToString(), ["form.FocalPerson"] = "Trần Văn A" });
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");

        var response = await client.PostWithoutTokenAsync("/Plans/Create", new() { ["Form.Title"] = "Không có token", ["Form.Year"] = "2024" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<LantoaDb>().Plans.AnyAsync(p => p.Title == "Không có token")));
    }

    private static Expect Classify(HttpResponseMessage r) => r.StatusCode switch
    {
        HttpStatusCode.Forbidden => Expect.Forbidden,
        HttpStatusCode.NotFound => Expect.NotFound,
        HttpStatusCode.Redirect when r.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true => Expect.Login,
        _ => Expect.Allowed,
    };

    private static Task<Ids> IdsAsync(TestApp app) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<LantoaDb>();
        var la = await db.Provinces.SingleAsync(p => p.Code == "80");
        var tg = await db.Provinces.SingleAsync(p => p.Code == "82");
        var laPlan = await db.Plans.Where(p => p.ProvinceId == la.Id && p.Kind == PlanKind.DxDay).Select(p => p.Id).SingleAsync();
        var tgPlan = await db.Plans.Where(p => p.ProvinceId == tg.Id).Select(p => p.Id).FirstAsync();
        var bao = await db.Units.Where(u => u.ProvinceId == la.Id && u.Name == "Báo Long An").Select(u => u.Id).SingleAsync();
        var hasher = sp.GetRequiredService<IPasswordHasher<User>>();
        var target = new User("thu.quyen", "Người dùng để thử đặt lại mật khẩu", la.Id, bao, [Role.UnitOfficer], DateTimeOffset.UtcNow);
        target.SetPasswordHash(hasher.HashPassword(target, "Mat-khau-thu-1"));
        db.Users.Add(target);
        await db.SaveChangesAsync();
        return new Ids(
            laPlan, tgPlan,
            await db.Activities.Where(a => a.PlanId == laPlan).Select(a => a.Id).FirstAsync(),
            await db.Units.Where(u => u.ProvinceId == la.Id && u.Name == "UBND huyện Bến Lức").Select(u => u.Id).SingleAsync(),
            bao,
            await db.Units.Where(u => u.ProvinceId == tg.Id).Select(u => u.Id).FirstAsync(),
            await db.UnitGroups.Where(g => g.ProvinceId == la.Id && g.Name == "UBND cấp huyện").Select(g => g.Id).SingleAsync(),
            await db.UnitGroups.Where(g => g.ProvinceId == tg.Id).Select(g => g.Id).FirstAsync(),
            await db.Assignments.Where(a => a.UnitId == bao).Select(a => a.Id).FirstAsync(),
            target.Id,
            await db.Users.Where(u => u.UserName == "dieuphoi.tg").Select(u => u.Id).SingleAsync());
    });
}
