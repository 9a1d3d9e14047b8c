namespace Ferrum.Nutrition.Foods;

/// <summary>Eating pattern that restricts which foods a plan may use.</summary>
public enum DietPattern
{
    /// <summary>All foods.</summary>
    Omnivore,
    /// <summary>No meat or poultry; fish allowed.</summary>
    Pescatarian,
    /// <summary>No meat, poultry or fish; eggs and dairy allowed.</summary>
    Vegetarian,
    /// <summary>No animal products.</summary>
    Vegan,
}
