using Lantoa.Domain.Events;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Documents;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Events;

/// <summary>
/// An event's page for the DX office: its sessions with seats, the quota of every unit with how many it has named and
/// how many are missing, the delegates named, the invitations as one .docx, and the way to the door's check-in page.
/// Another province's event is not revealed (404); a unit officer, leadership and finance are refused (403).
/// </summary>
public sealed class Details(LantoaDb db, EventBoard board, TimeProvider clock) : LantoaPage
{
    public EventBoard.Board Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        return Page();
    }

    /// <summary>Every named delegate's invitation, one a page, each with the QR code of the delegate's ticket.</summary>
    public async Task<IActionResult> OnGetInvitationsAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        var ev = Board.Event;
        var invited = Board.Quotas.ToDictionary(q => q.Id, q => q.Count);
        var invitees = Board.Delegates.Where(d => d.TicketCode is not null)
            .Select(d => new Invitee(d.FullName, d.Position, d.Unit, invited[d.QuotaId], d.TicketCode!)).ToList();
        if (invitees.Count == 0)
        {
            ModelState.AddModelError("", "Chưa có đại biểu nào được cử: chưa có giấy mời để tải.");
            return Invalid();
        }
        var sender = await SenderAsync(ev);
        var sessions = Board.Sessions.Select(s => new InvitedSession(s.Title, s.StartsAt, s.EndsAt, s.Room)).ToList();
        var bytes = InvitationDocx.Write(ev.Title, ev.Place, ev.ReplyBy, sessions, sender, invitees);
        return File(bytes, DocxBuilder.ContentType, $"giay-moi-su-kien-{ev.Id}.docx");
    }

    private async Task<InvitationSender> SenderAsync(Event ev)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(VietnamTime.Offset).DateTime);
        var province = await db.Provinces.AsNoTracking().Where(p => p.Id == ev.ProvinceId).Select(p => p.Name).SingleAsync();
        var plan = ev.PlanId is null ? null : await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == ev.PlanId);
        var body = plan?.IssuerName ?? $"Ủy ban nhân dân tỉnh {province}";
        return new InvitationSender(body, plan?.Place ?? province, today,
            new SignatureBlock(plan?.SignerAuthority ?? "TM. ỦY BAN NHÂN DÂN", plan?.SignerPrefix, plan?.SignerTitle ?? "CHỦ TỊCH", plan?.SignerName));
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var loaded = await board.LoadAsync(id, HttpContext.RequestAborted);
        if (loaded is null || !AccessPolicy.CanReadProvince(Actor, loaded.Event.ProvinceId)) return NotFoundPage();
        if (!AccessPolicy.CanManageEvents(Actor, loaded.Event.ProvinceId)) return Denied();
        Board = loaded;
        return null;
    }
}
