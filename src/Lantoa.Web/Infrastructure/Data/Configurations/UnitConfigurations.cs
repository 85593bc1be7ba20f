using Lantoa.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantoa.Web.Infrastructure.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.ToTable("units");
        b.Property(x => x.Kind).HasConversion<string>();
        b.PrimitiveCollection(x => x.Aliases).HasField("_aliases").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId);
    }
}

internal sealed class UnitGroupConfiguration : IEntityTypeConfiguration<UnitGroup>
{
    public void Configure(EntityTypeBuilder<UnitGroup> b)
    {
        b.ToTable("unit_groups");
        b.Property(x => x.RuleKind).HasConversion<string>();
        b.PrimitiveCollection(x => x.Aliases).HasField("_aliases").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class UnitGroupMemberConfiguration : IEntityTypeConfiguration<UnitGroupMember>
{
    public void Configure(EntityTypeBuilder<UnitGroupMember> b)
    {
        b.ToTable("unit_group_members");
        b.HasKey(x => new { x.GroupId, x.UnitId });
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId);
    }
}
