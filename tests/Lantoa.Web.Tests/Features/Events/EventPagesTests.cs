using System.Net;
using Lantoa.Domain.Events;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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
}
