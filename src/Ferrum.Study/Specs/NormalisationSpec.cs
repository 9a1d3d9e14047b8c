namespace Ferrum.Study.Specs;

/// <summary>What a biomarker is divided by before analysis.</summary>
public enum NormalisationMethod
{
    /// <summary>Analyse the values as measured.</summary>
    None = 0,

    /// <summary>Ratio to an extracellular-vesicle marker measured in the same isolate (e.g. CD81, L1CAM/CD171).</summary>
    EvMarker,

    /// <summary>Per particle: divided by the NTA particle concentration (scaled per 10^9 particles).</summary>
    Particles,

    /// <summary>Per total protein: divided by the isolate's total protein concentration.</summary>
    TotalProtein,
}

/// <summary>The log transform applied after normalisation, if any.</summary>
public enum LogTransform
{
    /// <summary>No transform.</summary>
    None = 0,

    /// <summary>Natural logarithm.</summary>
    Ln,

    /// <summary>Base-2 logarithm.</summary>
    Log2,

    /// <summary>Base-10 logarithm.</summary>
    Log10,
}

/// <summary>Per-subject normalisation of NDEV biomarkers, applied before any analysis.</summary>
/// <param name="Method">What the biomarkers are divided by.</param>
/// <param name="Column">The column holding the divisor (marker, particle or protein concentration); null for <see cref="NormalisationMethod.None"/>.</param>
/// <param name="Apply">The biomarkers normalised; others (e.g. serum ferritin) are analysed as measured.</param>
/// <param name="Log">Log transform applied to the normalised values.</param>
public sealed record NormalisationSpec(NormalisationMethod Method, string? Column, IReadOnlyList<string> Apply, LogTransform Log)
{
    /// <summary>No normalisation and no transform.</summary>
    public static NormalisationSpec None { get; } = new(NormalisationMethod.None, null, [], LogTransform.None);
}
