using Lantoa.Domain;
using Lantoa.Domain.Commendations;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Users;
using Lantoa.Web.Features.Units;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Commendations;

/// <summary>
/// "Khen thưởng": the province's rounds. A unit officer (from "Việc của đơn vị") sees the rounds where the unit has a
/// quota and goes on to nominate; the DX office opens a round on an activity of an issued plan.
/// </summary>
public sealed class Index(LantoaDb db, CommendationService service, RoundSetup setup, UnitDirectory directory) : LantoaPage
{
    [BindProperty(SupportsGet = true)] public int? UnitId { get; set; }

    public sealed record Row(int Id, string Title, string PlanTitle, DateOnly Deadline, int Nominations, bool Signed);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanManage { get; private set; }
    public string? UnitName { get; private set; }
    public IReadOnlyList<(int Id, string Text)> Activities { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Departments { get; private set; } = [];
    public DateOnly Today => service.Today;

    public async Task<IActionResult> OnGetAsync()
    {
        var refusal = await DescribeAsync();
        return refusal ?? Page();
    }

    /// <summary>Opens a round on an activity: awards and quotas read from the activity's text, the deadline an obligation of each unit with a quota.</summary>
    public async Task<IActionResult> OnPostCreateAsync(int activityId, string? title, string? deadline, int? boardUnitId)
    {
        var actor = Actor;
        var province = await (from a in db.Activities join p in db.Plans on a.PlanId equals p.Id where a.Id == activityId select (int?)p.ProvinceId).FirstOrDefaultAsync();
        if (province is null || !AccessPolicy.CanReadProvince(actor, province.Value)) return NotFoundPage();
        if (!AccessPolicy.CanManageCommendations(actor, province.Value)) return Denied();
        if (!Formats.TryReadDay(deadline, out var day) || day is null) ModelState.AddModelError("deadline", "Hạn nộp hồ sơ có dạng dd/MM/yyyy.");
        if (ModelState.IsValid)
        {
            try
            {
                var round = await setup.OpenAsync(activityId, TextInput.Clean(title), day!.Value, boardUnitId);
                Flash(round.Awards.Count == 0
                    ? "Đã mở đợt khen thưởng; hoạt động không nêu hình thức khen thưởng nào: hãy thêm hình thức và chỉ tiêu."
                    : $"Đã mở đợt khen thưởng với {round.Awards.Count} hình thức khen thưởng và {round.Quotas.Count} chỉ tiêu.");
                return Redirect($"/Commendations/{round.Id}");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("activityId", e.Message);
            }
        }

        await DescribeAsync();
        return Invalid();
    }

    private async Task<IActionResult?> DescribeAsync()
    {
        var actor = Actor;
        if (actor.ProvinceId is not { } provinceId)
        {
            Rows = [];
            return null; // a national admin: no province, no rounds of its own
        }

        CanManage = AccessPolicy.CanManageCommendations(actor, provinceId);
        var units = await directory.ForProvinceAsync(provinceId);
        if (UnitId is { } unitId)
        {
            if (!units.UnitsById.TryGetValue(unitId, out var unit)) return NotFoundPage();
            if (!AccessPolicy.CanNominate(actor, provinceId, unitId) && !AccessPolicy.CanViewUnitWork(actor, provinceId, unitId)) return Denied();
            UnitName = unit.Name;
        }

        var rounds = await service.Rounds.AsNoTracking().Include(r => r.Awards).Include(r => r.Quotas).AsSplitQuery()
            .Where(r => r.ProvinceId == provinceId).OrderByDescending(r => r.Deadline).ToListAsync();
        var counts = await service.Nominations.Where(n => n.ProvinceId == provinceId).GroupBy(n => n.RoundId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var signed = await db.Set<CommendationDecision>().Where(d => d.ProvinceId == provinceId && d.SignedOn != null).Select(d => d.RoundId).ToListAsync();
        var plans = await db.Plans.AsNoTracking().Where(p => p.ProvinceId == provinceId).Select(p => new { p.Id, p.Title }).ToDictionaryAsync(p => p.Id, p => p.Title);
        var forUnit = UnitId is { } u ? units.UnitsById[u] : actor.UnitId is { } own && units.UnitsById.TryGetValue(own, out var o) ? o : null;
        var seesAll = AccessPolicy.CanReadRound(actor, provinceId, null);
        Rows = rounds
            .Where(r => seesAll || AccessPolicy.CanReviewNominations(actor, provinceId, r.BoardUnitId)
                        || (forUnit is not null && r.Awards.Any(a => r.QuotaOf(a, forUnit, units.Units, units.Groups) > 0)))
            .Select(r => new Row(r.Id, r.Title, plans.GetValueOrDefault(r.PlanId, ""), r.Deadline, counts.GetValueOrDefault(r.Id), signed.Contains(r.Id)))
            .ToList();
        if (UnitId is null && forUnit is not null && actor.Has(Role.UnitOfficer)) UnitId = forUnit.Id;
        if (CanManage)
        {
            var activities = await (from a in db.Activities.AsNoTracking()
                                    join p in db.Plans.AsNoTracking() on a.PlanId equals p.Id
                                    where p.ProvinceId == provinceId && p.Status != PlanStatus.Draft && p.Status != PlanStatus.Closed
                                    orderby p.Year descending, p.Id, a.SortOrder
                                    select new { a.Id, a.Label, a.Title, p.NumberSymbol, a.Content }).Take(500).ToListAsync();
            Activities = activities
                .Select(a => (a.Id, Text: $"{a.NumberSymbol}: {a.Label}. {a.Title}", Announces: CommendationText.Read(a.Content).Count > 0))
                .OrderByDescending(a => a.Announces)
                .Select(a => (a.Id, a.Announces ? a.Text + " (có nêu khen thưởng)" : a.Text)).ToList();
            Departments = units.Units.Where(x => x.Kind == Lantoa.Domain.Units.UnitKind.Department)
                .OrderBy(x => x.Name, Lantoa.Domain.Text.VietnameseText.Comparer).Select(x => (x.Id, x.Name)).ToList();
        }

        return null;
    }
}
