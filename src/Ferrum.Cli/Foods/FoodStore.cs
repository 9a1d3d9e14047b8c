using Ferrum.Core.Errors;
using Ferrum.Nutrition.Foods;
using Ferrum.Storage.Configuration;
using Ferrum.Storage.Foods;
using Microsoft.Data.Sqlite;

namespace Ferrum.Cli.Foods;

/// <summary>
/// The user's food database: the Ferrum database (<c>--db sqlite:PATH|postgres:CONNSTRING</c>, default the web
/// app's <c>ferrum.db</c> in the user's data folder). With the default database, a food store of earlier Ferrum
/// versions (<c>$FERRUM_DATA/foods.json</c> or <c>foods.json</c> in the user's data folder) is imported once and
/// renamed to <c>foods.json.migrated</c>.
/// </summary>
internal static class FoodStore
{
    /// <summary>Opens the food database named by <paramref name="db"/> (null: the default), migrating a legacy JSON store once.</summary>
    public static async Task<FoodDatabase> OpenAsync(string? db, TextWriter notes, CancellationToken ct)
    {
        var target = db is null ? DatabaseTarget.Default() : DatabaseTarget.Parse(db);
        FoodDatabase foods;
        try
        {
            foods = await FoodDatabase.OpenAsync(target, ct);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 /* SQLITE_NOTADB */)
        {
            throw new InputErrorException(new InputError("db.not-a-database", "the file is not a SQLite database")
            {
                File = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource, Field = "--db",
                Accepted = "a Ferrum SQLite database, a new file name, or postgres:CONNSTRING",
            });
        }
        if (db is null) await MigrateLegacyJsonAsync(foods, LegacyJsonPath(), notes, ct);
        return foods;
    }

    /// <summary>
    /// The default table plus the database's foods (database entries win on equal ids). Reading never creates a
    /// SQLite file: without one (and without an old JSON store to move in) only the default table is used.
    /// </summary>
    public static async Task<FoodTable> LoadWithDefaultAsync(string? db, TextWriter notes, CancellationToken ct)
    {
        var target = db is null ? DatabaseTarget.Default() : DatabaseTarget.Parse(db);
        if (target.Provider == DatabaseProvider.Sqlite && !File.Exists(new SqliteConnectionStringBuilder(target.ConnectionString).DataSource)
            && (db is not null || !File.Exists(LegacyJsonPath())))
            return FoodTable.Default;
        await using var foods = await OpenAsync(db, notes, ct);
        return FoodTable.Default.With(await foods.LoadAsync(ct));
    }

    /// <summary>Where Ferrum before 2026.2 kept imported foods (a JSON file).</summary>
    internal static string LegacyJsonPath()
    {
        var data = Environment.GetEnvironmentVariable("FERRUM_DATA");
        if (!string.IsNullOrWhiteSpace(data)) return Path.Combine(Path.GetFullPath(data), "foods.json");
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(local, "ferrum", "foods.json");
    }

    /// <summary>Imports a legacy JSON food store in one transaction, then renames it so it is never imported twice.</summary>
    internal static async Task MigrateLegacyJsonAsync(FoodDatabase foods, string path, TextWriter notes, CancellationToken ct)
    {
        if (!File.Exists(path)) return;
        FoodTable legacy;
        await using (var s = File.OpenRead(path)) legacy = FoodTableJson.Read(s, path);
        var result = await foods.ImportAsync(legacy.Foods.ToList(), ct);
        File.Move(path, path + ".migrated", overwrite: true);
        await notes.WriteLineAsync($"note: moved {legacy.Foods.Count} foods from the old food store {path} into the database ({result.Added} new); the file is now {path}.migrated");
    }
}
