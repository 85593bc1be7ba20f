namespace Lantoa.Domain.Plans;

/// <summary>What one unit owes for one activity: the fan-out of the activity's parties, one row per unit and role.</summary>
public sealed class Assignment
{
    private Assignment() { }

    public Assignment(int planId, int activityId, int unitId, PartyRole role, int? viaGroupId)
    {
        PlanId = planId;
        ActivityId = activityId;
        UnitId = unitId;
        Role = role;
        ViaGroupId = viaGroupId;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int ActivityId { get; private set; }
    public int UnitId { get; private set; }
    public PartyRole Role { get; private set; }
    public int? ViaGroupId { get; internal set; }

    /// <summary>When the unit confirmed it has taken the work on ("đã tiếp nhận").</summary>
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? FocalPerson { get; private set; }
    public string? UnitNote { get; private set; }

    public void Acknowledge(string? focalPerson, string? note, DateTimeOffset now)
    {
        if (focalPerson?.Length > 200) throw new DomainException("Tên cán bộ đầu mối quá dài (tối đa 200 ký tự).");
        if (note?.Length > 2000) throw new DomainException("Ghi chú quá dài (tối đa 2000 ký tự).");
        FocalPerson = string.IsNullOrWhiteSpace(focalPerson) ? null : focalPerson.Trim().Normalize();
        UnitNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim().Normalize();
        AcknowledgedAt ??= now;
    }
}

/// <summary>The unit an assignment should exist for, with the role and the group it came through.</summary>
public readonly record struct AssignmentTarget(int UnitId, PartyRole Role, int? ViaGroupId);

/// <summary>
/// Fans an activity's parties out to units. A group resolves to its members as of the activity's reference day.
/// One assignment per unit and role; a unit that leads is not also listed as coordinating; a unit named directly wins
/// over the same unit reached through a group.
/// </summary>
public static class AssignmentPlanner
{
    public static IReadOnlyList<AssignmentTarget> Targets(
        IEnumerable<ActivityParty> parties, Func<int, IEnumerable<int>> groupMembers)
    {
        var result = new Dictionary<(int, PartyRole), AssignmentTarget>();
        foreach (var p in parties.OrderBy(p => p.GroupId is null ? 0 : 1))
        {
            var units = p.UnitId is { } u ? [u] : groupMembers(p.GroupId!.Value);
            foreach (var unit in units)
                result.TryAdd((unit, p.Role), new AssignmentTarget(unit, p.Role, p.GroupId));
        }
        var leads = result.Keys.Where(k => k.Item2 == PartyRole.Lead).Select(k => k.Item1).ToHashSet();
        return result.Values
            .Where(t => t.Role == PartyRole.Lead || !leads.Contains(t.UnitId))
            .OrderBy(t => t.Role).ThenBy(t => t.UnitId)
            .ToList();
    }

    /// <summary>Brings an activity's assignments in line with its targets: adds the missing, removes the stale, keeps the rest (and what units wrote on them).</summary>
    public static (IReadOnlyList<Assignment> Added, IReadOnlyList<Assignment> Removed) Sync(
        int planId, int activityId, IReadOnlyList<Assignment> existing, IReadOnlyList<AssignmentTarget> targets)
    {
        var wanted = targets.ToDictionary(t => (t.UnitId, t.Role));
        var removed = existing.Where(a => !wanted.ContainsKey((a.UnitId, a.Role))).ToList();
        foreach (var a in existing)
            if (wanted.TryGetValue((a.UnitId, a.Role), out var t)) a.ViaGroupId = t.ViaGroupId;
        var have = existing.Select(a => (a.UnitId, a.Role)).ToHashSet();
        var added = targets.Where(t => !have.Contains((t.UnitId, t.Role)))
            .Select(t => new Assignment(planId, activityId, t.UnitId, t.Role, t.ViaGroupId))
            .ToList();
        return (added, removed);
    }
}
