using System.Globalization;

namespace Ferrum.Core.Units;

/// <summary>A finite measured value in a <see cref="Units.Unit"/>.</summary>
/// <remarks><c>default(Quantity)</c> has value 0 and no unit; use <see cref="Of"/>.</remarks>
public readonly struct Quantity : IEquatable<Quantity>
{
    private Quantity(double value, Unit unit)
    {
        Value = value;
        Unit = unit;
    }

    /// <summary>The number.</summary>
    public double Value { get; }

    /// <summary>The unit of <see cref="Value"/>; null only for <c>default</c>.</summary>
    public Unit Unit { get; }

    /// <summary>Creates a quantity; the value must be finite.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Quantity Of(double value, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "A quantity must be a finite number.");
        return new Quantity(value, unit);
    }

    /// <summary>Converts to another unit of the same dimension (mass ↔ molar needs <see cref="Labs.Analyte.Convert"/>).</summary>
    /// <exception cref="InvalidOperationException">The dimensions differ.</exception>
    public Quantity To(Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (Unit.Dimension != target.Dimension)
            throw new InvalidOperationException($"Cannot convert {Unit.Ucum} ({Unit.Dimension}) to {target.Ucum} ({target.Dimension}) without a molar mass.");
        return ReferenceEquals(Unit, target) ? this : new Quantity(Value * Unit.ToBase / target.ToBase, target);
    }

    /// <inheritdoc />
    public bool Equals(Quantity other) => Value.Equals(other.Value) && Equals(Unit, other.Unit);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity q && Equals(q);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Unit);

    /// <summary>Equality of value and unit.</summary>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Inequality of value or unit.</summary>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>Value and unit, invariant culture, e.g. <c>42 µg/L</c>.</summary>
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture) + " " + Unit?.Display;
}
