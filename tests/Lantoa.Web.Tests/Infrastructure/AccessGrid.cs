using System.Net;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Infrastructure;

public enum Expect { Allowed, Forbidden, NotFound, Login }

/// <summary>
/// One request of an access grid and what each demo login must get. <paramref name="Url"/> is also what the endpoint
/// guard matches to a page handler; <paramref name="Prepare"/>, when set, makes a fresh target for each login (an
/// estimate to submit, a norm to delete) and returns its URL, so one login's success does not change the next one's answer.
/// </summary>
/// <paramref name="Citizen"/>: what the demo citizen (signed in with the citizen cookie) gets; by default what anonymous
/// gets, since a citizen cookie opens no staff page.
public sealed record AccessCase(string Method, string Url, Func<string, Expect> Expected, Dictionary<string, string>? Form = null,
    (byte[] Bytes, string Name)? File = null, Func<Task<string>>? Prepare = null, Expect? Citizen = null);

/// <summary>A module's access grid: every handler of the module with every demo login. The endpoint guard collects all grids.</summary>
public interface IAccessGrid
{
    Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids);
}

/// <summary>
/// Walks a grid with every demo login and anonymous. "Allowed" is any answer below 500 but 403, 404 or a redirect to
/// the login page; "denied" is 403 for the user's own province and 404 for another province's ids (not revealed).
/// </summary>
public static class AccessGrid
{
    public static readonly string[] Users =
        ["admin", "quantri.longan", "dieuphoi", "lanhdao", "benluc", "baolongan", "tinhdoan", "taichinh", "dieuphoi.tg"];

    /// <summary>Long An's logins (every one but the national admin and Tiền Giang's coordinator).</summary>
    public static readonly string[] LongAn = ["quantri.longan", "dieuphoi", "lanhdao", "benluc", "baolongan", "tinhdoan", "taichinh"];

    public static readonly string[] Everyone = [.. LongAn, "dieuphoi.tg"];

    public static readonly string[] LongAnManagers = ["quantri.longan", "dieuphoi"];

    /// <summary>
    /// The usual rule: anonymous → login; the listed users and the national admin → allowed; for Long An data Tiền
    /// Giang gets 404, for Tiền Giang data Long An gets 404; anyone else 403. <paramref name="neutral"/>: no
    /// province's data (a list or a form), so every refusal is 403.
    /// </summary>
    public static Expect Rule(string user, string[] allowed, bool laData = true, bool neutral = false, bool national = true)
    {
        if (user == "anonymous") return Expect.Login;
        if (allowed.Contains(user) || (user == "admin" && national)) return Expect.Allowed;
        if (neutral || user == "admin") return Expect.Forbidden;
        if (laData && user == "dieuphoi.tg") return Expect.NotFound;
        if (!laData && LongAn.Contains(user)) return Expect.NotFound;
        return Expect.Forbidden;
    }

    /// <summary>Runs <paramref name="grid"/> on a fresh app and fails with every cell that differs.</summary>
    public static async Task AssertAsync(DatabaseFixture fixture, IAccessGrid grid)
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var cases = await grid.CasesAsync(app, ids);
        Assert.NotEmpty(cases);
        var clients = new Dictionary<string, TestApp.Client> { ["anonymous"] = app.NewClient() };
        foreach (var u in Users)
        {
            clients[u] = app.NewClient();
            await clients[u].LoginAsync(u);
        }
        clients[CitizenUser] = app.NewClient();
        await CitizenLoginAsync(clients[CitizenUser]);

        var failures = new List<string>();
        foreach (var c in cases)
            foreach (var (user, client) in clients)
            {
                var url = c.Prepare is null ? c.Url : await c.Prepare();
                var tokenFrom = user is "anonymous" or CitizenUser ? "/Account/Login" : null;
                var response = c.Method == "GET" ? await client.GetAsync(url)
                    : c.Method == "DELETE" ? await client.Http.DeleteAsync(url)
                    : c.Method == "PUT" ? await client.Http.PutAsync(url, new StringContent(System.Text.Json.JsonSerializer.Serialize(c.Form ?? []), System.Text.Encoding.UTF8, "application/json"))
                    : c.File is { } file ? await client.PostFileAsync(url, tokenFrom ?? "/Account/ChangePassword", file.Bytes, file.Name, c.Form)
                    : await client.PostFormAsync(url, c.Form ?? [], tokenFrom: tokenFrom);
                var expected = user == CitizenUser ? c.Citizen ?? c.Expected("anonymous") : c.Expected(user);
                var actual = Classify(response);
                if ((int)response.StatusCode >= 500 || actual != expected)
                    failures.Add($"{c.Method} {url} as {user}: expected {expected}, got {actual} ({(int)response.StatusCode})");
            }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The demo citizen's row in every grid (Citizens module: not a staff login).</summary>
    public const string CitizenUser = "citizen";

