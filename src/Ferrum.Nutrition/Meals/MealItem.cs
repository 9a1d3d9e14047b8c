using Ferrum.Nutrition.Foods;

namespace Ferrum.Nutrition.Meals;

/// <summary>A weighed amount of one food.</summary>
/// <param name="Food">The food.</param>
/// <param name="Grams">Edible grams.</param>
public sealed record MealItem(Food Food, double Grams);
