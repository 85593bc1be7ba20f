using Lantoa.Domain.Geography;
using Lantoa.Domain.Plans;
using Lantoa.Domain.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantoa.Web.Features.PublicSite;

internal sealed class PlanPublicationConfiguration : IEntityTypeConfiguration<PlanPublication>
{
    public void Configure(EntityTypeBuilder<PlanPublication> b)
    {
        b.ToTable("plan_publications");
        b.HasIndex(x => x.PlanId).IsUnique();
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceId);
        b.HasMany(x => x.Activities).WithOne().HasForeignKey(x => x.PublicationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Activities).HasField("_activities").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PublishedActivityConfiguration : IEntityTypeConfiguration<PublishedActivity>
{
    public void Configure(EntityTypeBuilder<PublishedActivity> b)
    {
        b.ToTable("published_activities");
        b.HasIndex(x => new { x.PublicationId, x.ActivityId }).IsUnique();
        b.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}
