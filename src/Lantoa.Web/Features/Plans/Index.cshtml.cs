using Lantoa.Domain.Plans;
using Lantoa.Domain.Text;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Plans;

public sealed class Index(LantoaDb db) : LantoaPage
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public PlanKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public PlanStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<Row> Plans { get; private set; } = null!;
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public sealed record Row(int Id, string? NumberSymbol, string Title, PlanKind Kind, int Year, PlanStatus Status,
        string Province, int Activities, int Units);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ModelState.IsValid) return BadRequest(); // an unreadable filter in the URL: the Vietnamese 400 page
        var actor = Actor;
        var query = db.Plans.AsNoTracking().Where(AccessPolicy.PlansListedFor(actor));
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var key = VietnameseText.Fold(Q);
            query = query.Where(p => p.SearchKey.Contains(key));
        }
        if (Year is { } y) query = query.Where(p => p.Year == y);
        if (Kind is { } k) query = query.Where(p => p.Kind == k);
        if (Status is { } s) query = query.Where(p => p.Status == s);

        Plans = await query
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Id)
            .Select(p => new Row(p.Id, p.NumberSymbol, p.Title, p.Kind, p.Year, p.Status,
                db.Provinces.Where(x => x.Id == p.ProvinceId).Select(x => x.Name).First(),
                p.Activities.Count,
                db.Assignments.Where(a => a.PlanId == p.Id).Select(a => a.UnitId).Distinct().Count()))
            .ToPageAsync(PageNumber);
        Years = await db.Plans.Where(AccessPolicy.PlansListedFor(actor))
            .Select(p => p.Year).Distinct().OrderByDescending(y2 => y2).ToListAsync();
        CanCreate = actor.ProvinceId is { } pid && AccessPolicy.CanManagePlans(actor, pid);
        return Page();
    }
}
