using System.Net;
using Lantoa.Domain.Contests;
using Lantoa.Web.Features.Contests;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Tests.Features.Contests;

/// <summary>
/// The contest pages over HTTP with real forms on real PostgreSQL, on the demo contest (its windows are around the day
/// the demo was seeded, so the clock is today): a unit's officer submits a clip, bad links and a closed window refused
/// with nothing saved; the organiser accepts and refuses with a reason the unit sees; judges score blind and a conflicted
/// judge neither sees nor can score the entry; a citizen votes once on the public page; results are published only after
/// the vote and then show on the public site.
/// </summary>
public class ContestPagesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static async Task<(int Contest, int Category, int[] Accepted, int Waiting)> DemoAsync(TestApp app) => await app.DbAsync(async db =>
    {
        var c = await db.Set<Contest>().Include(x => x.Categories).SingleAsync(x => x.Title == ContestsDemoData.Title);
        var es = await db.Set<ContestEntry>().Where(e => e.ContestId == c.Id).OrderBy(e => e.Id).ToListAsync();
        return (c.Id, c.Categories.OrderBy(x => x.Id).First().Id, es.Where(e => e.Status == EntryStatus.Accepted).Select(e => e.Id).ToArray(),
            es.First(e => e.Status == EntryStatus.Submitted).Id);
    });

    private static Dictionary<string, string> Clip(int category, string title, string link, int? unit = null) => new()
    {
        ["Form.CategoryId"] = category.ToString(), ["Form.Title"] = title, ["Form.Authors"] = "Tổ Công nghệ số cộng đồng xã Tân Bửu",
        ["Form.MediaUrl"] = link, ["Form.Description"] = "Hướng dẫn người dân cài ứng dụng", ["Form.UnitId"] = (unit ?? 0).ToString(),
    };

    [Fact]
    public async Task A_unit_submits_a_clip_bad_links_and_a_closed_window_save_nothing_and_the_organiser_moderates_with_a_reason_the_unit_sees()
    {
        await using var app = await TestApp.StartAsync(fixture, now: DateTimeOffset.UtcNow);
        var (contest, category, _, _) = await DemoAsync(app);
        var benluc = app.NewClient();
        await benluc.LoginAsync("benluc");
        var count = () => app.DbAsync(db => db.Set<ContestEntry>().CountAsync(e => e.ContestId == contest));
        var before = await count();

        var bad = await benluc.PostFormAsync($"/Contests/{contest}/Submit", Clip(category, "Clip lỗi", "https://example.com/clip.mp4"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains(VideoLink.Refused, await bad.Content.ReadAsStringAsync());
        var noTitle = await benluc.PostFormAsync($"/Contests/{contest}/Submit", Clip(category, "", "https://youtu.be/abc123"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noTitle.StatusCode);
        Assert.Contains("Tên tác phẩm không được để trống.", await noTitle.Content.ReadAsStringAsync());
        Assert.Equal(before, await count());

        var ok = await benluc.PostFormAsync($"/Contests/{contest}/Submit", Clip(category, "Cài VNeID tại nhà", "https://www.youtube.com/watch?v=TanBuu0001"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var entry = await app.DbAsync(db => db.Set<ContestEntry>().SingleAsync(e => e.ContestId == contest && e.Title == "Cài VNeID tại nhà"));
        Assert.Equal(EntryStatus.Submitted, entry.Status);
        var benLucUnit = await app.DbAsync(db => db.Users.Where(u => u.UserName == "benluc").Select(u => u.UnitId).SingleAsync());
        Assert.Equal(benLucUnit, entry.AuthorUnitId); // the officer's own unit, whatever the form said

        var dieuphoi = app.NewClient();
        await dieuphoi.LoginAsync("dieuphoi");
        var noReason = await dieuphoi.PostFormAsync($"/Contests/{contest}?handler=Reject", new() { ["entryId"] = entry.Id.ToString(), ["reason"] = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("Lý do không chấp nhận không được để trống.", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await dieuphoi.PostFormAsync($"/Contests/{contest}?handler=Reject",
            new() { ["entryId"] = entry.Id.ToString(), ["reason"] = "Clip dài quá 5 phút" })).StatusCode);
        var seen = await benluc.GetPageAsync($"/Contests/{contest}/Submit");
        var row = seen.QuerySelectorAll("[data-testid=sent-entry]").Single(r => r.TextContent.Contains("Cài VNeID tại nhà"));
        Assert.Contains("Không chấp nhận", row.TextContent);
        Assert.Contains("Lý do: Clip dài quá 5 phút", row.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await dieuphoi.PostFormAsync($"/Contests/{contest}?handler=Accept", new() { ["entryId"] = entry.Id.ToString() })).StatusCode);
        Assert.Equal(EntryStatus.Accepted, await app.DbAsync(db => db.Set<ContestEntry>().Where(e => e.Id == entry.Id).Select(e => e.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await dieuphoi.PostFormAsync($"/Contests/{contest}?handler=Accept", new() { ["entryId"] = "999999" })).StatusCode);
        var tg = app.NewClient();
        await tg.LoginAsync("dieuphoi.tg");
        Assert.Equal(HttpStatusCode.NotFound, (await tg.PostFormAsync($"/Contests/{contest}?handler=Reject", new() { ["entryId"] = entry.Id.ToString(), ["reason"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await benluc.PostFormAsync($"/Contests/{contest}?handler=Accept", new() { ["entryId"] = entry.Id.ToString() })).StatusCode);

        app.Clock.Now = app.Clock.Now.AddDays(25); // after the submission window (a new session: the old one has ended)
        benluc = app.NewClient();
        await benluc.LoginAsync("benluc");
        var late = await benluc.PostFormAsync($"/Contests/{contest}/Submit", Clip(category, "Nộp muộn", "https://youtu.be/late000001"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("đã hết hạn nhận bài", await late.Content.ReadAsStringAsync());
        Assert.False(await app.DbAsync(db => db.Set<ContestEntry>().AnyAsync(e => e.Title == "Nộp muộn")));
    }

    [Fact]
    public async Task Judges_score_blind_a_conflicted_judge_never_sees_the_entry_and_a_sheet_above_the_maximum_saves_nothing()
    {
        await using var app = await TestApp.StartAsync(fixture, now: DateTimeOffset.UtcNow);
        var (contest, _, accepted, waiting) = await DemoAsync(app);
        var criteria = await app.DbAsync(db => db.Set<ContestCriterion>().Where(c => c.ContestId == contest).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());

        // giamkhao1 belongs to Bến Lức, whose teams made every demo clip: not one is shown, none can be scored.
        var conflicted = app.NewClient();
        await conflicted.LoginAsync("giamkhao1");
        var own = await conflicted.GetPageAsync($"/Contests/{contest}/Judge");
        Assert.Empty(own.QuerySelectorAll("[data-testid=judge-entry]"));
        Assert.NotNull(own.QuerySelector("[data-testid=no-entries]"));
        var sheet = (int entry, params string[] s) => new Dictionary<string, string>(criteria.Select((c, i) => KeyValuePair.Create($"scores[{c}]", s[i])))
            { ["entryId"] = entry.ToString() };
        Assert.Equal(HttpStatusCode.NotFound, (await conflicted.PostFormAsync($"/Contests/{contest}/Judge?handler=Score", sheet(accepted[0], "8", "7", "9"))).StatusCode);

        var judge = app.NewClient();
        await judge.LoginAsync("giamkhao2");
        var page = await judge.GetPageAsync($"/Contests/{contest}/Judge");
        Assert.Equal(accepted.Select(a => a.ToString()), page.QuerySelectorAll("[data-testid=judge-entry]").Select(e => e.GetAttribute("data-entry")));
        var text = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Tổ Công nghệ số cộng đồng xã Mỹ Yên", text); // blind: no authors
        Assert.DoesNotContain("Bến Lức", text);                              // nor their unit
        Assert.Equal(HttpStatusCode.NotFound, (await judge.PostFormAsync($"/Contests/{contest}/Judge?handler=Score", sheet(waiting, "8", "7", "9"))).StatusCode);

        var over = await judge.PostFormAsync($"/Contests/{contest}/Judge?handler=Score", sheet(accepted[0], "11", "7", "9"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.StatusCode);
        Assert.Contains("Điểm tiêu chí “Nội dung” phải từ 0 đến 10.", await over.Content.ReadAsStringAsync());
        var missing = await judge.PostFormAsync($"/Contests/{contest}/Judge?handler=Score", sheet(accepted[0], "8", "", "9"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.Set<JudgeScore>().CountAsync(s => s.EntryId == accepted[0])));

        Assert.Equal(HttpStatusCode.Redirect, (await judge.PostFormAsync($"/Contests/{contest}/Judge?handler=Score", sheet(accepted[0], "8", "7,5", "9"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await judge.PostFormAsync($"/Contests/{contest}/Judge?handler=Score", sheet(accepted[0], "8", "7", "9"))).StatusCode); // changed
        var saved = await app.DbAsync(db => db.Set<JudgeScore>().Where(s => s.EntryId == accepted[0]).OrderBy(s => s.CriterionId).Select(s => s.Score).ToListAsync());
        Assert.Equal([8m, 7m, 9m], saved);

        var organiser = app.NewClient();
        await organiser.LoginAsync("dieuphoi");
        var manage = await organiser.GetPageAsync($"/Contests/{contest}");
        Assert.Contains("Giám khảo 2: đã chấm 1/3 bài được xem", manage.QuerySelector("[data-testid=jury-progress]")!.TextContent);
        Assert.Contains("Giám khảo 1: đã chấm 0/0 bài được xem", manage.QuerySelector("[data-testid=jury-progress]")!.TextContent);
        var ranked = manage.QuerySelectorAll("[data-testid=ranking-row]").First(r => r.GetAttribute("data-entry") == accepted[0].ToString());
        Assert.Contains("80,00", ranked.TextContent); // 40×0,8 + 30×0,7 + 30×0,9
        Assert.Contains("chưa đủ 2", ranked.TextContent);
    }

    [Fact]
    public async Task A_citizen_votes_once_on_the_public_page_and_results_are_published_only_after_the_vote_then_shown_on_the_public_site()
    {
        await using var app = await TestApp.StartAsync(fixture, now: DateTimeOffset.UtcNow);
        var (contest, _, accepted, waiting) = await DemoAsync(app);
        var anonymous = app.NewClient();
        var open = await anonymous.GetPageAsync($"/binh-chon/{contest}");
        Assert.NotNull(open.QuerySelector("[data-testid=vote-signin]"));
        Assert.Equal(accepted.Length, open.QuerySelectorAll("[data-testid=vote-entry]").Length);

        var citizen = app.NewClient();
        await AccessGrid.CitizenLoginAsync(citizen);
        var first = await citizen.PostFormAsync($"/binh-chon/{contest}?handler=Vote", new() { ["entryId"] = accepted[1].ToString() }, tokenFrom: "/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var after = await citizen.GetPageAsync($"/binh-chon/{contest}");
        Assert.Contains("bài hiện có 1 lượt bình chọn", after.QuerySelector("[data-testid=vote-flash]")!.TextContent);
        Assert.Equal("1", after.QuerySelector($"[data-entry='{accepted[1]}'] [data-testid=vote-count]")!.TextContent);
        var again = await citizen.PostFormAsync($"/binh-chon/{contest}?handler=Vote", new() { ["entryId"] = accepted[1].ToString() }, tokenFrom: "/Account/Login");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("hôm nay", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.PostFormAsync($"/binh-chon/{contest}?handler=Vote", new() { ["entryId"] = waiting.ToString() }, tokenFrom: "/Account/Login")).StatusCode);
        Assert.Equal(1, await ContestVoteTests.VotesOfAsync(app, accepted[1]));
        Assert.Equal(1, await app.DbAsync(db => db.Set<ContestVote>().CountAsync(v => v.EntryId == accepted[1])));

        var organiser = app.NewClient();
        await organiser.LoginAsync("dieuphoi");
        var early = await organiser.PostFormAsync($"/Contests/{contest}?handler=Publish", new());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("Chưa thể công bố kết quả", await early.Content.ReadAsStringAsync());
        Assert.Null(await app.DbAsync(db => db.Set<Contest>().Where(c => c.Id == contest).Select(c => c.ResultsPublishedAt).SingleAsync()));

        var home = await anonymous.GetPageAsync("/tinh/long-an"); // cached before the publication
        Assert.Contains("Đang bình chọn", home.Body!.TextContent);
        app.Clock.Now = app.Clock.Now.AddDays(31); // the vote has closed (new sessions: the old ones have ended)
        citizen = app.NewClient();
        await AccessGrid.CitizenLoginAsync(citizen);
        organiser = app.NewClient();
        await organiser.LoginAsync("dieuphoi");
        var closed = await citizen.PostFormAsync($"/binh-chon/{contest}?handler=Vote", new() { ["entryId"] = accepted[0].ToString() }, tokenFrom: "/Account/Login");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await organiser.PostFormAsync($"/Contests/{contest}?handler=Publish", new())).StatusCode);
        var results = await anonymous.GetPageAsync($"/binh-chon/{contest}");
        var rows = results.QuerySelectorAll("[data-testid=result-row]");
        Assert.Equal(accepted.Length, rows.Length);
        Assert.Equal(accepted[1].ToString(), rows[0].GetAttribute("data-entry")); // the only votes, no jury scores: first
        Assert.StartsWith("Hạng 1:", rows[0].TextContent.Trim());
        var published = await anonymous.GetPageAsync("/tinh/long-an");
        Assert.Contains("Đã công bố kết quả", published.Body!.TextContent); // the province's cached pages were evicted
    }

    [Fact]
    public async Task A_sheet_sent_many_times_at_once_is_saved_once_and_no_send_fails()
    {
        await using var app = await TestApp.StartAsync(fixture, now: DateTimeOffset.UtcNow);
        var (contest, _, accepted, _) = await DemoAsync(app);
        var criteria = await app.DbAsync(db => db.Set<ContestCriterion>().Where(c => c.ContestId == contest).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
        var judge = app.NewClient();
        await judge.LoginAsync("giamkhao3");
        var form = new Dictionary<string, string>(criteria.Select((c, i) => KeyValuePair.Create($"scores[{c}]", (6 + i).ToString()))) { ["entryId"] = accepted[0].ToString() };
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => judge.PostFormAsync($"/Contests/{contest}/Judge?handler=Score", form)));
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.Conflict }));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        var saved = await app.DbAsync(db => db.Set<JudgeScore>().Where(s => s.EntryId == accepted[0]).OrderBy(s => s.CriterionId).Select(s => s.Score).ToListAsync());
        Assert.Equal([6m, 7m, 8m], saved);
    }

    [Fact]
    public async Task The_vote_page_is_rate_limited_as_every_public_write()
    {
        await using var app = await TestApp.StartAsync(fixture, now: DateTimeOffset.UtcNow,
            auth: new AuthSettings { RateLimits = true, PublicWritesPerAddress = 2, CitizenLoginsPerAddress = 50 });
        var (contest, _, accepted, _) = await DemoAsync(app);
        var citizen = app.NewClient();
        await AccessGrid.CitizenLoginAsync(citizen);
        var answers = new List<HttpStatusCode>();
        foreach (var entry in accepted.Take(3))
            answers.Add((await citizen.PostFormAsync($"/binh-chon/{contest}?handler=Vote", new() { ["entryId"] = entry.ToString() }, tokenFrom: "/Account/Login")).StatusCode);
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(2, await app.DbAsync(db => db.Set<ContestVote>().CountAsync(v => v.ContestId == contest)));
    }
}
