using Lantoa.Domain.Events;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Lantoa.Web.Tests.Infrastructure.AccessGrid;

namespace Lantoa.Web.Tests.Features.Events;

/// <summary>Who may do what with events: the DX office (coordinator, the province's admin, the national admin) opens an
/// event's page, downloads the invitations and checks tickets in at the door; a unit's officer names its own unit's
/// delegates and no other unit's; another province's event is not revealed (404). The events API takes bearer tokens
/// only: with the cookie of any login (or none) both endpoints answer 401; who may scan with a token is checked in
/// <see cref="EventsApiTests"/>.</summary>
public sealed class EventsAccessGrid : IAccessGrid
{
    public async Task<IReadOnlyList<AccessCase>> CasesAsync(TestApp app, DemoIds ids)
    {
        var meeting = await EventsKit.MeetingAsync(app);
        await EventsKit.QuotaOfAsync(app, meeting, ids.BaoUnit);
        var m = $"/Events/{meeting.Id}";
        var open = await EventsKit.OpenEventAsync(app);
        var openSession = await app.DbAsync(db => db.Set<EventSession>().Where(s => s.EventId == open.Id).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        Func<string, Expect> citizenOnly = _ => Expect.Login;
        var managers = (string u) => Rule(u, LongAnManagers);
        var baoNamers = (string u) => Rule(u, ["quantri.longan", "dieuphoi", "baolongan"]);
        Func<string, Expect> tokenOnly = _ => Expect.Login;
        IReadOnlyList<AccessCase> cases =
        [
            new("GET", "/Events", u => Rule(u, Everyone)),
            new("GET", m, managers),
            new("GET", m + "?handler=Invitations", managers),
            new("GET", $"{m}/Delegates?unitId={ids.BaoUnit}", baoNamers),
            new("GET", $"{m}/Delegates?unitId={ids.TgUnit}", u => u == "anonymous" ? Expect.Login : Expect.NotFound),
            new("POST", $"{m}/Delegates?unitId={ids.BaoUnit}", baoNamers, new() { ["Form.FullName"] = "Đại biểu thử quyền", ["Form.Email"] = "khong-phai-thu" }),
            new("POST", $"{m}/Delegates?handler=Remove&unitId={ids.BaoUnit}", baoNamers, new(),
                Prepare: async () => $"{m}/Delegates?handler=Remove&unitId={ids.BaoUnit}&delegateId={await EventsKit.AddDelegateAsync(app, meeting.Id, ids.BaoUnit)}"),
            new("GET", $"{m}/CheckIn", managers),
            new("GET", $"{m}/CheckIn?handler=Roster", managers),
            new("POST", $"{m}/CheckIn?handler=Scans", managers, new() { ["x"] = "không phải JSON" }),
            new("GET", $"/su-kien/{open.Id}", citizenOnly, Citizen: Expect.Allowed),
            new("POST", $"/su-kien/{open.Id}", citizenOnly, new() { ["sessionId"] = openSession.ToString() }, Citizen: Expect.Allowed),
            new("POST", "/api/v1/events/1/registrations", tokenOnly, new(), Citizen: Expect.Login),
            new("POST", "/api/v1/events/1/checkins", tokenOnly, new(), Citizen: Expect.Login),
        ];
        return cases;
    }
}

public class EventsAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public Task Every_events_handler_allows_exactly_the_roles_it_should() => AssertAsync(fixture, new EventsAccessGrid());
}

/// <summary>The demo events and small set-ups the events tests share.</summary>
internal static class EventsKit
{
    /// <summary>The Long An 2024 meeting of the Community Digital Technology Teams (the demo's event on an activity).</summary>
    public static Task<Event> MeetingAsync(TestApp app) => app.DbAsync(async db =>
    {
        var la = await db.Provinces.Where(p => p.Code == "80").Select(p => p.Id).SingleAsync();
        return await db.Set<Event>().AsNoTracking().Where(e => e.ProvinceId == la && e.ActivityId != null).OrderBy(e => e.Id).FirstAsync();
    });

    /// <summary>The demo's public event whose open session takes citizens' registrations.</summary>
    public static Task<Event> OpenEventAsync(TestApp app) => app.DbAsync(db =>
        db.Set<Event>().AsNoTracking().SingleAsync(e => e.Title == Lantoa.Web.Features.Events.EventsDemoData.OpenEventTitle));

    /// <summary>The unit's quota in the event (the appendix's own line when the import matched it to the unit).</summary>
    public static Task<DelegateQuota> QuotaOfAsync(TestApp app, Event ev, int unitId) => app.DbAsync(async db =>
    {
        var quota = await db.Set<DelegateQuota>().AsNoTracking().Where(q => q.EventId == ev.Id && q.UnitId == unitId).OrderBy(q => q.Id).FirstOrDefaultAsync();
        if (quota is not null) return quota;
        var name = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync();
        quota = new DelegateQuota(ev.Id, null, name, unitId, 2);
        db.Add(quota);
        await db.SaveChangesAsync();
        return quota;
    });

    /// <summary>A delegate of the unit written straight into the database (beside the quota), with its ticket; its id.</summary>
    public static Task<int> AddDelegateAsync(TestApp app, int eventId, int unitId) => app.DbAsync(async db =>
    {
        var ev = await db.Set<Event>().SingleAsync(e => e.Id == eventId);
        var quota = await db.Set<DelegateQuota>().Where(q => q.EventId == eventId && q.UnitId == unitId).OrderBy(q => q.Id).FirstAsync();
        var person = new EventDelegate(eventId, quota.Id, unitId, "Đại biểu sẽ rút tên", null, null, null);
        db.Add(person);
        await db.SaveChangesAsync();
        db.Add(new Ticket(ev, null, person.FullName, null, person.Id));
        await db.SaveChangesAsync();
        return person.Id;
    });
}
