using Lantoa.Domain;
using Lantoa.Domain.Events;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lantoa.Web.Features.Events;

/// <summary>What a citizen's registration came to.</summary>
public enum RegistrationOutcome { Created, AlreadyRegistered, Full, Closed, NotFound }

public sealed record RegistrationResult(RegistrationOutcome Outcome, string? TicketCode = null, string? Message = null);

/// <summary>One scan as the door's scanner sends it.</summary>
public sealed record Scan(string? TicketCode, int? SessionId, DateTimeOffset? ScannedAt, string? Nonce);

public sealed record ScanAnswer(string Nonce, ScanResult Result, string? Name);

/// <summary>
/// Events: set up from a plan's activity (its dates, place and participant appendix as quotas), citizens' registrations
/// with the capacity held by the database, delegates within quotas, check-in by ticket code.
/// </summary>
public sealed class EventService(LantoaDb db, TimeProvider clock)
{
    /// <summary>An event on <paramref name="activityId"/> with the activity's dates and place, and a quota per counted row of
    /// its participant appendix (none when it has no appendix).</summary>
    public async Task<Event> CreateFromActivityAsync(int activityId, string? title, CancellationToken ct)
    {
        var activity = await db.Activities.AsNoTracking().Include(a => a.Plan).FirstOrDefaultAsync(a => a.Id == activityId, ct)
            ?? throw new DomainException("Không tìm thấy hoạt động.");
        var time = activity.Time;
        if (time.Start is not { } start) throw new DomainException($"Hoạt động \"{activity.Title}\" chưa có thời gian; hãy ghi ngày trước khi lập sự kiện.");
        var ev = new Event(activity.Plan.ProvinceId, activity.PlanId, activity.Id, string.IsNullOrWhiteSpace(title) ? activity.Title : title,
            activity.Location, start.FirstDay, (time.End ?? start).LastDay);
        var lines = activity.ParticipantTable is { } table ? QuotaAppendix.Lines(table) : [];
        return await db.InTransactionAsync(async () =>
        {
            db.Add(ev);
            await db.SaveChangesAsync(ct);
            foreach (var l in lines) db.Add(new DelegateQuota(ev.Id, l.Label, l.WrittenUnit, l.UnitId, l.Count));
            await db.SaveChangesAsync(ct);
            return ev;
        }, ct);
    }

