using Ferrum.Core.Provenance;

namespace Ferrum.Nutrition.Foods;

/// <summary>One food with its nutrients per 100 g, flags for diet patterns, a usual portion and its source.</summary>
public sealed record Food
{
    /// <summary>Creates a food; <paramref name="id"/> and <paramref name="name"/> must not be blank.</summary>
    public Food(string id, string name, string group, bool animal, FoodNutrients per100G, FoodPortion? portion, Citation source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        Id = id;
        Name = name;
        Group = group;
        Animal = animal;
        Per100G = per100G ?? throw new ArgumentNullException(nameof(per100G));
        Portion = portion;
        Source = source ?? throw new ArgumentNullException(nameof(source));
    }

    /// <summary>Stable identifier (slug for curated foods, <c>sr28-NNNNN</c> or <c>fdc-N</c> for imports).</summary>
    public string Id { get; }
    /// <summary>Descriptive name (SR28 Long_Desc for USDA foods).</summary>
    public string Name { get; }
    /// <summary>Ferrum food group, see <see cref="FoodGroup"/>.</summary>
    public string Group { get; }
    /// <summary>True when the food contains animal products (excluded from vegan plans).</summary>
    public bool Animal { get; }
    /// <summary>Nutrients per 100 g edible portion.</summary>
    public FoodNutrients Per100G { get; }
    /// <summary>Usual household portion, when known.</summary>
    public FoodPortion? Portion { get; }
    /// <summary>Where the values come from (e.g. "USDA SR28", "NDB 11457").</summary>
    public Citation Source { get; }
    /// <summary>USDA NDB number when the food comes from SR28.</summary>
    public string? Ndb { get; init; }

    /// <summary>Whether the planner may choose this food (false for ingredients such as flour, dry spices, raw eggs).</summary>
    public bool Plannable { get; init; } = true;

    /// <summary>True for meat, fish and poultry (Monsen 1978 "MFP").</summary>
    public bool Mfp => FoodGroup.IsMfp(Group);

    /// <summary>Whether the food fits a diet pattern.</summary>
    public bool Fits(DietPattern pattern) => pattern switch
    {
        DietPattern.Vegan => !Animal,
        DietPattern.Vegetarian => !Mfp,
        DietPattern.Pescatarian => Group is not (FoodGroup.Meat or FoodGroup.Poultry),
        _ => true,
    };
}
