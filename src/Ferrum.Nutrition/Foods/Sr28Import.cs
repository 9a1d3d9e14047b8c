namespace Ferrum.Nutrition.Foods;

/// <summary>The result of reading SR28: every food, with the record counts read from each file.</summary>
/// <param name="Foods">All foods of FOOD_DES.txt (8,789 in SR28).</param>
/// <param name="FoodGroupRecords">Rows of FD_GROUP.txt.</param>
/// <param name="NutrientRecords">Rows of NUT_DATA.txt (679,045 in SR28).</param>
/// <param name="WeightRecords">Rows of WEIGHT.txt.</param>
public sealed record Sr28Import(IReadOnlyList<Food> Foods, int FoodGroupRecords, int NutrientRecords, int WeightRecords);
