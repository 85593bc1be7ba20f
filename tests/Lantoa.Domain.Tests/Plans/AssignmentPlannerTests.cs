using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Tests.Plans;

public class AssignmentPlannerTests
{
    private const int PlanId = 3;
    private const int ActivityId = 42;

    // Groups: 100 = "Các sở, ngành tỉnh" (units 10, 11, 12); 200 = "UBND các huyện" (units 20, 21, 22);
    // 300 = "Các cơ quan báo chí" (units 12, 30): unit 12 sits in two groups.
    private static readonly Dictionary<int, int[]> Groups = new()
    {
        [100] = [10, 11, 12],
        [200] = [20, 21, 22],
        [300] = [12, 30],
        [400] = [],
    };

    private static IEnumerable<int> Members(int groupId) => Groups[groupId];

    private static ActivityParty Unit(PartyRole role, int unitId) => ActivityParty.ForUnit(role, unitId, $"Đơn vị {unitId}");

    private static ActivityParty Group(PartyRole role, int groupId) => ActivityParty.ForGroup(role, groupId, $"Nhóm {groupId}");

    private static AssignmentTarget Lead(int unitId, int? via = null) => new(unitId, PartyRole.Lead, via);

    private static AssignmentTarget Coord(int unitId, int? via = null) => new(unitId, PartyRole.Coordinating, via);

    // ---- Targets ----

    [Fact]
    public void No_parties_no_targets() => Assert.Empty(AssignmentPlanner.Targets([], Members));

    [Fact]
    public void Units_named_directly_become_targets_without_a_group()
    {
        var targets = AssignmentPlanner.Targets([Unit(PartyRole.Lead, 10), Unit(PartyRole.Coordinating, 11)], Members);

        Assert.Equal([Lead(10), Coord(11)], targets);
    }

    [Fact]
    public void A_group_fans_out_to_its_members()
    {
        var targets = AssignmentPlanner.Targets([Unit(PartyRole.Lead, 1), Group(PartyRole.Coordinating, 200)], Members);

        Assert.Equal([Lead(1), Coord(20, 200), Coord(21, 200), Coord(22, 200)], targets);
    }

    [Fact]
    public void A_leading_group_gives_every_member_a_lead_assignment()
    {
        var targets = AssignmentPlanner.Targets([Group(PartyRole.Lead, 200)], Members);

        Assert.Equal([Lead(20, 200), Lead(21, 200), Lead(22, 200)], targets);
    }

    [Fact]
    public void An_empty_group_gives_no_targets()
    {
        var targets = AssignmentPlanner.Targets([Group(PartyRole.Lead, 400), Unit(PartyRole.Coordinating, 10)], Members);

        Assert.Equal([Coord(10)], targets);
    }

    [Fact]
    public void Group_members_are_asked_for_each_group_party()
    {
        var asked = new List<int>();
        IEnumerable<int> Recording(int groupId)
        {
            asked.Add(groupId);
            return Groups[groupId];
        }

        AssignmentPlanner.Targets([Group(PartyRole.Lead, 100), Unit(PartyRole.Lead, 5), Group(PartyRole.Coordinating, 200)], Recording);

        Assert.Equal([100, 200], asked.Order());
    }

    [Fact]
    public void One_target_per_unit_and_role()
    {
        var targets = AssignmentPlanner.Targets(
        [
            Unit(PartyRole.Coordinating, 30),
            Unit(PartyRole.Coordinating, 30),
            Group(PartyRole.Coordinating, 100),
            Group(PartyRole.Coordinating, 300), // 12 again, 30 again
        ], Members);

        Assert.Equal([Coord(10, 100), Coord(11, 100), Coord(12, 100), Coord(30)], targets);
        Assert.Equal(targets.Count, targets.Select(t => (t.UnitId, t.Role)).Distinct().Count());
    }

    [Fact]
    public void A_unit_reached_through_two_groups_keeps_the_first_group()
    {
        var targets = AssignmentPlanner.Targets([Group(PartyRole.Coordinating, 300), Group(PartyRole.Coordinating, 100)], Members);

        Assert.Equal(Coord(12, 300), Assert.Single(targets, t => t.UnitId == 12));
    }

