using System.Net;
using Lantoa.Domain.Events;
using Lantoa.Web.Features.Events;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Tests.Features.Events;

/// <summary>The staff pages over HTTP with real forms: a unit's bad input gets a Vietnamese 422 and writes nothing; the
/// office's page lists every unit's quota with what it named; the invitations come as one .docx with a page and a QR
/// code per delegate.</summary>
public class EventPagesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_unit_gets_a_clear_message_for_a_bad_email_an_empty_name_and_one_over_its_quota_and_nothing_is_written()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var meeting = await EventsKit.MeetingAsync(app);
        var quota = await EventsKit.QuotaOfAsync(app, meeting, ids.BaoUnit);
        var officer = app.NewClient();
        await officer.LoginAsync("baolongan");
        var url = $"/Events/{meeting.Id}/Delegates?unitId={ids.BaoUnit}";
        Task<int> NamedAsync() => app.DbAsync(db => db.Set<EventDelegate>().CountAsync(d => d.QuotaId == quota.Id));
        var before = await NamedAsync();
        // The unit finds what it owes in its inbox and its work, linked to its delegates page.
        var inbox = await officer.GetPageAsync("/Inbox");
        Assert.Contains(inbox.QuerySelectorAll("a"), a => a.GetAttribute("href") == url);
        Assert.Contains(Lantoa.Web.Features.Events.EventsInbox.Group, inbox.Body!.TextContent);
        var work = await officer.GetPageAsync("/MyWork");
        Assert.Contains(work.QuerySelectorAll("[data-testid=mywork-other-item] a"), a => a.GetAttribute("href") == url);

        async Task<string> RefusedAsync(Dictionary<string, string> form)
        {
            var response = await officer.PostFormAsync(url, form);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var html = await TestApp.Client.ParseAsync(await response.Content.ReadAsStringAsync());
            return html.QuerySelector("[data-testid=errors]")!.TextContent;
        }

        Assert.Contains("\"thu-sai\" không phải là địa chỉ thư điện tử", await RefusedAsync(new() { ["Form.FullName"] = "Nguyễn Văn Sai", ["Form.Email"] = "thu-sai" }));
        Assert.Contains("Hãy ghi họ và tên đại biểu", await RefusedAsync(new() { ["Form.FullName"] = "  " }));
        Assert.Contains("không phải là số điện thoại", await RefusedAsync(new() { ["Form.FullName"] = "Trần Văn Số", ["Form.Phone"] = "gọi tôi" }));
        Assert.Equal(before, await NamedAsync());

        for (var i = before; i < quota.Count; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, new() { ["Form.FullName"] = $"Đại biểu {i + 1}", ["Form.Phone"] = "0912 345 678" })).StatusCode);
        Assert.Contains($"Báo Long An được cử {quota.Count} đại biểu và đã cử {quota.Count}; không thể cử thêm",
            await RefusedAsync(new() { ["Form.FullName"] = "Một người quá chỉ tiêu" }));
        Assert.Equal(quota.Count, await NamedAsync());
        Assert.DoesNotContain((await officer.GetPageAsync("/Inbox")).QuerySelectorAll("a"), a => a.GetAttribute("href") == url);

        // Another unit's page is not its to open; the officer's own list shows the names.
        var other = await EventsKit.QuotaOfAsync(app, meeting, ids.BenLucUnit);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/Events/{meeting.Id}/Delegates?unitId={ids.BenLucUnit}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormAsync($"/Events/{meeting.Id}/Delegates?quotaId={other.Id}",
            new() { ["Form.FullName"] = "Người của đơn vị khác" }, tokenFrom: url)).StatusCode);
        var page = await officer.GetPageAsync(url);
        Assert.Equal(quota.Count, page.QuerySelectorAll("[data-testid=named-row]").Length);
    }

    [Fact]
    public async Task The_office_sees_every_units_quota_and_downloads_one_invitation_per_delegate_with_its_ticket_QR()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var meeting = await EventsKit.MeetingAsync(app);
        var office = app.NewClient();
        await office.LoginAsync("dieuphoi");
        var page = await office.GetPageAsync($"/Events/{meeting.Id}");
        var (quotas, tickets) = await app.DbAsync(async db => (
            await db.Set<DelegateQuota>().CountAsync(q => q.EventId == meeting.Id),
            await (from d in db.Set<EventDelegate>() where d.EventId == meeting.Id join t in db.Set<Ticket>() on d.Id equals t.DelegateId
                   orderby d.QuotaId, d.Id select t.Code).ToListAsync()));
        Assert.Equal(quotas, page.QuerySelectorAll("[data-testid=quota-row]").Length);
        Assert.Equal($"{tickets.Count}/400", page.QuerySelector("[data-testid=named-total]")!.TextContent.Trim());
        Assert.NotEmpty(tickets);

        var response = await office.GetAsync($"/Events/{meeting.Id}?handler=Invitations");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var docx = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(tickets, Browser.EventJourneyTests.InvitationCodes(docx));
        var text = Commendations.CommendationTests.DocxText(docx);
        Assert.Equal(tickets.Count, text.Split("GIẤY MỜI").Length - 1);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Số đại biểu được mời của", text);
    }

    [Fact]
    public async Task The_demo_roadshow_has_two_clusters_of_a_host_and_five_units_for_two_days_and_each_participant_sees_its_stop_in_its_work()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var (roadshow, stops) = await app.DbAsync(async db =>
        {
            var ev = await db.Set<Event>().AsNoTracking().SingleAsync(e => e.ProvinceId == ids.LongAn && e.Title == EventsDemoData.RoadshowTitle);
            return (ev, await db.Set<RoadshowStop>().AsNoTracking().Include(s => s.Participants).Where(s => s.EventId == ev.Id).OrderBy(s => s.StartsOn).ToListAsync());
        });
        Assert.Equal(["Cụm 1", "Cụm 2"], stops.Select(s => s.Cluster));
        Assert.All(stops, s =>
        {
            Assert.Equal(5, s.Participants.Count);
            Assert.Equal(s.StartsOn.AddDays(1), s.EndsOn);
            Assert.InRange(s.StartsOn, roadshow.StartsOn, roadshow.EndsOn);
        });
        Assert.Equal(12, stops.SelectMany(s => s.Units).Distinct().Count());
        Assert.Contains(ids.BenLucUnit, stops[0].Participants.Select(p => p.UnitId));

        // Bến Lức's officer sees its stop in "Việc của đơn vị"; the office sees every participant's.
        var benluc = app.NewClient();
        await benluc.LoginAsync("benluc");
        var mine = (await benluc.GetPageAsync("/MyWork")).QuerySelectorAll("[data-testid=mywork-other-item]").Select(i => i.TextContent).ToList();
        Assert.Contains(mine, t => t.Contains($"{EventsDemoData.RoadshowTitle} – Cụm 1") && t.Contains("Đơn vị tham gia") && t.Contains("01/10/2024 – 02/10/2024"));
        var office = app.NewClient();
        await office.LoginAsync("dieuphoi");
        foreach (var stop in stops)
            foreach (var p in stop.Participants)
            {
                var items = (await office.GetPageAsync($"/MyWork?unitId={p.UnitId}")).QuerySelectorAll("[data-testid=mywork-other-item]").Select(i => i.TextContent).ToList();
                Assert.Single(items, t => t.Contains($"{EventsDemoData.RoadshowTitle} – "));
                Assert.Contains(items, t => t.Contains($"– {stop.Cluster}") && t.Contains($"{stop.StartsOn:dd/MM/yyyy} – {stop.EndsOn:dd/MM/yyyy}"));
            }
        var board = await office.GetPageAsync($"/Events/{roadshow.Id}");
        Assert.Equal(2, board.QuerySelectorAll("[data-testid=stop-row]").Length);
        var host = (await office.GetPageAsync($"/MyWork?unitId={stops[1].HostUnitId}")).QuerySelector("[data-testid=mywork-other]")!.TextContent;
        Assert.Contains("Đơn vị chủ trì cụm", host);

        // A unit already in a cluster, days outside the event, another province's unit: refused with the reason, nothing written.
        async Task<string> RefusedAsync(int host, DateOnly from, int[] units) => (await Assert.ThrowsAsync<Lantoa.Domain.DomainException>(() =>
            app.InScopeAsync(sp => sp.GetRequiredService<EventService>().AddStopAsync(roadshow.Id, "Cụm 3", host, from, from.AddDays(1), null, units, default)))).Message;
        var spare = await app.DbAsync(db => db.Units.Where(u => u.ProvinceId == ids.LongAn && u.Kind == Lantoa.Domain.Units.UnitKind.DistrictCommittee)
            .Select(u => u.Id).ToListAsync());
        var free = spare.Except(stops.SelectMany(s => s.Units)).ToList();
        Assert.Contains("đã thuộc Cụm 1; mỗi đơn vị chỉ thuộc một cụm", await RefusedAsync(free[0], new DateOnly(2024, 10, 5), [ids.BenLucUnit]));
        Assert.Contains("nằm ngoài thời gian của sự kiện", await RefusedAsync(free[0], new DateOnly(2024, 10, 10), [free[1]]));
        Assert.Contains("không thuộc tỉnh của sự kiện", await RefusedAsync(free[0], new DateOnly(2024, 10, 5), [ids.TgUnit]));
        Assert.Equal(2, await app.DbAsync(db => db.Set<RoadshowStop>().CountAsync(s => s.EventId == roadshow.Id)));
    }

    [Fact]
    public async Task A_signed_in_citizen_registers_on_the_public_event_page_once_sees_the_ticket_QR_and_a_full_session_says_so()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var open = await EventsKit.OpenEventAsync(app);
        var (sessionId, fullId) = await app.DbAsync(async db =>
        {
            var ev = await db.Set<Event>().SingleAsync(e => e.Id == open.Id);
            var full = ev.NewSession("Phiên đã kín chỗ", VietnamTime.At(ev.EndsOn, new TimeOnly(8, 0)), VietnamTime.At(ev.EndsOn, new TimeOnly(9, 0)), "Phòng nhỏ", 1, publicRegistration: true);
            db.Add(full);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE event_sessions SET seats_taken = capacity WHERE id = {full.Id}");
            return (await db.Set<EventSession>().Where(s => s.EventId == ev.Id && s.Id != full.Id).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(), full.Id);
        });

        // Not signed in as a citizen: to the citizen sign-in.
        var anonymous = await app.NewClient().GetAsync($"/su-kien/{open.Id}");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/cong-dan/dang-nhap?ReturnUrl=", anonymous.Headers.Location!.OriginalString);

        var citizen = app.NewClient();
        await AccessGrid.CitizenLoginAsync(citizen);
        var url = $"/su-kien/{open.Id}";
        var page = await citizen.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector($"[data-session='{sessionId}'] [data-testid=register]"));
        Assert.NotNull(page.QuerySelector($"[data-session='{fullId}'] [data-testid=full]"));

        Assert.Equal(HttpStatusCode.Redirect, (await citizen.PostFormAsync(url, new() { ["sessionId"] = sessionId.ToString() }, tokenFrom: "/cong-dan/dang-nhap")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.PostFormAsync(url, new() { ["sessionId"] = sessionId.ToString() }, tokenFrom: "/cong-dan/dang-nhap")).StatusCode);
        page = await citizen.GetPageAsync(url);
        var ticket = page.QuerySelector($"[data-session='{sessionId}'] [data-testid=ticket] strong")!.TextContent;
        Assert.True(TicketCode.IsValid(ticket, open.Id, open.TicketKey));
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector($"[data-session='{sessionId}'] img")!.GetAttribute("src"));
        Assert.Equal(1, await app.DbAsync(db => db.Set<Ticket>().CountAsync(t => t.SessionId == sessionId)));

        var refused = await citizen.PostFormAsync(url, new() { ["sessionId"] = fullId.ToString() }, tokenFrom: "/cong-dan/dang-nhap");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await TestApp.Client.ParseAsync(await refused.Content.ReadAsStringAsync());
        Assert.Contains("đã đủ 1 chỗ; không thể đăng ký thêm", html.QuerySelector("[data-testid=error]")!.TextContent);
        Assert.Equal(0, await app.DbAsync(db => db.Set<Ticket>().CountAsync(t => t.SessionId == fullId)));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/su-kien/999999")).StatusCode);
    }
}
