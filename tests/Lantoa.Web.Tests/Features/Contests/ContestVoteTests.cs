using System.Net;
using System.Text.Json;
using Lantoa.Domain.Citizens;
using Lantoa.Domain.Contests;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Features.Contests;
using Lantoa.Web.Tests.Features.Api;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Contests;

/// <summary>
/// The demo contest through the API on real PostgreSQL: listed for province 80 with its vote open today, its accepted
/// entries with their counts, a citizen's vote counted once (a repeat and concurrent doubles are 409), the window and
/// the entry checked, concurrent voters all counted, and voided votes kept but no longer counted.
/// </summary>
/// <remarks>Serial: its concurrency cases hold up to 80 database connections at once, which beside the parallel classes
/// would exhaust the test cluster's 200 (53300 "remaining connection slots are reserved").</remarks>
[Collection(DatabaseCollection.Name)]
public class ContestVoteTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task The_demo_contest_is_listed_with_its_vote_open_and_its_accepted_entries()
    {
        await using var app = await TestApp.StartAsync(fixture, now: DateTimeOffset.UtcNow); // the demo's vote is open around the day it was seeded
        var http = app.Plain();
        var list = await ApiTestKit.JsonAsync(await http.GetAsync("/api/v1/provinces/80/contests"));
        var contest = list.EnumerateArray().Single(c => c.GetProperty("title").GetString() == ContestsDemoData.Title);
        Assert.Equal("VideoClip", contest.GetProperty("kind").GetString());
        Assert.Equal(2, contest.GetProperty("categories").GetArrayLength());
        var now = app.Clock.GetUtcNow();
        Assert.True(contest.GetProperty("votingOpensAt").GetDateTimeOffset() <= now && now < contest.GetProperty("votingClosesAt").GetDateTimeOffset());

        var entries = await ApiTestKit.JsonAsync(await http.GetAsync($"/api/v1/contests/{contest.GetProperty("id").GetInt32()}/entries"));
        Assert.Equal(3, entries.GetArrayLength()); // the fourth clip is not accepted yet
        var first = entries[0];
        Assert.Equal("Dịch vụ công trực tuyến – chỉ vài cú chạm", first.GetProperty("title").GetString());
        Assert.Equal("https://img.youtube.com/vi/M9yAnCds001/hqdefault.jpg", first.GetProperty("thumbnailUrl").GetString());
        Assert.Equal(0, first.GetProperty("votes").GetInt32());
        var category = contest.GetProperty("categories")[1].GetProperty("id").GetInt32();
        Assert.Equal(0, (await ApiTestKit.JsonAsync(await http.GetAsync($"/api/v1/contests/{contest.GetProperty("id").GetInt32()}/entries?category={category}"))).GetArrayLength());
        await ApiTestKit.ProblemAsync(await http.GetAsync($"/api/v1/contests/{contest.GetProperty("id").GetInt32()}/entries?category=999999"), HttpStatusCode.UnprocessableEntity);
        await ApiTestKit.ProblemAsync(await http.GetAsync("/api/v1/provinces/99/contests"), HttpStatusCode.NotFound);
        await ApiTestKit.ProblemAsync(await http.GetAsync("/api/v1/contests/999999/entries"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_vote_counts_once_even_sent_many_times_at_once_and_outside_the_window_it_is_refused()
    {
        await using var app = await TestApp.StartAsync(fixture, now: DateTimeOffset.UtcNow); // the demo's vote is open around the day it was seeded
        var http = app.Plain();
        var token = await http.TokenAsync(CitizensModule.DemoEmail);
        var (entry, waiting) = await app.DbAsync(async db =>
        {
            var c = await db.Set<Contest>().SingleAsync(x => x.Title == ContestsDemoData.Title);
            var es = await db.Set<ContestEntry>().Where(e => e.ContestId == c.Id).OrderBy(e => e.Id).ToListAsync();
            return (es.First(e => e.Status == EntryStatus.Accepted).Id, es.First(e => e.Status == EntryStatus.Submitted).Id);
        });

        var sends = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => http.SendJsonAsync(HttpMethod.Post, $"/api/v1/entries/{entry}/votes", null, token)));
        Assert.Single(sends, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(19, sends.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var created = sends.Single(r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1, (await ApiTestKit.JsonAsync(created)).GetProperty("votes").GetInt32());
        var again = await ApiTestKit.ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, $"/api/v1/entries/{entry}/votes", null, token), HttpStatusCode.Conflict);
        Assert.Contains("hôm nay", again.GetProperty("detail").GetString());
        Assert.Equal(1, await app.DbAsync(db => db.Set<ContestVote>().CountAsync(v => v.EntryId == entry)));
        Assert.Equal(1, await VotesOfAsync(app, entry));

        await ApiTestKit.ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, $"/api/v1/entries/{waiting}/votes", null, token), HttpStatusCode.NotFound);
        await ApiTestKit.ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, "/api/v1/entries/999999/votes", null, token), HttpStatusCode.NotFound);
        var staff = await http.TokenAsync("dieuphoi");
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendJsonAsync(HttpMethod.Post, $"/api/v1/entries/{entry}/votes", null, staff)).StatusCode);

        app.Clock.Now = app.Clock.Now.AddDays(1); // a new day: one more vote (with a fresh token: the first has expired)
        token = await http.TokenAsync(CitizensModule.DemoEmail);
        Assert.Equal(HttpStatusCode.Created, (await http.SendJsonAsync(HttpMethod.Post, $"/api/v1/entries/{entry}/votes", null, token)).StatusCode);
        app.Clock.Now = app.Clock.Now.AddDays(40); // after the window
        token = await http.TokenAsync(CitizensModule.DemoEmail);
        var closed = await ApiTestKit.ProblemAsync(await http.SendJsonAsync(HttpMethod.Post, $"/api/v1/entries/{entry}/votes", null, token), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("đã kết thúc", closed.GetProperty("detail").GetString());
        Assert.Equal(2, await VotesOfAsync(app, entry));
    }

    [Fact]
    public async Task Concurrent_voters_are_all_counted_and_voided_votes_are_kept_but_leave_the_count_right()
    {
        await using var app = await TestApp.StartAsync(fixture, now: DateTimeOffset.UtcNow); // the demo's vote is open around the day it was seeded
        var now = app.Clock.GetUtcNow();
        var (contest, entry, citizens) = await app.DbAsync(async db =>
        {
            var c = await db.Set<Contest>().SingleAsync(x => x.Title == ContestsDemoData.Title);
            var e = await db.Set<ContestEntry>().Where(x => x.ContestId == c.Id && x.Status == EntryStatus.Accepted).OrderByDescending(x => x.Id).FirstAsync();
            var commune = await db.Set<Citizen>().Select(x => x.CommuneCode).FirstAsync();
            var made = Enumerable.Range(0, 40).Select(i => new Citizen(new CitizenProfile($"Người bình chọn {i}", new DateOnly(1995, 1, 1), "80", commune!, null, null),
                null, $"binhchon{i}@example.vn", ConsentPurposes.RequiredKeys, now)).ToList();
            db.Set<Citizen>().AddRange(made);
            await db.SaveChangesAsync();
            return (c.Id, e.Id, made.Select(x => x.Id).ToList());
        });
        // Each voter twice, all at once, each through its own connection.
        var writes = await Task.WhenAll(citizens.Concat(citizens).Select(id => app.InScopeAsync(sp =>
            sp.GetRequiredService<VoteStore>().CastAsync(contest, entry, id, now, "10.9.9.9", CancellationToken.None))));
        Assert.Equal(40, writes.Count(w => w.Counted));
        // Each was told the count its statement saw plus itself: 1 … 40 (spread over 16 counter rows, two may see the same).
        Assert.All(writes.Where(w => w.Counted), w => Assert.InRange(w.Votes, 1, 40));
        Assert.Equal(40, await VotesOfAsync(app, entry));

        var votes = await app.DbAsync(db => db.Set<ContestVote>().AsNoTracking().Where(v => v.EntryId == entry).ToListAsync());
        var burst = ContestVote.Bursts(votes, threshold: 10, window: TimeSpan.FromMinutes(10));
        Assert.Equal(40, burst.Count);
        var toVoid = burst.Take(15).ToList();
        var voided = await app.InScopeAsync(sp => sp.GetRequiredService<VoteStore>().VoidAsync(contest, toVoid, "Bình chọn dồn dập từ một địa chỉ", now, CancellationToken.None));
        Assert.Equal(15, voided);
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<VoteStore>().VoidAsync(contest, toVoid, "Lần hai", now, CancellationToken.None)));
        var after = await app.DbAsync(db => db.Set<ContestVote>().AsNoTracking().Where(v => v.EntryId == entry).ToListAsync());
        Assert.Equal(40, after.Count); // kept
        Assert.Equal(15, after.Count(v => !v.Valid && v.VoidReason == "Bình chọn dồn dập từ một địa chỉ"));
        Assert.Equal(25, await VotesOfAsync(app, entry));
        Assert.Equal(25, ContestVote.Tally(after)[entry]);
        var keys = toVoid.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(15, await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "ContestVote" && keys.Contains(a.EntityId))));
    }

    /// <summary>An entry's valid votes as every view reads them: the sum of its counter rows.</summary>
    internal static Task<int> VotesOfAsync(TestApp app, int entry) =>
        app.InScopeAsync(async sp => (await sp.GetRequiredService<VoteStore>().CountsAsync([entry], CancellationToken.None))[entry]);
}
