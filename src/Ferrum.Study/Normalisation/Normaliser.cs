using Ferrum.Study.Data;
using Ferrum.Study.Specs;

namespace Ferrum.Study.Normalisation;

/// <summary>What normalisation did to one biomarker.</summary>
/// <param name="Biomarker">Column normalised.</param>
/// <param name="Description">E.g. "ferritin / cd81, natural log".</param>
/// <param name="LostToDivisor">Subjects whose value became missing because the divisor was missing or not positive.</param>
/// <param name="LostToLog">Subjects whose normalised value was not positive and so has no logarithm.</param>
public sealed record NormalisationOutcome(string Biomarker, string Description, int LostToDivisor, int LostToLog);

/// <summary>
/// Per-subject normalisation of NDEV biomarkers: ratio to an EV marker (CD81, L1CAM/CD171), per 10⁹ NTA
/// particles, or per unit of total protein, with an optional log transform. Values are replaced in place
/// so the analysis uses the normalised biomarker under its own name.
/// </summary>
public static class Normaliser
{
    /// <summary>Particles per unit of the normalised value: results are per 10⁹ particles.</summary>
    public const double ParticleScale = 1e9;

    /// <summary>Applies <paramref name="spec"/> to <paramref name="data"/>; returns the new dataset and one outcome per biomarker changed.</summary>
    public static (Dataset Data, IReadOnlyList<NormalisationOutcome> Outcomes) Apply(Dataset data, NormalisationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Method == NormalisationMethod.None && spec.Log == LogTransform.None) return (data, []);
        var divisor = spec.Column is null || spec.Method == NormalisationMethod.None ? null : data.Numeric(spec.Column);
        var scale = spec.Method == NormalisationMethod.Particles ? ParticleScale : 1.0;
        var outcomes = new List<NormalisationOutcome>();
        foreach (var biomarker in spec.Apply)
        {
            var values = data.Numeric(biomarker);
            int lostDivisor = 0, lostLog = 0;
            for (var i = 0; i < values.Length; i++)
            {
                if (double.IsNaN(values[i])) continue;
                if (divisor is not null)
                {
                    var d = divisor[i] / scale;
                    if (!(d > 0)) { values[i] = double.NaN; lostDivisor++; continue; }
                    values[i] /= d;
                }
                if (spec.Log == LogTransform.None) continue;
                if (!(values[i] > 0)) { values[i] = double.NaN; lostLog++; continue; }
                values[i] = Log(values[i], spec.Log);
            }
            data = data.WithNumeric(biomarker, values);
            outcomes.Add(new NormalisationOutcome(biomarker, Describe(biomarker, spec) + MethodNote(spec.Method), lostDivisor, lostLog));
        }
        return (data, outcomes);
    }

    /// <summary>Plain-words description, e.g. "log2(ferritin / CD81)"; <paramref name="divisor"/> names the divisor (default: its column).</summary>
    public static string Describe(string biomarker, NormalisationSpec spec, string? divisor = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        divisor ??= spec.Column;
        var body = spec.Method switch
        {
            NormalisationMethod.EvMarker => $"{biomarker} / {divisor}",
            NormalisationMethod.Particles => $"{biomarker} per 10^9 particles",
            NormalisationMethod.TotalProtein => $"{biomarker} per {divisor}",
            _ => biomarker,
        };
        return spec.Log switch
        {
            LogTransform.Ln => $"ln({body})",
            LogTransform.Log2 => $"log2({body})",
            LogTransform.Log10 => $"log10({body})",
            _ => body,
        };
    }

    private static string MethodNote(NormalisationMethod method) => method switch
    {
        NormalisationMethod.EvMarker => " (ratio to EV marker)",
        NormalisationMethod.Particles => " (NTA particle concentration)",
        NormalisationMethod.TotalProtein => " (total protein)",
        _ => string.Empty,
    };

    private static double Log(double v, LogTransform log) => log switch
    {
        LogTransform.Log2 => Math.Log2(v),
        LogTransform.Log10 => Math.Log10(v),
        _ => Math.Log(v),
    };
}
