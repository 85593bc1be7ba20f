using Lantoa.Domain.Contests;
using Lantoa.Domain.Users;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Contests;

/// <summary>
/// Long An's video-clip contest of the community digital technology teams, on the first activity of its 2024 plan:
/// two categories, the rubric nội dung 40 / sáng tạo 30 / kỹ thuật 30, three judges (logins giamkhao1…3, one of them of
/// Bến Lức, so Bến Lức's clips are hidden from that judge), four clips from Bến Lức's teams (three accepted, one
/// waiting), and a public vote open from a week before the day the demo is seeded to a month after it.
/// </summary>
public sealed class ContestsDemoData(LantoaDb db, IPasswordHasher<User> hasher, TimeProvider clock)
{
    public const string Title = "Cuộc thi video clip “Tổ Công nghệ số cộng đồng – Chuyển đổi số vì người dân”";
    public static readonly string[] JudgeLogins = ["giamkhao1", "giamkhao2", "giamkhao3"];

    public async Task SeedAsync(CancellationToken ct)
    {
        var province = await db.Provinces.FirstOrDefaultAsync(p => p.Code == "80", ct);
        if (province is null || await db.Set<Contest>().AnyAsync(c => c.ProvinceId == province.Id, ct)) return;
        var activity = await (from a in db.Activities.AsNoTracking()
                              join p in db.Plans.AsNoTracking() on a.PlanId equals p.Id
                              where p.ProvinceId == province.Id
                              orderby p.Year descending, p.Id, a.SortOrder
                              select new { a.Id, a.PlanId }).FirstOrDefaultAsync(ct);
        var benLuc = await db.Units.Where(u => u.ProvinceId == province.Id && u.Name == "UBND huyện Bến Lức").Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        var officer = await db.Users.Where(u => u.UserName == "benluc").Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        if (activity is null || benLuc is null || officer is null) return;
        var otherUnits = await db.Units.Where(u => u.ProvinceId == province.Id && u.Id != benLuc).OrderBy(u => u.Id).Select(u => u.Id).Take(2).ToListAsync(ct);

        var now = clock.GetUtcNow();
        var contest = new Contest(province.Id, activity.PlanId, activity.Id, Title, ContestKind.VideoClip, now.AddDays(-30), now.AddDays(20),
            now.AddDays(-7), now.AddDays(30), juryWeight: 70, quorum: 2);
        contest.AddCategory("Tập thể (Tổ Công nghệ số cộng đồng)");
        contest.AddCategory("Cá nhân");
        contest.AddCriterion("Nội dung", 40);
        contest.AddCriterion("Sáng tạo", 30);
        contest.AddCriterion("Kỹ thuật", 30);
        db.Add(contest);
        await db.SaveChangesAsync(ct);

        var judgeUnits = new int?[] { benLuc, otherUnits.Count > 0 ? otherUnits[0] : null, otherUnits.Count > 1 ? otherUnits[1] : null };
        for (var i = 0; i < JudgeLogins.Length; i++)
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == JudgeLogins[i], ct);
            if (user is null)
            {
                user = new User(JudgeLogins[i], $"Giám khảo {i + 1}", province.Id, judgeUnits[i], [Role.UnitOfficer], now);
                user.SetPasswordHash(hasher.HashPassword(user, DemoSeeder.DemoPassword));
                db.Users.Add(user);
                await db.SaveChangesAsync(ct);
            }
            db.Add(new ContestJudge(contest.Id, user.Id, user.DisplayName, user.UnitId, null, null));
        }

        var team = contest.Categories[0].Id;
        (string Title, string Authors, string Link, bool Accepted)[] clips =
        [
            ("Dịch vụ công trực tuyến – chỉ vài cú chạm", "Tổ Công nghệ số cộng đồng xã Mỹ Yên", "https://www.youtube.com/watch?v=M9yAnCds001", true),
            ("Thanh toán không dùng tiền mặt ở chợ quê", "Tổ Công nghệ số cộng đồng xã Lương Hòa", "https://www.youtube.com/watch?v=LuongHoa002", true),
            ("Cài VNeID cùng ông bà", "Tổ Công nghệ số cộng đồng thị trấn Bến Lức", "https://www.tiktok.com/@tocnscd.benluc/video/7300000000000000003", true),
            ("Nông sản lên sàn", "Tổ Công nghệ số cộng đồng xã Thạnh Lợi", "https://www.facebook.com/tocnscd.thanhloi/videos/1000000000000004/", false),
        ];
        foreach (var c in clips)
        {
            var entry = new ContestEntry(contest.Id, province.Id, team, c.Title, "Clip dự thi của Tổ Công nghệ số cộng đồng.", c.Authors, benLuc,
                null, c.Link, now.AddDays(-10), submittedByUserId: officer);
            if (c.Accepted) entry.Accept();
            db.Add(entry);
        }
        await db.SaveChangesAsync(ct);
    }
}