    /// <summary>Signs the client in as the demo citizen through the citizen sign-in page.</summary>
    public static async Task CitizenLoginAsync(TestApp.Client client, string login = Lantoa.Web.Features.Citizens.CitizensModule.DemoEmail,
        string? password = null)
    {
        var response = await client.PostFormAsync("/cong-dan/dang-nhap", new() { ["Login"] = login, ["Password"] = password ?? Lantoa.Web.DemoData.DemoSeeder.DemoPassword },
            tokenFrom: "/cong-dan/dang-nhap");
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Citizen sign-in of {login} failed: {(int)response.StatusCode}");
    }

    private static Expect Classify(HttpResponseMessage r) => r.StatusCode switch
    {
        HttpStatusCode.Unauthorized => Expect.Login, // an API endpoint's answer without a (fitting) credential
        // The citizen pages send to the citizen sign-in, with ReturnUrl.
        HttpStatusCode.Redirect when r.Headers.Location?.OriginalString is { } to && to.StartsWith("/cong-dan/dang-nhap?ReturnUrl=", StringComparison.Ordinal) => Expect.Login,
        HttpStatusCode.Forbidden => Expect.Forbidden,
        HttpStatusCode.NotFound => Expect.NotFound,
        // The sign-in challenge carries ReturnUrl; a redirect to the login page after signing out does not.
        HttpStatusCode.Redirect when r.Headers.Location?.OriginalString is { } to && to.Contains("/Account/Login", StringComparison.Ordinal)
            && to.Contains("ReturnUrl=", StringComparison.OrdinalIgnoreCase) => Expect.Login,
        _ => Expect.Allowed,
    };
}

