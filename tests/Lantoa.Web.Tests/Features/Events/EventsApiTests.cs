using System.Net;
using System.Text.Json;
using Lantoa.Domain.Events;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Features.Events;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Tests.Features.Api;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Events;

/// <summary>The events of the demo through the API: the teams meeting's quotas from the plan's Phụ lục I, the door's
/// scans by the coordinator's bearer token (a second scan is a duplicate, a replayed nonce counts once), a citizen's
/// registration for the open session listed in the public API, and capacity held under 500 concurrent registrations.</summary>
/// <remarks>Serial: its concurrency cases hold up to 80 database connections at once, which beside the parallel classes
/// would exhaust the test cluster's 200 (53300 "remaining connection slots are reserved").</remarks>
[Collection(DatabaseCollection.Name)]
public class EventsApiTests(DatabaseFixture fixture)
{
    private static async Task<(Event Meeting, Event Open)> DemoEventsAsync(TestApp app) => await app.DbAsync(async db =>
    {
        var la = await db.Provinces.Where(p => p.Code == "80").Select(p => p.Id).SingleAsync();
        var events = await db.Set<Event>().Where(e => e.ProvinceId == la).OrderBy(e => e.Id).ToListAsync();
        return (events.First(e => e.ActivityId != null), events.Single(e => e.Title == EventsDemoData.OpenEventTitle));
    });

    [Fact]
    public async Task The_teams_meeting_has_the_quotas_of_the_plans_appendix_and_a_unit_cannot_name_one_over_its_quota()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var (meeting, _) = await DemoEventsAsync(app);
        var (appendix, quotas, named) = await app.DbAsync(async db =>
        {
            var activity = await db.Activities.AsNoTracking().SingleAsync(a => a.Id == meeting.ActivityId);
            var q = await db.Set<DelegateQuota>().AsNoTracking().Where(x => x.EventId == meeting.Id).OrderBy(x => x.Id).ToListAsync();
            var n = await db.Set<EventDelegate>().CountAsync(d => d.EventId == meeting.Id);
            return (activity.ParticipantTable!, q, n);
        });
        // The seed's appendix states 400 in all; the quotas are its counted rows, as the import read them.
        Assert.Equal(appendix.StatedTotal, quotas.Sum(q => q.Count));
        Assert.Equal(400, quotas.Sum(q => q.Count));
        Assert.Contains(quotas, q => q.WrittenUnit == "VNPT" && q.Count == 5);
        Assert.True(named > 0, "the demo names some delegates");

