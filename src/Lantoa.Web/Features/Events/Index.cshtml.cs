using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Events;

/// <summary>"Sự kiện": the province's events. The DX office opens an event's page (sessions, quotas, delegates,
/// invitations, the door); a unit's officer sees its quota in each event and goes on to name its delegates.</summary>
public sealed class Index(EventBoard board) : LantoaPage
{
    public IReadOnlyList<EventBoard.ListRow> Rows { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = Actor;
        if (!AccessPolicy.SeesEvents(actor)) return Denied();
        CanManage = actor.ProvinceId is { } p ? AccessPolicy.CanManageEvents(actor, p) : actor.IsNational;
        Rows = await board.ListAsync(actor, HttpContext.RequestAborted);
        return Page();
    }
}
