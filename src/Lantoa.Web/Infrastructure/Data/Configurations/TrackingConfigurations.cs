using Lantoa.Domain.Plans;
using Lantoa.Domain.Tracking;
using Lantoa.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantoa.Web.Infrastructure.Data.Configurations;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> b)
    {
        b.ToTable("progress_reports");
        b.Property(x => x.Status).HasConversion<string>();
        b.Property(x => x.State).HasConversion<string>();
        b.Ignore(x => x.SubmissionCount);
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Assignment>().WithMany().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId);
        b.HasMany(x => x.Figures).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Figures).HasField("_figures").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Evidence).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Evidence).HasField("_evidence").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReportFigureConfiguration : IEntityTypeConfiguration<ReportFigure>
{
    public void Configure(EntityTypeBuilder<ReportFigure> b)
    {
        b.ToTable("report_figures");
        b.Property(x => x.Value).HasPrecision(18, 4);
    }
}

internal sealed class ReportEvidenceConfiguration : IEntityTypeConfiguration<ReportEvidence>
{
    public void Configure(EntityTypeBuilder<ReportEvidence> b)
    {
        b.ToTable("report_evidence");
        b.Property(x => x.Kind).HasConversion<string>();
    }
}

internal sealed class ReportVersionConfiguration : IEntityTypeConfiguration<ReportVersion>
{
    public void Configure(EntityTypeBuilder<ReportVersion> b)
    {
        b.ToTable("report_versions");
        b.Property(x => x.Action).HasConversion<string>();
        b.Property(x => x.Status).HasConversion<string>();
    }
}

internal sealed class ObligationConfiguration : IEntityTypeConfiguration<Obligation>
{
    public void Configure(EntityTypeBuilder<Obligation> b)
    {
        b.ToTable("obligations");
        b.Ignore(x => x.Schedule);
        b.Property<ObligationRecurrence>("Recurrence").HasConversion<string>();
        b.Property<DateOnly>("ScheduleFrom");
        b.Property<DateOnly>("ScheduleTo");
        b.Property<DayOfWeek?>("ScheduleWeekday").HasConversion<string>();
        b.Property<int?>("ScheduleDay");
        b.Property<int?>("ScheduleMonthOfQuarter");
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Parties).WithOne().HasForeignKey(x => x.ObligationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Parties).HasField("_parties").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ObligationPartyConfiguration : IEntityTypeConfiguration<ObligationParty>
{
    public void Configure(EntityTypeBuilder<ObligationParty> b) => b.ToTable("obligation_parties");
}

internal sealed class ObligationSubmissionConfiguration : IEntityTypeConfiguration<ObligationSubmission>
{
    public void Configure(EntityTypeBuilder<ObligationSubmission> b)
    {
        b.ToTable("obligation_submissions");
        b.HasOne<Obligation>().WithMany().HasForeignKey(x => x.ObligationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> b)
    {
        b.ToTable("targets");
        b.Property(x => x.Period).HasConversion<string>();
        b.Property(x => x.Comparison).HasConversion<string>();
        b.Property(x => x.TargetValue).HasPrecision(18, 4);
        b.Property(x => x.Denominator).HasPrecision(18, 4);
        b.HasOne<Assignment>().WithMany().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TargetEntryConfiguration : IEntityTypeConfiguration<TargetEntry>
{
    public void Configure(EntityTypeBuilder<TargetEntry> b)
    {
        b.ToTable("target_entries");
        b.Property(x => x.Value).HasPrecision(18, 4);
        b.HasOne<Target>().WithMany().HasForeignKey(x => x.TargetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SummaryReportDraftConfiguration : IEntityTypeConfiguration<SummaryReportDraft>
{
    public void Configure(EntityTypeBuilder<SummaryReportDraft> b)
    {
        b.ToTable("summary_report_drafts");
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b) => b.ToTable("notifications");
}
