using System.Text.Json;
using Lantoa.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantoa.Web.Features.Teams;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.ToTable("teams");
        b.Property(x => x.Kind).HasConversion<string>();
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> b)
    {
        b.ToTable("team_members");
        b.Property(x => x.Role).HasConversion<string>();
        b.HasOne<Team>().WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FieldCampaignConfiguration : IEntityTypeConfiguration<FieldCampaign>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<FieldCampaign> b)
    {
        b.ToTable("field_campaigns");
        b.Property(x => x.Categories).HasField("_categories").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasColumnName("categories").HasColumnType("jsonb")
            .HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => JsonSerializer.Deserialize<List<CampaignCategory>>(v, Json) ?? new List<CampaignCategory>(),
                new ValueComparer<IReadOnlyList<CampaignCategory>>((a, c) => a!.SequenceEqual(c!), v => v.Count, v => v.ToList()));
    }
}

internal sealed class CampaignCommuneConfiguration : IEntityTypeConfiguration<CampaignCommune>
{
    public void Configure(EntityTypeBuilder<CampaignCommune> b)
    {
        b.ToTable("campaign_communes");
        b.HasOne<FieldCampaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FieldLogConfiguration : IEntityTypeConfiguration<FieldLog>
{
    public void Configure(EntityTypeBuilder<FieldLog> b)
    {
        b.ToTable("field_logs");
        b.Property(x => x.FiguresJson).HasColumnType("jsonb");
        b.HasOne<FieldCampaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Team>().WithMany().HasForeignKey(x => x.TeamId);
    }
}
