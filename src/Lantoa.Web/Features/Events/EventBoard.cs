using Lantoa.Domain.Events;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Events;

/// <summary>
/// The reads of the events pages: an event with its sessions, its quotas with how many each unit has named, the
/// delegates with their tickets; the events one actor sees; the door's roster. Plain projections, no tracking.
/// </summary>
public sealed class EventBoard(LantoaDb db)
{
    public sealed record QuotaRow(int Id, string? Label, string WrittenUnit, int? UnitId, string? UnitName, int Count, int Named)
    {
        public int Missing => Math.Max(0, Count - Named);
    }

    public sealed record DelegateRow(int Id, int QuotaId, string FullName, string? Position, string? Phone, string? Email, string Unit, string? TicketCode);

    public sealed record StopRow(string Cluster, string Host, DateOnly StartsOn, DateOnly EndsOn, string? Venue, IReadOnlyList<string> Participants);

    public sealed record Board(Event Event, string? PlanTitle, IReadOnlyList<EventSession> Sessions, IReadOnlyList<QuotaRow> Quotas,
        IReadOnlyList<DelegateRow> Delegates, IReadOnlyList<StopRow> Stops)
    {
        public int Invited => Quotas.Sum(q => q.Count);
        public int Named => Quotas.Sum(q => Math.Min(q.Count, q.Named));
    }

    public sealed record ListRow(int Id, string Title, DateOnly StartsOn, DateOnly EndsOn, string? Place, int Sessions, int Invited, int Named,
        int? MyQuota, int? MyNamed);

    /// <summary>The event and everything its office page shows, or null.</summary>
    public async Task<Board?> LoadAsync(int eventId, CancellationToken ct = default)
    {
        var ev = await db.Set<Event>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null) return null;
        var plan = ev.PlanId is null ? null : await db.Plans.AsNoTracking().Where(p => p.Id == ev.PlanId).Select(p => p.Title).FirstOrDefaultAsync(ct);
        var sessions = await db.Set<EventSession>().AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync(ct);
        var quotas = await QuotasAsync(eventId, null, ct);
        var delegates = await DelegatesAsync(eventId, null, ct);
        var stops = await db.Set<RoadshowStop>().AsNoTracking().Include(s => s.Participants).Where(s => s.EventId == eventId)
            .OrderBy(s => s.StartsOn).ThenBy(s => s.Id).ToListAsync(ct);
        var unitIds = stops.SelectMany(s => s.Units).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var stopRows = stops.Select(s => new StopRow(s.Cluster, names[s.HostUnitId], s.StartsOn, s.EndsOn, s.Venue,
            s.Participants.Select(p => names[p.UnitId]).ToList())).ToList();
        return new Board(ev, plan, sessions, quotas, delegates, stopRows);
    }

    /// <summary>The event's quotas (of one unit, when given) with the count each has named.</summary>
    public async Task<IReadOnlyList<QuotaRow>> QuotasAsync(int eventId, int? unitId, CancellationToken ct = default) =>
        await (from q in db.Set<DelegateQuota>().AsNoTracking()
               where q.EventId == eventId && (unitId == null || q.UnitId == unitId)
               join u in db.Units.AsNoTracking() on q.UnitId equals u.Id into us
               from u in us.DefaultIfEmpty()
               orderby q.Id
               select new QuotaRow(q.Id, q.Label, q.WrittenUnit, q.UnitId, u == null ? null : u.Name, q.Count,
                   db.Set<EventDelegate>().Count(d => d.QuotaId == q.Id))).ToListAsync(ct);

    /// <summary>The delegates of the event (of some quotas, when given), in the order they were named, with their ticket codes.</summary>
    public async Task<IReadOnlyList<DelegateRow>> DelegatesAsync(int eventId, IReadOnlyCollection<int>? quotaIds, CancellationToken ct = default) =>
        await (from d in db.Set<EventDelegate>().AsNoTracking()
               where d.EventId == eventId && (quotaIds == null || quotaIds.Contains(d.QuotaId))
               join q in db.Set<DelegateQuota>().AsNoTracking() on d.QuotaId equals q.Id
               join t in db.Set<Ticket>().AsNoTracking() on d.Id equals t.DelegateId into ts
               from t in ts.DefaultIfEmpty()
               orderby q.Id, d.Id
               select new DelegateRow(d.Id, d.QuotaId, d.FullName, d.Position, d.Phone, d.Email, q.WrittenUnit, t == null ? null : t.Code)).ToListAsync(ct);

    /// <summary>The events of the actor's province (every province for a national admin who has not picked one), with
    /// the actor's unit's quota when it has one.</summary>
    public async Task<IReadOnlyList<ListRow>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        var unit = actor.UnitId;
        return await db.Set<Event>().AsNoTracking()
            .Where(e => actor.ProvinceId == null ? actor.IsNational : e.ProvinceId == actor.ProvinceId)
            .OrderByDescending(e => e.StartsOn).ThenBy(e => e.Id)
            .Select(e => new ListRow(e.Id, e.Title, e.StartsOn, e.EndsOn, e.Place,
                db.Set<EventSession>().Count(s => s.EventId == e.Id),
                db.Set<DelegateQuota>().Where(q => q.EventId == e.Id).Sum(q => (int?)q.Count) ?? 0,
                db.Set<EventDelegate>().Count(d => d.EventId == e.Id),
                unit == null ? null : db.Set<DelegateQuota>().Where(q => q.EventId == e.Id && q.UnitId == unit).Sum(q => (int?)q.Count),
                unit == null ? null : db.Set<EventDelegate>().Count(d => d.EventId == e.Id && d.UnitId == unit)))
            .ToListAsync(ct);
    }

    public sealed record RosterTicket(string Code, string Name, int? SessionId, string? Unit);

    /// <summary>Every ticket of the event, for the door's device to check scans against while offline.</summary>
    public async Task<IReadOnlyList<RosterTicket>> RosterAsync(int eventId, CancellationToken ct = default) =>
        await (from t in db.Set<Ticket>().AsNoTracking()
               where t.EventId == eventId
               join d in db.Set<EventDelegate>().AsNoTracking() on t.DelegateId equals d.Id into ds
               from d in ds.DefaultIfEmpty()
               join q in db.Set<DelegateQuota>().AsNoTracking() on d.QuotaId equals q.Id into qs
               from q in qs.DefaultIfEmpty()
               orderby t.Id
               select new RosterTicket(t.Code, t.HolderName, t.SessionId, q == null ? null : q.WrittenUnit)).ToListAsync(ct);

    public sealed record CheckedIn(string Code, int? SessionId);

    /// <summary>Tickets already checked in, per session (null: the event), so the door shows "đã vào rồi" offline too.</summary>
    public async Task<IReadOnlyList<CheckedIn>> CheckedInAsync(int eventId, CancellationToken ct = default) =>
        await (from c in db.Set<CheckIn>().AsNoTracking()
               where c.EventId == eventId
               join t in db.Set<Ticket>().AsNoTracking() on c.TicketId equals t.Id
               select new CheckedIn(t.Code, c.SessionId)).ToListAsync(ct);
}