/// <summary>
/// Ids of the demo data the tests use, looked up once (Long An is province 80, Tiền Giang 82; Bến Lức's assignment is
/// on activity 2.2, whose reporting window holds early October 2024), plus a spare Long An login, "thu.quyen", whose password the admin grid resets.
/// </summary>
public sealed record DemoIds(int LongAn, int TienGiang, int LaPlan, int TgPlan, int LaActivity, int BenLucUnit, int BaoUnit, int TgUnit,
    int LaGroup, int TgGroup, int BaoAssignment, int BenLucAssignment, int TgAssignment, int TargetUser, int TgUser, int LaNorm, int TgNorm,
    int LaEstimate, int TgEstimate)
{
    public static Task<DemoIds> LoadAsync(TestApp app) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<LantoaDb>();
        var la = await db.Provinces.Where(p => p.Code == "80").Select(p => p.Id).SingleAsync();
        var tg = await db.Provinces.Where(p => p.Code == "82").Select(p => p.Id).SingleAsync();
        var laPlan = await LongAnDxDayPlanAsync(db);
        var tgPlan = await db.Plans.Where(p => p.ProvinceId == tg).Select(p => p.Id).FirstAsync();
        var bao = await UnitAsync(db, la, "Báo Long An");
        var benLuc = await UnitAsync(db, la, "UBND huyện Bến Lức");
        var spare = await db.Users.FirstOrDefaultAsync(u => u.UserName == "thu.quyen");
        if (spare is null)
        {
            spare = new User("thu.quyen", "Người dùng để thử đặt lại mật khẩu", la, bao, [Role.UnitOfficer], DateTimeOffset.UtcNow);
            spare.SetPasswordHash(sp.GetRequiredService<IPasswordHasher<User>>().HashPassword(spare, "Mat-khau-thu-1"));
            db.Users.Add(spare);
            await db.SaveChangesAsync();
        }
        if (!await db.SpendingNorms.AnyAsync(n => n.ProvinceId == tg))
        {
            db.SpendingNorms.Add(new SpendingNorm(tg, "Nước uống", "người/buổi", new Money(30_000), new DateOnly(2020, 1, 1), null, "Định mức thử của Tiền Giang"));
            await db.SaveChangesAsync();
        }
        if (!await db.Estimates.AnyAsync(e => e.ProvinceId == tg))
        {
            db.Estimates.Add(new Estimate(tg, tgPlan, null, "Dự toán thử của Tiền Giang", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }
        return new DemoIds(la, tg, laPlan, tgPlan,
            await db.Activities.Where(a => a.PlanId == laPlan).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            benLuc, bao,
            await db.Units.Where(u => u.ProvinceId == tg).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(),
            await db.UnitGroups.Where(g => g.ProvinceId == la && g.Name == "UBND cấp huyện").Select(g => g.Id).SingleAsync(),
            await db.UnitGroups.Where(g => g.ProvinceId == tg).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(),
            await db.Assignments.Where(a => a.UnitId == bao && a.PlanId == laPlan).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            await BenLucAssignmentAsync(db),
            await db.Assignments.Where(a => a.PlanId == tgPlan).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            spare.Id,
            await db.Users.Where(u => u.UserName == "dieuphoi.tg").Select(u => u.Id).SingleAsync(),
            await db.SpendingNorms.Where(n => n.ProvinceId == la).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync(),
            await db.SpendingNorms.Where(n => n.ProvinceId == tg).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync(),
            await db.Estimates.Where(e => e.PlanId == laPlan).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(),
            await db.Estimates.Where(e => e.ProvinceId == tg).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
    });

    /// <summary>The Long An 2024 National DX Day plan (from data/seeds/longan-2024-ngay-cds.txt).</summary>
    public static Task<int> LongAnDxDayPlanAsync(LantoaDb db) =>
        db.Plans.Where(p => p.Kind == PlanKind.DxDay && p.Year == 2024 && db.Provinces.Any(x => x.Id == p.ProvinceId && x.Code == "80"))
            .Select(p => p.Id).SingleAsync();

    /// <summary>The Long An 2024 communication plan (from data/seeds: Kế hoạch tuyên truyền).</summary>
    public static Task<int> LongAnCommunicationsPlanAsync(LantoaDb db) =>
        db.Plans.Where(p => p.Kind == PlanKind.Communications && db.Provinces.Any(x => x.Id == p.ProvinceId && x.Code == "80"))
            .Select(p => p.Id).SingleAsync();

    /// <summary>Bến Lức's assignment on activity 2.2 of Long An's DX Day plan (its reporting window holds early October 2024).</summary>
    public static async Task<int> BenLucAssignmentAsync(LantoaDb db)
    {
        var plan = await LongAnDxDayPlanAsync(db);
        return await (from a in db.Assignments
                      join act in db.Activities on a.ActivityId equals act.Id
                      join u in db.Units on a.UnitId equals u.Id
                      where a.PlanId == plan && u.Name == "UBND huyện Bến Lức" && act.Label == "2.2"
                      orderby a.Id
                      select a.Id).FirstAsync();
    }

    private static Task<int> UnitAsync(LantoaDb db, int province, string name) =>
        db.Units.Where(u => u.ProvinceId == province && u.Name == name).Select(u => u.Id).SingleAsync();

    /// <summary>A plan-level estimate of Long An's DX Day plan with one line, in <paramref name="status"/>: its URL.</summary>
    public async Task<string> NewEstimateAsync(TestApp app, EstimateStatus status = EstimateStatus.Draft) => "/Budgets/Estimates/" + await app.DbAsync(async db =>
    {
        var estimate = new Estimate(LongAn, LaPlan, null, "Dự toán thử quyền", DateTimeOffset.UtcNow);
        estimate.AddLine(EstimateLine.Item("1", "Nước uống", "người/buổi", 10, new Money(30_000)));
        if (status != EstimateStatus.Draft) estimate.Submit(DateTimeOffset.UtcNow);
        if (status == EstimateStatus.Approved) estimate.Approve(TargetUser, DateTimeOffset.UtcNow);
        db.Estimates.Add(estimate);
        await db.SaveChangesAsync();
        return estimate.Id;
    });
}
