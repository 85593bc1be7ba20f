using Lantoa.Domain.Contests;
using Lantoa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantoa.Web.Features.Contests;

internal sealed class ContestConfiguration : IEntityTypeConfiguration<Contest>
{
    public void Configure(EntityTypeBuilder<Contest> b)
    {
        b.ToTable("contests");
        b.Property(x => x.Kind).HasConversion<string>();
        b.Ignore(x => x.RubricComplete);
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Categories).WithOne().HasForeignKey(x => x.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Categories).HasField("_categories").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Criteria).WithOne().HasForeignKey(x => x.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Criteria).HasField("_criteria").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ContestCategoryConfiguration : IEntityTypeConfiguration<ContestCategory>
{
    public void Configure(EntityTypeBuilder<ContestCategory> b) => b.ToTable("contest_categories");
}

internal sealed class ContestCriterionConfiguration : IEntityTypeConfiguration<ContestCriterion>
{
    public void Configure(EntityTypeBuilder<ContestCriterion> b) => b.ToTable("contest_criteria");
}

internal sealed class ContestEntryConfiguration : IEntityTypeConfiguration<ContestEntry>
{
    public void Configure(EntityTypeBuilder<ContestEntry> b)
    {
        b.ToTable("contest_entries");
        b.Property(x => x.Status).HasConversion<string>();
        b.HasOne<Contest>().WithMany().HasForeignKey(x => x.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContestCategory>().WithMany().HasForeignKey(x => x.CategoryId);
    }
}

internal sealed class ContestJudgeConfiguration : IEntityTypeConfiguration<ContestJudge>
{
    public void Configure(EntityTypeBuilder<ContestJudge> b)
    {
        b.ToTable("contest_judges");
        b.HasOne<Contest>().WithMany().HasForeignKey(x => x.ContestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JudgeScoreConfiguration : IEntityTypeConfiguration<JudgeScore>
{
    public void Configure(EntityTypeBuilder<JudgeScore> b)
    {
        b.ToTable("judge_scores");
        b.Property(x => x.Score).HasPrecision(6, 2);
        b.HasOne<ContestEntry>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContestJudge>().WithMany().HasForeignKey(x => x.JudgeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContestVoteConfiguration : IEntityTypeConfiguration<ContestVote>
{
    public void Configure(EntityTypeBuilder<ContestVote> b)
    {
        b.ToTable("contest_votes");
        b.Ignore(x => x.Valid);
        b.HasOne<ContestEntry>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
