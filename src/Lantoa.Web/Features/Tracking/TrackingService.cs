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
public sealed class TrackingService(LantoaDb db, UnitDirectory directory, TimeProvider clock, BoardCache cache)
{
    public DateOnly Today => TrackingCalendar.LocalDay(clock.GetUtcNow());

    /// <summary>A draft plan's obligations are owed by no one yet: only obligations of issued plans count (board, late units, reminders).</summary>
    private System.Linq.Expressions.Expression<Func<Obligation, bool>> IssuedOnly =>
        o => db.Plans.Any(p => p.Id == o.PlanId && p.Status != Lantoa.Domain.Plans.PlanStatus.Draft);

    /// <summary>The board of a province, or of one plan, or of the plans of one year.</summary>
    public async Task<ObligationBoard> BoardAsync(int provinceId, int? planId = null, CancellationToken ct = default, int? year = null)
    {
        var obligations = await db.Obligations.AsNoTracking().Include(o => o.Parties)
            .Where(o => o.ProvinceId == provinceId && (planId == null || o.PlanId == planId)
                        && (year == null || db.Plans.Any(p => p.Id == o.PlanId && p.Year == year)))
            .Where(IssuedOnly).ToListAsync(ct);
        var ids = obligations.Select(o => o.Id).ToList();
        var submissions = await db.ObligationSubmissions.AsNoTracking().Where(s => ids.Contains(s.ObligationId)).ToListAsync(ct);
        var units = await directory.ForProvinceAsync(provinceId, ct);
        return ObligationBoard.Compute(obligations, units.Units, units.Groups, submissions, Today);
    }

    /// <summary>
    /// The board for pages shown again and again (dashboard, inbox), from <see cref="BoardCache"/> while nothing it is
    /// computed from has changed, with the time it was computed.
    /// </summary>
    public async Task<BoardCache.Entry> CachedBoardAsync(int provinceId, int? planId = null, int? year = null, CancellationToken ct = default)
    {
        var version = await db.Database.SqlQuery<long>($"SELECT last_value AS \"Value\" FROM tracking_board_version").SingleAsync(ct);
        var key = new BoardCache.Key(provinceId, planId, year, Today, version);
        if (cache.Find(key) is { } kept) return kept;
        var entry = new BoardCache.Entry(await BoardAsync(provinceId, planId, ct, year), clock.GetUtcNow());
        cache.Keep(key, entry);
        return entry;
    }

    /// <summary>
    /// What one unit owes: overdue and due within <paramref name="soonDays"/> days, for the banner and the digest. Only
    /// the obligations naming the unit, or a group it belongs to, and only its own submissions are read.
    /// </summary>
    public async Task<UnitReminders?> RemindersAsync(int provinceId, int unitId, int soonDays = 7, CancellationToken ct = default)
    {
        var units = await directory.ForProvinceAsync(provinceId, ct);
        if (!units.UnitsById.TryGetValue(unitId, out var unit)) return null;
        var today = Today;
        var groups = units.Groups.Where(g => g.Resolve(units.Units, today).Any(u => u.Id == unitId)
                                             || g.Resolve(units.Units, today.AddYears(-1)).Any(u => u.Id == unitId)).Select(g => g.Id).ToList();
        var obligations = await db.Obligations.AsNoTracking().Include(o => o.Parties)
            .Where(o => o.ProvinceId == provinceId && o.Parties.Any(p => p.UnitId == unitId || (p.GroupId != null && groups.Contains(p.GroupId.Value))))
            .Where(IssuedOnly).ToListAsync(ct);
        var ids = obligations.Select(o => o.Id).ToList();
        var submissions = await db.ObligationSubmissions.AsNoTracking().Where(s => s.UnitId == unitId && ids.Contains(s.ObligationId)).ToListAsync(ct);
        var board = ObligationBoard.Compute(obligations, [unit], units.Groups, submissions, today);
        return ReminderPlanner.Due(board, today, soonDays).FirstOrDefault(r => r.UnitId == unitId);
    }
    /// <summary>
    /// A one-off obligation another module makes units owe (a commendation round's nominations by its deadline), owed by
    /// the given units and groups; added to the context, saved by the caller's SaveChangesAsync.
    /// </summary>
    public Obligation AddObligation(int provinceId, int planId, string title, DateOnly dueOn, IEnumerable<ObligationParty> parties, string? owedByText = null)
    {
        var obligation = new Obligation(provinceId, planId, title, ObligationSchedule.Once(dueOn)) { OwedByText = owedByText };
        obligation.SetParties(parties);
        db.Obligations.Add(obligation);
        return obligation;
    }

    /// <summary>Replaces who owes an obligation (another module's, when its owners change); saved by the caller.</summary>
    public async Task SetPartiesAsync(int obligationId, IEnumerable<ObligationParty> parties, CancellationToken ct = default)
    {
        var obligation = await db.Obligations.Include(o => o.Parties).FirstOrDefaultAsync(o => o.Id == obligationId, ct);
        obligation?.SetParties(parties);
    }

    /// <summary>Records, once, that a unit delivered a one-off obligation (its only due date); saved by the caller.</summary>
    public async Task RecordDeliveredAsync(int obligationId, int unitId, int? userId, string? note, CancellationToken ct = default)
    {
        var obligation = await db.Obligations.FirstOrDefaultAsync(o => o.Id == obligationId, ct);
        if (obligation is null) return;
        var dueOn = obligation.DueDates()[0];
        if (await db.ObligationSubmissions.AnyAsync(s => s.ObligationId == obligationId && s.UnitId == unitId && s.DueOn == dueOn, ct)) return;
        db.ObligationSubmissions.Add(obligation.RecordSubmission(unitId, dueOn, clock.GetUtcNow(), userId, note));
    }
}