        var quota = quotas.First(q => q.Count is >= 2 and <= 5);
        var already = await app.DbAsync(db => db.Set<EventDelegate>().CountAsync(d => d.QuotaId == quota.Id));
        for (var i = already; i < quota.Count; i++)
            await app.InScopeAsync(sp => sp.GetRequiredService<EventService>().NameDelegateAsync(quota.Id, $"Đại biểu thử {i}", null, null, null, default));
        var over = await Assert.ThrowsAsync<Lantoa.Domain.DomainException>(() =>
            app.InScopeAsync(sp => sp.GetRequiredService<EventService>().NameDelegateAsync(quota.Id, "Một người quá chỉ tiêu", null, null, null, default)));
        Assert.Contains($"{quota.Count} đại biểu", over.Message);
        Assert.Equal(quota.Count, await app.DbAsync(db => db.Set<EventDelegate>().CountAsync(d => d.QuotaId == quota.Id)));
    }

    [Fact]
    public async Task The_coordinator_scans_a_delegates_ticket_with_a_bearer_token_and_a_second_scan_is_a_duplicate()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var (meeting, open) = await DemoEventsAsync(app);
        var tickets = await app.DbAsync(db => db.Set<Ticket>().AsNoTracking().Where(t => t.EventId == meeting.Id && t.DelegateId != null)
            .OrderBy(t => t.Id).Take(2).ToListAsync());
        var openTicket = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var s = await db.Set<EventSession>().FirstAsync(x => x.EventId == open.Id);
            var c = await db.Set<Lantoa.Domain.Citizens.Citizen>().FirstAsync(x => x.Email == CitizensModule.DemoEmail);
            return (await sp.GetRequiredService<EventService>().RegisterAsync(open.Id, s.Id, c.Id, default)).TicketCode!;
        });
        using var http = app.Plain();
        var token = await http.TokenAsync("dieuphoi");
        var url = $"/api/v1/events/{meeting.Id}/checkins";
        string Body(params (string Code, string Nonce)[] scans) => JsonSerializer.Serialize(scans.Select(s => new { ticketCode = s.Code, scannedAt = "2024-10-10T07:45:00+07:00", nonce = s.Nonce }));

        var first = await ApiTestKit.JsonAsync(await http.SendJsonAsync(HttpMethod.Post, url,
            Body((tickets[0].Code, "n-1"), (tickets[0].Code, "n-2"), ("SK1-AAAAAAAAAAAA-AAAAAAAAAA", "n-3"), (openTicket, "n-4")), token));
        Assert.Equal(["accepted", "duplicate", "unknown", "unknown"], first.EnumerateArray().Select(a => a.GetProperty("result").GetString()));
        Assert.Equal(tickets[0].HolderName, first[0].GetProperty("name").GetString());
        Assert.Equal("n-2", first[1].GetProperty("nonce").GetString());

        // The same upload again (a phone that lost the answer): the accepted scan stays accepted, nothing counts twice.
        var again = await ApiTestKit.JsonAsync(await http.SendJsonAsync(HttpMethod.Post, url, Body((tickets[0].Code, "n-1"), (tickets[1].Code, "n-5")), token));
        Assert.Equal(["accepted", "accepted"], again.EnumerateArray().Select(a => a.GetProperty("result").GetString()));
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<EventService>().CheckInCountAsync(meeting.Id, tickets[0].Code, default)));

        // Bad input: a nonce twice in one upload, a missing code, not JSON — 4xx and nothing written.
        var bad = await ApiTestKit.ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, url, Body((tickets[1].Code, "x"), ("", "x")), token), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("nonce", ApiTestKit.Errors(bad).Keys);
        await ApiTestKit.ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, url, "[{", token), HttpStatusCode.BadRequest);
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<EventService>().CheckInCountAsync(meeting.Id, tickets[1].Code, default)));

        // Who may scan: a unit officer no (403), another province's coordinator does not see the event (404), no token 401.
        await ApiTestKit.ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, url, Body((tickets[1].Code, "z")), await http.TokenAsync("benluc")), HttpStatusCode.Forbidden);
        await ApiTestKit.ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, url, Body((tickets[1].Code, "z")), await http.TokenAsync("dieuphoi.tg")), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendJsonAsync(HttpMethod.Post, url, Body((tickets[1].Code, "z")))).StatusCode);
        var citizen = await http.TokenAsync(CitizensModule.DemoEmail);
        Assert.True((await http.SendJsonAsync(HttpMethod.Post, url, Body((tickets[1].Code, "z")), citizen)).StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_citizen_registers_for_the_open_session_listed_in_the_public_api_and_gets_a_ticket()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var (meeting, open) = await DemoEventsAsync(app);
        using var http = app.Plain();
        var pub = await ApiTestKit.JsonAsync(await http.GetAsync("/api/v1/provinces/80/public"));
        var listed = pub.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetInt32() == open.Id);
        var session = listed.GetProperty("sessions").EnumerateArray().Single();
        Assert.True(session.GetProperty("registrationOpen").GetBoolean());
        Assert.Equal(300, session.GetProperty("capacity").GetInt32());
        Assert.False(string.IsNullOrEmpty(session.GetProperty("title").GetString()));
        Assert.True(session.GetProperty("startsAt").GetDateTimeOffset() > app.Service<TimeProvider>().GetUtcNow());
        var meetingListed = pub.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetInt32() == meeting.Id);
        Assert.All(meetingListed.GetProperty("sessions").EnumerateArray(), s => Assert.False(s.GetProperty("registrationOpen").GetBoolean()));

        var token = await http.TokenAsync(CitizensModule.DemoEmail);
        var url = $"/api/v1/events/{open.Id}/registrations";
        var sessionId = session.GetProperty("id").GetInt32();
        var created = await http.SendJsonAsync(HttpMethod.Post, url, $$"""{"sessionId": {{sessionId}}}""", token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await ApiTestKit.JsonAsync(created)).GetProperty("ticketCode").GetString()!;
        Assert.True(TicketCode.IsValid(code, open.Id, open.TicketKey));
        var twice = await http.SendJsonAsync(HttpMethod.Post, url, $$"""{"sessionId": {{sessionId}}}""", token);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Equal(code, (await ApiTestKit.JsonAsync(twice)).GetProperty("ticketCode").GetString());
        Assert.Equal(1, await app.DbAsync(db => db.Set<EventSession>().Where(s => s.Id == sessionId).Select(s => s.SeatsTaken).SingleAsync()));

        // A session closed to citizens, an unknown session, no session: clear 4xx.
        var meetingSession = meetingListed.GetProperty("sessions")[0].GetProperty("id").GetInt32();
        await ApiTestKit.ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{meeting.Id}/registrations", $$"""{"sessionId": {{meetingSession}}}""", token), HttpStatusCode.UnprocessableEntity);
        await ApiTestKit.ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, url, """{"sessionId": 999999}""", token), HttpStatusCode.NotFound);
        await ApiTestKit.ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, url, "{}", token), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendJsonAsync(HttpMethod.Post, url, $$"""{"sessionId": {{sessionId}}}""", await http.TokenAsync("dieuphoi"))).StatusCode);
    }

    [Fact]
    public async Task Five_hundred_simultaneous_registrations_for_a_300_seat_session_accept_exactly_300()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var (_, open) = await DemoEventsAsync(app);
        var (sessionId, citizens) = await app.DbAsync(async db =>
        {
            var ev = await db.Set<Event>().SingleAsync(e => e.Id == open.Id);
            var s = ev.NewSession("Phiên thử sức chứa", VietnamTime.At(ev.EndsOn, new TimeOnly(8, 0)), VietnamTime.At(ev.EndsOn, new TimeOnly(10, 0)),
                "Hội trường B", 300, publicRegistration: true);
            db.Add(s);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO citizens (email, password_hash, full_name, consented_at, created_at, security_stamp)
                SELECT 'dongthoi' || g || '@lantoa.vn', 'x', 'Người dân ' || g, now(), now(), 's' || g FROM generate_series(1, 500) g
                """);
            var ids = await db.Set<Lantoa.Domain.Citizens.Citizen>().Where(c => c.Email!.StartsWith("dongthoi")).Select(c => c.Id).ToListAsync();
            return (s.Id, ids);
        });
        Assert.Equal(500, citizens.Count);
        // All 500 start together; at most 80 hold a database connection at once (the pool has 100).
        using var start = new ManualResetEventSlim(false);
        using var pool = new SemaphoreSlim(80);
        var runs = citizens.Select(id => Task.Run(async () =>
        {
            start.Wait();
            await pool.WaitAsync();
            try { return await app.InScopeAsync(sp => sp.GetRequiredService<EventService>().RegisterAsync(open.Id, sessionId, id, default)); }
            finally { pool.Release(); }
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(runs);
        Assert.Equal(300, results.Count(r => r.Outcome == RegistrationOutcome.Created));
        Assert.Equal(200, results.Count(r => r.Outcome == RegistrationOutcome.Full));
        var (seats, tickets) = await app.DbAsync(async db => (
            await db.Set<EventSession>().Where(s => s.Id == sessionId).Select(s => s.SeatsTaken).SingleAsync(),
            await db.Set<Ticket>().CountAsync(t => t.SessionId == sessionId)));
        Assert.Equal(300, seats);
        Assert.Equal(300, tickets);
        Assert.Contains("đã đủ 300 chỗ", results.First(r => r.Outcome == RegistrationOutcome.Full).Message);
    }
}
