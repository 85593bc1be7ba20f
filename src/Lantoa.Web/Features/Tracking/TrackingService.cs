using Lantoa.Domain.Tracking;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Tracking;

/// <summary>
/// Who owes what, as of today: the obligation board of a province (or one plan) computed from the obligations, their
/// parties resolved through the unit directory on each due date, and the submissions. "Today" is the Vietnamese day of
/// the one injected clock, so tests and demos can look at a plan as of any day.
/// </summary>
public sealed class TrackingService(LantoaDb db, UnitDirectory directory, TimeProvider clock)
{
    public DateOnly Today => TrackingCalendar.LocalDay(clock.GetUtcNow());

    public async Task<ObligationBoard> BoardAsync(int provinceId, int? planId = null, CancellationToken ct = default)
    {
        var obligations = await db.Obligations.AsNoTracking().Include(o => o.Parties)
            .Where(o => o.ProvinceId == provinceId && (planId == null || o.PlanId == planId)).ToListAsync(ct);
        var ids = obligations.Select(o => o.Id).ToList();
        var submissions = await db.ObligationSubmissions.AsNoTracking().Where(s => ids.Contains(s.ObligationId)).ToListAsync(ct);
        var units = await directory.ForProvinceAsync(provinceId, ct);
        return ObligationBoard.Compute(obligations, units.Units, units.Groups, submissions, Today);
    }

    /// <summary>What one unit owes: overdue and due within <paramref name="soonDays"/> days, for the banner and the digest.</summary>
    public async Task<UnitReminders?> RemindersAsync(int provinceId, int unitId, int soonDays = 7, CancellationToken ct = default)
    {
        var board = await BoardAsync(provinceId, null, ct);
        return ReminderPlanner.Due(board, Today, soonDays).FirstOrDefault(r => r.UnitId == unitId);
    }
}
