using Lantoa.Domain.Geography;
using Lantoa.Domain.Teams;
using Lantoa.Domain.Text;
using Lantoa.Domain.Users;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Teams;

/// <summary>
/// Demo: every plan activity that sends the Tổ công nghệ số cộng đồng on a campaign with numbered contents becomes a
/// field campaign (categories and days read from the activity's text — for Tiền Giang's 2024 plan the ten days
/// 01/10–10/10/2024 and five contents); a team per commune valid on its first day, a leader each; the login
/// <see cref="DemoLogin"/> on the first commune's team of Tiền Giang, and a few logs.
/// </summary>
public sealed class TeamsDemoData(LantoaDb db, IPasswordHasher<User> hasher, TimeProvider clock)
{
    public const string DemoLogin = "tocnscd.tg";

    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var tg = await db.Provinces.SingleOrDefaultAsync(p => p.Code == "82", ct);
        if (tg is null) return;
        var activities = await db.Activities.Where(a => a.Plan.ProvinceId == tg.Id)
            .Select(a => new { a.Id, a.PlanId, a.Title, a.Content }).ToListAsync(ct);
        var found = activities
            .Select(a => new { a, Text = a.Title + "\n" + a.Content })
            .Where(x => VietnameseText.Fold(x.Text).Contains("to cong nghe so cong dong"))
            .Select(x => new { x.a, Categories = CampaignCategories.Parse(x.a.Content), Window = CampaignWindow.Parse(x.a.Content) })
            .FirstOrDefault(x => x.Categories.Count >= 2 && x.Window is not null);
        if (found is null) return;
        var (from, to) = found.Window!.Value;
        var campaign = new FieldCampaign(tg.Id, found.a.PlanId, found.a.Id, "Chiến dịch ra quân của Tổ công nghệ số cộng đồng", from, to, found.Categories);
        db.Add(campaign);
        await db.SaveChangesAsync(ct);

        var communes = await db.AdminUnits.Where(a => a.ProvinceCode == tg.Code && a.Level == AdminLevel.Commune
                                                      && (a.ValidFrom == null || a.ValidFrom <= from) && (a.ValidTo == null || a.ValidTo >= from))
            .Select(a => new { a.Code, a.Type, a.Name }).ToListAsync(ct);
        communes = communes.DistinctBy(c => c.Code).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var teams = new List<(string Code, Team Team)>();
        foreach (var c in communes)
        {
            var households = 1_500 + int.Parse(c.Code) % 2_500;
            db.Add(new CampaignCommune(campaign.Id, c.Code, households, households * 3 / 10, households * 6 / 10));
            var team = new Team(tg.Id, c.Code, $"Tổ công nghệ số cộng đồng {c.Type} {c.Name}".Trim(), TeamKind.Community, null, now);
            db.Add(team);
            teams.Add((c.Code, team));
        }
        await db.SaveChangesAsync(ct);

        var user = new User(DemoLogin, "Trần Thị Thu (Tổ CNSCĐ Tiền Giang)", tg.Id, null, [Role.TeamMember], now);
        user.SetPasswordHash(hasher.HashPassword(user, DemoSeeder.DemoPassword));
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        var phone = 0;
        foreach (var (code, team) in teams)
        {
            var leader = new TeamMember(team.Id, $"Tổ trưởng {team.Name[26..]}", MemberRole.Leader, "UBND xã", $"09{10_000_000 + phone++:D8}");
            db.Add(leader);
            if (team == teams[0].Team)
            {
                db.Add(new TeamMember(team.Id, user.DisplayName, MemberRole.Member, "Đoàn Thanh niên", "0987654321") { UserId = user.Id });
                db.Add(new TeamMember(team.Id, "Lê Văn Bưu", MemberRole.Deputy, "Bưu điện", "0977123456"));
            }
        }
        await db.SaveChangesAsync(ct);

        // A few days of logs in the first communes, each category once a day.
        foreach (var (code, team) in teams.Take(12))
            for (var day = from; day <= from.AddDays(2); day = day.AddDays(1))
                foreach (var category in campaign.Categories.Take(3))
                    db.Add(new FieldLog(Guid.NewGuid(), campaign.Id, team.Id, user.Id, code, null, category.Key, day,
                        8 + int.Parse(code) % 7, 15 + int.Parse(code) % 11, null, null, now));
        await db.SaveChangesAsync(ct);
    }
}
