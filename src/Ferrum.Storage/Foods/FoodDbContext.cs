using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Foods;

/// <summary>
/// The user's food database, kept apart from <c>FerrumDbContext</c> (own model, own migrations, own history
/// table <see cref="HistoryTable"/>) so that food imports and the clinical schema evolve independently.
/// </summary>
internal abstract class FoodDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Name of the migrations-history table of the food model.</summary>
    public const string HistoryTable = "__ferrum_food_migrations";

    public DbSet<FoodEntity> Foods => Set<FoodEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FoodEntity>(e =>
        {
            e.ToTable("foods");
            e.HasKey(f => f.Id);
            e.Property(f => f.Id).HasMaxLength(64);
            e.Property(f => f.Source).HasMaxLength(16).IsRequired();
            e.Property(f => f.SourceId).HasMaxLength(32).IsRequired();
            e.Property(f => f.Name).HasMaxLength(400).IsRequired();
            e.Property(f => f.FoodGroup).HasMaxLength(32).IsRequired();
            e.Property(f => f.Ndb).HasMaxLength(16);
            e.Property(f => f.PortionDescription).HasMaxLength(200);
            e.Property(f => f.CitationSource).HasMaxLength(200).IsRequired();
            e.Property(f => f.CitationLocator).HasMaxLength(200).IsRequired();
            e.HasIndex(f => new { f.Source, f.SourceId }).IsUnique();
        });
    }
}
