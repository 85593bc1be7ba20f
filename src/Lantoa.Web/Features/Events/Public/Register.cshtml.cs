using Lantoa.Domain.Events;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Events.Public;

/// <summary>
/// A published event on the public side (/su-kien/{id}, public layout) for a signed-in citizen: its sessions with the
/// seats left, registration for a session open to citizens (the same seat-exact registration as
/// <c>POST /api/v1/events/{id}/registrations</c>, through the same gate), and the citizen's tickets with their QR codes
/// to show at the door. A full session answers 409 with the reason, a closed one 422.
/// </summary>
public sealed class Register(LantoaDb db, EventService events, RegistrationGate gate, TimeProvider clock) : CitizenPage
{
    public Event Event { get; private set; } = null!;
    public string ProvinceName { get; private set; } = "";
    public IReadOnlyList<EventSession> Sessions { get; private set; } = [];
    public IReadOnlyDictionary<int, string> MyTickets { get; private set; } = new Dictionary<int, string>();
    public DateTimeOffset Now { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, int sessionId)
    {
        if (await LoadAsync(id) is { } missing) return missing;
        var result = await gate.RunAsync(() => events.RegisterAsync(id, sessionId, Me!.Id, HttpContext.RequestAborted), HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case RegistrationOutcome.Created:
            case RegistrationOutcome.AlreadyRegistered:
                TempData["Flash"] = result.Outcome == RegistrationOutcome.Created ? $"Đã đăng ký; mã vé của bạn: {result.TicketCode}." : $"Bạn đã đăng ký phiên này; mã vé: {result.TicketCode}.";
                return Redirect($"/su-kien/{id}");
            case RegistrationOutcome.NotFound:
                return NotFound();
        }
        await LoadAsync(id);
        Message = result.Message;
        Response.StatusCode = result.Outcome == RegistrationOutcome.Full ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var ev = await db.Set<Event>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.Published, HttpContext.RequestAborted);
        if (ev is null) return NotFound();
        Event = ev;
        ProvinceName = await db.Provinces.AsNoTracking().Where(p => p.Id == ev.ProvinceId).Select(p => p.Name).SingleAsync(HttpContext.RequestAborted);
        Sessions = await db.Set<EventSession>().AsNoTracking().Where(s => s.EventId == id).OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync(HttpContext.RequestAborted);
        var me = Me!.Id;
        MyTickets = await db.Set<Ticket>().AsNoTracking().Where(t => t.EventId == id && t.CitizenId == me && t.SessionId != null)
            .ToDictionaryAsync(t => t.SessionId!.Value, t => t.Code, HttpContext.RequestAborted);
        Now = clock.GetUtcNow();
        ViewData["ProvinceName"] = ProvinceName;
        return null;
    }

    /// <summary>The QR code of a ticket as a data: URL (the CSP allows data: images).</summary>
    public static string QrDataUrl(string code) => "data:image/png;base64," + Convert.ToBase64String(InvitationDocx.QrPng(code));

    public static string Local(DateTimeOffset t) => t.ToOffset(VietnamTime.Offset).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
