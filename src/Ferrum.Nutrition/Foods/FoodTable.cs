using System.Globalization;

namespace Ferrum.Nutrition.Foods;

/// <summary>An immutable set of foods, looked up by id, NDB number or name.</summary>
public sealed class FoodTable
{
    private readonly Dictionary<string, Food> _byId;
    private readonly Dictionary<string, Food> _byName;
    private readonly Dictionary<string, Food> _byNdb;
    private static readonly Lazy<FoodTable> DefaultTable = new(LoadDefault);

    /// <summary>Creates a table; ids must be unique (case-insensitive).</summary>
    public FoodTable(IEnumerable<Food> foods)
    {
        ArgumentNullException.ThrowIfNull(foods);
        Foods = foods.ToList();
        _byId = new Dictionary<string, Food>(StringComparer.OrdinalIgnoreCase);
        _byName = new Dictionary<string, Food>(StringComparer.OrdinalIgnoreCase);
        _byNdb = new Dictionary<string, Food>(StringComparer.Ordinal);
        foreach (var f in Foods)
        {
            if (!_byId.TryAdd(f.Id, f)) throw new ArgumentException($"duplicate food id '{f.Id}'", nameof(foods));
            _byName.TryAdd(f.Name, f);
            if (f.Ndb is not null) _byNdb.TryAdd(f.Ndb, f);
        }
    }

    /// <summary>The foods in table order.</summary>
    public IReadOnlyList<Food> Foods { get; }

    /// <summary>Ferrum's curated default table (USDA SR28 values by NDB number), loaded once from the embedded resource.</summary>
    public static FoodTable Default => DefaultTable.Value;

    /// <summary>Finds a food by id, exact name or NDB number (with or without <c>ndb:</c> prefix).</summary>
    public Food? Find(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        var key = idOrName.Trim();
        if (_byId.TryGetValue(key, out var f) || _byName.TryGetValue(key, out f)) return f;
        var ndb = key.StartsWith("ndb:", StringComparison.OrdinalIgnoreCase) ? key[4..] : key;
        return _byNdb.TryGetValue(ndb, out f) ? f : null;
    }

    /// <summary>Foods whose id or name contains every word of <paramref name="text"/>, best matches first.</summary>
    public IReadOnlyList<Food> Search(string text, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0) return [];
        return Foods
            .Where(f => words.All(w => f.Name.Contains(w, StringComparison.OrdinalIgnoreCase) || f.Id.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(f => f.Name.StartsWith(words[0], true, CultureInfo.InvariantCulture) ? 0 : 1)
            .ThenBy(f => f.Name.Length)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    /// <summary>Returns a table with <paramref name="extra"/> foods added; an extra food replaces one with the same id.</summary>
    public FoodTable With(IEnumerable<Food> extra)
    {
        var merged = new Dictionary<string, Food>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var f in Foods.Concat(extra))
        {
            if (!merged.ContainsKey(f.Id)) order.Add(f.Id);
            merged[f.Id] = f;
        }
        return new FoodTable(order.Select(id => merged[id]));
    }

    private static FoodTable LoadDefault()
    {
        using var s = typeof(FoodTable).Assembly.GetManifestResourceStream("Ferrum.Nutrition.default-foods.json")
            ?? throw new InvalidOperationException("embedded default food table missing");
        return FoodTableJson.Read(s, "default-foods.json");
    }
}
