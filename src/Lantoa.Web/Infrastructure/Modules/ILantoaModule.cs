using Lantoa.Domain.Users;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Lantoa.Web.Infrastructure.Modules;

/// <summary>
/// What a feature module brings to Lantoa, declared in its own folder (Features/X/XModule.cs) and listed once in
/// <see cref="LantoaModules.All"/>. The composition root, the menu, the audit trail's names, the demo data and
/// `data generate` loop over the list; nothing shared needs an edit when a module arrives. Every member has a
/// default, so a module states only what it has.
/// </summary>
public interface ILantoaModule
{
    /// <summary>The module's name: its folder under Features/ and Domain/.</summary>
    string Name { get; }

    /// <summary>Its services (scoped per request unless said otherwise), for the web and the command line alike.</summary>
    void AddServices(IServiceCollection services) { }

    /// <summary>Its hosted background jobs; not started when the options turn background jobs off (tests).</summary>
    void AddHostedJobs(IServiceCollection services) { }

    /// <summary>Its page conventions: which of its pages may be opened without signing in, route aliases.</summary>
    void ConfigurePages(PageConventionCollection pages) { }

    /// <summary>Its endpoints other than Razor Pages: the JSON API under /api/v1 (each endpoint checks role and scope
    /// itself, as page handlers do) and file routes. Mapped after routing, authentication and authorization.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    /// <summary>Its entries in the main menu; who sees each is asked of AccessPolicy.</summary>
    IEnumerable<MenuItem> Menu => [];

    /// <summary>Vietnamese names of its records in the audit trail (CLR type name → name).</summary>
    IReadOnlyDictionary<string, string> AuditEntities => Empty;

    /// <summary>Vietnamese labels of its audited fields (property name → label).</summary>
    IReadOnlyDictionary<string, string> AuditFields => Empty;

    /// <summary>Its demo data for a first start, run by DemoSeeder in the order of <see cref="DemoStep.Order"/>.</summary>
    IEnumerable<DemoStep> DemoData => [];

    /// <summary>Its tables for `data generate`, parents before children (the generator writes them in list order).</summary>
    IEnumerable<GeneratedTable> GeneratedTables => [];

    /// <summary>SQL `data generate` runs after its load (the COPY runs with the tables' triggers disabled): e.g. filling
    /// tables that triggers keep from the loaded rows.</summary>
    IEnumerable<string> AfterGenerate => [];

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
}

/// <summary>A main-menu entry: text, link, place (lower first) and who sees it; <paramref name="Count"/>, when given,
/// is shown beside the text when above zero (what waits there for the actor: a cheap query, it runs on every page).</summary>
public sealed record MenuItem(string Text, string Href, int Order, Func<Actor, bool> Visible, string? TestId = null,
    Func<IServiceProvider, Actor, CancellationToken, Task<int>>? Count = null);

/// <summary>One step of the demo data. Orders: 100 geography, 200 units, 300 users, 400 plans, 500 budgets, later modules after.</summary>
public sealed record DemoStep(int Order, string Name, Func<IServiceProvider, CancellationToken, Task> RunAsync);

/// <summary>A table `data generate` fills by binary COPY: its name, its columns in writing order, and whether it is one
/// of the big tables whose indexes and constraints are set aside during the load.</summary>
public sealed record GeneratedTable(string Name, string Columns, bool Big = false);