    [Fact]
    public void A_unit_that_leads_is_not_also_coordinating()
    {
        var targets = AssignmentPlanner.Targets([Unit(PartyRole.Lead, 10), Unit(PartyRole.Coordinating, 10), Unit(PartyRole.Coordinating, 11)], Members);

        Assert.Equal([Lead(10), Coord(11)], targets);
    }

    [Fact]
    public void A_unit_that_leads_is_not_also_coordinating_through_a_group()
    {
        var targets = AssignmentPlanner.Targets([Unit(PartyRole.Lead, 11), Group(PartyRole.Coordinating, 100)], Members);

        Assert.Equal([Lead(11), Coord(10, 100), Coord(12, 100)], targets);
    }

    [Fact]
    public void A_unit_that_leads_through_a_group_is_not_also_coordinating()
    {
        var targets = AssignmentPlanner.Targets([Group(PartyRole.Lead, 300), Unit(PartyRole.Coordinating, 12), Group(PartyRole.Coordinating, 100)], Members);

        Assert.Equal([Lead(12, 300), Lead(30, 300), Coord(10, 100), Coord(11, 100)], targets);
    }

    [Fact]
    public void A_unit_named_directly_keeps_no_group_even_if_a_group_comes_first()
    {
        var targets = AssignmentPlanner.Targets([Group(PartyRole.Coordinating, 100), Unit(PartyRole.Coordinating, 11)], Members);

        Assert.Equal([Coord(10, 100), Coord(11), Coord(12, 100)], targets);
    }

    [Fact]
    public void A_lead_named_directly_keeps_no_group_even_if_its_group_also_leads()
    {
        var targets = AssignmentPlanner.Targets([Group(PartyRole.Lead, 100), Unit(PartyRole.Lead, 12)], Members);

        Assert.Equal([Lead(10, 100), Lead(11, 100), Lead(12)], targets);
    }

    [Fact]
    public void Targets_are_ordered_leads_first_then_by_unit_id()
    {
        var targets = AssignmentPlanner.Targets(
        [
            Unit(PartyRole.Coordinating, 99),
            Group(PartyRole.Coordinating, 200),
            Unit(PartyRole.Lead, 50),
            Unit(PartyRole.Coordinating, 1),
            Unit(PartyRole.Lead, 7),
        ], Members);

        Assert.Equal([Lead(7), Lead(50), Coord(1), Coord(20, 200), Coord(21, 200), Coord(22, 200), Coord(99)], targets);
    }

    // ---- Sync ----

    private static Assignment Existing(int unitId, PartyRole role, int? via = null) => new(PlanId, ActivityId, unitId, role, via);

    [Fact]
    public void Sync_from_nothing_adds_every_target()
    {
        var (added, removed) = AssignmentPlanner.Sync(PlanId, ActivityId, [], [Lead(10), Coord(20, 200)]);

        Assert.Empty(removed);
        Assert.Equal(2, added.Count);
        Assert.All(added, a =>
        {
            Assert.Equal(PlanId, a.PlanId);
            Assert.Equal(ActivityId, a.ActivityId);
            Assert.Null(a.AcknowledgedAt);
        });
        Assert.Equal([(10, PartyRole.Lead, (int?)null), (20, PartyRole.Coordinating, (int?)200)],
            added.Select(a => (a.UnitId, a.Role, a.ViaGroupId)));
    }

    [Fact]
    public void Sync_to_nothing_removes_every_row()
    {
        var a = Existing(10, PartyRole.Lead);
        var b = Existing(20, PartyRole.Coordinating, 200);

        var (added, removed) = AssignmentPlanner.Sync(PlanId, ActivityId, [a, b], []);

        Assert.Empty(added);
        Assert.Equal([a, b], removed);
    }

    [Fact]
    public void Sync_adds_the_missing_removes_the_stale_and_keeps_the_rest()
    {
        var keep = Existing(10, PartyRole.Lead);
        var stale = Existing(11, PartyRole.Coordinating);
        var alsoKeep = Existing(20, PartyRole.Coordinating, 200);

        var (added, removed) = AssignmentPlanner.Sync(PlanId, ActivityId, [keep, stale, alsoKeep],
            [Lead(10), Coord(20, 200), Coord(21, 200)]);

        var newRow = Assert.Single(added);
        Assert.Equal((21, PartyRole.Coordinating, (int?)200), (newRow.UnitId, newRow.Role, newRow.ViaGroupId));
        Assert.Same(stale, Assert.Single(removed));
        Assert.DoesNotContain(keep, removed);
        Assert.DoesNotContain(alsoKeep, removed);
    }

