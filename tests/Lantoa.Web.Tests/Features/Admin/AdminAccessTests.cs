using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.Admin;

/// <summary>Who may manage users and read the audit trail: admins, each of their own province (the national admin of all).</summary>
public sealed class AdminAccessGrid : IAccessGrid
{
    public Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        IReadOnlyList<AccessCase> cases =
        [
            new("GET", "/Admin/Users", u => Rule(u, ["quantri.longan"], neutral: true)),
            new("GET", $"/Admin/Users/{ids.TargetUser}", u => Rule(u, ["quantri.longan"])),
            new("GET", $"/Admin/Users/{ids.TgUser}", u => u == "dieuphoi.tg" ? Expect.Forbidden : Rule(u, [], laData: false)),
            new("POST", $"/Admin/Users/{ids.TargetUser}", u => Rule(u, ["quantri.longan"]), new() { ["Form.DisplayName"] = "" }),
            new("POST", $"/Admin/Users/{ids.TargetUser}?handler=ResetPassword", u => Rule(u, ["quantri.longan"]), new()),
            new("GET", "/Admin/Users/New", u => Rule(u, ["quantri.longan"], neutral: true, national: false)),
            new("POST", "/Admin/Users/New", u => Rule(u, ["quantri.longan"], neutral: true, national: false), new() { ["Form.UserName"] = "" }),
            new("GET", "/Admin/Audit", u => Rule(u, ["quantri.longan"], neutral: true)),
        ];
        return Task.FromResult(cases);
    }
}

public class AdminAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Every_admin_handler_allows_exactly_the_roles_it_should() => AssertAsync(fixture, new AdminAccessGrid());
}
