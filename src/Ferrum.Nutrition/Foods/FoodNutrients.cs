namespace Ferrum.Nutrition.Foods;

/// <summary>Nutrients per 100 g edible portion; <c>null</c> where the source gives no value.</summary>
/// <param name="Kcal">Energy, kcal (SR28 Nutr_No 208).</param>
/// <param name="ProteinG">Protein, g (203).</param>
/// <param name="FatG">Total lipid, g (204).</param>
/// <param name="CarbohydrateG">Carbohydrate by difference, g (205).</param>
/// <param name="IronMg">Iron, mg (303).</param>
/// <param name="VitaminCMg">Vitamin C, total ascorbic acid, mg (401).</param>
/// <param name="CalciumMg">Calcium, mg (301).</param>
public sealed record FoodNutrients(
    double? Kcal, double? ProteinG, double? FatG, double? CarbohydrateG,
    double? IronMg, double? VitaminCMg, double? CalciumMg);
