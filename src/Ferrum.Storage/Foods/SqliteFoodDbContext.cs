using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Foods;

/// <summary>The food model on SQLite; migrations in <c>Foods/Migrations/Sqlite</c>.</summary>
internal sealed class SqliteFoodDbContext(DbContextOptions<SqliteFoodDbContext> options) : FoodDbContext(options);
