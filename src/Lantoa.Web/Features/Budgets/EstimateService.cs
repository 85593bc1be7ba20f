using Lantoa.Domain.Budgets;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using PlanActivity = Lantoa.Domain.Plans.Activity;
using Lantoa.Web.Features.Plans;

namespace Lantoa.Web.Features.Budgets;

/// <summary>An estimate with what the access rules need: its plan, its activity and the activity's lead units.</summary>
public sealed record EstimateContext(
    Estimate Estimate,
    Plan Plan,
    PlanActivity? Activity,
    IReadOnlyList<int> LeadUnitIds,
    bool CanEdit,
    bool CanReview)
{
    /// <summary>Lines change only in draft, and never once the plan is closed.</summary>
    public bool CanEditLines => CanEdit && Estimate.IsEditable && !Plan.IsReadOnly;

    /// <summary>Actual spending is recorded against an approved estimate, by those who may edit it.</summary>
    public bool CanRecordActuals => CanEdit && Estimate.Status == EstimateStatus.Approved && !Plan.IsReadOnly;

    public bool CanSubmit => CanEdit && Estimate.Status == EstimateStatus.Draft && Estimate.Lines.Count > 0 && !Plan.IsReadOnly;

    /// <summary>The day against which spending norms are looked up: the plan's date.</summary>
    public DateOnly ReferenceDay => Plan.ReferenceDay;
}

/// <summary>Loads estimates with their access rights and checks them against the province's spending norms.</summary>
public sealed class EstimateService(LantoaDb db)
{
    /// <summary>The estimate for <paramref name="actor"/>, or null when it does not exist or belongs to another province.</summary>
    public async Task<EstimateContext?> LoadAsync(int estimateId, Actor actor, CancellationToken ct = default)
    {
        var estimate = await db.Estimates.Include(e => e.Lines.OrderBy(l => l.SortOrder)).FirstOrDefaultAsync(e => e.Id == estimateId, ct);
        if (estimate is null || !AccessPolicy.CanReadProvince(actor, estimate.ProvinceId)) return null;
        var plan = await db.Plans.Include(p => p.Activities).ThenInclude(a => a.Parties)
            .FirstAsync(p => p.Id == estimate.PlanId, ct);
        if (!await db.CanReadPlanAsync(actor, plan, ct)) return null;
        return await DescribeAsync(estimate, plan, actor, ct);
    }

    public async Task<EstimateContext> DescribeAsync(Estimate estimate, Plan plan, Actor actor, CancellationToken ct = default)
    {
        var activity = estimate.ActivityId is { } id ? plan.Activities.FirstOrDefault(a => a.Id == id) : null;
        var leads = activity is null ? [] : await LeadUnitsAsync(activity.Id, ct);
        return new EstimateContext(estimate, plan, activity, leads,
            AccessPolicy.CanEditEstimate(actor, plan.ProvinceId, leads),
            AccessPolicy.CanReviewEstimate(actor, plan.ProvinceId));
    }

    /// <summary>The units leading an activity, directly or through a group (from its assignments).</summary>
    public async Task<IReadOnlyList<int>> LeadUnitsAsync(int activityId, CancellationToken ct = default) =>
        await db.Assignments.Where(a => a.ActivityId == activityId && a.Role == PartyRole.Lead)
            .Select(a => a.UnitId).Distinct().ToListAsync(ct);

    public async Task<IReadOnlyList<SpendingNorm>> NormsAsync(int provinceId, CancellationToken ct = default) =>
        await db.SpendingNorms.AsNoTracking().Where(n => n.ProvinceId == provinceId).ToListAsync(ct);

    public async Task<IReadOnlyList<FundingSource>> SourcesAsync(int planId, CancellationToken ct = default) =>
        await db.FundingSources.AsNoTracking().Where(s => s.PlanId == planId).OrderBy(s => s.Id).ToListAsync(ct);
    /// <summary>
    /// The item lines of a plan's estimates whose text mentions <paramref name="words"/> (diacritics and case ignored),
    /// with their estimate's title: how another module (commendations) finds the lines it is compared with.
    /// </summary>
    public async Task<IReadOnlyList<(string Estimate, EstimateLine Line)>> LinesMentioningAsync(int planId, string words, CancellationToken ct = default)
    {
        var key = Lantoa.Domain.Text.VietnameseText.Fold(words);
        var estimates = await db.Estimates.AsNoTracking().Include(e => e.Lines).Where(e => e.PlanId == planId).OrderBy(e => e.Id).ToListAsync(ct);
        return estimates.SelectMany(e => e.Lines.Where(l => l.Kind == EstimateLineKind.Item
                && Lantoa.Domain.Text.VietnameseText.Fold(l.Content).Contains(key, StringComparison.Ordinal)).Select(l => (e.Title, l)))
            .ToList();
    }
}
