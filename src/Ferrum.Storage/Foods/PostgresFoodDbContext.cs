using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Foods;

/// <summary>The food model on PostgreSQL; migrations in <c>Foods/Migrations/Postgres</c>.</summary>
internal sealed class PostgresFoodDbContext(DbContextOptions<PostgresFoodDbContext> options) : FoodDbContext(options);
