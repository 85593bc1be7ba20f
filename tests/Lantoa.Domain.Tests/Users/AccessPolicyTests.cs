using Lantoa.Domain.Users;

namespace Lantoa.Domain.Tests.Users;

/// <summary>
/// The access rules as a table. Every actor sits in province 1, unit 10 (the national actors have no province);
/// "own"/"other" province is 1/2, "own"/"other" unit is 10/11.
/// </summary>
public class AccessPolicyTests
{
    public enum Who
    {
        Admin,
        Coordinator,
        UnitOfficer,
        Leadership,

        /// <summary>ProvinceId null + Admin.</summary>
        NationalAdmin,

        /// <summary>ProvinceId null without Admin: not national, sees nothing.</summary>
        NoProvinceCoordinator,
    }

    private const int OwnProvince = 1;
    private const int OtherProvince = 2;
    private const int OwnUnit = 10;
    private const int OtherUnit = 11;

    private static Actor Make(Who who) => who switch
    {
        Who.Admin => ActorWith(OwnProvince, Role.Admin),
        Who.Coordinator => ActorWith(OwnProvince, Role.Coordinator),
        Who.UnitOfficer => ActorWith(OwnProvince, Role.UnitOfficer),
        Who.Leadership => ActorWith(OwnProvince, Role.Leadership),
        Who.NationalAdmin => ActorWith(null, Role.Admin),
        Who.NoProvinceCoordinator => ActorWith(null, Role.Coordinator),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    private static Actor ActorWith(int? provinceId, params Role[] roles) =>
        new(1, "nguoidung", provinceId, OwnUnit, roles.ToHashSet());

    [Theory]
    //          who                         own    other
    [InlineData(Who.Admin, true, false)]
    [InlineData(Who.Coordinator, true, false)]
    [InlineData(Who.UnitOfficer, true, false)]
    [InlineData(Who.Leadership, true, false)]
    [InlineData(Who.NationalAdmin, true, true)]
    [InlineData(Who.NoProvinceCoordinator, false, false)]
    public void CanReadProvince(Who who, bool own, bool other)
    {
        var actor = Make(who);
        Assert.Equal(own, AccessPolicy.CanReadProvince(actor, OwnProvince));
        Assert.Equal(other, AccessPolicy.CanReadProvince(actor, OtherProvince));
    }

    [Theory]
    [InlineData(Who.Admin, true, false)]
    [InlineData(Who.Coordinator, true, false)]
    [InlineData(Who.UnitOfficer, false, false)]
    [InlineData(Who.Leadership, false, false)]
    [InlineData(Who.NationalAdmin, true, true)]
    [InlineData(Who.NoProvinceCoordinator, false, false)]
    public void CanManagePlans_and_CanManageCatalogue(Who who, bool own, bool other)
    {
        var actor = Make(who);
        Assert.Equal(own, AccessPolicy.CanManagePlans(actor, OwnProvince));
        Assert.Equal(other, AccessPolicy.CanManagePlans(actor, OtherProvince));
        Assert.Equal(own, AccessPolicy.CanManageCatalogue(actor, OwnProvince));
        Assert.Equal(other, AccessPolicy.CanManageCatalogue(actor, OtherProvince));
    }

    [Theory]
    //          who                         own province:       other province:
    //                                      own unit, other     own unit, other
    [InlineData(Who.Admin, true, true, false, false)]
    [InlineData(Who.Coordinator, true, true, false, false)]
    [InlineData(Who.UnitOfficer, true, false, false, false)]
    [InlineData(Who.Leadership, false, false, false, false)]
    [InlineData(Who.NationalAdmin, true, true, true, true)]
    [InlineData(Who.NoProvinceCoordinator, false, false, false, false)]
    public void CanEditUnitProfile(Who who, bool ownOwn, bool ownOther, bool otherOwn, bool otherOther)
    {
        Assert.Equal((ownOwn, ownOther, otherOwn, otherOther), Grid(AccessPolicy.CanEditUnitProfile, Make(who)));
    }

    [Theory]
    [InlineData(Who.Admin, true, true, false, false)]
    [InlineData(Who.Coordinator, true, true, false, false)]
    [InlineData(Who.UnitOfficer, true, false, false, false)]
    [InlineData(Who.Leadership, false, false, false, false)]
    [InlineData(Who.NationalAdmin, true, true, true, true)]
    [InlineData(Who.NoProvinceCoordinator, false, false, false, false)]
    public void CanActOnAssignment(Who who, bool ownOwn, bool ownOther, bool otherOwn, bool otherOther)
    {
        Assert.Equal((ownOwn, ownOther, otherOwn, otherOther), Grid(AccessPolicy.CanActOnAssignment, Make(who)));
    }

    [Theory]
    [InlineData(Who.Admin, true, true, false, false)]
    [InlineData(Who.Coordinator, true, true, false, false)]
    [InlineData(Who.UnitOfficer, true, false, false, false)]
    [InlineData(Who.Leadership, true, true, false, false)]
    [InlineData(Who.NationalAdmin, true, true, true, true)]
    [InlineData(Who.NoProvinceCoordinator, false, false, false, false)]
    public void CanViewUnitWork(Who who, bool ownOwn, bool ownOther, bool otherOwn, bool otherOther)
    {
        Assert.Equal((ownOwn, ownOther, otherOwn, otherOther), Grid(AccessPolicy.CanViewUnitWork, Make(who)));
    }

    [Theory]
    //          who                         own    other  national (null)
    [InlineData(Who.Admin, true, false, false)]
    [InlineData(Who.Coordinator, false, false, false)]
    [InlineData(Who.UnitOfficer, false, false, false)]
    [InlineData(Who.Leadership, false, false, false)]
    [InlineData(Who.NationalAdmin, true, true, true)]
    [InlineData(Who.NoProvinceCoordinator, false, false, false)]
    public void CanManageUsers_by_province(Who who, bool own, bool other, bool national)
    {
        var actor = Make(who);
        Assert.Equal(own, AccessPolicy.CanManageUsers(actor, OwnProvince));
        Assert.Equal(other, AccessPolicy.CanManageUsers(actor, OtherProvince));
        Assert.Equal(national, AccessPolicy.CanManageUsers(actor, null));
    }

    [Theory]
    [InlineData(Who.Admin, true)]
    [InlineData(Who.Coordinator, false)]
    [InlineData(Who.UnitOfficer, false)]
    [InlineData(Who.Leadership, false)]
    [InlineData(Who.NationalAdmin, true)]
    [InlineData(Who.NoProvinceCoordinator, false)]
    public void CanReadAudit(Who who, bool expected) => Assert.Equal(expected, AccessPolicy.CanReadAudit(Make(who)));

    [Theory]
    [InlineData(Who.Admin, false)]
    [InlineData(Who.Coordinator, false)]
    [InlineData(Who.UnitOfficer, false)]
    [InlineData(Who.Leadership, false)]
    [InlineData(Who.NationalAdmin, true)]
    [InlineData(Who.NoProvinceCoordinator, false)]
    public void IsNational_only_for_an_admin_without_province(Who who, bool expected) => Assert.Equal(expected, Make(who).IsNational);

    [Fact]
    public void Roles_add_up()
    {
        var officerAndLeader = ActorWith(OwnProvince, Role.UnitOfficer, Role.Leadership);

        Assert.True(AccessPolicy.CanEditUnitProfile(officerAndLeader, OwnProvince, OwnUnit));
        Assert.True(AccessPolicy.CanActOnAssignment(officerAndLeader, OwnProvince, OwnUnit));
        Assert.False(AccessPolicy.CanActOnAssignment(officerAndLeader, OwnProvince, OtherUnit));
        Assert.True(AccessPolicy.CanViewUnitWork(officerAndLeader, OwnProvince, OtherUnit));
        Assert.False(AccessPolicy.CanManagePlans(officerAndLeader, OwnProvince));
        Assert.False(AccessPolicy.CanManageUsers(officerAndLeader, OwnProvince));

        var coordinatorAndAdmin = ActorWith(OwnProvince, Role.Coordinator, Role.Admin);
        Assert.True(AccessPolicy.CanManagePlans(coordinatorAndAdmin, OwnProvince));
        Assert.True(AccessPolicy.CanManageUsers(coordinatorAndAdmin, OwnProvince));
        Assert.False(AccessPolicy.CanManagePlans(coordinatorAndAdmin, OtherProvince));
    }

    [Fact]
    public void A_national_admin_with_other_roles_is_still_national()
    {
        var actor = ActorWith(null, Role.Admin, Role.Coordinator);

        Assert.True(actor.IsNational);
        Assert.True(AccessPolicy.CanManagePlans(actor, 63));
    }

    [Fact]
    public void An_actor_without_roles_can_only_read_the_own_province_and_own_unit_work()
    {
        var actor = ActorWith(OwnProvince);

        Assert.True(AccessPolicy.CanReadProvince(actor, OwnProvince));
        Assert.True(AccessPolicy.CanViewUnitWork(actor, OwnProvince, OwnUnit));
        Assert.False(AccessPolicy.CanViewUnitWork(actor, OwnProvince, OtherUnit));
        Assert.False(AccessPolicy.CanEditUnitProfile(actor, OwnProvince, OwnUnit));
        Assert.False(AccessPolicy.CanActOnAssignment(actor, OwnProvince, OwnUnit));
        Assert.False(AccessPolicy.CanManagePlans(actor, OwnProvince));
        Assert.False(AccessPolicy.CanReadAudit(actor));
    }

    [Fact]
    public void A_unit_officer_without_a_unit_has_no_unit_rights()
    {
        var actor = new Actor(1, "canbo", OwnProvince, null, new HashSet<Role> { Role.UnitOfficer });

        Assert.False(AccessPolicy.CanEditUnitProfile(actor, OwnProvince, OwnUnit));
        Assert.False(AccessPolicy.CanActOnAssignment(actor, OwnProvince, OwnUnit));
        Assert.False(AccessPolicy.CanViewUnitWork(actor, OwnProvince, OwnUnit));
    }

    /// <summary>A unit-scoped rule for the actor: own province and own unit, own province and another unit, and the same in another province.</summary>
    private static (bool, bool, bool, bool) Grid(Func<Actor, int, int, bool> rule, Actor actor) =>
        (rule(actor, OwnProvince, OwnUnit), rule(actor, OwnProvince, OtherUnit), rule(actor, OtherProvince, OwnUnit), rule(actor, OtherProvince, OtherUnit));
}
