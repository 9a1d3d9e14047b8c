namespace Ferrum.Nutrition.Meals;

/// <summary>A named meal: the unit on which absorption is estimated.</summary>
/// <param name="Name">Meal name, e.g. "breakfast".</param>
/// <param name="Items">What was eaten.</param>
public sealed record Meal(string Name, IReadOnlyList<MealItem> Items);
