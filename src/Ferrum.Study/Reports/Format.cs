using System.Globalization;

namespace Ferrum.Study.Reports;

/// <summary>Invariant number formatting for tables and text.</summary>
public static class Format
{
    /// <summary>A p-value as journals print it: "&lt;0.001" or three decimals; "NA" when missing.</summary>
    public static string P(double p) => double.IsNaN(p) ? "NA" : p < 0.001 ? "<0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A number with <paramref name="digits"/> significant-looking decimals; "NA" when missing.</summary>
    public static string N(double x, int digits = 2) => double.IsNaN(x) ? "NA" : double.IsInfinity(x) ? (x > 0 ? "Inf" : "-Inf") : x.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Full round-trip precision for CSV and JSON; empty when missing.</summary>
    public static string R(double x) => double.IsNaN(x) ? string.Empty : x.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An integer, invariantly.</summary>
    public static string I(int n) => n.ToString(CultureInfo.InvariantCulture);
}
