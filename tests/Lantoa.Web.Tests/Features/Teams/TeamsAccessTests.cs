using System.Net;
using Lantoa.Web.Features.Teams;
using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Features.Api.ApiTestKit;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.Teams;

/// <summary>
/// The Teams module's endpoints with every demo login's bearer token and the team member's (tocnscd.tg). Only a login
/// with the role Tổ CNSCĐ on a roster is answered; every other staff login gets 403, anonymous 401.
/// </summary>
public sealed class TeamsAccessGrid : IAccessGrid
{
    public const string Member = TeamsDemoData.DemoLogin;

    public static Expect MemberOnly(string user) => user == "anonymous" ? Expect.Login : user == Member ? Expect.Allowed : Expect.Forbidden;

    public Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        IReadOnlyList<AccessCase> cases =
        [
            new("GET", FieldApi.CampaignsPath, MemberOnly),
            new("POST", FieldApi.LogsPath, MemberOnly),
        ];
        return Task.FromResult(cases);
    }
}

public class TeamsAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Every_teams_endpoint_answers_each_login_s_token_as_it_should()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var http = app.Plain();
        var failures = new List<string>();
        foreach (var c in await new TeamsAccessGrid().CasesAsync(app, ids))
            foreach (var user in new[] { "anonymous", TeamsAccessGrid.Member }.Concat(Users))
            {
                var token = user == "anonymous" ? null : await http.TokenAsync(user);
                var response = await http.SendJsonAsync(new HttpMethod(c.Method), c.Url, c.Method == "POST" ? "[]" : null, token);
                var actual = response.StatusCode switch
                {
                    HttpStatusCode.Unauthorized => Expect.Login,
                    HttpStatusCode.Forbidden => Expect.Forbidden,
                    HttpStatusCode.NotFound => Expect.NotFound,
                    _ => Expect.Allowed,
                };
                if ((int)response.StatusCode >= 500 || actual != c.Expected(user))
                    failures.Add($"{c.Method} {c.Url} as {user}: expected {c.Expected(user)}, got {actual} ({(int)response.StatusCode})");
            }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
