using Lantoa.Domain.Geography;
using Lantoa.Domain.Text;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Geography;

/// <summary>Administrative units as they stood on a chosen day: "the communes of Long An on 10/10/2024".</summary>
public sealed class Index(LantoaDb db, TimeProvider clock) : LantoaPage
{
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public string? On { get; set; }
    [BindProperty(SupportsGet = true)] public AdminLevel Level { get; set; } = AdminLevel.District;
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public DateOnly AsOf { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Provinces { get; private set; } = [];
    public PagedList<Row> Units { get; private set; } = null!;

    public sealed record Row(string Code, string Name, string Type, string? Parent, DateOnly? ValidFrom, DateOnly? ValidTo);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Formats.TryReadDay(On, out var day))
        {
            ModelState.AddModelError(nameof(On), "Ngày phải có dạng dd/MM/yyyy.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        AsOf = day ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var asOf = AsOf;
        Provinces = await AdminUnitQueries.ValidOn(db.AdminUnits.AsNoTracking(), asOf)
            .Where(a => a.Level == AdminLevel.Province)
            .OrderBy(a => EF.Functions.Collate(a.Name, "vi-x-icu"))
            .Select(a => new ValueTuple<string, string>(a.Code, a.Name)).ToListAsync();
        if (Province is null && Actor.ProvinceId is { } pid)
            Province = await db.Provinces.Where(p => p.Id == pid).Select(p => p.Code).FirstOrDefaultAsync();
        // No level asked: districts where the day still has them, communes after the 2025 reform (no district level).
        if (!Request.Query.ContainsKey(nameof(Level))
            && !await AdminUnitQueries.ValidOn(db.AdminUnits.AsNoTracking(), asOf).AnyAsync(a => a.Level == AdminLevel.District))
            Level = AdminLevel.Commune;
        var query = AdminUnitQueries.ValidOn(db.AdminUnits.AsNoTracking(), asOf).Where(a => a.Level == Level);
        if (Province is not null) query = query.Where(a => a.ProvinceCode == Province);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var key = VietnameseText.Fold(Q);
            query = query.Where(a => a.SearchKey.Contains(key));
        }
        Units = await query.OrderBy(a => a.Code)
            .Select(a => new Row(a.Code, a.Name, a.Type, a.Parent != null ? a.Parent.Name : null, a.ValidFrom, a.ValidTo))
            .ToPageAsync(PageNumber, 100);
        return Page();
    }
}

public static class AdminUnitQueries
{
    public static IQueryable<AdminUnit> ValidOn(IQueryable<AdminUnit> units, DateOnly day) =>
        units.Where(a => (a.ValidFrom == null || a.ValidFrom <= day) && (a.ValidTo == null || a.ValidTo >= day));
}
