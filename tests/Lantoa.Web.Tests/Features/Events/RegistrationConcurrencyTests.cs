using System.Net;
using Lantoa.Domain.Events;
using Lantoa.Web.Features.Events;
using Lantoa.Web.Infrastructure.Api;
using Lantoa.Web.Tests.Features.Api;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Events;

/// <summary>Capacity under load over real HTTP: 500 citizens, each with their own bearer token, post
/// <c>POST /api/v1/events/{id}/registrations</c> to Kestrel at the same moment for a 300-seat session; exactly 300 get a
/// 201 with a ticket, the other 200 a Vietnamese 409, and the database holds 300 seats and 300 tickets.</summary>
/// <remarks>Serial: 500 requests at once hold the app's whole connection pool.</remarks>
[Collection(DatabaseCollection.Name)]
public class RegistrationConcurrencyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Five_hundred_simultaneous_http_registrations_for_a_300_seat_session_accept_exactly_300()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var (eventId, sessionId, citizens) = await app.DbAsync(async db =>
        {
            var la = await db.Provinces.Where(p => p.Code == "80").Select(p => p.Id).SingleAsync();
            var ev = await db.Set<Event>().SingleAsync(e => e.ProvinceId == la && e.Title == EventsDemoData.OpenEventTitle);
            var s = ev.NewSession("Phiên thử sức chứa qua mạng", VietnamTime.At(ev.EndsOn, new TimeOnly(14, 0)), VietnamTime.At(ev.EndsOn, new TimeOnly(16, 0)),
                "Hội trường C", 300, publicRegistration: true);
            db.Add(s);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO citizens (email, password_hash, full_name, consented_at, created_at, security_stamp)
                SELECT 'quamang' || g || '@lantoa.vn', 'x', 'Người dân ' || g, now(), now(), 's' || g FROM generate_series(1, 500) g
                """);
            var ids = await db.Set<Lantoa.Domain.Citizens.Citizen>().Where(c => c.Email!.StartsWith("quamang")).Select(c => c.Id).ToListAsync();
            return (ev.Id, s.Id, ids);
        });
        Assert.Equal(500, citizens.Count);
        // Each citizen's own bearer token, issued as POST /api/v1/auth/token issues it (without 500 password hashes).
        var tokens = await app.InScopeAsync(async sp =>
        {
            var issuer = sp.GetRequiredService<ApiTokens>();
            var list = new List<string>();
            foreach (var id in citizens) list.Add((await issuer.IssueAsync(ApiAudiences.Citizen, id, null, null, null)).AccessToken);
            return list;
        });

        using var http = app.Plain();
        http.Timeout = TimeSpan.FromMinutes(5);
        var url = $"/api/v1/events/{eventId}/registrations";
        var body = $$"""{"sessionId": {{sessionId}}}""";
        using var start = new ManualResetEventSlim(false);
        var runs = tokens.Select(token => Task.Run(async () =>
        {
            start.Wait();
            var response = await http.SendJsonAsync(HttpMethod.Post, url, body, token);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(runs);

        var created = results.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        var refused = results.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
        Assert.True(created.Count + refused.Count == 500,
            "every answer is 201 or 409: " + string.Join("; ", results.Where(r => r.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict))
                .Select(r => $"{(int)r.StatusCode} {r.Body}").Distinct().Take(3)));
        Assert.Equal(300, created.Count);
        Assert.Equal(200, refused.Count);
        var codes = created.Select(r => System.Text.Json.JsonDocument.Parse(r.Body).RootElement.GetProperty("ticketCode").GetString()!).ToList();
        Assert.Equal(300, codes.Distinct().Count());
        Assert.All(refused, r =>
        {
            Assert.Equal("application/problem+json", r.MediaType);
            Assert.Contains("đã đủ 300 chỗ", r.Body);
        });
        var detail = System.Text.Json.JsonDocument.Parse(refused[0].Body).RootElement.GetProperty("detail").GetString()!;
        Assert.True(ApiTestKit.IsVietnamese(detail), detail);

        var (seats, tickets, holders) = await app.DbAsync(async db => (
            await db.Set<EventSession>().Where(s => s.Id == sessionId).Select(s => s.SeatsTaken).SingleAsync(),
            await db.Set<Ticket>().CountAsync(t => t.SessionId == sessionId),
            await db.Set<Ticket>().Where(t => t.SessionId == sessionId).Select(t => t.CitizenId).Distinct().CountAsync()));
        Assert.Equal(300, seats);
        Assert.Equal(300, tickets);
        Assert.Equal(300, holders);
    }
}
