using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features;

/// <summary>Home: unit officers land on their unit's work, everyone else on the plans.</summary>
public sealed class Home : LantoaPage
{
    public IActionResult OnGet() =>
        Redirect(Actor.Has(Role.UnitOfficer) && !Actor.Has(Role.Coordinator) ? "/MyWork" : "/Plans");
}
