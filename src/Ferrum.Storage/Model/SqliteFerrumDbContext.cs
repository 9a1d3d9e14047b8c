using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Model;

/// <summary>The Ferrum model on SQLite; its migrations live in <c>Migrations/Sqlite</c>.</summary>
internal sealed class SqliteFerrumDbContext(DbContextOptions<SqliteFerrumDbContext> options) : FerrumDbContext(options);
