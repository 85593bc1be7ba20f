using Lantoa.Domain.Events;
using Lantoa.Web.Features.MyWork;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Events;

/// <summary>The Events module's part of "Việc của đơn vị": the roadshow stops the unit hosts or takes part in (its
/// cluster, days, venue, host; it owes its delegates and its report for the stop), and the events still waiting for
/// the delegates its quota asks for.</summary>
public sealed class EventsUnitWork(LantoaDb db) : IUnitWorkSource
{
    public const string RoadshowGroup = "Lưu động theo cụm";
    public const string DelegatesGroup = "Cử đại biểu";

    public async Task<IReadOnlyList<UnitWorkItem>> ItemsAsync(int unitId, DateOnly today, CancellationToken ct = default)
    {
        var stops = await (from s in db.Set<RoadshowStop>().AsNoTracking()
                           join e in db.Set<Event>().AsNoTracking() on s.EventId equals e.Id
                           join h in db.Units.AsNoTracking() on s.HostUnitId equals h.Id
                           where s.HostUnitId == unitId || s.Participants.Any(p => p.UnitId == unitId)
                           orderby s.StartsOn, s.Id
                           select new { e.Title, s.Cluster, s.StartsOn, s.EndsOn, s.Venue, Host = h.Name, IsHost = s.HostUnitId == unitId,
                               Units = s.Participants.Count + 1 }).Take(20).ToListAsync(ct);
        var items = stops.Select(s => new UnitWorkItem(RoadshowGroup, $"{s.Title} – {s.Cluster}",
            $"{(s.IsHost ? "Đơn vị chủ trì cụm" : "Đơn vị tham gia; chủ trì: " + s.Host)} · {s.StartsOn:dd/MM/yyyy} – {s.EndsOn:dd/MM/yyyy}"
            + $"{(s.Venue is null ? "" : " · tại " + s.Venue)} · {s.Units} đơn vị · cử đại biểu và báo cáo kết quả của cụm"
            + (s.EndsOn < today ? " (đã diễn ra)" : ""), "/Events", s.StartsOn)).ToList();

        var owed = await (from q in db.Set<DelegateQuota>().AsNoTracking()
                          join e in db.Set<Event>().AsNoTracking() on q.EventId equals e.Id
                          where q.UnitId == unitId && q.Count > 0 && e.EndsOn >= today
                          let named = db.Set<EventDelegate>().Count(d => d.QuotaId == q.Id)
                          where named < q.Count
                          orderby e.StartsOn
                          select new { e.Id, e.Title, e.StartsOn, q.Count, Named = named }).Take(20).ToListAsync(ct);
        items.AddRange(owed.Select(o => new UnitWorkItem(DelegatesGroup, o.Title, $"đã cử {o.Named}/{o.Count} đại biểu · ngày {o.StartsOn:dd/MM/yyyy}",
            $"/Events/{o.Id}/Delegates?unitId={unitId}", o.StartsOn)));
        return items;
    }
}
