using Lantoa.Domain.Dates;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.MyWork;

/// <summary>Where an assignment stands in the unit's list: overdue first, then due soon, then the rest.</summary>
public enum WorkBucket
{
    Overdue,
    DueSoon,
    Rest,
}

/// <summary>The status filter of "Việc của đơn vị" (query value in English, label in Vietnamese).</summary>
public enum WorkStatus
{
    Overdue,
    DueSoon,
    Unreported,
    Reported,
    Done,
}

/// <summary>What the unit's list is filtered by: plan, status, a period the activity's time touches, and the plan year.</summary>
public sealed record WorkFilter(int UnitId, int? Year, int? PlanId, WorkStatus? Status, DateOnly? From, DateOnly? To);

/// <summary>
/// One unit's assignments across issued plans, one page at a time. Every assignment of the unit is read narrow (ids,
/// plan, the activity's dates, whether a report was sent), classed and ordered — overdue (time over, nothing reported)
/// most days late first, then due within <see cref="DueSoonDays"/> days soonest first, then the rest by date — and
/// filtered; only the page's rows are then read in full. A commune of the national dataset has about a thousand
/// assignments: the page sends 25 of them.
/// </summary>
public sealed class MyWorkList(LantoaDb db)
{
    public const int DueSoonDays = 7;
    public const int PageSize = Paging.DefaultPageSize;

    /// <summary>One assignment, narrow: what ordering and filtering need.</summary>
    public sealed record Entry(int AssignmentId, int PlanId, string Label, PartyRole Role, TimeWindow Time, bool Reported, bool Done, WorkBucket Bucket);

    public sealed record Item(int AssignmentId, int PlanId, string PlanTitle, string? PlanNumber, PlanStatus PlanStatus,
        string ActivityLabel, string ActivityTitle, PartyRole Role, int? ViaGroupId, TimeWindow Time, WindowState State,
        WorkBucket Bucket, bool Reported, bool Done, DateTimeOffset? AcknowledgedAt, string? FocalPerson, string? UnitNote);

    /// <summary>The page of the filter, the unit's counts over all its work (not only the filter's), and its plans for the filter.</summary>
    public sealed record Result(PagedList<Item> Page, int All, int Lead, int Overdue, int DueSoon, IReadOnlyList<(int Id, string Label)> Plans);

