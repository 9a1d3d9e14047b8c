using Ferrum.Core.Provenance;
using Ferrum.Nutrition.Foods;

namespace Ferrum.Storage.Foods;

/// <summary>Copies foods to and from <see cref="FoodEntity"/> rows.</summary>
internal static class FoodEntityMapper
{
    /// <summary>The (source, source id) key of a food: <c>sr28-01001</c> → (sr28, 01001), <c>fdc-7</c> → (fdc, 7), else (json, id).</summary>
    public static (string Source, string SourceId) KeyOf(Food food)
    {
        foreach (var source in FoodDatabase.Sources)
        {
            var prefix = source + "-";
            if (food.Id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && food.Id.Length > prefix.Length)
                return (source, food.Id[prefix.Length..]);
        }
        return ("json", food.Id);
    }

    public static void CopyTo(Food food, FoodEntity e)
    {
        (e.Source, e.SourceId) = KeyOf(food);
        e.Id = food.Id;
        e.Name = food.Name;
        e.FoodGroup = food.Group;
        e.Ndb = food.Ndb;
        e.Animal = food.Animal;
        e.Plannable = food.Plannable;
        var n = food.Per100G;
        (e.Kcal, e.ProteinG, e.FatG, e.CarbohydrateG) = (n.Kcal, n.ProteinG, n.FatG, n.CarbohydrateG);
        (e.IronMg, e.VitaminCMg, e.CalciumMg) = (n.IronMg, n.VitaminCMg, n.CalciumMg);
        e.PortionAmount = food.Portion?.Amount;
        e.PortionDescription = food.Portion?.Description;
        e.PortionGrams = food.Portion?.Grams;
        e.CitationSource = food.Source.Source;
        e.CitationLocator = food.Source.Locator;
    }

    public static Food ToFood(FoodEntity e)
    {
        var nutrients = new FoodNutrients(e.Kcal, e.ProteinG, e.FatG, e.CarbohydrateG, e.IronMg, e.VitaminCMg, e.CalciumMg);
        var portion = e.PortionGrams is { } g && e.PortionAmount is { } a && e.PortionDescription is { } d ? new FoodPortion(a, d, g) : null;
        return new Food(e.Id, e.Name, e.FoodGroup, e.Animal, nutrients, portion, new Citation(e.CitationSource, e.CitationLocator))
        {
            Ndb = e.Ndb,
            Plannable = e.Plannable,
        };
    }
}
