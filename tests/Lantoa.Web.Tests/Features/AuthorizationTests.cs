using System.Net;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features;

/// <summary>
/// Refusals that leave nothing changed, and the antiforgery check. Who may call which handler is in each module's
/// access grid (Features/*/…AccessTests.cs, see <see cref="AccessGrid"/>); EndpointGuardTests makes sure none is missing.
/// </summary>
public class AuthorizationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_unit_officer_who_edits_another_units_id_is_refused_and_nothing_changes()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var benluc = app.NewClient();
        await benluc.LoginAsync("benluc");

        var profile = await benluc.PostFormAsync($"/Units/{ids.BaoUnit}", new() { ["Form.ContactPhone"] = "0999 999 999", ["Form.ContactPerson"] = "Kẻ lạ" });
        var ack = await benluc.PostFormAsync("/MyWork?handler=Acknowledge", new() { ["assignmentId"] = ids.BaoAssignment.ToString(), ["form.FocalPerson"] = "Kẻ lạ" });
        var otherProvince = await benluc.PostFormAsync($"/Units/{ids.TgUnit}", new() { ["Form.ContactPhone"] = "0999 999 999" });

        Assert.Equal(HttpStatusCode.Forbidden, profile.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ack.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherProvince.StatusCode);
        Assert.Contains("Không có quyền", await profile.Content.ReadAsStringAsync());
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var bao = await db.Units.SingleAsync(u => u.Id == ids.BaoUnit);
            Assert.Null(bao.ContactPhone);
            Assert.Null(bao.ContactPerson);
            var tg = await db.Units.SingleAsync(u => u.Id == ids.TgUnit);
            Assert.Null(tg.ContactPhone);
            var assignment = await db.Assignments.SingleAsync(a => a.Id == ids.BaoAssignment);
            Assert.Null(assignment.AcknowledgedAt);
            Assert.Null(assignment.FocalPerson);
            return 0;
        });

        // Their own unit's contact details they may change — but not its name, kind or aliases.
        var bao = app.NewClient();
        await bao.LoginAsync("baolongan");
        var ownProfile = await bao.PostFormAsync($"/Units/{ids.BaoUnit}", new()
        {
            ["Form.ContactPhone"] = "0272 3826 123", ["Form.Name"] = "Báo Long An điện tử", ["Form.Kind"] = "Enterprise", ["Form.Aliases"] = "Báo LA",
        });
        Assert.Equal(HttpStatusCode.Redirect, ownProfile.StatusCode);
        await app.InScopeAsync(async sp =>
        {
            var unit = await sp.GetRequiredService<LantoaDb>().Units.SingleAsync(u => u.Id == ids.BaoUnit);
            Assert.Equal("0272 3826 123", unit.ContactPhone);
            Assert.Equal("Báo Long An", unit.Name);
            Assert.Equal(Lantoa.Domain.Units.UnitKind.Press, unit.Kind);
            Assert.DoesNotContain("Báo LA", unit.Aliases);
            return 0;
        });

        // Their own unit's assignments they may acknowledge.
        var benLucAssignment = await app.DbAsync(db => db.Assignments.Where(a => a.UnitId == ids.BenLucUnit).Select(a => a.Id).FirstAsync());
        var own = await benluc.PostFormAsync("/MyWork?handler=Acknowledge", new() { ["assignmentId"] = benLucAssignment.ToString(), ["form.FocalPerson"] = "Trần Văn A" });
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("dieuphoi");

        var response = await client.PostWithoutTokenAsync("/Plans/Create", new() { ["Form.Title"] = "Không có token", ["Form.Year"] = "2024" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.DbAsync(db => db.Plans.AnyAsync(p => p.Title == "Không có token")));
    }
}
