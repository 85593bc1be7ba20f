using Lantoa.Domain.Contests;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Tests.Features.Contests;

/// <summary>
/// The contests' endpoints and pages: the list and the entries are public; a vote needs a citizen (a bearer token on the
/// API: every cookie and anonymous get 401; the citizen cookie on the vote page: staff and anonymous are sent to the
/// citizen sign-in). The organiser's page is the DX office's and the admins'; the entry form a unit officer's or a
/// coordinator's; the scoring page only a judge's on the contest's jury (no grid login is one: the judges' own tests are
/// in ContestPagesTests). Tiền Giang's users get 404 for Long An's contest.
/// </summary>
public sealed class ContestsAccessGrid : IAccessGrid
{
    private static readonly string[] Submitters = ["dieuphoi", "benluc", "baolongan", "tinhdoan"];

    public async Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var (contest, entry, category) = await app.DbAsync(async db =>
        {
            var c = await db.Set<Contest>().Include(x => x.Categories).OrderBy(x => x.Id).FirstAsync();
            var e = await db.Set<ContestEntry>().Where(x => x.ContestId == c.Id && x.Status == EntryStatus.Accepted).OrderBy(x => x.Id).FirstAsync();
            return (c.Id, e.Id, c.Categories.OrderBy(x => x.Id).First().Id);
        });
        Task<string> Fresh(string handler) => app.DbAsync(async db =>
        {
            var e = new ContestEntry(contest, ids.LongAn, category, "Bài thử quyền", null, "Tổ thử", ids.BenLucUnit, null,
                "https://youtu.be/thuquyen01", DateTimeOffset.UtcNow, submittedByUserId: ids.TargetUser);
            db.Add(e);
            await db.SaveChangesAsync();
            return $"/Contests/{contest}?handler={handler}&entryId={e.Id}";
        });
        var open = (string _) => Expect.Allowed;
        var managers = (string u) => AccessGrid.Rule(u, AccessGrid.LongAnManagers);
        var submitters = (string u) => AccessGrid.Rule(u, Submitters, national: false);
        var judges = (string u) => AccessGrid.Rule(u, [], national: false);
        var entryForm = new Dictionary<string, string>
        {
            ["Form.CategoryId"] = category.ToString(), ["Form.Title"] = "Clip thử quyền", ["Form.Authors"] = "Tổ thử",
            ["Form.MediaUrl"] = "https://youtu.be/thuquyen02", ["Form.UnitId"] = ids.BenLucUnit.ToString(),
        };
        IReadOnlyList<AccessCase> cases =
        [
            new("GET", "/api/v1/provinces/80/contests", open, Citizen: Expect.Allowed),
            new("GET", $"/api/v1/contests/{contest}/entries", open, Citizen: Expect.Allowed),
            new("POST", $"/api/v1/entries/{entry}/votes", _ => Expect.Login, new(), Citizen: Expect.Login),
            new("GET", "/Contests", u => AccessGrid.Rule(u, AccessGrid.Everyone, neutral: true)),
            new("GET", $"/Contests/{contest}", managers),
            new("POST", $"/Contests/{contest}?handler=Accept", managers, new(), Prepare: () => Fresh("Accept")),
            new("POST", $"/Contests/{contest}?handler=Reject", managers, new() { ["reason"] = "Không đúng chủ đề" }, Prepare: () => Fresh("Reject")),
            new("POST", $"/Contests/{contest}?handler=Publish", managers, new()), // the vote is not over on the grid's day: 422, nothing published
            new("GET", $"/Contests/{contest}/Submit", submitters),
            new("POST", $"/Contests/{contest}/Submit", submitters, entryForm), // outside the window on the grid's day: 422, nothing saved
            new("GET", $"/Contests/{contest}/Judge", judges),
            new("POST", $"/Contests/{contest}/Judge?handler=Score", judges, new() { ["entryId"] = entry.ToString() }),
            new("GET", $"/binh-chon/{contest}", open, Citizen: Expect.Allowed),
            new("POST", $"/binh-chon/{contest}?handler=Vote", _ => Expect.Login, new() { ["entryId"] = entry.ToString() }, Citizen: Expect.Allowed),
        ];
        return cases;
    }
}

public class ContestsAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Contest_endpoints_and_pages_check_role_and_province() => AccessGrid.AssertAsync(fixture, new ContestsAccessGrid());
}
