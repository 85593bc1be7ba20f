namespace Lantoa.Web.Features.MyWork;

/// <summary>
/// What other modules add to "Việc của đơn vị" beside the plans' assignments: a roadshow stop the unit takes part in,
/// the delegates it owes to an event … Each module registers its sources (<c>services.AddScoped&lt;IUnitWorkSource, X&gt;()</c>);
/// the page asks every one for the unit it shows, after its own access check (a source answers for that unit only).
/// </summary>
public interface IUnitWorkSource
{
    Task<IReadOnlyList<UnitWorkItem>> ItemsAsync(int unitId, DateOnly today, CancellationToken ct = default);
}

/// <summary>One item of the unit's other work: its group ("Sự kiện"), what it is, the detail (dates, place, role), where to act.</summary>
public sealed record UnitWorkItem(string Group, string Title, string Detail, string? Url, DateOnly? On);
