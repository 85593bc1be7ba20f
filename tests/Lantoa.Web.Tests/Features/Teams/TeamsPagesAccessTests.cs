using Lantoa.Domain.Teams;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.Teams;

/// <summary>The Teams module's pages with every demo login's cookie: Tiền Giang's campaign coverage is for its office
/// (coordinator, the national admin); Long An's logins get 404 (not revealed), anonymous the login page.</summary>
public sealed class TeamsPagesAccessGrid : IAccessGrid
{
    private static readonly string[] Managers = ["quantri.longan", "dieuphoi", "dieuphoi.tg"];

    public async Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var campaign = await app.DbAsync(db => db.Set<FieldCampaign>().Select(c => c.Id).SingleAsync());
        return
        [
            new("GET", $"/Teams/Campaigns/{campaign}/Coverage", u => Rule(u, ["dieuphoi.tg"], laData: false)),
            // The field log page and its token: only a Tổ CNSCĐ member on a roster (tocnscd.tg, see FieldPageTests).
            new("GET", "/Teams/Field", u => Rule(u, [], neutral: true, national: false)),
            new("POST", "/Teams/Field?handler=Token", u => Rule(u, [], neutral: true, national: false)),
            // Rosters of one's own (working) province: its coordinators and admins; the national admin has none picked here.
            new("GET", "/Teams/Rosters", u => Rule(u, Managers, neutral: true, national: false)),
            new("POST", "/Teams/Rosters", u => Rule(u, Managers, neutral: true, national: false),
                File: (RosterImportTests.Workbook([["99999", "Tổ 1", null, "Nguyễn Văn Thử", "Thành viên", null, "0901234567"]]), "to-cnscd.xlsx")),
        ];
    }
}

public class TeamsPagesAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Every_teams_page_answers_each_demo_login_as_the_grid_says() => AccessGrid.AssertAsync(fixture, new TeamsPagesAccessGrid());
}
