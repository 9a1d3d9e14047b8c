namespace Ferrum.Web.Api.Diet;

/// <summary>
/// The meals JSON of <c>ferrum diet analyze</c> as the OpenAPI document shows it: one day's <c>meals</c>, or several <c>days</c>.
/// The endpoint reads the body with <see cref="Nutrition.Meals.MealsJson"/> itself (errors name the JSON path).
/// </summary>
internal sealed record MealsDocument(IReadOnlyList<MealsDocument.MealEntry>? Meals, IReadOnlyList<MealsDocument.DayEntry>? Days)
{
    /// <summary>A day of meals.</summary>
    internal sealed record DayEntry(IReadOnlyList<MealEntry> Meals);

    /// <summary>A named meal.</summary>
    internal sealed record MealEntry(string Name, IReadOnlyList<ItemEntry> Items);

    /// <summary>A food (id or name of the food table) and its weight in grams (0–5000).</summary>
    internal sealed record ItemEntry(string Food, double Grams);
}
