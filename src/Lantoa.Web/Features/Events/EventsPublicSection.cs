using System.Globalization;
using Lantoa.Domain.Events;
using Lantoa.Web.Features.PublicSite;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Events;

/// <summary>The province's published events on its public site and in <c>GET /api/v1/provinces/{code}/public</c>, each with
/// its <c>sessions: [{id, title, startsAt, capacity, registrationOpen}]</c>.</summary>
public sealed class EventsPublicSection(LantoaDb db, TimeProvider clock) : IPublicSection
{
    public PublicSectionKind Kind => PublicSectionKind.Events;

    public async Task<IReadOnlyList<PublicSectionItem>> ItemsAsync(PublicProvince province, CancellationToken ct)
    {
        var events = await db.Set<Event>().AsNoTracking().Where(e => e.ProvinceId == province.Id && e.Published)
            .OrderBy(e => e.StartsOn).ThenBy(e => e.Id).ToListAsync(ct);
        var ids = events.Select(e => e.Id).ToList();
        var sessions = (await db.Set<EventSession>().AsNoTracking().Where(s => ids.Contains(s.EventId)).OrderBy(s => s.StartsAt).ToListAsync(ct))
            .ToLookup(s => s.EventId);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(VietnamTime.Offset).DateTime);
        return events.Select(e =>
        {
            var when = e.StartsOn == e.EndsOn ? e.StartsOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
                : $"{e.StartsOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} – {e.EndsOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
            var open = sessions[e.Id].Any(s => s.RegistrationOpen(now));
            var href = sessions[e.Id].Any(s => s.PublicRegistration) ? $"/su-kien/{e.Id}" : null;
            return new PublicSectionItem(e.Id, e.Title, when, e.Place, href, open ? "Đang nhận đăng ký" : null, e.EndsOn < today)
            {
                Fields = new Dictionary<string, object?>
                {
                    ["sessions"] = sessions[e.Id].Select(s => new Dictionary<string, object?>
                    {
                        ["id"] = s.Id, ["title"] = s.Title, ["startsAt"] = s.StartsAt, ["capacity"] = s.Capacity,
                        ["registrationOpen"] = s.RegistrationOpen(now) && s.SeatsTaken < s.Capacity,
                    }).ToList(),
                },
            };
        }).ToList();
    }
}
