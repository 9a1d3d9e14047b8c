namespace Ferrum.Nutrition.Foods;

/// <summary>Ferrum's food groups (used for diet patterns, variety and advice).</summary>
public static class FoodGroup
{
    /// <summary>Red meat, game, processed and organ meats.</summary>
    public const string Meat = "meat";
    /// <summary>Chicken, turkey, duck.</summary>
    public const string Poultry = "poultry";
    /// <summary>Finfish and shellfish.</summary>
    public const string Fish = "fish";
    /// <summary>Tea, coffee and red wine: polyphenol-rich drinks that inhibit non-heme iron absorption.</summary>
    public const string PolyphenolBeverage = "beverage-polyphenol";

    /// <summary>Groups whose iron counts as meat, fish or poultry (MFP) for heme iron and the MFP factor.</summary>
    public static bool IsMfp(string group) => group is Meat or Poultry or Fish;
}
