using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Infrastructure.Cluster;

/// <summary>
/// The Data Protection key ring in PostgreSQL (table data_protection_keys), so that every node signs and reads the same
/// cookies and antiforgery tokens. Each key's XML is encrypted (AES-256-GCM) with the key-encryption key file before it
/// reaches the database: a database dump alone cannot forge a cookie. Its own small context, apart from LantoaDb: keys
/// are no audited business records.
/// </summary>
public sealed class DataProtectionKeysDb(DbContextOptions<DataProtectionKeysDb> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        var key = b.Entity<DataProtectionKey>();
        key.ToTable("data_protection_keys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Id).HasColumnName("id");
        key.Property(k => k.FriendlyName).HasColumnName("friendly_name");
        key.Property(k => k.Xml).HasColumnName("xml");
    }
}
