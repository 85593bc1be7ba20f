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

