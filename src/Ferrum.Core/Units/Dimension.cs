namespace Ferrum.Core.Units;

/// <summary>The physical kind of a unit; conversions stay within a dimension except mass ↔ molar via an analyte's molar mass.</summary>
public enum Dimension
{
    /// <summary>Mass per volume, base unit g/L.</summary>
    MassConcentration,

    /// <summary>Amount of substance per volume, base unit mol/L.</summary>
    MolarConcentration,

    /// <summary>A dimensionless fraction, base unit % (per hundred).</summary>
    Fraction,

    /// <summary>The volume of one entity (a red cell), base unit fL.</summary>
    EntiticVolume,

    /// <summary>The mass of one entity (hemoglobin per reticulocyte), base unit pg.</summary>
    EntiticMass,
}
