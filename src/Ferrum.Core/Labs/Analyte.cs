using Ferrum.Core.Provenance;
using Ferrum.Core.Units;

namespace Ferrum.Core.Labs;

/// <summary>A measured substance with its LOINC codes, canonical unit, accepted units, molar mass and plausibility range.</summary>
/// <remarks>
/// The plausibility range is Ferrum's own screen against typing errors and unit mix-ups, not a clinical
/// reference interval: values outside it are rejected, never silently used.
/// </remarks>
public sealed class Analyte
{
    internal Analyte(string id, string name, IReadOnlyList<string> loincCodes, Unit canonical, IReadOnlyList<Unit> accepted,
        double plausibleMin, double plausibleMax, double? molarMassGPerMol = null, Citation? molarMassSource = null)
    {
        Id = id;
        Name = name;
        LoincCodes = loincCodes;
        CanonicalUnit = canonical;
        AcceptedUnits = accepted;
        PlausibleMin = plausibleMin;
        PlausibleMax = plausibleMax;
        MolarMassGPerMol = molarMassGPerMol;
        MolarMassSource = molarMassSource;
    }

    /// <summary>Stable identifier, e.g. <c>ferritin</c>.</summary>
    public string Id { get; }

    /// <summary>Name for people.</summary>
    public string Name { get; }

    /// <summary>The LOINC codes that report this analyte; the first is the preferred one.</summary>
    public IReadOnlyList<string> LoincCodes { get; }

    /// <summary>The unit the engine computes in.</summary>
    public Unit CanonicalUnit { get; }

    /// <summary>Units a result may be reported in.</summary>
    public IReadOnlyList<Unit> AcceptedUnits { get; }

    /// <summary>Lowest plausible value, in <see cref="CanonicalUnit"/>.</summary>
    public double PlausibleMin { get; }

    /// <summary>Highest plausible value, in <see cref="CanonicalUnit"/>.</summary>
    public double PlausibleMax { get; }

    /// <summary>Molar mass (g/mol) used for mass ↔ molar conversion, when the analyte has one.</summary>
    public double? MolarMassGPerMol { get; }

    /// <summary>Where the molar mass comes from.</summary>
    public Citation? MolarMassSource { get; }

    /// <summary>Whether <paramref name="unit"/> may report this analyte.</summary>
    public bool Accepts(Unit unit) => AcceptedUnits.Contains(unit);

    /// <summary>Converts between any two units of this analyte, across mass and molar concentration via the molar mass.</summary>
    /// <exception cref="InvalidOperationException">The analyte has no molar mass or a unit is not accepted.</exception>
    public Quantity Convert(Quantity quantity, Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (quantity.Unit.Dimension == target.Dimension) return quantity.To(target);
        if (MolarMassGPerMol is not { } mm)
            throw new InvalidOperationException($"{Name} has no molar mass: cannot convert {quantity.Unit.Ucum} to {target.Ucum}.");
        var baseValue = quantity.Value * quantity.Unit.ToBase;
        double converted = (quantity.Unit.Dimension, target.Dimension) switch
        {
            (Dimension.MassConcentration, Dimension.MolarConcentration) => baseValue / mm,
            (Dimension.MolarConcentration, Dimension.MassConcentration) => baseValue * mm,
            _ => throw new InvalidOperationException($"Cannot convert {quantity.Unit.Ucum} to {target.Ucum} for {Name}."),
        };
        return Quantity.Of(converted / target.ToBase, target);
    }

    /// <summary>The value in the canonical unit.</summary>
    public double ToCanonical(Quantity quantity) => Convert(quantity, CanonicalUnit).Value;

    /// <summary>The plausibility range as text, e.g. <c>0.1 to 100000 ug/L</c>.</summary>
    public string PlausibleRangeText =>
        FormattableString.Invariant($"{PlausibleMin:0.###} to {PlausibleMax:0.###} {CanonicalUnit.Ucum}");

    /// <inheritdoc />
    public override string ToString() => Name;
}
