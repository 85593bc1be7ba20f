using Lantoa.Domain.Budgets;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Units;
using Lantoa.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Infrastructure.Data;

/// <summary>
/// Optimistic concurrency: every entity a form edits carries PostgreSQL's <c>xmin</c> (the row's version, changed by every
/// update) as a shadow property "Version". A form carries the version it was opened with in a hidden field; the handler
/// sets it as the original value before saving, so an UPDATE whose row changed meanwhile matches no row and EF throws
/// <see cref="DbUpdateConcurrencyException"/> — shown as the Vietnamese conflict page (409), never a silent revert.
/// State changes (submit, approve, return, issue) additionally lock their row (<see cref="LockAsync{T}"/>).
/// </summary>
public static class Concurrency
{
    public const string Version = "Version";

    /// <summary>The entities a form edits.</summary>
    public static readonly IReadOnlyList<Type> Versioned =
    [
        typeof(Plan), typeof(Activity), typeof(Estimate), typeof(EstimateLine), typeof(SpendingNorm), typeof(FundingSource),
        typeof(Unit), typeof(UnitGroup), typeof(User), typeof(ProgressReport), typeof(Target), typeof(Obligation),
        typeof(SummaryReportDraft),
        typeof(Lantoa.Domain.Publishing.PlanPublication),
    ];

    /// <summary>Maps "Version" to the system column xmin (after the snake_case names, which would otherwise rename it).</summary>
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var type in Versioned)
            modelBuilder.Entity(type).Property<uint>(Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
    }

    /// <summary>The version of a tracked entity, for the form's hidden field.</summary>
    public static uint VersionOf(this LantoaDb db, object entity) => (uint)db.Entry(entity).Property(Version).CurrentValue!;

    /// <summary>
    /// The version the form was opened with: the save succeeds only if the row still has it. A form posted without one
    /// (an old page) is checked against the version read in this request.
    /// </summary>
    public static void ExpectVersion(this LantoaDb db, object entity, uint? version)
    {
        var entry = db.Entry(entity);
        if (version is { } v) entry.Property(Version).OriginalValue = v;
        // The row is written (and its version checked) even when only its children change, e.g. an activity's parties.
        if (entry.State == EntityState.Unchanged) entry.State = EntityState.Modified;
    }

    /// <summary>
    /// <c>SELECT … FOR UPDATE</c> on the entity's row, inside the current transaction, then re-reads the entity: a state
    /// change checked after this sees the last committed state, and no other state change or edit of the row (or of what
    /// is checked against it) commits in between.
    /// </summary>
    public static async Task LockAsync<T>(this LantoaDb db, T entity, CancellationToken ct = default) where T : class
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("LockAsync needs a transaction.");
        var entry = db.Entry(entity);
        await db.Database.ExecuteSqlRawAsync(LockSql(entry.Metadata), [entry.Property("Id").CurrentValue!], ct);
        await entry.ReloadAsync(ct);
    }

    /// <summary>Locks a row by id (a parent whose state the change depends on), inside the current transaction.</summary>
    public static async Task LockAsync<T>(this LantoaDb db, int id, CancellationToken ct = default) where T : class
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("LockAsync needs a transaction.");
        await db.Database.ExecuteSqlRawAsync(LockSql(db.Model.FindEntityType(typeof(T))!), [id], ct);
    }

    /// <summary>The table name comes from the model (never from input); the id is a parameter.</summary>
    private static string LockSql(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyEntityType type) =>
        "SELECT 1 FROM " + type.GetTableName() + " WHERE id = {0} FOR UPDATE";
}
