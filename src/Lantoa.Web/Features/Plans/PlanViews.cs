using Lantoa.Domain.Plans;
using Lantoa.Web.Features.Units;

namespace Lantoa.Web.Features.Plans;

/// <summary>An activity as the plan page shows it: parties by name, time in words, how many units it reaches.</summary>
public sealed record ActivityView(
    int Id, int PlanId, int Depth, string Label, string Title, ActivityKind Kind,
    IReadOnlyList<PartyView> Lead, IReadOnlyList<PartyView> Coordinating,
    TimeWindow Time, string? Location, int? ExpectedParticipants, int AssignedUnits, bool CanEdit)
{
    public static IReadOnlyList<ActivityView> For(Plan plan, ProvinceUnits units, IReadOnlyDictionary<int, int> assignedUnits, bool canEdit) =>
        plan.ActivitiesInOrder().Select(a => For(a, units, assignedUnits.GetValueOrDefault(a.Id), canEdit)).ToList();

    public static ActivityView For(Lantoa.Domain.Plans.Activity a, ProvinceUnits units, int assigned, bool canEdit)
    {
        IReadOnlyList<PartyView> Parties(PartyRole role) => a.Parties.Where(p => p.Role == role)
            .Select(p => new PartyView(units.NameOf(p.UnitId, p.GroupId), p.WrittenName, p.GroupId is not null))
            .ToList();
        return new ActivityView(a.Id, a.PlanId, a.Depth, a.Label, a.Title, a.Kind,
            Parties(PartyRole.Lead), Parties(PartyRole.Coordinating), a.Time, a.Location, a.ExpectedParticipants, assigned, canEdit);
    }
}

public sealed record PartyView(string Name, string Written, bool IsGroup);

/// <summary>One unit's share of a plan, for the "by unit" view.</summary>
public sealed record UnitShare(int UnitId, string UnitName, IReadOnlyList<UnitShareItem> Items);

public sealed record UnitShareItem(string Label, string Title, PartyRole Role, string? ViaGroup, TimeWindow Time, bool Acknowledged);

/// <summary>Months of the plan's timeline, and which activities touch each.</summary>
public sealed record Timeline(IReadOnlyList<DateOnly> Months)
{
    public static Timeline For(Plan plan)
    {
        var windows = plan.Activities.Select(a => a.Time).ToList();
        var first = windows.Select(w => w.FirstDay ?? w.LastDay).Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(new DateOnly(plan.Year, 1, 1)).Min();
        var last = windows.Select(w => w.LastDay ?? w.FirstDay).Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(new DateOnly(plan.Year, 12, 31)).Max();
        if (first.Year < plan.Year - 1) first = new DateOnly(plan.Year, 1, 1);
        var start = new DateOnly(first.Year, first.Month, 1);
        var months = new List<DateOnly>();
        for (var m = start; m <= last && months.Count < 24; m = m.AddMonths(1)) months.Add(m);
        if (months.Count == 0) months.Add(start);
        return new Timeline(months);
    }

    public static string CellClass(TimeWindow w, DateOnly month)
    {
        var end = month.AddMonths(1).AddDays(-1);
        if (w.FirstDay is null && w.LastDay is null) return w.Ongoing || w.Recurrence != Recurrence.None ? "ongoing" : "";
        if (w.DeadlineOnly) return w.LastDay is { } d && d >= month && d <= end ? "on" : "";
        return w.Overlaps(month, end) ? (w.Tentative ? "on tentative" : "on") : "";
    }
}