    /// <summary>
    /// Registers a citizen for a public session: one conditional UPDATE takes a seat only while seats remain (row lock in
    /// PostgreSQL, so concurrent registrations never pass the capacity), then the ticket is written in the same
    /// transaction. A citizen registered already gets the same ticket back and takes no second seat.
    /// </summary>
    public async Task<RegistrationResult> RegisterAsync(int eventId, int sessionId, int citizenId, CancellationToken ct)
    {
        var session = await db.Set<EventSession>().AsNoTracking().Include(s => s.Event)
            .FirstOrDefaultAsync(s => s.Id == sessionId && s.EventId == eventId && s.Event.Published, ct);
        if (session is null) return new(RegistrationOutcome.NotFound, Message: "Không có phiên này trong sự kiện.");
        if (session.RegistrationRefusal(clock.GetUtcNow()) is { } refusal) return new(RegistrationOutcome.Closed, Message: refusal);
        var citizen = await db.Set<Domain.Citizens.Citizen>().AsNoTracking().Where(c => c.Id == citizenId).Select(c => c.FullName).FirstOrDefaultAsync(ct);
        if (citizen is null) return new(RegistrationOutcome.NotFound, Message: "Tài khoản không còn.");
        if (await ExistingAsync() is { } had) return new(RegistrationOutcome.AlreadyRegistered, had);
        // A full session answers at once, without queueing on the session's row lock (the UPDATE below still decides).
        if (session.SeatsTaken >= session.Capacity) return Full();

        try
        {
            return await db.InTransactionAsync(async () =>
            {
                var taken = await db.Database.ExecuteSqlInterpolatedAsync(
                    $"UPDATE event_sessions SET seats_taken = seats_taken + 1 WHERE id = {sessionId} AND seats_taken < capacity", ct);
                if (taken == 0) return Full();
                var ticket = new Ticket(session.Event, sessionId, citizen, citizenId, null);
                db.Add(ticket);
                await db.SaveChangesAsync(ct);
                return new RegistrationResult(RegistrationOutcome.Created, ticket.Code);
            }, ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same citizen registering twice at once: the other request won; its seat stands, this one's rolled back.
            db.ChangeTracker.Clear();
            return await ExistingAsync() is { } code ? new(RegistrationOutcome.AlreadyRegistered, code) : throw new InvalidOperationException("ticket vanished", e);
        }

        RegistrationResult Full() => new(RegistrationOutcome.Full, Message: $"Phiên \"{session.Title}\" đã đủ {session.Capacity} chỗ; không thể đăng ký thêm.");

        Task<string?> ExistingAsync() => db.Set<Ticket>().AsNoTracking()
            .Where(t => t.SessionId == sessionId && t.CitizenId == citizenId).Select(t => t.Code).FirstOrDefaultAsync(ct);
    }

    /// <summary>Names a delegate within the quota (the quota row locked, so two officers at once cannot pass it) and issues the ticket.</summary>
    public async Task<Ticket> NameDelegateAsync(int quotaId, string fullName, string? position, string? phone, string? email, CancellationToken ct)
    {
        return await db.InTransactionAsync(async () =>
        {
            var quota = await db.Set<DelegateQuota>().FromSqlInterpolated($"SELECT * FROM delegate_quotas WHERE id = {quotaId} FOR UPDATE")
                .SingleOrDefaultAsync(ct) ?? throw new DomainException("Không tìm thấy chỉ tiêu.");
            var ev = await db.Set<Event>().SingleAsync(e => e.Id == quota.EventId, ct);
            var named = await db.Set<EventDelegate>().CountAsync(d => d.QuotaId == quotaId, ct);
            quota.EnsureRoomFor(named);
            var person = new EventDelegate(ev.Id, quota.Id, quota.UnitId, fullName, position, phone, email);
            db.Add(person);
            await db.SaveChangesAsync(ct);
            var ticket = new Ticket(ev, null, person.FullName, null, person.Id);
            db.Add(ticket);
            await db.SaveChangesAsync(ct);
            return ticket;
        }, ct);
    }

    /// <summary>
    /// Records scans of one event. A scan's nonce counts once: the same scan uploaded again answers what it answered
    /// first ("accepted" stays "accepted", no second check-in); another scan of a checked-in ticket is a duplicate. The
    /// check-ins are written with INSERT … ON CONFLICT DO NOTHING, so two doors scanning one ticket at once record one.
    /// </summary>
    public async Task<IReadOnlyList<ScanAnswer>> CheckInAsync(Event ev, IReadOnlyList<Scan> scans, Actor actor, CancellationToken ct)
    {
        var sessions = await db.Set<EventSession>().AsNoTracking().Where(s => s.EventId == ev.Id).Select(s => s.Id).ToListAsync(ct);
        var answers = new List<ScanAnswer>();
        var now = clock.GetUtcNow().ToUniversalTime();
        foreach (var scan in scans)
        {
            var nonce = scan.Nonce!.Trim();
            var code = TicketCode.Normalize(scan.TicketCode);
            Ticket? ticket = null;
            if (code is not null && TicketCode.IsValid(code, ev.Id, ev.TicketKey))
                ticket = await db.Set<Ticket>().AsNoTracking().FirstOrDefaultAsync(t => t.EventId == ev.Id && t.Code == code, ct);
            int? session = scan.SessionId is { } s && sessions.Contains(s) ? s : null;
            if (scan.SessionId is not null && session is null) { answers.Add(new(nonce, ScanResult.WrongSession, ticket?.HolderName)); continue; }
            if (ticket is null) { answers.Add(new(nonce, ScanResult.Unknown, null)); continue; }
            var sessionKey = session ?? 0;
            var alreadyIn = await db.Set<CheckIn>().AsNoTracking()
                .Where(c => c.TicketId == ticket.Id && (c.SessionId ?? 0) == sessionKey).Select(c => c.Nonce).FirstOrDefaultAsync(ct);
            if (alreadyIn == nonce) { answers.Add(new(nonce, ScanResult.Accepted, ticket.HolderName)); continue; }
            var result = ScanRules.Classify(ticket, session, alreadyIn is not null);
            if (result == ScanResult.Accepted)
            {
                var scannedAt = (scan.ScannedAt is { } at && at <= now.AddMinutes(5) ? at : now).ToUniversalTime();
                var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO check_ins (event_id, ticket_id, session_id, nonce, scanned_at, recorded_at, by_user_id)
                    VALUES ({ev.Id}, {ticket.Id}, {session}, {nonce}, {scannedAt}, {now}, {actor.UserId})
                    ON CONFLICT DO NOTHING
                    """, ct);
                if (inserted == 0)
                {
                    // Lost a race, or the nonce was used for another ticket: what is recorded decides.
                    var winner = await db.Set<CheckIn>().AsNoTracking().Where(c => c.EventId == ev.Id && c.Nonce == nonce)
                        .Select(c => (int?)c.TicketId).FirstOrDefaultAsync(ct);
                    result = winner == ticket.Id ? ScanResult.Accepted : ScanResult.Duplicate;
                }
            }
            answers.Add(new(nonce, result, ticket.HolderName));
        }
        return answers;
    }

    /// <summary>
    /// Adds a stop to a roadshow: a cluster with its host, participating units of the event's province, days within the
    /// event's and a venue. Refused with the reason (nothing written) when a unit is already in another cluster of the
    /// event, a unit is another province's, or the days fall outside the event.
    /// </summary>
    public async Task<RoadshowStop> AddStopAsync(int eventId, string cluster, int hostUnitId, DateOnly startsOn, DateOnly endsOn, string? venue,
        IReadOnlyCollection<int> participantUnitIds, CancellationToken ct)
    {
        var ev = await db.Set<Event>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct) ?? throw new DomainException("Không tìm thấy sự kiện.");
        var wanted = participantUnitIds.Append(hostUnitId).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => wanted.Contains(u.Id) && u.ProvinceId == ev.ProvinceId).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        if (names.Count != wanted.Count) throw new DomainException("Có đơn vị không thuộc tỉnh của sự kiện.");
        var stop = new RoadshowStop(ev, cluster, hostUnitId, startsOn, endsOn, venue, participantUnitIds);
        return await db.InTransactionAsync(async () =>
        {
            await db.LockAsync<Event>(eventId); // two stops added at once see each other's units
            var others = await db.Set<RoadshowStop>().AsNoTracking().Include(s => s.Participants).Where(s => s.EventId == eventId).ToListAsync(ct);
            var all = others.SelectMany(o => o.Units).Except(names.Keys).Distinct().ToList();
            var otherNames = await db.Units.AsNoTracking().Where(u => all.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
            stop.EnsureApartFrom(others, id => names.GetValueOrDefault(id) ?? otherNames.GetValueOrDefault(id) ?? "Một đơn vị");
            db.Add(stop);
            await db.SaveChangesAsync(ct);
            return stop;
        }, ct);
    }

    /// <summary>Check-ins of a ticket code (for tests and the door's page).</summary>
    public Task<int> CheckInCountAsync(int eventId, string code, CancellationToken ct) =>
        (from c in db.Set<CheckIn>() join t in db.Set<Ticket>() on c.TicketId equals t.Id
         where t.EventId == eventId && t.Code == code select c).CountAsync(ct);
}
