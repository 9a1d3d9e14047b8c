namespace Ferrum.Fhir.CdsHooks;

/// <summary>Recognises oral iron products in medication names (generic names as in RxNorm), and tells IV products apart.</summary>
internal static class IronProducts
{
    private static readonly string[] Oral =
    [
        "ferrous sulfate", "ferrous sulphate", "ferrous gluconate", "ferrous fumarate", "ferrous bisglycinate", "ferrous glycine sulfate",
        "ferrous ascorbate", "ferric maltol", "polysaccharide iron", "polysaccharide-iron", "carbonyl iron", "heme iron polypeptide", "ferric citrate",
    ];

    private static readonly string[] Intravenous =
    [
        "iron sucrose", "ferric carboxymaltose", "ferumoxytol", "iron dextran", "ferric derisomaltose", "iron isomaltoside", "sodium ferric gluconate", "ferric pyrophosphate",
    ];

    /// <summary>Whether <paramref name="name"/> names an oral iron product (not an IV one, and not given by an IV route).</summary>
    public static bool IsOral(string name, string? route)
    {
        if (route is not null && (route.Contains("intravenous", StringComparison.OrdinalIgnoreCase) || route.Contains("IV", StringComparison.Ordinal))) return false;
        if (Intravenous.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase))) return false;
        return Oral.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase));
    }
}
