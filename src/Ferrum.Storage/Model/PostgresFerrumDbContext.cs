using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Model;

/// <summary>The Ferrum model on PostgreSQL; its migrations live in <c>Migrations/Postgres</c>.</summary>
internal sealed class PostgresFerrumDbContext(DbContextOptions<PostgresFerrumDbContext> options) : FerrumDbContext(options);
