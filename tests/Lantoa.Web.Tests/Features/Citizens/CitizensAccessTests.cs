using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Features.Citizens;

/// <summary>
/// The citizen pages and endpoints. Sign-up, verification and sign-in are open to all; the account pages open only to a
/// signed-in citizen: anonymous and every staff login (a staff cookie is no citizen cookie) are sent to the citizen
/// sign-in. The citizen's sign-out comes last but one; the deletion endpoint last, when no citizen is signed in.
/// </summary>
public sealed class CitizensAccessGrid : IAccessGrid
{
    public Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var open = (string _) => Expect.Allowed;
        var citizenOnly = (string _) => Expect.Login;
        IReadOnlyList<AccessCase> cases =
        [
            new("GET", "/cong-dan/dang-ky", open, Citizen: Expect.Allowed),
            new("POST", "/cong-dan/dang-ky", open, new() { ["Phone"] = "123" }, Citizen: Expect.Allowed),
            new("GET", "/cong-dan/dang-ky?handler=Places&province=80", open, Citizen: Expect.Allowed),
            new("POST", "/cong-dan/dang-ky?handler=Refresh", open, new() { ["Form.ProvinceCode"] = "80" }, Citizen: Expect.Allowed),
            new("GET", "/cong-dan/xac-minh", open, Citizen: Expect.Allowed),
            new("POST", "/cong-dan/xac-minh", open, new() { ["Login"] = "0900000001", ["Code"] = "000000" }, Citizen: Expect.Allowed),
            new("POST", "/cong-dan/xac-minh?handler=Resend", citizenOnly, new(), Citizen: Expect.Allowed),
            new("GET", "/cong-dan/dang-nhap", open, Citizen: Expect.Allowed),
            new("POST", "/cong-dan/dang-nhap", open, new() { ["Login"] = "0900000001", ["Password"] = "sai-mat-khau-roi" }, Citizen: Expect.Allowed),
            new("GET", "/cong-dan/tai-khoan", citizenOnly, Citizen: Expect.Allowed),
            new("POST", "/cong-dan/tai-khoan", citizenOnly, new() { ["Form.FullName"] = "" }, Citizen: Expect.Allowed),
            new("POST", "/cong-dan/tai-khoan?handler=Refresh", citizenOnly, new() { ["Form.ProvinceCode"] = "80" }, Citizen: Expect.Allowed),
            new("GET", "/cong-dan/du-lieu", citizenOnly, Citizen: Expect.Allowed),
            new("GET", "/cong-dan/du-lieu?handler=Export", citizenOnly, Citizen: Expect.Allowed),
            new("POST", "/cong-dan/du-lieu", citizenOnly, new() { ["Consents"] = "account" }, Citizen: Expect.Allowed),
            new("GET", "/cong-dan/xoa-tai-khoan", citizenOnly, Citizen: Expect.Allowed),
            new("POST", "/cong-dan/xoa-tai-khoan", citizenOnly, new() { ["Password"] = "khong-phai-mat-khau" }, Citizen: Expect.Allowed),
            new("GET", "/api/v1/challenge", open, Citizen: Expect.Allowed),
            new("POST", "/api/v1/citizens", open, new(), Citizen: Expect.Allowed),
            new("POST", "/api/v1/citizens/verify", open, new(), Citizen: Expect.Allowed),
            new("GET", "/api/v1/me", citizenOnly, Citizen: Expect.Login), // the API takes bearer tokens, not the cookie
            new("GET", "/api/v1/me/export", citizenOnly, Citizen: Expect.Login),
            new("GET", "/cong-dan/dang-xuat", citizenOnly, Citizen: Expect.Allowed),
            new("POST", "/cong-dan/dang-xuat", citizenOnly, new(), Citizen: Expect.Allowed),
            new("DELETE", "/api/v1/me", citizenOnly, Citizen: Expect.Login),
        ];
        return Task.FromResult(cases);
    }
}

public class CitizensAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Citizen_pages_open_to_citizens_and_staff_logins_get_none_of_them() => AccessGrid.AssertAsync(fixture, new CitizensAccessGrid());
}
