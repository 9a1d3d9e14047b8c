using System.Globalization;

namespace Ferrum.Study.Elisa;

/// <summary>A well of a 96-well plate: row A–H, column 1–12.</summary>
public readonly record struct WellAddress : IComparable<WellAddress>
{
    /// <summary>Number of rows (A–H).</summary>
    public const int Rows = 8;

    /// <summary>Number of columns (1–12).</summary>
    public const int Columns = 12;

    private WellAddress(int row, int column) => (Row, Column) = (row, column);

    /// <summary>Row index, 0 (A) to 7 (H).</summary>
    public int Row { get; }

    /// <summary>Column number, 1 to 12.</summary>
    public int Column { get; }

    /// <summary>The well at row index 0–7 and column 1–12.</summary>
    public static WellAddress Of(int row, int column) =>
        row is >= 0 and < Rows && column is >= 1 and <= Columns ? new WellAddress(row, column)
        : throw new ArgumentOutOfRangeException(nameof(row), $"well row {row}, column {column} is outside A1–H12");

    /// <summary>Parses "A1", "a01" or "H12"; false for anything outside A1–H12.</summary>
    public static bool TryParse(string? text, out WellAddress well)
    {
        well = default;
        var t = text?.Trim();
        if (t is null || t.Length < 2) return false;
        var row = char.ToUpperInvariant(t[0]) - 'A';
        if (row is < 0 or >= Rows || !int.TryParse(t.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var col) || col is < 1 or > Columns) return false;
        well = new WellAddress(row, col);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(WellAddress other) => Row != other.Row ? Row.CompareTo(other.Row) : Column.CompareTo(other.Column);

    /// <summary>"A1" … "H12".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + Row)}{Column}");
}