    [Fact]
    public void Sync_keeps_an_acknowledged_row_with_what_the_unit_wrote()
    {
        var acknowledgedAt = new DateTimeOffset(2024, 9, 20, 9, 0, 0, TimeSpan.FromHours(7));
        var row = Existing(10, PartyRole.Coordinating, 100);
        row.Acknowledge("Nguyễn Văn A", "Đã phân công phòng Bưu chính", acknowledgedAt);

        var (added, removed) = AssignmentPlanner.Sync(PlanId, ActivityId, [row], [Coord(10, 100), Coord(11, 100)]);

        Assert.Empty(removed);
        Assert.DoesNotContain(added, a => a.UnitId == 10);
        Assert.Equal(acknowledgedAt, row.AcknowledgedAt);
        Assert.Equal("Nguyễn Văn A", row.FocalPerson);
        Assert.Equal("Đã phân công phòng Bưu chính", row.UnitNote);
    }

    [Fact]
    public void Sync_updates_ViaGroupId_on_kept_rows()
    {
        var nowDirect = Existing(10, PartyRole.Coordinating, 100);
        var nowViaGroup = Existing(11, PartyRole.Coordinating);
        var otherGroup = Existing(12, PartyRole.Coordinating, 100);
        nowDirect.Acknowledge("Trần Thị B", null, DateTimeOffset.UnixEpoch);

        var (added, removed) = AssignmentPlanner.Sync(PlanId, ActivityId, [nowDirect, nowViaGroup, otherGroup],
            [Coord(10), Coord(11, 100), Coord(12, 300)]);

        Assert.Empty(added);
        Assert.Empty(removed);
        Assert.Null(nowDirect.ViaGroupId);
        Assert.Equal(100, nowViaGroup.ViaGroupId);
        Assert.Equal(300, otherGroup.ViaGroupId);
        Assert.Equal(DateTimeOffset.UnixEpoch, nowDirect.AcknowledgedAt);
    }

    [Fact]
    public void Sync_treats_a_role_change_as_a_new_row()
    {
        var wasCoordinating = Existing(10, PartyRole.Coordinating);

        var (added, removed) = AssignmentPlanner.Sync(PlanId, ActivityId, [wasCoordinating], [Lead(10)]);

        Assert.Same(wasCoordinating, Assert.Single(removed));
        var lead = Assert.Single(added);
        Assert.Equal((10, PartyRole.Lead), (lead.UnitId, lead.Role));
    }

    [Fact]
    public void Sync_with_targets_already_met_changes_nothing()
    {
        var rows = new[] { Existing(10, PartyRole.Lead), Existing(20, PartyRole.Coordinating, 200) };
        var targets = AssignmentPlanner.Targets([Unit(PartyRole.Lead, 10), Unit(PartyRole.Coordinating, 20)], Members);

        var (added, removed) = AssignmentPlanner.Sync(PlanId, ActivityId, rows, targets);

        Assert.Empty(added);
        Assert.Empty(removed);
        Assert.Null(rows[1].ViaGroupId);
    }

    [Fact]
    public void Targets_then_Sync_end_to_end()
    {
        var parties = new[] { Unit(PartyRole.Lead, 10), Group(PartyRole.Coordinating, 100) };
        var first = AssignmentPlanner.Sync(PlanId, ActivityId, [], AssignmentPlanner.Targets(parties, Members));
        Assert.Equal([(10, PartyRole.Lead), (11, PartyRole.Coordinating), (12, PartyRole.Coordinating)],
            first.Added.Select(a => (a.UnitId, a.Role)));

        // The group changes to the press group: 11 goes, 30 comes, 12 stays but now comes through 300.
        var rows = first.Added.ToList();
        var twelve = rows.Single(a => a.UnitId == 12);
        twelve.Acknowledge("Lê C", null, DateTimeOffset.UnixEpoch);
        var second = AssignmentPlanner.Sync(PlanId, ActivityId, rows,
            AssignmentPlanner.Targets([Unit(PartyRole.Lead, 10), Group(PartyRole.Coordinating, 300)], Members));

        Assert.Equal([11], second.Removed.Select(a => a.UnitId));
        Assert.Equal([30], second.Added.Select(a => a.UnitId));
        Assert.Equal(300, twelve.ViaGroupId);
        Assert.Equal(DateTimeOffset.UnixEpoch, twelve.AcknowledgedAt);
    }

