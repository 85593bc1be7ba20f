using Lantoa.Domain.Dates;
using Lantoa.Domain.Geography;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Publishing;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.PublicSite;

/// <summary>
/// The reads of the public site, shared by its pages, the staff preview and the API, so that all three show the same
/// thing: only published plans that are issued (a plan withdrawn to draft disappears even if it was published), only
/// their published activities, and of those only public fields — never budgets, notes, reports or units' work.
/// A preview (<c>previewPlanId</c>) adds that one plan with its saved choices, whatever its state.
/// </summary>
public sealed class PublicCampaignQueries(LantoaDb db, TimeProvider clock, IEnumerable<IPublicSection> sections)
{
    /// <summary>Every province that uses Lantoa, with its unique slug, in Vietnamese order.</summary>
    public async Task<IReadOnlyList<PublicProvince>> ProvincesAsync(CancellationToken ct)
    {
        var rows = await db.Provinces.AsNoTracking().Select(p => new { p.Id, p.Code, p.Name }).ToListAsync(ct);
        var slugs = PublicSlug.ForAll(rows.Select(r => (r.Code, r.Name)));
        return rows.Select(r => new PublicProvince(r.Id, r.Code, ProvinceNames.Short(r.Name), slugs[r.Code]))
            .OrderBy(p => p.Name, Lantoa.Domain.Text.VietnameseText.Comparer).ToList();
    }

    public async Task<PublicProvince?> BySlugAsync(string slug, CancellationToken ct) =>
        (await ProvincesAsync(ct)).FirstOrDefault(p => string.Equals(p.Slug, slug, StringComparison.OrdinalIgnoreCase));

    public async Task<PublicProvince?> ByCodeAsync(string code, CancellationToken ct) =>
        (await ProvincesAsync(ct)).FirstOrDefault(p => p.Code == code);

    public async Task<PublicProvince?> ByIdAsync(int id, CancellationToken ct) =>
        (await ProvincesAsync(ct)).FirstOrDefault(p => p.Id == id);

    /// <summary>How many plans each province has published (for the province list).</summary>
    public async Task<IReadOnlyDictionary<int, int>> PublishedCountsAsync(CancellationToken ct) =>
        await Published(null).GroupBy(x => x.Pub.ProvinceId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    public async Task<PublicCampaign> CampaignAsync(PublicProvince province, int? previewPlanId, CancellationToken ct)
    {
        var plans = await PlansAsync(province, previewPlanId, null, ct);
        var activities = await ActivitiesAsync(plans.Select(p => p.PublicationId).ToList(), ct);
        var thisYear = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).Year;
        var years = plans.Select(p => p.Plan.Year).Distinct().ToList();
        int? year = years.Count == 0 ? null : years.Where(y => y <= thisYear).DefaultIfEmpty(years.Min()).Max();
        var ofYear = plans.Where(p => p.Plan.Year == year).Select(p => p.Plan)
            .OrderByDescending(p => p.IsDxDay).ThenByDescending(p => p.IssuedOn).ThenBy(p => p.Id).ToList();
        var earlier = plans.Where(p => p.Plan.Year != year).Select(p => p.Plan)
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.IssuedOn).ThenBy(p => p.Id).ToList();
        var yearPlanIds = ofYear.Select(p => p.Id).ToHashSet();
        var timeline = activities.Where(a => yearPlanIds.Contains(a.PlanId))
            .OrderBy(a => a.StartsOn ?? DateOnly.MaxValue).ThenBy(a => a.EndsOn ?? DateOnly.MaxValue).ThenBy(a => a.PlanId).ThenBy(a => a.Id).ToList();

        var items = new Dictionary<PublicSectionKind, IReadOnlyList<PublicSectionItem>>();
        foreach (var kind in Enum.GetValues<PublicSectionKind>())
        {
            var list = new List<PublicSectionItem>();
            foreach (var section in sections.Where(s => s.Kind == kind)) list.AddRange(await section.ItemsAsync(province, ct));
            items[kind] = list;
        }
        var contests = items[PublicSectionKind.Quizzes].Concat(items[PublicSectionKind.Contests]).ToList();
        var views = new List<PublicSectionView>
        {
            new("cuoc-thi", "Cuộc thi đang mở", contests.Where(i => !i.Past).ToList()),
            new("su-kien", "Sự kiện sắp diễn ra", items[PublicSectionKind.Events].Where(i => !i.Past).ToList()),
            new("ket-qua", "Cuộc thi đã kết thúc", contests.Where(i => i.Past).ToList()),
        }.Where(v => v.Items.Count > 0).ToList();

