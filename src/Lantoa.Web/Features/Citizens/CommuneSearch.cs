using Lantoa.Domain.Geography;
using Lantoa.Domain.Text;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// Provinces and communes of residence: the administrative units valid on the day asked (after 1/7/2025 the 34
/// provinces and their communes), searched without diacritics ("tan an" finds "Phường Tân An").
/// </summary>
public sealed class CommuneSearch(LantoaDb db)
{
    public sealed record Place(string Code, string Name);

    public Task<List<Place>> ProvincesAsync(DateOnly day, CancellationToken ct = default) =>
        db.AdminUnits.Where(a => a.Level == AdminLevel.Province && (a.ValidFrom == null || a.ValidFrom <= day) && (a.ValidTo == null || day <= a.ValidTo))
            .OrderBy(a => a.Name).Select(a => new Place(a.Code, a.Name)).ToListAsync(ct);

    public async Task<List<Place>> CommunesAsync(string provinceCode, string? q, DateOnly day, int limit = 2000, CancellationToken ct = default)
    {
        var query = Valid(day).Where(a => a.ProvinceCode == provinceCode);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var key = VietnameseText.Fold(q.Trim());
            query = query.Where(a => a.SearchKey.Contains(key) || (a.Parent != null && a.Parent.Level == AdminLevel.District && a.Parent.SearchKey.Contains(key)));
        }
        // Before 1/7/2025 a commune's name repeats across districts ("Phường 1"): its district is shown beside it.
        var list = await query.Select(a => new Place(a.Code, a.Parent == null || a.Parent.Level != AdminLevel.District ? a.Name : a.Name + " (" + a.Parent.Name + ")")).Take(limit).ToListAsync(ct);
        return list.OrderBy(p => p.Name, VietnameseText.Comparer).ToList();
    }

    public Task<AdminUnit?> ProvinceAsync(string code, DateOnly day, CancellationToken ct = default) =>
        db.AdminUnits.FirstOrDefaultAsync(a => a.Level == AdminLevel.Province && a.Code == code
            && (a.ValidFrom == null || a.ValidFrom <= day) && (a.ValidTo == null || day <= a.ValidTo), ct);

    public Task<AdminUnit?> CommuneAsync(string code, DateOnly day, CancellationToken ct = default) =>
        Valid(day).FirstOrDefaultAsync(a => a.Code == code, ct);

    private IQueryable<AdminUnit> Valid(DateOnly day) =>
        db.AdminUnits.Where(a => a.Level == AdminLevel.Commune && (a.ValidFrom == null || a.ValidFrom <= day) && (a.ValidTo == null || day <= a.ValidTo));
}