    // ---- Assignment.Acknowledge ----

    [Fact]
    public void New_assignment_is_not_acknowledged()
    {
        var a = new Assignment(PlanId, ActivityId, 10, PartyRole.Lead, 100);

        Assert.Equal((PlanId, ActivityId, 10, PartyRole.Lead, (int?)100), (a.PlanId, a.ActivityId, a.UnitId, a.Role, a.ViaGroupId));
        Assert.Null(a.AcknowledgedAt);
        Assert.Null(a.FocalPerson);
        Assert.Null(a.UnitNote);
    }

    [Fact]
    public void Acknowledge_sets_AcknowledgedAt_once_and_updates_the_details()
    {
        var a = Existing(10, PartyRole.Lead);
        var first = new DateTimeOffset(2024, 9, 20, 9, 0, 0, TimeSpan.FromHours(7));

        a.Acknowledge("  Nguyễn Văn A ", " Đã tiếp nhận ", first);
        Assert.Equal(first, a.AcknowledgedAt);
        Assert.Equal("Nguyễn Văn A", a.FocalPerson);
        Assert.Equal("Đã tiếp nhận", a.UnitNote);

        a.Acknowledge("Trần Thị B", null, first.AddDays(3));
        Assert.Equal(first, a.AcknowledgedAt);
        Assert.Equal("Trần Thị B", a.FocalPerson);
        Assert.Null(a.UnitNote);
    }

    [Fact]
    public void Acknowledge_with_blanks_stores_nulls_but_still_acknowledges()
    {
        var a = Existing(10, PartyRole.Lead);

        a.Acknowledge("   ", "", DateTimeOffset.UnixEpoch);

        Assert.Null(a.FocalPerson);
        Assert.Null(a.UnitNote);
        Assert.Equal(DateTimeOffset.UnixEpoch, a.AcknowledgedAt);
    }

    [Fact]
    public void Acknowledge_normalises_to_NFC()
    {
        var a = Existing(10, PartyRole.Lead);

        a.Acknowledge("Nguyễn Thị Hòa".Normalize(System.Text.NormalizationForm.FormD), null, DateTimeOffset.UnixEpoch);

        Assert.Equal("Nguyễn Thị Hòa", a.FocalPerson);
    }

    [Fact]
    public void Acknowledge_accepts_200_and_2000_characters()
    {
        var a = Existing(10, PartyRole.Lead);

        a.Acknowledge(new string('a', 200), new string('b', 2000), DateTimeOffset.UnixEpoch);

        Assert.Equal(200, a.FocalPerson!.Length);
        Assert.Equal(2000, a.UnitNote!.Length);
    }

    [Fact]
    public void Acknowledge_refuses_a_focal_person_over_200_characters_and_changes_nothing()
    {
        var a = Existing(10, PartyRole.Lead);

        var ex = Assert.Throws<DomainException>(() => a.Acknowledge(new string('a', 201), "ghi chú", DateTimeOffset.UnixEpoch));

        Assert.Equal("Tên cán bộ đầu mối quá dài (tối đa 200 ký tự).", ex.Message);
        Assert.Null(a.AcknowledgedAt);
        Assert.Null(a.UnitNote);
    }

    [Fact]
    public void Acknowledge_refuses_a_note_over_2000_characters_and_changes_nothing()
    {
        var a = Existing(10, PartyRole.Lead);
        a.Acknowledge("Nguyễn Văn A", "cũ", DateTimeOffset.UnixEpoch);

        var ex = Assert.Throws<DomainException>(() => a.Acknowledge("Trần Thị B", new string('b', 2001), DateTimeOffset.MaxValue));

        Assert.Equal("Ghi chú quá dài (tối đa 2000 ký tự).", ex.Message);
        Assert.Equal("Nguyễn Văn A", a.FocalPerson);
        Assert.Equal("cũ", a.UnitNote);
        Assert.Equal(DateTimeOffset.UnixEpoch, a.AcknowledgedAt);
    }
}
