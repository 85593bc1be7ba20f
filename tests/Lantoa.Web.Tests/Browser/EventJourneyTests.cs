using DocumentFormat.OpenXml.Packaging;
using Lantoa.Domain.Events;
using Lantoa.Web.DemoData;
using Lantoa.Web.Features.Events;
using Lantoa.Web.Tests.Features.Commendations;
using Lantoa.Web.Tests.Features.Documents;
using Lantoa.Web.Tests.Features.Events;
using Lantoa.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lantoa.Web.Tests.Browser;

/// <summary>
/// The teams meeting in Chromium: Báo Long An's officer names its delegates within its quota (one over is refused with
/// the count), the office downloads the invitations (.docx, opened by LibreOffice) whose QR codes carry the delegates'
/// tickets, a ticket is scanned at the door and a second scan is a duplicate; and the door without the network: three
/// tickets scanned offline are queued, synced when the network returns, and each counts once, also when the device
/// sends its queue again.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class EventJourneyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task An_officer_names_delegates_within_the_quota_the_office_downloads_the_invitations_and_the_door_scans_a_ticket_twice()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var meeting = await EventsKit.MeetingAsync(app);
        var quota = await EventsKit.QuotaOfAsync(app, meeting, ids.BaoUnit);
        var already = await app.DbAsync(db => db.Set<EventDelegate>().CountAsync(d => d.QuotaId == quota.Id));
        await using var browser = await BrowserSession.StartAsync();

        var names = new List<string>();
        var officer = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            await BrowserSession.LoginAsync(officer, "baolongan", DemoSeeder.DemoPassword);
            await officer.ClickAsync("[data-testid=events-link]");
            await officer.Locator("[data-testid=event-row]", new() { HasText = meeting.Title }).Locator("[data-testid=name-delegates]").ClickAsync();
            await officer.WaitForSelectorAsync("[data-testid=delegate-form]");
            Assert.Equal("Báo Long An", (await officer.InnerTextAsync("[data-testid=delegates-unit]")).Trim());

            for (var i = already; i < quota.Count; i++)
            {
                var name = $"Phóng viên Thứ {i + 1}";
                names.Add(name);
                await officer.FillAsync("#Form_FullName", name);
                await officer.FillAsync("#Form_Position", "Phóng viên");
                await officer.FillAsync("#Form_Email", $"phongvien{i + 1}@baolongan.vn");
                await officer.ClickAsync("[data-testid=add-delegate]");
                await officer.WaitForSelectorAsync($"text=Đã cử đại biểu {name}");
            }
            Assert.Equal($"{quota.Count}/{quota.Count}", (await officer.InnerTextAsync("[data-testid=quota-used]")).Trim());

            // One over the quota: refused with the count, nothing written.
            await officer.FillAsync("#Form_FullName", "Người thứ ba quá chỉ tiêu");
            await officer.ClickAsync("[data-testid=add-delegate]");
            await officer.WaitForSelectorAsync("[data-testid=errors] li");
            Assert.Contains($"được cử {quota.Count} đại biểu và đã cử {quota.Count}", await officer.InnerTextAsync("[data-testid=errors]"));
            await Assertions.Expect(officer.Locator("[data-testid=named-row]")).ToHaveCountAsync(quota.Count);
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(officer, "events-officer");
            throw;
        }
        Assert.Equal(quota.Count, await app.DbAsync(db => db.Set<EventDelegate>().CountAsync(d => d.QuotaId == quota.Id)));

        var office = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            await BrowserSession.LoginAsync(office, "dieuphoi", DemoSeeder.DemoPassword);
            await office.ClickAsync("[data-testid=events-link]");
            await office.Locator("[data-testid=event-row]", new() { HasText = meeting.Title }).Locator("[data-testid=event-link]").ClickAsync();
            await office.WaitForSelectorAsync("[data-testid=quotas]");
            var bao = office.Locator("[data-testid=quota-row]", new() { HasText = "Báo Long An" });
            Assert.Equal(quota.Count.ToString(), (await bao.First.Locator("[data-testid=quota-named]").InnerTextAsync()).Trim());

            var download = await office.RunAndWaitForDownloadAsync(() => office.ClickAsync("[data-testid=download-invitations]"));
            var docx = await File.ReadAllBytesAsync(await download.PathAsync());
            var text = CommendationTests.DocxText(docx);
            var delegates = await app.DbAsync(db => (from d in db.Set<EventDelegate>() where d.EventId == meeting.Id
                                                     join t in db.Set<Ticket>() on d.Id equals t.DelegateId
                                                     orderby d.QuotaId, d.Id select new { d.FullName, t.Code }).ToListAsync());
            Assert.Contains("GIẤY MỜI", text);
            Assert.Contains("Kính gửi:", text);
            Assert.All(names, n => Assert.Contains($"Ông/Bà {n}, Phóng viên – Báo Long An", text));
            var codes = InvitationCodes(docx);
            Assert.Equal(delegates.Select(d => d.Code), codes); // one invitation per delegate, each QR carrying its ticket
            Assert.True(await LibreOffice.PdfPagesAsync(docx, "giay-moi.docx") >= delegates.Count);

            // The door: the first of Báo Long An's delegates, twice.
            var ticket = delegates.First(d => d.FullName == names[0]).Code;
            await office.ClickAsync("[data-testid=checkin-link]");
            await office.WaitForSelectorAsync("#checkin[data-ready=true]");
            await ScanAsync(office, ticket);
            await Assertions.Expect(office.Locator($"[data-testid=scan-row][data-synced=true]")).ToHaveCountAsync(1);
            Assert.Equal("accepted", await office.Locator("[data-testid=scan-row]").First.GetAttributeAsync("data-result"));
            Assert.StartsWith("Hợp lệ", (await office.InnerTextAsync("[data-testid=checkin-result]")).Trim());

            await ScanAsync(office, ticket.ToLowerInvariant());
            await Assertions.Expect(office.Locator($"[data-testid=scan-row][data-synced=true]")).ToHaveCountAsync(2);
            Assert.Equal("duplicate", await office.Locator("[data-testid=scan-row]").First.GetAttributeAsync("data-result"));
            Assert.StartsWith("Đã vào rồi", (await office.InnerTextAsync("[data-testid=checkin-result]")).Trim());

            // A code that is no ticket.
            await ScanAsync(office, "SK1-AAAAAAAAAAAA-AAAAAAAAAA");
            await Assertions.Expect(office.Locator($"[data-testid=scan-row][data-synced=true]")).ToHaveCountAsync(3);
            Assert.Equal("unknown", await office.Locator("[data-testid=scan-row]").First.GetAttributeAsync("data-result"));
            Assert.StartsWith("Không hợp lệ", (await office.InnerTextAsync("[data-testid=checkin-result]")).Trim());
            Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<EventService>().CheckInCountAsync(meeting.Id, ticket, default)));
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(office, "events-office");
            throw;
        }
    }

    [Fact]
    public async Task The_door_page_without_the_network_queues_three_scans_and_syncs_them_when_it_returns_each_counting_once()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var ids = await DemoIds.LoadAsync(app);
        var meeting = await EventsKit.MeetingAsync(app);
        await EventsKit.QuotaOfAsync(app, meeting, ids.BaoUnit);
        var delegates = new List<int>();
        for (var i = 0; i < 3; i++) delegates.Add(await EventsKit.AddDelegateAsync(app, meeting.Id, ids.BaoUnit));
        var tickets = await app.DbAsync(db => db.Set<Ticket>().Where(t => t.DelegateId != null && delegates.Contains(t.DelegateId.Value))
            .OrderBy(t => t.Id).Select(t => t.Code).ToListAsync());
        Assert.Equal(3, tickets.Count);
        await using var browser = await BrowserSession.StartAsync();
        var door = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            await BrowserSession.LoginAsync(door, "dieuphoi", DemoSeeder.DemoPassword);
            await door.GotoAsync($"/Events/{meeting.Id}/CheckIn");
            await door.WaitForSelectorAsync("#checkin[data-ready=true]");
            // The service worker controls the page once it is active (it claims its clients).
            await door.WaitForFunctionAsync("() => navigator.serviceWorker && navigator.serviceWorker.controller !== null");

            await door.Context.SetOfflineAsync(true);
            // The page opens again without the network: from the service worker's cache, the roster from IndexedDB.
            await door.ReloadAsync();
            await door.WaitForSelectorAsync("#checkin[data-ready=true]");
            Assert.True(int.Parse(await door.InnerTextAsync("[data-testid=roster-count]")) >= 3);
            Assert.False(await door.EvaluateAsync<bool>("() => navigator.onLine"));

            foreach (var code in tickets) await ScanAsync(door, code);
            await ScanAsync(door, tickets[0]); // the same delegate again, still offline: a duplicate on the device already
            await Assertions.Expect(door.Locator("[data-testid=pending]")).ToHaveTextAsync("4");
            Assert.Equal(["duplicate", "accepted", "accepted", "accepted"],
                await door.Locator("[data-testid=scan-row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.result)"));
            Assert.StartsWith("Đã vào rồi", (await door.InnerTextAsync("[data-testid=checkin-result]")).Trim());
            Assert.Contains("chưa đồng bộ", await door.InnerTextAsync("[data-testid=checkin-log]"));
            Assert.Equal(0, await CheckInsAsync(app, meeting.Id, tickets));

            await door.Context.SetOfflineAsync(false);
            await door.ClickAsync("[data-testid=checkin-sync]");
            await Assertions.Expect(door.Locator("[data-testid=pending]")).ToHaveTextAsync("0");
            await Assertions.Expect(door.Locator("[data-testid=scan-row][data-synced=true]")).ToHaveCountAsync(4);
            Assert.Equal(["duplicate", "accepted", "accepted", "accepted"],
                await door.Locator("[data-testid=scan-row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.result)"));
            Assert.Equal(3, await CheckInsAsync(app, meeting.Id, tickets));
            foreach (var code in tickets)
                Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<EventService>().CheckInCountAsync(meeting.Id, code, default)));

            // The device sends the same queue again (its answer was lost): the same nonces count once.
            await door.EvaluateAsync(@"() => new Promise((resolve, reject) => {
                const open = indexedDB.open('lantoa-checkin', 1);
                open.onsuccess = () => {
                    const tx = open.result.transaction('scans', 'readwrite');
                    document.querySelectorAll('[data-testid=scan-row]').forEach(r => tx.objectStore('scans').put({
                        nonce: r.dataset.nonce, eventId: document.getElementById('checkin').dataset.eventId,
                        ticketCode: r.children[1].textContent, sessionId: null, scannedAt: new Date().toISOString() }));
                    tx.oncomplete = resolve; tx.onerror = reject;
                };
                open.onerror = reject;
            })");
            await door.ClickAsync("[data-testid=checkin-sync]");
            await Assertions.Expect(door.Locator("[data-testid=pending]")).ToHaveTextAsync("0");
            Assert.Equal(3, await CheckInsAsync(app, meeting.Id, tickets));
        }
        catch
        {
            await BrowserSession.ScreenshotAsync(door, "events-door-offline");
            throw;
        }
    }

    private static async Task ScanAsync(IPage page, string code)
    {
        await page.FillAsync("[data-testid=checkin-code]", code);
        await page.ClickAsync("[data-testid=checkin-submit]");
        await page.WaitForSelectorAsync($"[data-testid=scan-row] >> text={code.ToUpperInvariant()}");
    }

    private static Task<int> CheckInsAsync(TestApp app, int eventId, IReadOnlyList<string> codes) => app.DbAsync(db =>
        (from c in db.Set<Lantoa.Domain.Events.CheckIn>() join t in db.Set<Ticket>() on c.TicketId equals t.Id
         where c.EventId == eventId && codes.Contains(t.Code) select c).CountAsync());

    /// <summary>The ticket codes of the invitations' QR pictures, in order; each picture is checked to be the QR code of its code.</summary>
    internal static IReadOnlyList<string> InvitationCodes(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = doc.MainDocumentPart!;
        var codes = new List<string>();
        foreach (var drawing in main.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Drawing>())
        {
            var code = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single().Description!.Value!;
            var blip = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
            using var png = new MemoryStream();
            main.GetPartById(blip.Embed!.Value!).GetStream().CopyTo(png);
            Assert.Equal(InvitationDocx.QrPng(code), png.ToArray());
            codes.Add(code);
        }
        return codes;
    }
}
