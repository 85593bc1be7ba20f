using Lantoa.Domain.Commendations;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Units;
using Lantoa.Web.Infrastructure.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantoa.Web.Features.Commendations;

internal sealed class AwardFormConfiguration : IEntityTypeConfiguration<AwardForm>
{
    public void Configure(EntityTypeBuilder<AwardForm> b) => b.ToTable("award_forms");
}

internal sealed class BaseSalaryConfiguration : IEntityTypeConfiguration<BaseSalary>
{
    public void Configure(EntityTypeBuilder<BaseSalary> b)
    {
        b.ToTable("base_salaries");
        b.Property(x => x.Amount).HasConversion(BudgetColumns.Money);
        b.Ignore(x => x.Period);
    }
}

internal sealed class AwardCoefficientConfiguration : IEntityTypeConfiguration<AwardCoefficient>
{
    public void Configure(EntityTypeBuilder<AwardCoefficient> b)
    {
        b.ToTable("award_coefficients");
        b.Property(x => x.NomineeKind).HasConversion<string>();
        b.Property(x => x.Coefficient).HasPrecision(6, 2);
        b.Ignore(x => x.Period);
        b.HasOne<AwardForm>().WithMany().HasForeignKey(x => x.AwardFormId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommendationRoundConfiguration : IEntityTypeConfiguration<CommendationRound>
{
    public void Configure(EntityTypeBuilder<CommendationRound> b)
    {
        b.ToTable("commendation_rounds");
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.BoardUnitId);
        b.HasMany(x => x.Awards).WithOne().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Awards).HasField("_awards").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Quotas).WithOne().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Quotas).HasField("_quotas").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RoundAwardConfiguration : IEntityTypeConfiguration<RoundAward>
{
    public void Configure(EntityTypeBuilder<RoundAward> b)
    {
        b.ToTable("round_awards");
        b.Property(x => x.NomineeKind).HasConversion<string>();
        b.HasOne<AwardForm>().WithMany().HasForeignKey(x => x.AwardFormId);
    }
}

internal sealed class RoundQuotaConfiguration : IEntityTypeConfiguration<RoundQuota>
{
    public void Configure(EntityTypeBuilder<RoundQuota> b)
    {
        b.ToTable("round_quotas");
        b.HasOne(x => x.Award).WithMany().HasForeignKey(x => x.AwardId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId);
        b.HasOne<UnitGroup>().WithMany().HasForeignKey(x => x.GroupId);
    }
}

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> b)
    {
        b.ToTable("nominations");
        b.Property(x => x.NomineeKind).HasConversion<string>();
        b.Property(x => x.Status).HasConversion<string>();
        b.Ignore(x => x.HoldsQuota);
        b.HasIndex(x => x.VerificationCode).IsUnique();
        b.HasOne<CommendationRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<RoundAward>().WithMany().HasForeignKey(x => x.AwardId);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId);
        b.HasMany(x => x.Files).WithOne().HasForeignKey(x => x.NominationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Files).HasField("_files").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class NominationFileConfiguration : IEntityTypeConfiguration<NominationFile>
{
    public void Configure(EntityTypeBuilder<NominationFile> b) => b.ToTable("nomination_files");
}

internal sealed class CommendationDecisionConfiguration : IEntityTypeConfiguration<CommendationDecision>
{
    public void Configure(EntityTypeBuilder<CommendationDecision> b)
    {
        b.ToTable("commendation_decisions");
        b.HasIndex(x => x.RoundId).IsUnique();
        b.HasOne<CommendationRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
