using Lantoa.Domain.Audit;
using Lantoa.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantoa.Web.Infrastructure.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.ToTable("users");
        b.PrimitiveCollection(x => x.Roles).HasField("_roles").UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(e => e.HasConversion<string>());
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.Property(x => x.Changes).HasColumnType("jsonb");
    }
}
