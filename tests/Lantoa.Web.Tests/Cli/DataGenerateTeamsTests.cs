using Lantoa.Domain.Users;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Lantoa.Web.Tests.Cli;

/// <summary>`data generate --scale small`: the Teams module's tables — a team per commune with five members, a
/// leader's login of the role Tổ CNSCĐ, a ten-day campaign per province with every commune and 42–82 logs per commune
/// and day (a few communes silent), unique client ids — and the coverage page adds up to those logs.</summary>
[Collection(DatabaseCollection.Name)]
public class DataGenerateTeamsTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Small_scale_has_a_team_per_commune_a_campaign_per_province_and_its_logs()
    {
        var cs = await fixture.NewDatabaseAsync(empty: true);
        var name = new NpgsqlConnectionStringBuilder(cs).Database!;
        var (exit, output, error) = await Cli.RunAsync(cs, "data", "generate", "--scale", "small", "--database", name);
        Assert.True(exit == 0, error);
        Assert.Contains("field_logs", output);

        const string communes = "(SELECT count(*) FROM units WHERE kind = 'CommuneCommittee')";
        Assert.Equal(0, await ScalarAsync(cs, $"SELECT {communes} - count(DISTINCT commune_code) FROM teams WHERE kind = 'Community'"));
        Assert.Equal(0, await ScalarAsync(cs, "SELECT count(*) FROM teams t WHERE (SELECT count(*) FROM team_members m WHERE m.team_id = t.id) <> 5"));
        Assert.True(await ScalarAsync(cs, "SELECT count(*) FROM teams WHERE kind = 'YouthSquad'") >= 2);
        Assert.Equal(0, await ScalarAsync(cs, "SELECT count(*) FROM (SELECT phone FROM team_members GROUP BY phone HAVING count(*) > 1) x"));
        Assert.Equal(2, await ScalarAsync(cs, "SELECT count(*) FROM field_campaigns WHERE ends_on - starts_on = 9 AND jsonb_array_length(categories) = 5"));
        Assert.Equal(await ScalarAsync(cs, $"SELECT {communes}"), await ScalarAsync(cs, "SELECT count(*) FROM campaign_communes"));
        // Every campaign commune is of the campaign's province; every log of a commune of its campaign, by its team's login.
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM campaign_communes x JOIN field_campaigns c ON c.id = x.campaign_id JOIN provinces p ON p.id = c.province_id " +
            "WHERE NOT EXISTS (SELECT 1 FROM admin_units a WHERE a.code = x.commune_code AND a.province_code = p.code)"));
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM field_logs l WHERE NOT EXISTS (SELECT 1 FROM teams t JOIN team_members m ON m.team_id = t.id " +
            "WHERE t.id = l.team_id AND m.user_id = l.user_id AND t.commune_code = l.commune_code) " +
            "OR NOT EXISTS (SELECT 1 FROM campaign_communes x WHERE x.campaign_id = l.campaign_id AND x.commune_code = l.commune_code)"));
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM (SELECT commune_code, date, count(*) n FROM field_logs GROUP BY 1, 2) d WHERE n NOT BETWEEN 42 AND 82"));
        Assert.Equal(await ScalarAsync(cs, "SELECT count(*) FROM field_logs"), await ScalarAsync(cs, "SELECT count(DISTINCT client_id) FROM field_logs"));
        Assert.Equal(0, await ScalarAsync(cs,
            "SELECT count(*) FROM field_logs l JOIN field_campaigns c ON c.id = l.campaign_id WHERE l.date NOT BETWEEN c.starts_on AND c.ends_on"));

        // The coverage sums the triggers keep were rebuilt from the loaded logs (AfterGenerate).
        Assert.Equal(0, await ScalarAsync(cs, Lantoa.Web.Tests.Features.Teams.CoverageSumsTests.Drift));
        Assert.True(await ScalarAsync(cs, "SELECT count(*) FROM field_coverage") > 0);

        await using var services = LantoaWeb.CommandLineServices(cs);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LantoaDb>();
        var leader = await db.Users.SingleAsync(u => u.UserName == "tocnscd.12.1");
        Assert.Equal([Role.TeamMember], leader.Roles);
        Assert.Equal(PasswordVerificationResult.Success,
            scope.ServiceProvider.GetRequiredService<IPasswordHasher<User>>().VerifyHashedPassword(leader, leader.PasswordHash, DemoSeeder.DemoPassword));
        var sync = scope.ServiceProvider.GetRequiredService<Lantoa.Web.Features.Teams.FieldSync>();
        var teams = await sync.TeamsOfAsync(new Actor(leader.Id, leader.UserName, leader.ProvinceId, null, leader.Roles.ToHashSet()), CancellationToken.None);
        var campaign = Assert.Single(await sync.CampaignsAsync(teams!, CancellationToken.None));
        Assert.Single(campaign.Communes);

        // The coverage page's sums (CoverageQueries) are the logs' sums.
        var cells = await Lantoa.Web.Features.Teams.CoverageQueries.CellsAsync(db, campaign.Id, CancellationToken.None);
        var households = await ScalarAsync(cs, $"SELECT sum(households) FROM field_logs WHERE campaign_id = {campaign.Id}");
        Assert.Equal(households, cells.Where(c => c.Category is not null).Sum(c => c.Households));
        Assert.Equal(households, cells.Where(c => c.Date is not null).Sum(c => c.Households));
    }

    private static async Task<long> ScalarAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }
}
