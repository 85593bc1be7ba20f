using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features;

/// <summary>The pages outside any module: the start page, the error pages (open to all), the health check, the geography page.</summary>
public sealed class HomeAccessGrid : IAccessGrid
{
    public Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        IReadOnlyList<AccessCase> cases =
        [
            new("GET", "/", u => Rule(u, Everyone, neutral: true)),
            new("GET", "/Error/400", _ => Expect.Allowed),
            new("POST", "/Error/400", _ => Expect.Allowed, new()),
            new("GET", "/healthz", _ => Expect.Allowed),
            new("GET", "/Geography", u => Rule(u, Everyone)),
        ];
        return Task.FromResult(cases);
    }
}

public class HomeAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Every_page_outside_the_modules_allows_exactly_the_roles_it_should() => AssertAsync(fixture, new HomeAccessGrid());
}