    public async Task<Result> LoadAsync(WorkFilter f, DateOnly today, int page, CancellationToken ct = default)
    {
        var rows = await (
                from a in db.Assignments.AsNoTracking()
                join act in db.Activities.AsNoTracking() on a.ActivityId equals act.Id
                join p in db.Plans.AsNoTracking() on a.PlanId equals p.Id
                where a.UnitId == f.UnitId && (f.Year == null || p.Year == f.Year) && p.Status != PlanStatus.Draft // drafts reach no unit
                select new
                {
                    a.Id, a.PlanId, act.Label, a.Role,
                    Start = EF.Property<DateOnly?>(act, "TimeStart"), StartPrecision = EF.Property<DatePrecision?>(act, "TimeStartPrecision"),
                    End = EF.Property<DateOnly?>(act, "TimeEnd"), EndPrecision = EF.Property<DatePrecision?>(act, "TimeEndPrecision"),
                    Recurrence = EF.Property<Recurrence>(act, "TimeRecurrence"), Ongoing = EF.Property<bool>(act, "TimeOngoing"),
                    DeadlineOnly = EF.Property<bool>(act, "TimeDeadlineOnly"),
                })
            .ToListAsync(ct);
        var reports = (await db.ProgressReports.AsNoTracking()
                .Where(r => r.UnitId == f.UnitId && (r.State == ReportState.Submitted || r.State == ReportState.Approved))
                .Select(r => new { r.AssignmentId, Done = r.Status == ProgressStatus.Done }).ToListAsync(ct))
            .GroupBy(r => r.AssignmentId).ToDictionary(g => g.Key, g => g.Any(r => r.Done));

        var entries = rows.Select(r =>
        {
            var time = new TimeWindow
            {
                Start = r.Start is { } s ? PartialDate.FromFirstDay(s, r.StartPrecision ?? DatePrecision.Day) : null,
                End = r.End is { } e ? PartialDate.FromFirstDay(e, r.EndPrecision ?? DatePrecision.Day) : null,
                Recurrence = r.Recurrence, Ongoing = r.Ongoing, DeadlineOnly = r.DeadlineOnly,
            };
            var reported = reports.TryGetValue(r.Id, out var done);
            return new Entry(r.Id, r.PlanId, r.Label, r.Role, time, reported, done, BucketOf(time, reported, today));
        }).ToList();

        var planIds = entries.Select(e => e.PlanId).Distinct().ToList();
        var plans = (await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Year, p.NumberSymbol, p.Title }).ToListAsync(ct))
            .OrderByDescending(p => p.Year).ThenBy(p => p.Id)
            .Select(p => (p.Id, Label: $"{p.NumberSymbol} {p.Title}".Trim())).ToList();

        var chosen = Order(entries.Where(e => Matches(e, f)), today).ToList();
        var pageCount = Math.Max(1, (chosen.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var onPage = chosen.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var items = await ItemsAsync(onPage, today, ct);
        return new Result(new PagedList<Item>(items, page, PageSize, chosen.Count), entries.Count, entries.Count(e => e.Role == PartyRole.Lead),
            entries.Count(e => e.Bucket == WorkBucket.Overdue), entries.Count(e => e.Bucket == WorkBucket.DueSoon), plans);
    }

    /// <summary>Overdue: the activity's time is over and nothing was reported; due soon: its last day is within
    /// <see cref="DueSoonDays"/> days and nothing was reported.</summary>
    public static WorkBucket BucketOf(TimeWindow time, bool reported, DateOnly today)
    {
        if (reported || time.LastDay is not { } last) return WorkBucket.Rest;
        if (last < today) return WorkBucket.Overdue;
        return last <= today.AddDays(DueSoonDays) ? WorkBucket.DueSoon : WorkBucket.Rest;
    }

    private static bool Matches(Entry e, WorkFilter f) =>
        (f.PlanId is null || e.PlanId == f.PlanId)
        && (f.From is null && f.To is null || e.Time.Overlaps(f.From ?? DateOnly.MinValue, f.To ?? DateOnly.MaxValue))
        && f.Status switch
        {
            WorkStatus.Overdue => e.Bucket == WorkBucket.Overdue,
            WorkStatus.DueSoon => e.Bucket == WorkBucket.DueSoon,
            WorkStatus.Unreported => !e.Reported,
            WorkStatus.Reported => e.Reported,
            WorkStatus.Done => e.Done,
            _ => true,
        };

    /// <summary>Overdue most days late first, due soon soonest first, then unfinished before finished, by first day.</summary>
    private static IEnumerable<Entry> Order(IEnumerable<Entry> entries, DateOnly today) => entries
        .OrderBy(e => e.Bucket)
        .ThenBy(e => e.Bucket == WorkBucket.Rest ? DateOnly.MinValue : e.Time.LastDay ?? DateOnly.MaxValue)
        .ThenBy(e => e.Time.StateOn(today) == WindowState.Finished)
        .ThenBy(e => e.Time.FirstDay ?? e.Time.LastDay ?? DateOnly.MaxValue)
        .ThenBy(e => e.PlanId).ThenBy(e => e.Label, StringComparer.Ordinal).ThenBy(e => e.AssignmentId);

    private async Task<IReadOnlyList<Item>> ItemsAsync(IReadOnlyList<Entry> entries, DateOnly today, CancellationToken ct)
    {
        var ids = entries.Select(e => e.AssignmentId).ToList();
        var rows = (await (
                from a in db.Assignments.AsNoTracking()
                join act in db.Activities.AsNoTracking() on a.ActivityId equals act.Id
                join p in db.Plans.AsNoTracking() on a.PlanId equals p.Id
                where ids.Contains(a.Id)
                select new { a, act, p.Title, p.NumberSymbol, p.Status })
            .ToListAsync(ct)).ToDictionary(r => r.a.Id);
        return entries.Where(e => rows.ContainsKey(e.AssignmentId)).Select(e =>
        {
            var r = rows[e.AssignmentId];
            return new Item(e.AssignmentId, e.PlanId, r.Title, r.NumberSymbol, r.Status, r.act.Label, r.act.Title, r.a.Role, r.a.ViaGroupId,
                r.act.Time, r.act.Time.StateOn(today), e.Bucket, e.Reported, e.Done, r.a.AcknowledgedAt, r.a.FocalPerson, r.a.UnitNote);
        }).ToList();
    }
}
