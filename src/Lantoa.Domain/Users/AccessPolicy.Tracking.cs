namespace Lantoa.Domain.Users;

/// <summary>Access rules of the Tracking module.</summary>
public static partial class AccessPolicy
{
    /// <summary>
    /// Write, edit and submit a progress report on an assignment, enter target results and record that an obligation
    /// was delivered: officers of the assigned unit, or coordinators of the province (who may enter what a unit sent
    /// on paper). Not leadership, not admins.
    /// </summary>
    public static bool CanReportOnAssignment(Actor actor, int provinceId, int assignedUnitId) =>
        CanReadProvince(actor, provinceId)
        && (actor.Has(Role.Coordinator) || (actor.Has(Role.UnitOfficer) && actor.UnitId == assignedUnitId));

    /// <summary>Approve a report or return it with comments: coordinators of the province.</summary>
    public static bool CanReviewReport(Actor actor, int provinceId) =>
        CanReadProvince(actor, provinceId) && actor.Has(Role.Coordinator);

    /// <summary>
    /// Read a unit's reports, their history and evidence files: the unit's own users; coordinators, leadership and
    /// admins of the province. Evidence is served only to those this allows.
    /// </summary>
    public static bool CanReadReports(Actor actor, int provinceId, int unitId) => CanViewUnitWork(actor, provinceId, unitId);

    /// <summary>The tracking dashboard, late lists and summary report of the province: coordinators, leadership and admins.</summary>
    public static bool CanViewTrackingDashboard(Actor actor, int provinceId) =>
        CanReadProvince(actor, provinceId)
        && (actor.Has(Role.Coordinator) || actor.Has(Role.Leadership) || actor.Has(Role.Admin));

    /// <summary>Obligations and targets (create, change, remove): coordinators and admins of the province.</summary>
    public static bool CanManageTracking(Actor actor, int provinceId) => CanManagePlans(actor, provinceId);

    /// <summary>The dashboard's menu entry: those who may open their own province's dashboard (it has no national view).</summary>
    public static bool SeesTrackingDashboard(Actor actor) =>
        actor.ProvinceId is { } province && CanViewTrackingDashboard(actor, province);
}
