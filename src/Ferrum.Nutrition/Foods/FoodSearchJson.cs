using System.Text.Json;

namespace Ferrum.Nutrition.Foods;

/// <summary>
/// The JSON of a food search (<c>ferrum foods search --format json</c> and <c>GET /api/foods</c>): an array of
/// <c>{id, name, group, ndb?, ironMgPer100g?, vitaminCMgPer100g?, kcalPer100g?, source}</c>; absent values are left out.
/// </summary>
public static class FoodSearchJson
{
    /// <summary>Writes <paramref name="foods"/> as an indented JSON array to <paramref name="output"/>.</summary>
    public static void Write(Stream output, IEnumerable<Food> foods)
    {
        ArgumentNullException.ThrowIfNull(foods);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartArray();
        foreach (var f in foods)
        {
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            w.WriteString("name", f.Name);
            w.WriteString("group", f.Group);
            if (f.Ndb is not null) w.WriteString("ndb", f.Ndb);
            if (f.Per100G.IronMg is { } fe) w.WriteNumber("ironMgPer100g", fe);
            if (f.Per100G.VitaminCMg is { } c) w.WriteNumber("vitaminCMgPer100g", c);
            if (f.Per100G.Kcal is { } k) w.WriteNumber("kcalPer100g", k);
            w.WriteString("source", f.Source.ToString());
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
