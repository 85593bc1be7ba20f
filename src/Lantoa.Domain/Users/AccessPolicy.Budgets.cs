namespace Lantoa.Domain.Users;

/// <summary>Access rules of the Budgets module.</summary>
public static partial class AccessPolicy
{
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

    /// <summary>The spending norms' menu entry: anyone of a province (the catalogue is per province; there is no national one).</summary>
    public static bool SeesSpendingNorms(Actor actor) => actor.ProvinceId is not null;
}
