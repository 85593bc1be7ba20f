using Lantoa.Domain.Budgets;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Inbox;
using Lantoa.Web.Features.Plans;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Budgets;

/// <summary>The Budgets module's part of the inbox: estimates submitted for review (finance reviewers), estimates
/// returned with comments (whoever may edit them: coordinators, the lead unit's officers).</summary>
public sealed class EstimateInbox(LantoaDb db) : IInboxSource
{
    public const string ToReview = "Dự toán chờ thẩm định";
    public const string Returned = "Dự toán bị trả lại";

    public async Task<IReadOnlyList<InboxItem>> ItemsAsync(Actor actor, int limit, CancellationToken ct = default)
    {
        var items = new List<InboxItem>();
        if (actor.ProvinceId is not { } province) return items;
        var plans = db.Plans.VisibleTo(db, actor);
        if (AccessPolicy.CanReviewEstimate(actor, province))
        {
            var waiting = await (from e in db.Estimates
                                 join p in plans on e.PlanId equals p.Id
                                 where e.ProvinceId == province && e.Status == EstimateStatus.Submitted
                                 orderby e.SubmittedAt descending
                                 select new { e.Id, e.Title, Plan = p.Title, e.SubmittedAt }).Take(limit).ToListAsync(ct);
            items.AddRange(waiting.Select(e => new InboxItem(ToReview, e.Title, e.Plan, $"/Budgets/Estimates/{e.Id}", e.SubmittedAt)));
        }

        var returned = await (from e in Editable(actor, province, plans)
                              join p in plans on e.PlanId equals p.Id
                              orderby e.UpdatedAt descending
                              select new { e.Id, e.Title, e.ReviewComment, e.UpdatedAt }).Take(limit).ToListAsync(ct);
        items.AddRange(returned.Select(e => new InboxItem(Returned, e.Title, "Ý kiến thẩm định: " + e.ReviewComment, $"/Budgets/Estimates/{e.Id}", e.UpdatedAt)));
        return items;
    }

    public async Task<int> CountAsync(Actor actor, CancellationToken ct = default)
    {
        if (actor.ProvinceId is not { } province) return 0;
        var plans = db.Plans.VisibleTo(db, actor);
        var count = 0;
        if (AccessPolicy.CanReviewEstimate(actor, province))
            count += await db.Estimates.CountAsync(e => e.ProvinceId == province && e.Status == EstimateStatus.Submitted
                                                        && plans.Any(p => p.Id == e.PlanId), ct);
        count += await Editable(actor, province, plans).CountAsync(ct);
        return count;
    }

    /// <summary>Returned estimates the actor may edit (<see cref="AccessPolicy.CanEditEstimate"/> as a query).</summary>
    private IQueryable<Estimate> Editable(Actor actor, int province, IQueryable<Plan> plans)
    {
        var returned = db.Estimates.Where(e => e.ProvinceId == province && e.Status == EstimateStatus.Draft && e.ReviewComment != null
                                               && plans.Any(p => p.Id == e.PlanId));
        if (AccessPolicy.CanManagePlans(actor, province)) return returned;
        if (AccessPolicy.CanEditEstimate(actor, province, actor.UnitId is { } u ? [u] : []) && actor.UnitId is { } unit)
            return returned.Where(e => db.Assignments.Any(a => a.ActivityId == e.ActivityId && a.UnitId == unit && a.Role == PartyRole.Lead));
        return returned.Where(e => false);
    }
}
