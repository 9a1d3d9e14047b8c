namespace Ferrum.Nutrition.Absorption;

/// <summary>Iron, enhancers and the estimated absorbed iron of one meal.</summary>
public sealed record MealAbsorption
{
    /// <summary>Total iron, mg.</summary>
    public required double IronMg { get; init; }
    /// <summary>Heme iron, mg (40% of meat, fish and poultry iron).</summary>
    public required double HemeIronMg { get; init; }
    /// <summary>Non-heme iron, mg.</summary>
    public double NonHemeIronMg => IronMg - HemeIronMg;
    /// <summary>Vitamin C, mg.</summary>
    public required double VitaminCMg { get; init; }
    /// <summary>Meat, fish and poultry, g.</summary>
    public required double MfpGrams { get; init; }
    /// <summary>Calcium, mg (reported; not used by the model, no sourced coefficient).</summary>
    public required double CalciumMg { get; init; }
    /// <summary>Energy, kcal.</summary>
    public required double Kcal { get; init; }
    /// <summary>Whether the meal counts as enhanced (vitamin C or MFP threshold reached).</summary>
    public required bool Enhanced { get; init; }
    /// <summary>Whether the meal counts as inhibited (tea, coffee or red wine present).</summary>
    public required bool Inhibited { get; init; }
    /// <summary>Collings modifier: +1, 0 or −1.</summary>
    public int Modifier => (Enhanced ? 1 : 0) - (Inhibited ? 1 : 0);
    /// <summary>Fraction of non-heme iron absorbed.</summary>
    public required double NonHemeAbsorption { get; init; }
    /// <summary>Absorbed heme iron, mg.</summary>
    public double AbsorbedHemeMg => HemeIronMg * AbsorptionCoefficients.HemeAvailability;
    /// <summary>Absorbed non-heme iron, mg.</summary>
    public double AbsorbedNonHemeMg => NonHemeIronMg * NonHemeAbsorption;
    /// <summary>Absorbed iron, mg.</summary>
    public double AbsorbedIronMg => AbsorbedHemeMg + AbsorbedNonHemeMg;
}
