using System.Text.Json;
using Lantoa.Domain.Events;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Events;

/// <summary>
/// The door's check-in page, on a phone: scans with the camera (BarcodeDetector, else the vendored jsQR) or a typed
/// code, or a name looked up without diacritics, and shows "Hợp lệ", "Đã vào rồi" or "Không hợp lệ". It works without
/// the network (wwwroot/js/checkin.js, wwwroot/checkin-sw.js): the page and the roster are cached, each scan is queued
/// in IndexedDB with its own nonce and judged against the roster at once, and the queue is sent to
/// <see cref="OnPostScansAsync"/> (the same idempotent check-in as <c>POST /api/v1/events/{id}/checkins</c>) whenever
/// the network is there; a scan sent twice counts once.
/// </summary>
public sealed class Door(LantoaDb db, EventBoard board, EventService events) : LantoaPage
{
    public Event Event { get; private set; } = null!;
    public IReadOnlyList<EventSession> Sessions { get; private set; } = [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    /// <summary>The roster for the device: every ticket (code, holder, session, unit) and what is checked in already.</summary>
    public async Task<IActionResult> OnGetRosterAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        var ct = HttpContext.RequestAborted;
        var tickets = await board.RosterAsync(id, ct);
        var checkedIn = await board.CheckedInAsync(id, ct);
        return new JsonResult(new
        {
            eventId = id,
            sessions = Sessions.Select(s => new { id = s.Id, title = s.Title }),
            tickets = tickets.Select(t => new { code = t.Code, name = t.Name, sessionId = t.SessionId, unit = t.Unit }),
            checkedIn = checkedIn.Select(c => new { code = c.Code, sessionId = c.SessionId }),
        }, Json);
    }

    public sealed record ScanRequest(string? TicketCode, int? SessionId, DateTimeOffset? ScannedAt, string? Nonce);

    /// <summary>Queued scans from the device (JSON array); each answered by its nonce, a nonce sent again answered as before.</summary>
    public async Task<IActionResult> OnPostScansAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        ScanRequest?[]? scans;
        try
        {
            scans = await JsonSerializer.DeserializeAsync<ScanRequest?[]>(Request.Body, Json, HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return Problem(400, "Dữ liệu quét không phải JSON hợp lệ.");
        }
        if (scans is null || scans.Length == 0) return Problem(400, "Không có lượt quét nào.");
        if (scans.Length > EventsApi.MaxScans) return Problem(422, $"Mỗi lần gửi tối đa {EventsApi.MaxScans} lượt quét.");
        if (scans.Any(s => s is null || string.IsNullOrWhiteSpace(s.Nonce) || s.Nonce.Trim().Length > 100 || s.TicketCode is null || s.TicketCode.Length > 100))
            return Problem(422, "Mỗi lượt quét cần mã vé và một mã lượt quét (tối đa 100 ký tự).");
        if (scans.GroupBy(s => s!.Nonce!.Trim()).Any(g => g.Count() > 1)) return Problem(422, "Một mã lượt quét lặp lại trong cùng một lần gửi.");
        var answers = await events.CheckInAsync(Event, [.. scans.Select(s => new Scan(s!.TicketCode, s.SessionId, s.ScannedAt, s.Nonce))], Actor, HttpContext.RequestAborted);
        return new JsonResult(answers.Select(a => new { nonce = a.Nonce, result = ScanRules.ApiName(a.Result), label = ScanRules.Label(a.Result), name = a.Name }), Json);
    }

    private JsonResult Problem(int status, string detail) => new(new { status, detail }, Json) { StatusCode = status };

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var ev = await db.Set<Event>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, HttpContext.RequestAborted);
        if (ev is null || !AccessPolicy.CanReadProvince(Actor, ev.ProvinceId)) return NotFoundPage();
        if (!AccessPolicy.CanCheckIn(Actor, ev.ProvinceId)) return Denied();
        Event = ev;
        Sessions = await db.Set<EventSession>().AsNoTracking().Where(s => s.EventId == id).OrderBy(s => s.StartsAt).ToListAsync(HttpContext.RequestAborted);
        return null;
    }
}
