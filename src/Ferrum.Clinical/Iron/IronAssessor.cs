using System.Globalization;
using Ferrum.Clinical.Assessment;
using Ferrum.Core.Labs;
using Ferrum.Core.Patients;

namespace Ferrum.Clinical.Iron;

/// <summary>Applies the WHO 2024 hemoglobin and WHO 2020 ferritin thresholds, AGA 2020, TSAT and microcytosis rules.</summary>
internal static class IronAssessor
{
    public static IronAssessment Assess(PatientContext patient, LabPanel labs, FindingsBuilder f)
    {
        var (anemia, threshold, severity, hb, adjustedHb, adjustment) = Anemia(patient, labs.Value(Analytes.Hemoglobin), f);
        var crp = labs.Value(Analytes.Crp);
        bool? inflamed = crp is { } c ? c >= WhoFerritinThresholds.Inflammation.Threshold : null;
        if (inflamed == true)
            f.Add(WhoFerritinThresholds.Inflammation, Inv($"CRP {crp:0.#} mg/L indicates inflammation: ferritin is raised by inflammation, so the higher WHO threshold applies."));

        var (tsat, tsatSource) = Tsat(labs, f);
        var ferritin = labs.Value(Analytes.Ferritin);
        var status = IronDeficiencyStatus.Unknown;
        double? ferritinThreshold = null;
        bool? overloadRisk = null;
        if (ferritin is { } fer)
        {
            var rule = WhoFerritinThresholds.For(patient, inflamed == true);
            ferritinThreshold = rule.Threshold;
            if (fer < rule.Threshold)
            {
                status = IronDeficiencyStatus.Present;
                f.Add(rule, Inv($"Ferritin {fer:0.#} ug/L is below {rule.Threshold} ug/L: consistent with iron deficiency."));
            }
            else if (anemia == true && patient.IsAdult && fer < IronRules.AgaFerritinInAnemia.Threshold)
            {
                status = IronDeficiencyStatus.Present;
                f.Add(IronRules.AgaFerritinInAnemia, Inv($"With anemia, ferritin {fer:0.#} ng/mL is below 45 ng/mL: consistent with iron-deficiency anemia."));
            }
            else if (tsat < IronRules.LowTsat.Threshold)
            {
                status = IronDeficiencyStatus.Possible;
                f.Add(IronRules.LowTsat, Inv($"Ferritin {fer:0.#} ug/L is not diagnostic, but TSAT {tsat:0.#}% is below 20%: iron deficiency is possible."));
            }
            else
            {
                status = IronDeficiencyStatus.Absent;
                f.Add(rule, Inv($"Ferritin {fer:0.#} ug/L is at or above the WHO threshold of {rule.Threshold} ug/L."));
            }
            if (WhoFerritinThresholds.OverloadFor(patient, inflamed == true) is { } overload)
            {
                overloadRisk = fer > overload.Threshold;
                if (overloadRisk == true)
                    f.Add(overload, Inv($"Ferritin {fer:0.#} ug/L is above {overload.Threshold} ug/L: WHO considers this a risk of iron overload (ferritin also rises with inflammation, liver disease and other conditions)."));
            }
            if (inflamed is null && status != IronDeficiencyStatus.Present)
                f.Needs("Whether inflammation raises ferritin", "CRP");
        }
        else
        {
            f.Needs("Iron deficiency", "ferritin");
            if (tsat < IronRules.LowTsat.Threshold)
            {
                status = IronDeficiencyStatus.Possible;
                f.Add(IronRules.LowTsat, Inv($"TSAT {tsat:0.#}% is below 20%: iron deficiency is possible; ferritin would confirm it."));
            }
        }

        var mcv = labs.Value(Analytes.Mcv);
        bool? microcytosis = null;
        if (mcv is { } m && patient.IsAdult)
        {
            microcytosis = m < IronRules.Microcytosis.Threshold;
            if (microcytosis == true) f.Add(IronRules.Microcytosis, Inv($"MCV {m:0.#} fL is below 80 fL: microcytosis."));
        }

        return new IronAssessment(anemia, threshold, status, ferritin, tsat, inflamed)
        {
            HemoglobinGPerL = hb, AdjustedHemoglobinGPerL = adjustedHb, HemoglobinAdjustmentGPerL = adjustment,
            AnemiaSeverity = severity, FerritinThresholdUgPerL = ferritinThreshold, TsatSource = tsatSource, IronOverloadRisk = overloadRisk,
            CrpMgPerL = crp, McvFl = mcv, Microcytosis = microcytosis,
        };
    }

    private static (bool? Anemia, double? Threshold, AnemiaSeverity? Severity, double? Hb, double? Adjusted, double? Adjustment)
        Anemia(PatientContext patient, double? hb, FindingsBuilder f)
    {
        var cutoff = WhoHemoglobinCutoffs.For(patient);
        if (cutoff is null)
        {
            f.Needs("Anemia", "an age of at least 6 months (WHO 2024 defines no cut-off below 6 months)");
            return (null, null, null, hb, null, null);
        }
        var adjustment = HemoglobinAdjustment.For(patient);
        var threshold = cutoff.NoAnemiaFrom + adjustment;
        if (hb is not { } value)
        {
            f.Needs("Anemia", "hemoglobin");
            return (null, threshold, null, null, null, adjustment);
        }
        var adjusted = value - adjustment;
        var severity = cutoff.Classify(adjusted);
        if (adjustment > 0)
        {
            if (HemoglobinAdjustment.ForElevation(patient.ElevationMeters) > 0)
                f.Add(HemoglobinAdjustment.ElevationRule, Inv($"Elevation {patient.ElevationMeters:0} m: hemoglobin is adjusted down by {HemoglobinAdjustment.ForElevation(patient.ElevationMeters):0.##} g/L."));
            if (HemoglobinAdjustment.ForSmoking(patient.Smoker, patient.CigarettesPerDay) > 0)
                f.Add(HemoglobinAdjustment.SmokingRule, Inv($"Smoking: hemoglobin is adjusted down by {HemoglobinAdjustment.ForSmoking(patient.Smoker, patient.CigarettesPerDay):0} g/L."));
        }
        f.Add(cutoff.Rule, severity is { } s
            ? Inv($"Hemoglobin {value:0.#} g/L (adjusted {adjusted:0.#}) is below {cutoff.NoAnemiaFrom} g/L for {cutoff.Group.ToLowerInvariant()}: {s.ToString().ToLowerInvariant()} anemia.")
            : Inv($"Hemoglobin {value:0.#} g/L (adjusted {adjusted:0.#}) is at or above {cutoff.NoAnemiaFrom} g/L for {cutoff.Group.ToLowerInvariant()}: no anemia."));
        return (severity is not null, threshold, severity, value, adjusted, adjustment);
    }

    private static (double? Tsat, string? Source) Tsat(LabPanel labs, FindingsBuilder f)
    {
        if (labs.Value(Analytes.TransferrinSaturation) is { } measured) return (measured, "measured");
        if (labs.Value(Analytes.SerumIron) is { } iron && labs.Value(Analytes.Tibc) is { } tibc)
        {
            var tsat = iron / tibc * 100;
            f.Add(IronRules.TsatFromIronAndTibc, Inv($"TSAT computed from serum iron {iron:0.#} ug/dL and TIBC {tibc:0.#} ug/dL: {tsat:0.#}%."));
            return (tsat, "computed");
        }
        return (null, null);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
