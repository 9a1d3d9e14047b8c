using System.Globalization;
using System.Text.Json;
using Ferrum.Core.Errors;
using Ferrum.Core.Text;
using Ferrum.Nutrition.Foods;

namespace Ferrum.Nutrition.Meals;

/// <summary>
/// Parses meal files: <c>{"meals": [{"name": "breakfast", "items": [{"food": "&lt;id or name&gt;", "grams": 60}]}]}</c>
/// for one day, or <c>{"days": [{"meals": [...]}, ...]}</c> for several. Errors name the JSON path of the entry.
/// </summary>
public static class MealsJson
{
    /// <summary>Largest accepted amount of one item, grams.</summary>
    public const double MaxGrams = 5000;

    /// <summary>Longest accepted meal name, characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Parses <paramref name="json"/>, resolving foods in <paramref name="table"/>; returns one list of meals per day.</summary>
    public static IReadOnlyList<IReadOnlyList<Meal>> Parse(string json, FoodTable table, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(table);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false });
        }
        catch (JsonException ex) when (JsonDuplicateKeys.FindFirst(System.Text.Encoding.UTF8.GetBytes(json)) is { } path)
        {
            throw new InputErrorException(new InputError("meals.duplicate-key", "a key is given twice in one object; which one is meant is unclear")
            { File = fileName, Location = path, Value = ex.Message, Accepted = "each key once per object" });
        }
        catch (JsonException ex)
        {
            throw Error("meals.json-invalid", "not valid JSON: " + ex.Message, fileName, ex.LineNumber is { } l ? $"line {l + 1}" : null);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Error("meals.shape", "expected a JSON object with 'meals' or 'days'", fileName, "$");
            var errors = new List<InputError>();
            var days = new List<IReadOnlyList<Meal>>();
            if (root.TryGetProperty("days", out var daysEl))
            {
                if (daysEl.ValueKind != JsonValueKind.Array) throw Error("meals.shape", "'days' must be an array", fileName, "$.days");
                var i = 0;
                foreach (var d in daysEl.EnumerateArray())
                {
                    if (d.ValueKind == JsonValueKind.Object && d.TryGetProperty("meals", out var m)) days.Add(ParseMeals(m, $"$.days[{i}].meals", table, fileName, errors));
                    else errors.Add(Err("meals.shape", "each day needs a 'meals' array", fileName, $"$.days[{i}]"));
                    i++;
                }
            }
            else if (root.TryGetProperty("meals", out var mealsEl)) days.Add(ParseMeals(mealsEl, "$.meals", table, fileName, errors));
            else throw Error("meals.shape", "expected a 'meals' or 'days' property", fileName, "$");
            if (errors.Count > 0) throw new InputErrorException(errors);
            if (days.Count == 0 || days.Any(d => d.Count == 0)) throw Error("meals.empty", "no meals given", fileName, "$");
            return days;
        }
    }

    private static List<Meal> ParseMeals(JsonElement el, string path, FoodTable table, string? file, List<InputError> errors)
    {
        var meals = new List<Meal>();
        if (el.ValueKind != JsonValueKind.Array) { errors.Add(Err("meals.shape", "must be an array", file, path)); return meals; }
        var i = 0;
        foreach (var m in el.EnumerateArray())
        {
            var mp = $"{path}[{i++}]";
            if (m.ValueKind != JsonValueKind.Object) { errors.Add(Err("meals.shape", "a meal must be an object", file, mp)); continue; }
            var name = $"meal {i}";
            if (m.TryGetProperty("name", out var n) && n.ValueKind != JsonValueKind.Null)
            {
                if (n.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(n.GetString()) && n.GetString()!.Length <= MaxNameLength) name = n.GetString()!.Trim();
                else errors.Add(new InputError("meals.name-invalid", "a meal name must be text")
                {
                    File = file, Location = mp + ".name", Field = "name", Value = Raw(n),
                    Accepted = "a non-empty string of at most " + MaxNameLength.ToString(CultureInfo.InvariantCulture) + " characters, or no name",
                });
            }
            var items = new List<MealItem>();
            if (!m.TryGetProperty("items", out var its) || its.ValueKind != JsonValueKind.Array)
            { errors.Add(Err("meals.shape", "a meal needs an 'items' array", file, mp + ".items")); continue; }
            var j = 0;
            foreach (var it in its.EnumerateArray())
            {
                var ip = $"{mp}.items[{j++}]";
                var item = ParseItem(it, ip, table, file, errors);
                if (item is not null) items.Add(item);
            }
            meals.Add(new Meal(name, items));
        }
        return meals;
    }

    private static MealItem? ParseItem(JsonElement it, string ip, FoodTable table, string? file, List<InputError> errors)
    {
        if (it.ValueKind != JsonValueKind.Object) { errors.Add(Err("meals.shape", "an item must be an object", file, ip)); return null; }
        if (!it.TryGetProperty("food", out var f) || f.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(f.GetString()))
        { errors.Add(Err("meals.food-missing", "item needs a 'food' (id or name)", file, ip + ".food")); return null; }
        var key = f.GetString()!;
        var food = table.Find(key);
        if (food is null)
        {
            var hints = table.Search(key, 3).Select(x => x.Id).ToList();
            errors.Add(new InputError("meals.food-unknown", "unknown food")
            {
                File = file, Location = ip + ".food", Field = "food", Value = key,
                Accepted = hints.Count > 0 ? "a food id or name, e.g. " + string.Join(", ", hints) : "a food id or name; see 'ferrum foods search TEXT'",
            });
            return null;
        }
        if (!it.TryGetProperty("grams", out var g) || g.ValueKind != JsonValueKind.Number || !g.TryGetDouble(out var grams) || !double.IsFinite(grams) || grams <= 0 || grams > MaxGrams)
        {
            var raw = it.TryGetProperty("grams", out var gr) ? gr.GetRawText() : "(missing)";
            errors.Add(new InputError("meals.grams-invalid", "grams must be a number") { File = file, Location = ip + ".grams", Field = "grams", Value = raw, Accepted = "a number greater than 0 and at most " + MaxGrams.ToString(CultureInfo.InvariantCulture) });
            return null;
        }
        return new MealItem(food, grams);
    }

    private static string Raw(JsonElement e)
    {
        var raw = e.GetRawText();
        return raw.Length > 60 ? raw[..57] + "..." : raw;
    }

    private static InputError Err(string code, string message, string? file, string? location) => new(code, message) { File = file, Location = location };
    private static InputErrorException Error(string code, string message, string? file, string? location) => new(Err(code, message, file, location));
}
