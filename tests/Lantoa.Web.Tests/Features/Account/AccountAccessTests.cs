using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.Account;

/// <summary>Sign-in is open to all; changing one's password and signing out need a signed-in user. Sign-out comes last.</summary>
public sealed class AccountAccessGrid : IAccessGrid
{
    public Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var signedIn = (string u) => Rule(u, Everyone, neutral: true);
        IReadOnlyList<AccessCase> cases =
        [
            new("GET", "/Account/Login", _ => Expect.Allowed),
            new("POST", "/Account/Login", _ => Expect.Allowed, new() { ["UserName"] = "khong.co", ["Password"] = "sai-mat-khau" }),
            new("GET", "/Account/ChangePassword", signedIn),
            new("POST", "/Account/ChangePassword", signedIn, new() { ["CurrentPassword"] = "sai-mat-khau", ["NewPassword"] = "", ["ConfirmPassword"] = "" }),
            new("GET", "/Account/Logout", signedIn),
            new("POST", "/Account/Logout", signedIn, new()),
        ];
        return Task.FromResult(cases);
    }
}

public class AccountAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Every_account_handler_allows_exactly_the_roles_it_should() => AssertAsync(fixture, new AccountAccessGrid());
}
