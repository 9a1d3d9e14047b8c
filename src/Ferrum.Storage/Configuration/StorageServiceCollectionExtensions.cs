using Ferrum.Storage.Assessments;
using Ferrum.Storage.Audit;
using Ferrum.Storage.Foods;
using Ferrum.Storage.Identity;
using Ferrum.Storage.Labs;
using Ferrum.Storage.Model;
using Ferrum.Storage.Patients;
using Ferrum.Storage.Studies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ferrum.Storage.Configuration;

/// <summary>Registers the Ferrum database (provider chosen at run time) and its repositories.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds pooled <c>FerrumDbContext</c> and <c>FoodDbContext</c> for <paramref name="target"/> and the repositories.</summary>
    public static IServiceCollection AddFerrumStorage(this IServiceCollection services, DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        services.AddSingleton(target);
        services.AddSingleton(TimeProvider.System);
        if (target.Provider == DatabaseProvider.Sqlite)
            services.AddDbContextPool<FerrumDbContext, SqliteFerrumDbContext>(o => o.UseSqlite(target.ConnectionString));
        else
            services.AddDbContextPool<FerrumDbContext, PostgresFerrumDbContext>(o => o.UseNpgsql(target.ConnectionString));
        // The imported foods (ferrum foods import-sr|import-fdc) live in the same database under their own model and migrations.
        if (target.Provider == DatabaseProvider.Sqlite)
            services.AddDbContextPool<FoodDbContext, SqliteFoodDbContext>(o => FoodDatabase.Configure(o, target.Provider, target.ConnectionString));
        else
            services.AddDbContextPool<FoodDbContext, PostgresFoodDbContext>(o => FoodDatabase.Configure(o, target.Provider, target.ConnectionString));
        services.AddScoped<AuditLog>();
        services.AddScoped<PatientRepository>();
        services.AddScoped<LabRepository>();
        services.AddScoped<AssessmentRepository>();
        services.AddScoped<StudyRunRepository>();
        services.AddScoped<ApiKeyStore>();
        services.AddScoped<CareUnits.CareUnitStore>();
        return services;
    }

    /// <summary>Creates options for a context outside dependency injection (tests, tools).</summary>
    internal static FerrumDbContext CreateContext(DatabaseTarget target) => target.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteFerrumDbContext(new DbContextOptionsBuilder<SqliteFerrumDbContext>().UseSqlite(target.ConnectionString).Options),
        _ => new PostgresFerrumDbContext(new DbContextOptionsBuilder<PostgresFerrumDbContext>().UseNpgsql(target.ConnectionString).Options),
    };
}
