using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.PublicSite;

/// <summary>The public site is open to everyone (anonymous included); choosing what is published, previewing, publishing
/// and unpublishing belong to the province's plan managers (and the national admin).</summary>
public sealed class PublicSiteAccessGrid : IAccessGrid
{
    public Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        Func<string, Expect> anyone = _ => Expect.Allowed;
        var form = new Dictionary<string, string> { ["Form.Theme"] = "Chủ đề thử quyền", ["Form.Slogan"] = "Khẩu hiệu thử quyền" };
        IReadOnlyList<AccessCase> cases =
        [
            new("GET", "/tinh", anyone),
            new("GET", "/tinh/long-an", anyone),
            new("GET", $"/tinh/long-an/ke-hoach/{ids.LaPlan}", anyone),
            new("GET", "/api/v1/provinces/80/public", anyone),
            new("GET", $"/Plans/{ids.LaPlan}/Publish", u => Rule(u, LongAnManagers)),
            new("GET", $"/Plans/{ids.TgPlan}/Publish", u => Rule(u, ["dieuphoi.tg"], laData: false)),
            new("POST", $"/Plans/{ids.LaPlan}/Publish", u => Rule(u, LongAnManagers), form),
            new("POST", $"/Plans/{ids.LaPlan}/Publish?handler=Publish", u => Rule(u, LongAnManagers), form),
            new("POST", $"/Plans/{ids.LaPlan}/Publish?handler=Unpublish", u => Rule(u, LongAnManagers), form),
            new("POST", $"/Plans/{ids.TgPlan}/Publish?handler=Publish", u => Rule(u, ["dieuphoi.tg"], laData: false), form),
            new("GET", $"/Plans/{ids.LaPlan}/Publish/Preview", u => Rule(u, LongAnManagers)),
            new("GET", $"/Plans/{ids.LaPlan}/Publish/Preview?view=home", u => Rule(u, LongAnManagers)),
        ];
        return Task.FromResult(cases);
    }
}

public class PublicSiteAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Public_pages_are_open_and_publishing_allows_exactly_the_plan_managers() => AssertAsync(fixture, new PublicSiteAccessGrid());
}
