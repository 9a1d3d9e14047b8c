using Ferrum.Nutrition.Foods;

namespace Ferrum.Cli.Foods;

/// <summary>
/// The user's food database until the shared Storage exists: one JSON file (Ferrum food-table format).
/// Location: --store PATH, else $FERRUM_DATA/foods.json, else the user's local data folder. Writes are atomic
/// (temporary file, then rename), so a failed import never leaves a half-written store.
/// </summary>
internal static class FoodStore
{
    public static string ResolvePath(string? store)
    {
        if (!string.IsNullOrWhiteSpace(store)) return Path.GetFullPath(store);
        var data = Environment.GetEnvironmentVariable("FERRUM_DATA");
        if (!string.IsNullOrWhiteSpace(data)) return Path.Combine(Path.GetFullPath(data), "foods.json");
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(local, "ferrum", "foods.json");
    }

    /// <summary>Foods in the store, empty when there is none yet.</summary>
    public static FoodTable Load(string path)
    {
        if (!File.Exists(path)) return new FoodTable([]);
        using var s = File.OpenRead(path);
        return FoodTableJson.Read(s, path);
    }

    /// <summary>The default table plus the store's foods (store entries win on equal ids).</summary>
    public static FoodTable LoadWithDefault(string? store) => FoodTable.Default.With(Load(ResolvePath(store)).Foods);

    /// <summary>Adds or replaces foods in the store in one atomic write; returns the store's food count.</summary>
    public static int Save(string path, IEnumerable<Food> foods, string source)
    {
        var merged = Load(path).With(foods);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var tmp = path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            using (var s = File.Create(tmp)) FoodTableJson.Write(merged, s, source);
            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
        return merged.Foods.Count;
    }
}