        return new PublicCampaign(province, year, ofYear.FirstOrDefault(), ofYear, earlier, timeline, views, items);
    }

    /// <summary>One plan's public page; null when it is not published (or not this province's), unless previewed.</summary>
    public async Task<PublicPlanPage?> PlanPageAsync(PublicProvince province, int planId, bool preview, CancellationToken ct)
    {
        var plans = await PlansAsync(province, preview ? planId : null, planId, ct);
        if (plans.Count == 0) return null;
        var activities = await ActivitiesAsync([plans[0].PublicationId], ct);
        return new PublicPlanPage(province, plans[0].Plan, activities.OrderBy(a => a.StartsOn ?? DateOnly.MaxValue).ThenBy(a => a.Id).ToList());
    }

    /// <summary>Every published activity of the province's published plans (for the API).</summary>
    public async Task<IReadOnlyList<PublicActivity>> AllActivitiesAsync(PublicCampaign campaign, CancellationToken ct)
    {
        var plans = await PlansAsync(campaign.Province, null, null, ct);
        return (await ActivitiesAsync(plans.Select(p => p.PublicationId).ToList(), ct))
            .OrderBy(a => a.StartsOn ?? DateOnly.MaxValue).ThenBy(a => a.PlanId).ThenBy(a => a.Id).ToList();
    }

    private sealed record PlanRow(int PublicationId, PublicPlan Plan);

    private sealed class Joined
    {
        public required PlanPublication Pub { get; init; }
        public required Plan Plan { get; init; }
    }

    /// <summary>Published plans that are issued, or the previewed plan.</summary>
    private IQueryable<Joined> Published(int? previewPlanId) =>
        from pub in db.Set<PlanPublication>().AsNoTracking()
        join plan in db.Plans.AsNoTracking() on pub.PlanId equals plan.Id
        where plan.ProvinceId == pub.ProvinceId
              && ((pub.IsPublished && plan.Status != PlanStatus.Draft) || plan.Id == previewPlanId)
        select new Joined { Pub = pub, Plan = plan };

    private async Task<List<PlanRow>> PlansAsync(PublicProvince province, int? previewPlanId, int? onlyPlanId, CancellationToken ct)
    {
        var query = from x in Published(previewPlanId)
                    where x.Pub.ProvinceId == province.Id && (onlyPlanId == null || x.Plan.Id == onlyPlanId)
                    select new
                    {
                        PublicationId = x.Pub.Id, x.Plan.Id, x.Plan.Year, x.Plan.Title, x.Plan.NumberSymbol,
                        IssuedOn = EF.Property<DateOnly?>(x.Plan, "IssuedOnDate"), x.Plan.Status, x.Plan.Kind,
                        x.Pub.Theme, x.Pub.Slogan, x.Pub.Summary,
                        Count = db.Set<PublishedActivity>().Count(a => a.PublicationId == x.Pub.Id),
                    };
        var rows = await query.ToListAsync(ct);
        var result = rows.Select(r => new PlanRow(r.PublicationId, new PublicPlan(r.Id, r.Year, r.Title,
            r.Status == PlanStatus.Draft ? null : r.NumberSymbol, r.Status == PlanStatus.Draft ? null : r.IssuedOn,
            r.Theme ?? r.Title, r.Slogan, r.Summary, r.Kind == PlanKind.DxDay, r.Count))).ToList();
        if (previewPlanId is { } id && result.All(r => r.Plan.Id != id))
        {
            // A preview before anything was saved: the plan with the defaults a new publication would take.
            var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.ProvinceId == province.Id, ct);
            if (plan is not null && (onlyPlanId == null || onlyPlanId == id))
            {
                var draft = new PlanPublication(plan);
                result.Add(new PlanRow(0, new PublicPlan(plan.Id, plan.Year, plan.Title, plan.IsIssued ? plan.NumberSymbol : null,
                    plan.IsIssued ? plan.IssuedOn?.FirstDay : null, draft.Theme ?? plan.Title, draft.Slogan, draft.Summary, plan.Kind == PlanKind.DxDay, 0)));
            }
        }
        return result;
    }

    /// <summary>The chosen activities, projected to their public columns only: budget texts, notes and participants are
    /// never even read.</summary>
    private async Task<List<PublicActivity>> ActivitiesAsync(IReadOnlyCollection<int> publicationIds, CancellationToken ct)
    {
        if (publicationIds.Count == 0) return [];
        var chosen = db.Set<PublishedActivity>().Where(a => publicationIds.Contains(a.PublicationId));
        var rows = await db.Activities.AsNoTracking()
            .Where(a => chosen.Any(c => c.ActivityId == a.Id))
            .Select(a => new
            {
                a.Id, a.PlanId, a.Label, a.Title, a.Content, a.FormText, a.Location,
                Start = EF.Property<DateOnly?>(a, "TimeStart"), StartPrecision = EF.Property<DatePrecision?>(a, "TimeStartPrecision"),
                End = EF.Property<DateOnly?>(a, "TimeEnd"), EndPrecision = EF.Property<DatePrecision?>(a, "TimeEndPrecision"),
                Tentative = EF.Property<bool>(a, "TimeTentative"), Recurrence = EF.Property<Recurrence>(a, "TimeRecurrence"),
                Ongoing = EF.Property<bool>(a, "TimeOngoing"), DeadlineOnly = EF.Property<bool>(a, "TimeDeadlineOnly"),
                Text = EF.Property<string?>(a, "TimeText"),
                Leads = a.Parties.Where(p => p.Role == PartyRole.Lead).OrderBy(p => p.Id).Select(p => p.WrittenName).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(a =>
        {
            var time = new TimeWindow
            {
                Start = a.Start is { } s ? PartialDate.FromFirstDay(s, a.StartPrecision ?? DatePrecision.Day) : null,
                End = a.End is { } e ? PartialDate.FromFirstDay(e, a.EndPrecision ?? DatePrecision.Day) : null,
                Tentative = a.Tentative, Recurrence = a.Recurrence, Ongoing = a.Ongoing, DeadlineOnly = a.DeadlineOnly, Text = a.Text,
            };
            return new PublicActivity(a.Id, a.PlanId, a.Label, a.Title, a.Content, a.FormText, time.IsEmpty && time.Text is null ? "" : time.ToDisplay(),
                time.FirstDay, time.LastDay, a.Location, a.Leads.Distinct().ToList());
        }).ToList();
    }
}
