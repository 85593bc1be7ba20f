using Lantoa.Domain.Tracking;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Inbox;

/// <summary>
/// "Chờ xử lý": what waits for the signed-in person, from every module's <see cref="IInboxSource"/> (estimates to
/// review, reports to review, late units, returned reports and estimates …), and the unread notices of their unit.
/// </summary>
public sealed class Index(InboxService inbox, LantoaDb db, TimeProvider clock) : LantoaPage
{
    public const int MaxNotices = 100;

    public IReadOnlyList<IGrouping<string, InboxItem>> Groups { get; private set; } = [];
    public IReadOnlyList<Notification> Notices { get; private set; } = [];
    public bool HasUnit { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!AccessPolicy.SeesInbox(Actor)) return Redirect("/Admin/Province");
        Groups = (await inbox.ItemsAsync(Actor, HttpContext.RequestAborted)).GroupBy(i => i.Group).ToList();
        if (Actor.UnitId is { } unit && Actor.ProvinceId is { } province && AccessPolicy.CanReadUnitNotices(Actor, province, unit))
        {
            HasUnit = true;
            Notices = await db.Notifications.AsNoTracking().Where(n => n.UnitId == unit && n.ReadAt == null)
                .OrderByDescending(n => n.CreatedAt).Take(MaxNotices).ToListAsync();
        }

        return Page();
    }

    /// <summary>Marks the unit's unread notices read.</summary>
    public async Task<IActionResult> OnPostReadAsync()
    {
        if (Actor.UnitId is not { } unit || Actor.ProvinceId is not { } province || !AccessPolicy.CanReadUnitNotices(Actor, province, unit))
            return Denied();
        foreach (var n in await db.Notifications.Where(n => n.UnitId == unit && n.ReadAt == null).ToListAsync()) n.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync();
        Flash("Đã đánh dấu các thông báo là đã đọc.");
        return Redirect("/Inbox");
    }
}
