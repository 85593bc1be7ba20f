using Lantoa.Domain.Teams;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Teams;

/// <summary>
/// "Độ bao phủ": a campaign's reach per commune — households reached against the commune's households, people guided,
/// households by category, a heatmap of communes × days — communes ranked, and those with no log in the last three
/// days of the campaign so far flagged. Sums run in PostgreSQL (<see cref="CoverageQueries"/>: one scan, two grouping sets), never in memory.
/// </summary>
public sealed class Coverage(LantoaDb db, FieldSync sync, TimeProvider clock) : LantoaPage
{
    public sealed record Row(string Code, string Name, int Households, long Reached, long People, DateOnly? LastLog, bool Silent,
        IReadOnlyDictionary<string, long> ByCategory, IReadOnlyDictionary<DateOnly, long> ByDay)
    {
        public double Share => Households == 0 ? 0 : Math.Min(1, (double)Reached / Households);
    }

    public FieldCampaign Campaign { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<DateOnly> Days { get; private set; } = [];
    public DateOnly AsOf { get; private set; }
    public long TotalReached => Rows.Sum(r => r.Reached);
    public long TotalHouseholds => Rows.Sum(r => (long)r.Households);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var campaign = await db.Set<FieldCampaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null || !AccessPolicy.CanReadProvince(Actor, campaign.ProvinceId)) return NotFoundPage();
        if (!AccessPolicy.CanReadCoverage(Actor, campaign.ProvinceId)) return Denied();
        Campaign = campaign;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        AsOf = today > campaign.EndsOn ? campaign.EndsOn : today;
        for (var d = campaign.StartsOn; d <= campaign.EndsOn; d = d.AddDays(1)) Days = [.. Days, d];

        var communes = await db.Set<CampaignCommune>().AsNoTracking().Where(c => c.CampaignId == id)
            .Select(c => new { c.CommuneCode, c.Households }).ToListAsync(ct);
        var cells = await CoverageQueries.CellsAsync(db, id, ct);
        var byCategory = cells.Where(c => c.Category is not null).ToList();
        var byDay = cells.Where(c => c.Date is not null).Select(c => new { c.CommuneCode, Date = c.Date!.Value, c.Households }).ToList();
        var names = await sync.CommuneNamesAsync(communes.Select(c => c.CommuneCode).ToList(), ct);
        var catBy = byCategory.ToLookup(x => x.CommuneCode);
        var dayBy = byDay.ToLookup(x => x.CommuneCode);
        Rows = communes.Select(c =>
            {
                var days = dayBy[c.CommuneCode].ToDictionary(x => x.Date, x => x.Households);
                DateOnly? last = days.Count == 0 ? null : days.Keys.Max();
                var silent = AsOf >= campaign.StartsOn.AddDays(2) && (last is null || last < AsOf.AddDays(-2));
                return new Row(c.CommuneCode, names.GetValueOrDefault(c.CommuneCode, c.CommuneCode), c.Households,
                    catBy[c.CommuneCode].Sum(x => x.Households), catBy[c.CommuneCode].Sum(x => x.People), last, silent,
                    catBy[c.CommuneCode].ToDictionary(x => x.Category!, x => x.Households), days);
            })
            .OrderByDescending(r => r.Share).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        return Page();
    }
}
