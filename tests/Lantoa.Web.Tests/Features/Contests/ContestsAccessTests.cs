using Lantoa.Domain.Contests;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Tests.Features.Contests;

/// <summary>
/// The contests' endpoints: the list and the entries are public; a vote needs a citizen bearer token, so every cookie
/// (staff or citizen) and anonymous get 401.
/// </summary>
public sealed class ContestsAccessGrid : IAccessGrid
{
    public async Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var (contest, entry) = await app.DbAsync(async db =>
        {
            var c = await db.Set<Contest>().OrderBy(x => x.Id).FirstAsync();
            var e = await db.Set<ContestEntry>().Where(x => x.ContestId == c.Id && x.Status == EntryStatus.Accepted).OrderBy(x => x.Id).FirstAsync();
            return (c.Id, e.Id);
        });
        var open = (string _) => Expect.Allowed;
        IReadOnlyList<AccessCase> cases =
        [
            new("GET", "/api/v1/provinces/80/contests", open, Citizen: Expect.Allowed),
            new("GET", $"/api/v1/contests/{contest}/entries", open, Citizen: Expect.Allowed),
            new("POST", $"/api/v1/entries/{entry}/votes", _ => Expect.Login, new(), Citizen: Expect.Login),
        ];
        return cases;
    }
}

public class ContestsAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Contest_endpoints_are_public_to_read_and_votes_take_a_citizen_token() => AccessGrid.AssertAsync(fixture, new ContestsAccessGrid());
}
