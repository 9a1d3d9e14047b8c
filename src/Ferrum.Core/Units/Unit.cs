using System.Collections.Frozen;

namespace Ferrum.Core.Units;

/// <summary>A unit of measure with its UCUM code, its dimension and its factor to the dimension's base unit.</summary>
/// <remarks>
/// Base units: g/L (mass concentration), mol/L (molar concentration), % (fraction), fL (entitic volume),
/// pg (entitic mass). <c>default(Unit)</c> is not meaningful; units come only from the static members
/// or <see cref="TryParse"/>.
/// </remarks>
public sealed class Unit : IEquatable<Unit>
{
    private Unit(string ucum, string display, Dimension dimension, double toBase)
    {
        Ucum = ucum;
        Display = display;
        Dimension = dimension;
        ToBase = toBase;
    }

    /// <summary>The UCUM code, e.g. <c>ug/L</c>.</summary>
    public string Ucum { get; }

    /// <summary>How the unit is written for people, e.g. <c>µg/L</c>.</summary>
    public string Display { get; }

    /// <summary>The dimension the unit measures.</summary>
    public Dimension Dimension { get; }

    /// <summary>Multiply a value in this unit by this factor to get the dimension's base unit.</summary>
    public double ToBase { get; }

    /// <summary>Grams per decilitre.</summary>
    public static Unit GramPerDeciliter { get; } = new("g/dL", "g/dL", Dimension.MassConcentration, 10);

    /// <summary>Grams per litre.</summary>
    public static Unit GramPerLiter { get; } = new("g/L", "g/L", Dimension.MassConcentration, 1);

    /// <summary>Milligrams per decilitre.</summary>
    public static Unit MilligramPerDeciliter { get; } = new("mg/dL", "mg/dL", Dimension.MassConcentration, 1e-2);

    /// <summary>Milligrams per litre.</summary>
    public static Unit MilligramPerLiter { get; } = new("mg/L", "mg/L", Dimension.MassConcentration, 1e-3);

    /// <summary>Micrograms per decilitre.</summary>
    public static Unit MicrogramPerDeciliter { get; } = new("ug/dL", "µg/dL", Dimension.MassConcentration, 1e-5);

    /// <summary>Micrograms per litre, equal to nanograms per millilitre.</summary>
    public static Unit MicrogramPerLiter { get; } = new("ug/L", "µg/L", Dimension.MassConcentration, 1e-6);

    /// <summary>Nanograms per millilitre, equal to micrograms per litre (kept separate so output can echo the input unit).</summary>
    public static Unit NanogramPerMilliliter { get; } = new("ng/mL", "ng/mL", Dimension.MassConcentration, 1e-6);

    /// <summary>Millimoles per litre.</summary>
    public static Unit MillimolePerLiter { get; } = new("mmol/L", "mmol/L", Dimension.MolarConcentration, 1e-3);

    /// <summary>Micromoles per litre.</summary>
    public static Unit MicromolePerLiter { get; } = new("umol/L", "µmol/L", Dimension.MolarConcentration, 1e-6);

    /// <summary>Nanomoles per litre.</summary>
    public static Unit NanomolePerLiter { get; } = new("nmol/L", "nmol/L", Dimension.MolarConcentration, 1e-9);

    /// <summary>Picomoles per litre.</summary>
    public static Unit PicomolePerLiter { get; } = new("pmol/L", "pmol/L", Dimension.MolarConcentration, 1e-12);

    /// <summary>Percent.</summary>
    public static Unit Percent { get; } = new("%", "%", Dimension.Fraction, 1);

    /// <summary>A plain ratio (0–1), UCUM <c>1</c>.</summary>
    public static Unit Ratio { get; } = new("1", "ratio", Dimension.Fraction, 100);

    /// <summary>Femtolitres.</summary>
    public static Unit Femtoliter { get; } = new("fL", "fL", Dimension.EntiticVolume, 1);

    /// <summary>Picograms.</summary>
    public static Unit Picogram { get; } = new("pg", "pg", Dimension.EntiticMass, 1);

    /// <summary>Every unit Ferrum knows.</summary>
    public static IReadOnlyList<Unit> All { get; } =
    [
        GramPerDeciliter, GramPerLiter, MilligramPerDeciliter, MilligramPerLiter, MicrogramPerDeciliter,
        MicrogramPerLiter, NanogramPerMilliliter, MillimolePerLiter, MicromolePerLiter, NanomolePerLiter,
        PicomolePerLiter, Percent, Ratio, Femtoliter, Picogram,
    ];

    private static readonly FrozenDictionary<string, Unit> Spellings = BuildSpellings();

    /// <summary>Parses a UCUM code or a common spelling (<c>ng/ml</c>, <c>µg/L</c>, <c>mcg/L</c>, <c>umol/l</c>); case-insensitive, spaces ignored.</summary>
    public static bool TryParse(string? text, out Unit unit)
    {
        unit = Percent;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = Normalize(text);
        if (!Spellings.TryGetValue(key, out var found)) return false;
        unit = found;
        return true;
    }

    private static string Normalize(string text) =>
        text.Trim().Replace(" ", "", StringComparison.Ordinal)
            .Replace('µ', 'u').Replace('μ', 'u') // micro sign and Greek mu
            .Replace("mcg", "ug", StringComparison.OrdinalIgnoreCase)
            .Replace("mcmol", "umol", StringComparison.OrdinalIgnoreCase)
            .ToUpperInvariant();

    private static FrozenDictionary<string, Unit> BuildSpellings()
    {
        var map = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var u in All) map[Normalize(u.Ucum)] = u;
        map[Normalize("g/100mL")] = GramPerDeciliter;
        map[Normalize("mg/100mL")] = MilligramPerDeciliter;
        map[Normalize("ug/100mL")] = MicrogramPerDeciliter;
        map[Normalize("percent")] = Percent;
        map[Normalize("fraction")] = Ratio;
        map[Normalize("femtoliter")] = Femtoliter;
        map[Normalize("um3")] = Femtoliter;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Accepted spellings of the given units, for error messages.</summary>
    public static string Describe(IEnumerable<Unit> units) => string.Join(", ", units.Select(u => u.Ucum));

    /// <inheritdoc />
    public bool Equals(Unit? other) => other is not null && string.Equals(Ucum, other.Ucum, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Unit);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Ucum);

    /// <inheritdoc />
    public override string ToString() => Display;
}
