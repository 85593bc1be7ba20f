namespace Lantoa.Domain.Plans;

/// <summary>
/// What one unit owes the plan itself rather than one of its activities: the fan-out of a block of "Tổ chức thực hiện"
/// that names no activity ("Sở Tài chính: tham mưu bố trí kinh phí …"), one row per unit (a group's members as of the
/// plan's reference day). A block that points to activities ("các nhiệm vụ tại Mục 4, Mục 5 Phần III") becomes
/// parties of those activities instead, and so ordinary <see cref="Assignment"/>s.
/// </summary>
public sealed class PlanAssignment
{
    private PlanAssignment() { }

    public PlanAssignment(int planId, int responsibilityId, int unitId, PartyRole role, int? viaGroupId)
    {
        PlanId = planId;
        ResponsibilityId = responsibilityId;
        UnitId = unitId;
        Role = role;
        ViaGroupId = viaGroupId;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }

    /// <summary>The block of "Tổ chức thực hiện" the duties come from (<see cref="PlanResponsibility"/>).</summary>
    public int ResponsibilityId { get; private set; }

    public int UnitId { get; private set; }
    public PartyRole Role { get; private set; }
    public int? ViaGroupId { get; private set; }

    /// <summary>When the unit confirmed it has taken the work on.</summary>
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public void Acknowledge(DateTimeOffset now) => AcknowledgedAt ??= now;

    /// <summary>The rows for a block's units and groups: one per unit, a unit named directly winning over the same unit reached through a group.</summary>
    public static IReadOnlyList<PlanAssignment> For(int planId, int responsibilityId, IEnumerable<(int? UnitId, int? GroupId)> named, Func<int, IEnumerable<int>> groupMembers)
    {
        var parties = named.Where(n => n.UnitId is not null || n.GroupId is not null)
            .Select(n => n.UnitId is { } u ? ActivityParty.ForUnit(PartyRole.Lead, u, "") : ActivityParty.ForGroup(PartyRole.Lead, n.GroupId!.Value, ""));
        return AssignmentPlanner.Targets(parties, groupMembers)
            .Select(t => new PlanAssignment(planId, responsibilityId, t.UnitId, t.Role, t.ViaGroupId))
            .ToList();
    }
}
