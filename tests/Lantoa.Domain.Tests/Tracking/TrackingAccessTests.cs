using Lantoa.Domain.Users;

namespace Lantoa.Domain.Tests.Tracking;

/// <summary>The tracking rules of <see cref="AccessPolicy"/>. Every actor sits in province 1, unit 10; "other" is province 2, unit 11.</summary>
public class TrackingAccessTests
{
    private const int OwnProvince = 1;
    private const int OtherProvince = 2;
    private const int OwnUnit = 10;
    private const int OtherUnit = 11;

    private static Actor As(params Role[] roles) => new(1, "nguoidung", OwnProvince, OwnUnit, roles.ToHashSet());

    private static readonly Actor NationalAdmin = new(1, "admin", null, null, new HashSet<Role> { Role.Admin });

    [Theory]
    //          role                  own unit  other unit
    [InlineData(Role.UnitOfficer, true, false)]
    [InlineData(Role.Coordinator, true, true)]
    [InlineData(Role.Leadership, false, false)]
    [InlineData(Role.Admin, false, false)]
    [InlineData(Role.Reviewer, false, false)]
    public void Unit_officers_report_only_for_their_own_unit_and_coordinators_for_any(Role role, bool ownUnit, bool otherUnit)
    {
        var actor = As(role);

        Assert.Equal(ownUnit, AccessPolicy.CanReportOnAssignment(actor, OwnProvince, OwnUnit));
        Assert.Equal(otherUnit, AccessPolicy.CanReportOnAssignment(actor, OwnProvince, OtherUnit));
        Assert.False(AccessPolicy.CanReportOnAssignment(actor, OtherProvince, OwnUnit));
    }

    [Theory]
    [InlineData(Role.Coordinator, true)]
    [InlineData(Role.UnitOfficer, false)]
    [InlineData(Role.Leadership, false)]
    [InlineData(Role.Admin, false)]
    [InlineData(Role.Reviewer, false)]
    public void Only_coordinators_of_the_province_approve_or_return_reports(Role role, bool expected)
    {
        Assert.Equal(expected, AccessPolicy.CanReviewReport(As(role), OwnProvince));
        Assert.False(AccessPolicy.CanReviewReport(As(role), OtherProvince));
    }

    [Theory]
    //          role                  own unit  other unit  dashboard
    [InlineData(Role.UnitOfficer, true, false, false)]
    [InlineData(Role.Coordinator, true, true, true)]
    [InlineData(Role.Leadership, true, true, true)]
    [InlineData(Role.Admin, true, true, true)]
    public void Leadership_reads_reports_and_the_dashboard_but_writes_nothing(Role role, bool ownUnit, bool otherUnit, bool dashboard)
    {
        var actor = As(role);

        Assert.Equal(ownUnit, AccessPolicy.CanReadReports(actor, OwnProvince, OwnUnit));
        Assert.Equal(otherUnit, AccessPolicy.CanReadReports(actor, OwnProvince, OtherUnit));
        Assert.Equal(dashboard, AccessPolicy.CanViewTrackingDashboard(actor, OwnProvince));
        Assert.False(AccessPolicy.CanReadReports(actor, OtherProvince, OwnUnit));
        Assert.False(AccessPolicy.CanViewTrackingDashboard(actor, OtherProvince));
    }

    [Fact]
    public void Obligations_and_targets_are_managed_by_coordinators_and_admins()
    {
        Assert.True(AccessPolicy.CanManageTracking(As(Role.Coordinator), OwnProvince));
        Assert.True(AccessPolicy.CanManageTracking(As(Role.Admin), OwnProvince));
        Assert.False(AccessPolicy.CanManageTracking(As(Role.Leadership), OwnProvince));
        Assert.False(AccessPolicy.CanManageTracking(As(Role.UnitOfficer), OwnProvince));
        Assert.False(AccessPolicy.CanManageTracking(As(Role.Coordinator), OtherProvince));
    }

    [Fact]
    public void A_national_admin_reads_every_province_but_does_not_report_or_review()
    {
        Assert.True(AccessPolicy.CanViewTrackingDashboard(NationalAdmin, OtherProvince));
        Assert.True(AccessPolicy.CanReadReports(NationalAdmin, OtherProvince, OtherUnit));
        Assert.False(AccessPolicy.CanReportOnAssignment(NationalAdmin, OtherProvince, OtherUnit));
        Assert.False(AccessPolicy.CanReviewReport(NationalAdmin, OtherProvince));
    }
}
