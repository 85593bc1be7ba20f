using Lantoa.Domain.Users;
using Lantoa.Web.Features.Account;
using Lantoa.Web.Features.Admin;
using Lantoa.Web.Features.Budgets;
using Lantoa.Web.Features.Citizens;
using Lantoa.Web.Features.Commendations;
using Lantoa.Web.Features.Contests;
using Lantoa.Web.Features.Events;
using Lantoa.Web.Features.Geography;
using Lantoa.Web.Features.Imports;
using Lantoa.Web.Features.Inbox;
using Lantoa.Web.Features.MyWork;
using Lantoa.Web.Features.Plans;
using Lantoa.Web.Features.PublicSite;
using Lantoa.Web.Features.Tracking;
using Lantoa.Web.Features.Teams;
using Lantoa.Web.Features.Units;

namespace Lantoa.Web.Infrastructure.Modules;

/// <summary>
/// The one list of Lantoa's modules, part of the composition root (like LantoaWeb.cs it may name features). A new
/// module is its folders plus one line here. Order matters where data does: `data generate` writes the modules'
/// tables in this order, so a module comes after the modules whose tables its rows point at.
/// </summary>
public static class LantoaModules
{
    public static readonly IReadOnlyList<ILantoaModule> All =
    [
        new GeographyModule(),
        new UnitsModule(),
        new AccountModule(),
        new AdminModule(),
        new PlansModule(),
        new MyWorkModule(),
        new BudgetsModule(),
        new ImportsModule(),
        new TrackingModule(),
        new CitizensModule(),
        new CommendationsModule(),
        new ContestsModule(),
        new TeamsModule(),
        new PublicSiteModule(),
        new InboxModule(),
        new Lantoa.Web.Features.Quizzes.QuizzesModule(),
        new EventsModule(),
    ];

    /// <summary>The main menu the actor sees, in order.</summary>
    public static IEnumerable<MenuItem> MenuFor(Actor actor) =>
        All.SelectMany(m => m.Menu).Where(i => i.Visible(actor)).OrderBy(i => i.Order);
}
