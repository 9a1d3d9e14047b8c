using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Web.Hosting.KeyRing;

/// <summary>
/// The ASP.NET Core Data Protection key ring in the Ferrum database (table <c>data_protection_keys</c>), so that every app
/// instance on one database reads the sign-in and antiforgery cookies the others issued. A context of its own: the key
/// table is not part of <c>FerrumDbContext</c>'s model or migrations (<see cref="KeyRingStore"/> creates it).
/// </summary>
internal sealed class KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string Table = "data_protection_keys";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable(Table);
            e.HasKey(k => k.Id);
            e.Property(k => k.Id).HasColumnName("id");
            e.Property(k => k.FriendlyName).HasColumnName("friendly_name");
            e.Property(k => k.Xml).HasColumnName("xml");
        });
    }
}
