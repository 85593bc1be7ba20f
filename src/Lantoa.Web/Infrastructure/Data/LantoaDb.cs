using System.Text;
using System.Text.Json;
using Lantoa.Domain.Audit;
using Lantoa.Domain.Budgets;
using Lantoa.Domain.Geography;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Units;
using Lantoa.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lantoa.Web.Infrastructure.Data;

/// <summary>
/// The database. Save policy: a handler calls SaveChangesAsync once; that call writes the changes and their audit
/// entries in one transaction, so a failed save leaves nothing half-written and no change goes unaudited. Each audit
/// entry is chained to the previous one (prev_hash, hash) by the database as it is inserted, under the chain head's row
/// lock, so parallel writers keep one chain (migration 20261202_0404_audit_chain, verified by <see cref="AuditChain"/>).
/// </summary>
public sealed class LantoaDb(DbContextOptions<LantoaDb> options, IAuditActor actor, TimeProvider clock) : DbContext(options)
{
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<AdminUnit> AdminUnits => Set<AdminUnit>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<UnitGroup> UnitGroups => Set<UnitGroup>();
    public DbSet<User> Users => Set<User>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivityParty> ActivityParties => Set<ActivityParty>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<PlanAssignment> PlanAssignments => Set<PlanAssignment>();
    public DbSet<Estimate> Estimates => Set<Estimate>();
    public DbSet<EstimateLine> EstimateLines => Set<EstimateLine>();
    public DbSet<FundingSource> FundingSources => Set<FundingSource>();
    public DbSet<SpendingNorm> SpendingNorms => Set<SpendingNorm>();
    public DbSet<Lantoa.Domain.Documents.PlanImport> PlanImports => Set<Lantoa.Domain.Documents.PlanImport>();
    public DbSet<Lantoa.Domain.Tracking.ProgressReport> ProgressReports => Set<Lantoa.Domain.Tracking.ProgressReport>();
    public DbSet<Lantoa.Domain.Tracking.Obligation> Obligations => Set<Lantoa.Domain.Tracking.Obligation>();
    public DbSet<Lantoa.Domain.Tracking.ObligationSubmission> ObligationSubmissions => Set<Lantoa.Domain.Tracking.ObligationSubmission>();
    public DbSet<Lantoa.Domain.Tracking.Target> Targets => Set<Lantoa.Domain.Tracking.Target>();
    public DbSet<Lantoa.Domain.Tracking.TargetEntry> TargetEntries => Set<Lantoa.Domain.Tracking.TargetEntry>();
    public DbSet<Lantoa.Domain.Tracking.Notification> Notifications => Set<Lantoa.Domain.Tracking.Notification>();
    public DbSet<Lantoa.Domain.Tracking.SummaryReportDraft> SummaryReportDrafts => Set<Lantoa.Domain.Tracking.SummaryReportDraft>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LantoaDb).Assembly);
        SnakeCase.Apply(modelBuilder);
        Concurrency.Apply(modelBuilder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Dùng SaveChangesAsync.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var pending = ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new PendingAudit(e, e.State, DescribeChanges(e)))
            .Where(p => p.State != EntityState.Modified || p.Changes.Count > 0)
            .ToList();
        if (pending.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var now = clock.GetUtcNow();
            var who = actor.Current;
            foreach (var p in pending)
            {
                var id = string.Join(",", p.Entry.Metadata.FindPrimaryKey()!.Properties.Select(k => p.Entry.Property(k.Name).CurrentValue));
                if (p.State == EntityState.Added)
                    foreach (var prop in p.Entry.Properties.Where(x => x.Metadata.IsKey()))
                        p.Changes[prop.Metadata.Name] = [null, prop.CurrentValue];
                AuditEntries.Add(new AuditEntry(now, who.UserId, who.UserName, ProvinceOf(p.Entry) ?? who.ProvinceId,
                    p.Entry.Metadata.ClrType.Name, id, p.State switch
                    {
                        EntityState.Added => "Created",
                        EntityState.Deleted => "Deleted",
                        _ => "Updated",
                    }, JsonSerializer.Serialize(p.Changes, AuditJson)));
            }
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: several saves that stand or fall together.</summary>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct = default)
    {
        if (Database.CurrentTransaction is not null) return await work(); // inside a larger one (the demo seeding): it commits
        await using var tx = await Database.BeginTransactionAsync(ct);
        var result = await work();
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>
    /// An event that changes no record (a sign-in, a refusal, a download) for the audit trail, written by the next
    /// SaveChangesAsync like every other entry; <paramref name="details"/> are stored as {"Field": [null, value]}.
    /// </summary>
    public void AddAuditEvent(string entityType, string entityId, string action, IReadOnlyDictionary<string, string?> details,
        AuditIdentity? who = null)
    {
        var by = who ?? actor.Current;
        AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), by.UserId, by.UserName, by.ProvinceId, entityType, entityId, action,
            JsonSerializer.Serialize(details.ToDictionary(d => d.Key, d => new object?[] { null, d.Value }), AuditJson)));
    }

    /// <summary>For bulk reference data only (administrative units): saves without writing audit entries.</summary>
    public Task<int> SaveChangesWithoutAuditAsync(CancellationToken ct) => base.SaveChangesAsync(true, ct);

    private static readonly JsonSerializerOptions AuditJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>Fields never written into the audit trail (a password's hash is noted as changed, no more).</summary>
    internal static readonly IReadOnlySet<string> NotAuditedFields = new HashSet<string> { "SourceText", "FindingsJson", "LayoutJson", "SecurityStamp", "SearchKey" };

    private sealed record PendingAudit(EntityEntry Entry, EntityState State, Dictionary<string, object?[]> Changes);

    private static Dictionary<string, object?[]> DescribeChanges(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var p in entry.Properties)
        {
            if (p.Metadata.Name is "SourceText" or "FindingsJson" or "LayoutJson" or Concurrency.Version) continue; // an imported document's text: kept in its own row, not copied into the trail; the row version is the database's
            if (p.Metadata.Name is "PasswordHash" || NotAuditedFields.Contains(p.Metadata.Name))
            {
                if (entry.State == EntityState.Modified && p.IsModified && p.Metadata.Name == "PasswordHash")
                    changes["PasswordHash"] = ["***", "***"];
                continue;
            }
            if (p.Metadata.IsPersonal())
            {
                if (entry.State == EntityState.Modified && p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)) changes[p.Metadata.Name] = ["***", "***"];
                continue;
            }
            switch (entry.State)
            {
                case EntityState.Added when p.CurrentValue is not null && !p.Metadata.IsKey():
                    changes[p.Metadata.Name] = [null, Plain(p.CurrentValue)];
                    break;
                case EntityState.Deleted:
                    changes[p.Metadata.Name] = [Plain(p.OriginalValue), null];
                    break;
                case EntityState.Modified when p.IsModified && !Equals(Plain(p.OriginalValue), Plain(p.CurrentValue)):
                    changes[p.Metadata.Name] = [Plain(p.OriginalValue), Plain(p.CurrentValue)];
                    break;
            }
        }
        return changes;
    }

    private static object? Plain(object? value) => value switch
    {
        null => null,
        string s => s,
        System.Collections.IEnumerable list => string.Join(" | ", list.Cast<object?>().Select(x => x?.ToString())),
        Enum e => e.ToString(),
        _ => value,
    };

    private static int? ProvinceOf(EntityEntry entry) =>
        entry.Metadata.FindProperty("ProvinceId") is { } prop ? entry.Property(prop.Name).CurrentValue as int? : null;
}
