using Lantoa.Domain.Text;
using Lantoa.Domain.Units;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Units;

public sealed class Index(LantoaDb db, TimeProvider clock) : LantoaPage
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public UnitKind? Kind { get; set; }

    /// <summary>dd/MM/yyyy: only units that exist on that day; blank for all.</summary>
    [BindProperty(SupportsGet = true)] public string? On { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<Row> Units { get; private set; } = null!;
    public IReadOnlyList<GroupRow> Groups { get; private set; } = [];
    public bool CanManage { get; private set; }

    public sealed record Row(int Id, string Name, string? ShortName, UnitKind Kind, string? Parent, DateOnly? ValidFrom, DateOnly? ValidTo, int AliasCount);
    public sealed record GroupRow(int Id, string Name, UnitKind? RuleKind, int Members);

    public async Task<IActionResult> OnGetAsync()
    {
        if (Actor.ProvinceId is not { } provinceId) return Redirect("/Geography");
        if (!Formats.TryReadDay(On, out var day))
        {
            ModelState.AddModelError(nameof(On), "Ngày phải có dạng dd/MM/yyyy.");
            day = null;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        CanManage = AccessPolicy.CanManageCatalogue(Actor, provinceId);
        var query = db.Units.AsNoTracking().Where(u => u.ProvinceId == provinceId);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var key = VietnameseText.Fold(Q);
            query = query.Where(u => u.SearchKey.Contains(key));
        }
        if (Kind is { } k) query = query.Where(u => u.Kind == k);
        if (day is { } d) query = query.Where(u => (u.ValidFrom == null || u.ValidFrom <= d) && (u.ValidTo == null || u.ValidTo >= d));
        Units = await query
            .OrderBy(u => u.Kind).ThenBy(u => EF.Functions.Collate(u.Name, "vi-x-icu"))
            .Select(u => new Row(u.Id, u.Name, u.ShortName, u.Kind, u.Parent != null ? u.Parent.Name : null, u.ValidFrom, u.ValidTo, u.Aliases.Count))
            .ToPageAsync(PageNumber, 50);
        var asOf = day ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var units = await db.Units.AsNoTracking().Where(u => u.ProvinceId == provinceId).ToListAsync();
        Groups = (await db.UnitGroups.AsNoTracking().Include(g => g.Members).Where(g => g.ProvinceId == provinceId).ToListAsync())
            .Select(g => new GroupRow(g.Id, g.Name, g.RuleKind, g.Resolve(units, asOf).Count))
            .OrderBy(g => g.Name, VietnameseText.Comparer)
            .ToList();
        return Page();
    }
}
