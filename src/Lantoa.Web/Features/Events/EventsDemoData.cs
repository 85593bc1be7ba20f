using Lantoa.Domain.Events;
using Lantoa.Domain.Plans;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Events;

/// <summary>
/// The demo's events: the Long An 2024 meeting of the Community Digital Technology Teams, set up from the demo plan's
/// activity that carries a participant appendix (its quotas are that appendix's rows, read by the import), with
/// delegates named by some units; and a public event whose session takes citizens' registrations (no opening day) until
/// the session starts, half a year after the demo data is made.
/// </summary>
public sealed class EventsDemoData(LantoaDb db, EventService events, TimeProvider clock)
{
    public const string OpenEventTitle = "Ngày hội Chuyển đổi số cho người dân";

    public async Task SeedAsync(CancellationToken ct)
    {
        var province = await db.Provinces.FirstOrDefaultAsync(p => p.Code == "80", ct);
        if (province is null || await db.Set<Event>().AnyAsync(e => e.ProvinceId == province.Id, ct)) return;
        var candidates = await (from a in db.Activities.AsNoTracking()
                                join p in db.Plans.AsNoTracking() on a.PlanId equals p.Id
                                where p.ProvinceId == province.Id && p.Year == 2024 && p.Status != PlanStatus.Draft && a.ParticipantTable != null
                                orderby p.Id, a.SortOrder
                                select new { a.Id, a.PlanId, a.Location }).ToListAsync(ct);
        int? planId = null;
        foreach (var c in candidates)
        {
            Event meeting;
            try { meeting = await events.CreateFromActivityAsync(c.Id, null, ct); }
            catch (Lantoa.Domain.DomainException) { continue; }
            planId = c.PlanId;
            meeting.Published = true;
            var day = meeting.StartsOn;
            db.Add(meeting.NewSession("Họp mặt và tôn vinh Tổ Công nghệ số cộng đồng", VietnamTime.At(day, new TimeOnly(7, 30)),
                VietnamTime.At(day, new TimeOnly(11, 30)), meeting.Place ?? "Hội trường", 400, publicRegistration: false));
            await db.SaveChangesAsync(ct);
            // Some units have named their delegates (one seat of each left open, where the quota has more than one).
            var quotas = await db.Set<DelegateQuota>().AsNoTracking().Where(q => q.EventId == meeting.Id && q.UnitId != null)
                .OrderBy(q => q.Id).Take(3).ToListAsync(ct);
            var n = 0;
            foreach (var q in quotas)
                for (var i = 0; i < Math.Max(1, q.Count - 1) && i < 3; i++)
                    await events.NameDelegateAsync(q.Id, DemoNames[n++ % DemoNames.Length], "Chuyên viên", $"09{1234500 + n:D8}"[..10],
                        $"daibieu{n}@lantoa.vn", ct);
            break;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(VietnamTime.Offset).DateTime);
        var open = new Event(province.Id, planId, null, OpenEventTitle, "Nhà Văn hóa Thanh niên tỉnh Long An", today, today.AddDays(200));
        open.Published = true;
        db.Add(open);
        await db.SaveChangesAsync(ct);
        var start = VietnamTime.At(today.AddDays(180), new TimeOnly(8, 0));
        db.Add(open.NewSession("Hướng dẫn người dân dùng dịch vụ công trực tuyến", start, start.AddHours(3), "Hội trường A", 300,
            publicRegistration: true));
        await db.SaveChangesAsync(ct);

        if (planId is { } plan) await RoadshowAsync(province.Id, plan, ct);
    }

    public const string RoadshowTitle = "Chuyển đổi số lưu động theo cụm huyện";

    /// <summary>
    /// A roadshow on the plan's district-level activity ("Cấp huyện", 01/10–10/10/2024): two clusters of district-level
    /// units, each with a host and five participants and two days, Bến Lức among the first cluster's participants.
    /// </summary>
    private async Task RoadshowAsync(int provinceId, int planId, CancellationToken ct)
    {
        var districts = await db.Units.AsNoTracking()
            .Where(u => u.ProvinceId == provinceId && u.Kind == Lantoa.Domain.Units.UnitKind.DistrictCommittee)
            .OrderBy(u => u.Id).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        if (districts.Count < 12) return;
        var benLuc = districts.FindIndex(d => d.Name == "UBND huyện Bến Lức");
        if (benLuc > 1) (districts[1], districts[benLuc]) = (districts[benLuc], districts[1]);
        var activity = await db.Activities.AsNoTracking().Where(a => a.PlanId == planId && a.Title == "Cấp huyện")
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        var first = new DateOnly(2024, 10, 1);
        var roadshow = new Event(provinceId, planId, activity, RoadshowTitle, null, first, new DateOnly(2024, 10, 10));
        db.Add(roadshow);
        await db.SaveChangesAsync(ct);
        for (var c = 0; c < 2; c++)
        {
            var units = districts.Skip(c * 6).Take(6).ToList();
            var day = first.AddDays(2 * c);
            await events.AddStopAsync(roadshow.Id, $"Cụm {c + 1}", units[0].Id, day, day.AddDays(1), $"Hội trường {units[0].Name}",
                [.. units.Skip(1).Select(u => u.Id)], ct);
        }
    }

    private static readonly string[] DemoNames =
        ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Thu Dung", "Võ Thanh Hải", "Huỳnh Ngọc Lan", "Đặng Quốc Minh", "Bùi Thị Ngân", "Đỗ Văn Phúc"];
}
