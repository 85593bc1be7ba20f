using Lantoa.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantoa.Web.Infrastructure.Data.Configurations;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> b) => b.ToTable("provinces");
}

internal sealed class AdminUnitConfiguration : IEntityTypeConfiguration<AdminUnit>
{
    public void Configure(EntityTypeBuilder<AdminUnit> b)
    {
        b.ToTable("admin_units");
        b.Property(x => x.Level).HasConversion<string>();
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId);
    }
}
