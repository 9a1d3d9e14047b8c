namespace Ferrum.Nutrition.Foods;

/// <summary>A household measure of a food (SR28 WEIGHT.txt): <paramref name="Amount"/> × <paramref name="Description"/> weighs <paramref name="Grams"/>.</summary>
/// <param name="Amount">Number of units, e.g. 1.</param>
/// <param name="Description">Unit, e.g. "cup" or "slice".</param>
/// <param name="Grams">Weight of that amount in grams.</param>
public sealed record FoodPortion(double Amount, string Description, double Grams);
