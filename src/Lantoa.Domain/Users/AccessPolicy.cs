using System.Linq.Expressions;
using Lantoa.Domain.Plans;

namespace Lantoa.Domain.Users;

/// <summary>
/// Every access rule of Lantoa in one place. Handlers ask these questions on the server before they read or change
/// anything; the answer depends on the actor's roles, province and unit, never on what the page showed.
/// </summary>
public static class AccessPolicy
{
    /// <summary>Anyone signed in may read their own province's data; a national admin reads all provinces.</summary>
    public static bool CanReadProvince(Actor actor, int provinceId) => actor.IsNational || actor.ProvinceId == provinceId;

    /// <summary>Create and change plans, activities and assignments: coordinators (and admins) of the province.</summary>
    public static bool CanManagePlans(Actor actor, int provinceId) =>
        CanReadProvince(actor, provinceId) && (actor.Has(Role.Coordinator) || actor.Has(Role.Admin));

    /// <summary>Drafts (plans not yet issued): only coordinators and admins of the province see them.</summary>
    public static bool CanSeeDrafts(Actor actor, int provinceId) => CanManagePlans(actor, provinceId);

    /// <summary>Every issued plan of the province: coordinators, admins, leadership and reviewers; a unit officer only those that involve the unit.</summary>
    public static bool SeesAllIssuedPlans(Actor actor, int provinceId) =>
        CanReadProvince(actor, provinceId)
        && (actor.Has(Role.Coordinator) || actor.Has(Role.Admin) || actor.Has(Role.Leadership) || actor.Has(Role.Reviewer));

    /// <summary>
    /// Read one plan (and its pages: budget, reports, document): a draft only for those who see drafts; an issued plan for
    /// whoever sees all issued plans of the province, or a unit officer whose unit has work on it (<paramref name="involvesUnit"/>).
    /// </summary>
    public static bool CanReadPlan(Actor actor, int provinceId, PlanStatus status, bool involvesUnit) =>
        CanReadProvince(actor, provinceId)
        && (status.IsIssued()
            ? SeesAllIssuedPlans(actor, provinceId) || (involvesUnit && actor.Has(Role.UnitOfficer) && actor.UnitId is not null)
            : CanSeeDrafts(actor, provinceId));

    /// <summary>
    /// The list filter of <see cref="CanReadPlan"/>, for plan lists: the plans the actor may read, given the assignments
    /// (to decide which issued plans involve the actor's unit).
    /// </summary>
    public static Expression<Func<Plan, bool>> VisiblePlans(Actor actor, IQueryable<Assignment> assignments)
    {
        var province = actor.ProvinceId;
        var national = actor.IsNational;
        var drafts = actor.Has(Role.Coordinator) || actor.Has(Role.Admin);
        var allIssued = drafts || actor.Has(Role.Leadership) || actor.Has(Role.Reviewer);
        var unit = actor.Has(Role.UnitOfficer) ? actor.UnitId : null;
        return p => (national || p.ProvinceId == province)
                    && (p.Status == PlanStatus.Draft
                        ? drafts
                        : allIssued || (unit != null && assignments.Any(a => a.PlanId == p.Id && a.UnitId == unit)));
    }

    /// <summary>Units, groups and aliases: coordinators and admins of the province.</summary>
    public static bool CanManageCatalogue(Actor actor, int provinceId) => CanManagePlans(actor, provinceId);

    /// <summary>A unit's contact details: its own officers, or whoever manages the catalogue.</summary>
    public static bool CanEditUnitProfile(Actor actor, int provinceId, int unitId) =>
        CanManageCatalogue(actor, provinceId)
        || (CanReadProvince(actor, provinceId) && actor.Has(Role.UnitOfficer) && actor.UnitId == unitId);

    /// <summary>Acknowledge an assignment and note its focal person: officers of the assigned unit, or coordinators.</summary>
    public static bool CanActOnAssignment(Actor actor, int provinceId, int assignedUnitId) =>
        CanManagePlans(actor, provinceId)
        || (CanReadProvince(actor, provinceId) && actor.Has(Role.UnitOfficer) && actor.UnitId == assignedUnitId);

    /// <summary>Which unit's work list the actor may open: their own; coordinators, leadership and admins any unit in the province.</summary>
    public static bool CanViewUnitWork(Actor actor, int provinceId, int unitId) =>
        CanReadProvince(actor, provinceId)
        && (actor.UnitId == unitId || actor.Has(Role.Coordinator) || actor.Has(Role.Leadership) || actor.Has(Role.Admin));

    /// <summary>
    /// Change an estimate's lines, figures and funding: coordinators for any estimate of the province; officers of the
    /// lead unit for the estimate of their activity (<paramref name="leadUnitIds"/>). A plan-level estimate (no
    /// activity) is the coordinators' alone.
    /// </summary>
    public static bool CanEditEstimate(Actor actor, int provinceId, IReadOnlyCollection<int> leadUnitIds) =>
        CanManagePlans(actor, provinceId)
        || (CanReadProvince(actor, provinceId) && actor.Has(Role.UnitOfficer) && actor.UnitId is { } unit
            && leadUnitIds.Contains(unit));

    /// <summary>Approve an estimate or return it with comments: reviewers (the finance department) of the province.</summary>
    public static bool CanReviewEstimate(Actor actor, int provinceId) =>
        CanReadProvince(actor, provinceId) && actor.Has(Role.Reviewer);

    /// <summary>Spending norms: coordinators and reviewers of the province edit them; everyone in it reads them.</summary>
    public static bool CanManageNorms(Actor actor, int provinceId) =>
        CanManagePlans(actor, provinceId) || CanReviewEstimate(actor, provinceId);

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

    /// <summary>Users and the audit trail: admins (of the province, or national).</summary>
    public static bool CanManageUsers(Actor actor, int? provinceId) =>
        actor.Has(Role.Admin) && (actor.IsNational || (provinceId is not null && actor.ProvinceId == provinceId));

    public static bool CanReadAudit(Actor actor) => actor.Has(Role.Admin);
}
