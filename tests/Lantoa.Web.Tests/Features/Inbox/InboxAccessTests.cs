using Lantoa.Web.Tests.Infrastructure;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.Inbox;

/// <summary>Who may open the inbox, mark their unit's notices read, and pick a working province.</summary>
public sealed class InboxAccessGrid : IAccessGrid
{
    public Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        IReadOnlyList<AccessCase> cases =
        [
            // The national admin without a working province is sent to the picker (a redirect: allowed).
            new("GET", "/Inbox", u => Rule(u, Everyone, neutral: true)),
            new("POST", "/Inbox?handler=Read", u => Rule(u, Everyone, neutral: true, national: false)),
            new("GET", "/Admin/Province", u => Rule(u, [], neutral: true)),
            new("POST", "/Admin/Province", u => Rule(u, [], neutral: true), new() { ["provinceId"] = "" }),
        ];
        return Task.FromResult(cases);
    }
}

public class InboxAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Every_inbox_handler_allows_exactly_the_roles_it_should() => AssertAsync(fixture, new InboxAccessGrid());
}
