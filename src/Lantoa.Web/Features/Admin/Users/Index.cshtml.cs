using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Admin.Users;

public sealed class Index(LantoaDb db, TimeProvider clock) : LantoaPage
{
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public PagedList<Row> Users { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }

    public sealed record Row(int Id, string UserName, string DisplayName, IReadOnlyList<Role> Roles, string? Unit, string? Province, bool IsActive, DateTimeOffset? LockoutEnd);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!AccessPolicy.CanManageUsers(Actor, Actor.ProvinceId)) return Denied();
        Now = clock.GetUtcNow();
        var actor = Actor;
        Users = await db.Users.AsNoTracking()
            .Where(AccessPolicy.UsersListedFor(actor))
            .OrderBy(u => u.UserName)
            .Select(u => new Row(u.Id, u.UserName, u.DisplayName, u.Roles.ToList(),
                db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Name).FirstOrDefault(),
                db.Provinces.Where(x => x.Id == u.ProvinceId).Select(x => x.Name).FirstOrDefault(), u.IsActive, u.LockoutEnd))
            .ToPageAsync(PageNumber);
        return Page();
    }
}
