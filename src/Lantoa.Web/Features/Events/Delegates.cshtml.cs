using Lantoa.Domain;
using Lantoa.Domain.Events;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Events;

/// <summary>
/// A unit names its delegates to an event within its quota (name, title, phone, e-mail): <c>?unitId=</c> for the unit's
/// officer (from "Sự kiện" or "Việc chờ xử lý"), <c>?quotaId=</c> for the office entering a line of the appendix that
/// names no unit of the province (VNPT, "các doanh nghiệp khác"). One over the quota is refused with the count; each
/// delegate gets a ticket with a signed code at once.
/// </summary>
public sealed class Delegates(LantoaDb db, EventBoard board, EventService events) : LantoaPage
{
    [BindProperty(SupportsGet = true)] public int? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public int? QuotaId { get; set; }

    public Event Event { get; private set; } = null!;
    public string Heading { get; private set; } = "";
    public IReadOnlyList<EventBoard.QuotaRow> Quotas { get; private set; } = [];
    public IReadOnlyList<EventBoard.DelegateRow> Named { get; private set; } = [];
    public bool CanManage { get; private set; }

    public sealed class DelegateForm
    {
        public int QuotaId { get; set; }
        public string? FullName { get; set; }
        public string? Position { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
    }

    [BindProperty] public DelegateForm Form { get; set; } = new();

    public string Query => QuotaId is { } q ? $"quotaId={q}" : $"unitId={UnitId}";

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        try
        {
            var quota = Quotas.FirstOrDefault(q => q.Id == Form.QuotaId) ?? (Quotas.Count == 1 ? Quotas[0] : null)
                ?? throw new DomainException("Hãy chọn chỉ tiêu của đơn vị.");
            var name = TextInput.Clean(Form.FullName);
            if (name is { Length: > 200 } || Form.Position is { Length: > 200 } || Form.Email is { Length: > 200 } || Form.Phone is { Length: > 30 })
                throw new DomainException("Họ tên, chức vụ và thư điện tử tối đa 200 ký tự; số điện thoại tối đa 30 ký tự.");
            var ticket = await events.NameDelegateAsync(quota.Id, name ?? "", TextInput.Clean(Form.Position), TextInput.Clean(Form.Phone),
                TextInput.Clean(Form.Email), HttpContext.RequestAborted);
            Flash($"Đã cử đại biểu {ticket.HolderName} (mã vé {ticket.Code}).");
            return Redirect($"/Events/{id}/Delegates?{Query}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Form", e.Message);
        }
        await LoadAsync(id);
        return Invalid();
    }

    /// <summary>Withdraws a delegate named by mistake: the ticket (and any check-in of it) goes with it.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(int id, int delegateId)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        var ids = Quotas.Select(q => q.Id).ToList();
        var person = await db.Set<EventDelegate>().FirstOrDefaultAsync(d => d.Id == delegateId && d.EventId == id && ids.Contains(d.QuotaId));
        if (person is null) return NotFoundPage();
        db.Remove(person);
        foreach (var t in await db.Set<Ticket>().Where(t => t.DelegateId == person.Id).ToListAsync()) db.Remove(t);
        await db.SaveChangesAsync();
        Flash($"Đã rút tên đại biểu {person.FullName}.");
        return Redirect($"/Events/{id}/Delegates?{Query}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var ev = await db.Set<Event>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (ev is null || !AccessPolicy.CanReadProvince(Actor, ev.ProvinceId)) return NotFoundPage();
        IReadOnlyList<EventBoard.QuotaRow> quotas;
        if (QuotaId is { } quotaId) quotas = (await board.QuotasAsync(id, null, ct)).Where(q => q.Id == quotaId).ToList();
        else if (UnitId is { } unitId) quotas = await board.QuotasAsync(id, unitId, ct);
        else return NotFoundPage();
        if (quotas.Count == 0) return NotFoundPage();
        var unit = quotas[0].UnitId;
        if (QuotaId is null && unit is not null
            && !await db.Units.AnyAsync(u => u.Id == unit && u.ProvinceId == ev.ProvinceId, ct)) return NotFoundPage();
        if (!AccessPolicy.CanNameDelegates(Actor, ev.ProvinceId, unit)) return Denied();
        Event = ev;
        Quotas = quotas;
        CanManage = AccessPolicy.CanManageEvents(Actor, ev.ProvinceId);
        Heading = quotas[0].UnitName ?? quotas[0].WrittenUnit;
        Named = await board.DelegatesAsync(id, quotas.Select(q => q.Id).ToList(), ct);
        return null;
    }
}
