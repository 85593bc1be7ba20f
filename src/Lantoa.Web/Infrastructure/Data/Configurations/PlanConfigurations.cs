using Lantoa.Domain.Dates;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantoa.Web.Infrastructure.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.ToTable("plans");
        b.Property(x => x.Kind).HasConversion<string>();
        b.Property(x => x.Status).HasConversion<string>();
        b.Ignore(x => x.IssuedOn);
        b.Ignore(x => x.IsReadOnly);
        b.Ignore(x => x.IsIssued);
        b.Ignore(x => x.ReferenceDay);
        b.Property<DateOnly?>("IssuedOnDate");
        b.Property<DatePrecision?>("IssuedOnPrecision").HasConversion<string>();
        b.PrimitiveCollection(x => x.Recipients).HasField("_recipients").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.LegalBases).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.LegalBases).HasField("_legalBases").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Deadlines).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Deadlines).HasField("_deadlines").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Activities).WithOne(a => a.Plan).HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Activities).HasField("_activities").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.IssuingUnitId);
        b.Property(x => x.StatedBudgetTotal).HasConversion(BudgetColumns.Money);
        b.HasMany(x => x.UnitBudgets).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.UnitBudgets).HasField("_unitBudgets").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Responsibilities).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Responsibilities).HasField("_responsibilities").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Milestones).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Milestones).HasField("_milestones").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.Window);
        b.Property<DateOnly?>("WindowStart");
        b.Property<DatePrecision?>("WindowStartPrecision").HasConversion<string>();
        b.Property<DateOnly?>("WindowEnd");
        b.Property<DatePrecision?>("WindowEndPrecision").HasConversion<string>();
        b.Property<bool>("WindowTentative");
        b.Property<string?>("WindowText");
    }
}

internal sealed class PlanMilestoneConfiguration : IEntityTypeConfiguration<PlanMilestone>
{
    public void Configure(EntityTypeBuilder<PlanMilestone> b)
    {
        b.ToTable("plan_milestones");
        b.Ignore(x => x.Window);
        b.Property(x => x.StartPrecision).HasConversion<string>();
        b.Property(x => x.EndPrecision).HasConversion<string>();
    }
}

internal sealed class PlanAssignmentConfiguration : IEntityTypeConfiguration<PlanAssignment>
{
    public void Configure(EntityTypeBuilder<PlanAssignment> b)
    {
        b.ToTable("plan_assignments");
        b.Property(x => x.Role).HasConversion<string>();
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PlanResponsibility>().WithMany().HasForeignKey(x => x.ResponsibilityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId);
        b.HasOne<UnitGroup>().WithMany().HasForeignKey(x => x.ViaGroupId);
    }
}

internal static class PlanColumns
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<ParticipantTable?, string?> ParticipantTable = new(
        t => t == null ? null : System.Text.Json.JsonSerializer.Serialize(t, Json),
        s => s == null ? null : System.Text.Json.JsonSerializer.Deserialize<ParticipantTable>(s, Json));

    public static readonly Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<ParticipantTable?> ParticipantTableComparer = new(
        (a, b) => a == null ? b == null : a.Equals(b),
        t => t == null ? 0 : t.GetHashCode(),
        t => t);
}

internal sealed class PlanResponsibilityConfiguration : IEntityTypeConfiguration<PlanResponsibility>
{
    public void Configure(EntityTypeBuilder<PlanResponsibility> b)
    {
        b.ToTable("plan_responsibilities");
        b.PrimitiveCollection(x => x.Duties).HasField("_duties").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId);
        b.HasOne<UnitGroup>().WithMany().HasForeignKey(x => x.GroupId);
    }
}

internal sealed class PlanImportConfiguration : IEntityTypeConfiguration<Lantoa.Domain.Documents.PlanImport>
{
    public void Configure(EntityTypeBuilder<Lantoa.Domain.Documents.PlanImport> b)
    {
        b.ToTable("plan_imports");
        b.Property(x => x.Format).HasConversion<string>();
        b.Property(x => x.FindingsJson).HasColumnType("jsonb");
        b.Property(x => x.LayoutJson).HasColumnType("jsonb");
        b.Ignore(x => x.Layout);
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanLegalBasisConfiguration : IEntityTypeConfiguration<PlanLegalBasis>
{
    public void Configure(EntityTypeBuilder<PlanLegalBasis> b)
    {
        b.ToTable("plan_legal_bases");
        b.Property(x => x.Kind).HasConversion<string>();
    }
}

internal sealed class PlanDeadlineConfiguration : IEntityTypeConfiguration<PlanDeadline>
{
    public void Configure(EntityTypeBuilder<PlanDeadline> b) => b.ToTable("plan_deadlines");
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.ToTable("activities");
        b.Property(x => x.Kind).HasConversion<string>();
        b.Ignore(x => x.Time);
        b.Ignore(x => x.ReferenceDay);
        b.Ignore(x => x.Depth);
        b.Property<DateOnly?>("TimeStart");
        b.Property<DatePrecision?>("TimeStartPrecision").HasConversion<string>();
        b.Property<DateOnly?>("TimeEnd");
        b.Property<DatePrecision?>("TimeEndPrecision").HasConversion<string>();
        b.Property<bool>("TimeTentative");
        b.Property<Recurrence>("TimeRecurrence").HasConversion<string>();
        b.Property<bool>("TimeOngoing");
        b.Property<bool>("TimeDeadlineOnly");
        b.Property<string?>("TimeText");
        b.Property<int?>("TimeDurationDays");
        b.Property<TimeOnly?>("TimeStartTime");
        b.Property<string?>("TimeSession");
        b.Property(x => x.StatedBudget).HasConversion(BudgetColumns.Money);
        b.Property(x => x.ParticipantTable).HasConversion(PlanColumns.ParticipantTable, PlanColumns.ParticipantTableComparer).HasColumnType("jsonb");
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Parties).WithOne().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Parties).HasField("_parties").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ActivityPartyConfiguration : IEntityTypeConfiguration<ActivityParty>
{
    public void Configure(EntityTypeBuilder<ActivityParty> b)
    {
        b.ToTable("activity_parties");
        b.Property(x => x.Role).HasConversion<string>();
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId);
        b.HasOne<UnitGroup>().WithMany().HasForeignKey(x => x.GroupId);
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> b)
    {
        b.ToTable("assignments");
        b.Property(x => x.Role).HasConversion<string>();
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId);
        b.HasOne<UnitGroup>().WithMany().HasForeignKey(x => x.ViaGroupId);
    }
}
