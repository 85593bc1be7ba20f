using Lantoa.Domain.Events;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Inbox;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Events;

/// <summary>The Events module's part of the inbox: for a unit's officer, each coming event where the unit has not yet
/// named all the delegates its quota asks for ("Cử đại biểu dự sự kiện"), linked to the unit's delegates page.</summary>
public sealed class EventsInbox(LantoaDb db, TimeProvider clock) : IInboxSource
{
    public const string Group = "Cử đại biểu dự sự kiện";

    public async Task<IReadOnlyList<InboxItem>> ItemsAsync(Actor actor, int limit, CancellationToken ct = default)
    {
        if (Open(actor) is not { } open) return [];
        var rows = await open.Take(limit).ToListAsync(ct);
        return rows.Select(r => new InboxItem(Group, r.Title, $"Đã cử {r.Named}/{r.Count} đại biểu; ngày {r.StartsOn:dd/MM/yyyy}",
            $"/Events/{r.EventId}/Delegates?unitId={actor.UnitId}", null)).ToList();
    }

    public async Task<int> CountAsync(Actor actor, CancellationToken ct = default) =>
        Open(actor) is { } open ? await open.CountAsync(ct) : 0;

    private sealed record Row(int EventId, string Title, DateOnly StartsOn, int Count, int Named);

    private IQueryable<Row>? Open(Actor actor)
    {
        if (actor.ProvinceId is not { } province || actor.UnitId is not { } unit || !actor.Has(Role.UnitOfficer)) return null;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(VietnamTime.Offset).DateTime);
        return from q in db.Set<DelegateQuota>()
               join e in db.Set<Event>() on q.EventId equals e.Id
               where q.UnitId == unit && e.ProvinceId == province && e.EndsOn >= today && q.Count > 0
               let named = db.Set<EventDelegate>().Count(d => d.QuotaId == q.Id)
               where named < q.Count
               orderby e.StartsOn, e.Id
               select new Row(e.Id, e.Title, e.StartsOn, q.Count, named);
    }
}
