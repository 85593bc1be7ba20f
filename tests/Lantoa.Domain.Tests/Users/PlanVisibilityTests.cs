using Lantoa.Domain.Dates;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Users;

namespace Lantoa.Domain.Tests.Users;

/// <summary>Who sees which plan: drafts only coordinators and admins; issued plans leadership and reviewers; a unit officer the issued plans of its unit.</summary>
public class PlanVisibilityTests
{
    private const int Province = 1;
    private const int Unit = 10;

    private static Actor As(int? province, int? unit, params Role[] roles) => new(1, "nguoidung", province, unit, roles.ToHashSet());

    [Theory]
    //                                    draft  issued, involved  issued, not involved
    [InlineData(Role.Coordinator, true, true, true)]
    [InlineData(Role.Admin, true, true, true)]
    [InlineData(Role.Leadership, false, true, true)]
    [InlineData(Role.Reviewer, false, true, true)]
    [InlineData(Role.UnitOfficer, false, true, false)]
    public void CanReadPlan_by_role(Role role, bool draft, bool involved, bool notInvolved)
    {
        var actor = As(Province, Unit, role);
        Assert.Equal(draft, AccessPolicy.CanReadPlan(actor, Province, PlanStatus.Draft, involvesUnit: true));
        Assert.Equal(involved, AccessPolicy.CanReadPlan(actor, Province, PlanStatus.InProgress, involvesUnit: true));
        Assert.Equal(notInvolved, AccessPolicy.CanReadPlan(actor, Province, PlanStatus.Issued, involvesUnit: false));
        Assert.False(AccessPolicy.CanReadPlan(actor, 2, PlanStatus.Issued, involvesUnit: true));   // never another province
    }

    [Fact]
    public void A_national_admin_reads_every_plan_and_an_officer_without_a_unit_none()
    {
        Assert.True(AccessPolicy.CanReadPlan(As(null, null, Role.Admin), 2, PlanStatus.Draft, false));
        Assert.False(AccessPolicy.CanReadPlan(As(Province, null, Role.UnitOfficer), Province, PlanStatus.Issued, true));
    }

    [Fact]
    public void VisiblePlans_filters_a_list_as_CanReadPlan_decides_one()
    {
        var now = new DateTimeOffset(2024, 9, 1, 8, 0, 0, TimeSpan.FromHours(7));
        Plan Make(int id, int province, bool issued)
        {
            var p = new Plan(province, $"Kế hoạch {id}", PlanKind.Other, 2024, now);
            typeof(Plan).GetProperty(nameof(Plan.Id))!.SetValue(p, id);
            if (issued) p.Issue($"{id}/KH-UBND", new PartialDate(2024, 9, 2));
            return p;
        }

        var plans = new[] { Make(1, Province, false), Make(2, Province, true), Make(3, Province, true), Make(4, 2, true) };
        var assignments = new[] { new Assignment(1, 100, Unit, PartyRole.Lead, null), new Assignment(2, 200, Unit, PartyRole.Coordinating, null), new Assignment(4, 400, Unit, PartyRole.Lead, null) }.AsQueryable();
        int[] Visible(Actor a) => plans.AsQueryable().Where(AccessPolicy.VisiblePlans(a, assignments)).Select(p => p.Id).ToArray();

        Assert.Equal([1, 2, 3], Visible(As(Province, Unit, Role.Coordinator)));
        Assert.Equal([2, 3], Visible(As(Province, Unit, Role.Leadership)));
        Assert.Equal([2], Visible(As(Province, Unit, Role.UnitOfficer)));           // issued and involving the unit; not the draft, not province 2
        Assert.Equal([1, 2, 3, 4], Visible(As(null, null, Role.Admin)));
        Assert.Empty(Visible(As(Province, null, Role.UnitOfficer)));
    }
}
