using System.Globalization;
using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Iron;
using Ferrum.Clinical.Rules;
using Ferrum.Core.Patients;

namespace Ferrum.Clinical.Therapy;

/// <summary>Applies the RLS iron-therapy guidance; the result names options to discuss, never a prescription.</summary>
internal static class TherapyAssessor
{
    private const string Discuss = " Discuss with a clinician.";

    public static TherapyAssessment Assess(PatientContext patient, RlsAssessment rls, IronAssessment iron, FindingsBuilder f)
    {
        var draw = TherapyRules.DrawConditions.Statement;
        var deficit = Deficit(patient, iron, f);
        if (rls.Status != RlsStatus.Met)
        {
            var why = rls.Status == RlsStatus.NotMet
                ? "The RLS-specific iron guidance applies to patients who meet the RLS criteria; these answers do not."
                : "The RLS-specific iron guidance applies once RLS is diagnosed; the diagnosis is still indeterminate.";
            if (rls.Status == RlsStatus.Indeterminate) f.Needs("RLS iron therapy", "a complete IRLSSG criteria assessment");
            var general = iron.IronDeficiency == IronDeficiencyStatus.Present ? " Iron deficiency was found and deserves attention in its own right." : "";
            return new TherapyAssessment(rls.Status == RlsStatus.NotMet ? TherapySuggestion.None : TherapySuggestion.InsufficientData,
                why + general + Discuss, null) { IronDeficit = deficit, DrawConditions = draw };
        }
        if (iron.FerritinUgPerL is not { } ferritin)
        {
            f.Needs("RLS iron therapy", "ferritin (and TSAT)");
            return new TherapyAssessment(TherapySuggestion.InsufficientData,
                "Ferritin and transferrin saturation are needed to apply the RLS iron guidance." + Discuss, null) { IronDeficit = deficit, DrawConditions = draw };
        }
        var tsat = iron.TsatPercent;
        if (tsat is null) f.Needs("Whether iron could overload (TSAT >= 45%)", "transferrin saturation or serum iron with TIBC");

        var (suggestion, details, rules) = Decide(patient, rls, ferritin, tsat, f);
        foreach (var (rule, text) in rules) f.Add(rule, text);
        var cautions = new List<string>();
        if (suggestion is TherapySuggestion.IvIron or TherapySuggestion.OralOrIvIron)
            cautions.Add(TherapyRules.Hypophosphatemia.Statement);
        if (suggestion is TherapySuggestion.OralIron or TherapySuggestion.OralOrIvIron)
            cautions.Add("Oral iron is absorbed poorly when ferritin is above about 50-75 ug/L and commonly causes constipation.");
        if (patient.Pregnant == true)
            cautions.Add("Pregnancy: iron choices differ by trimester; discuss with the obstetric team.");
        int? recheck = suggestion is TherapySuggestion.None or TherapySuggestion.InsufficientData ? null : (int)TherapyRules.Recheck.Threshold!.Value;
        if (recheck is not null) f.Add(TherapyRules.Recheck, "If iron is started, iron studies are typically rechecked after about 12 weeks.");
        return new TherapyAssessment(suggestion, details + Discuss, recheck) { IronDeficit = deficit, Cautions = cautions, DrawConditions = draw };
    }

    private static (TherapySuggestion, string, List<(ClinicalRule, string)>) Decide(
        PatientContext patient, RlsAssessment rls, double ferritin, double? tsat, FindingsBuilder f)
    {
        var fired = new List<(ClinicalRule, string)>();
        if (tsat >= TherapyRules.AasmTsatCeiling.Threshold)
        {
            fired.Add((TherapyRules.AasmTsatCeiling, Inv($"TSAT {tsat:0.#}% is at or above 45%: the guidance does not suggest iron.")));
            return (TherapySuggestion.None, Inv($"TSAT {tsat:0.#}% >= 45%: iron is not suggested."), fired);
        }
        if (patient.CkdStage == 5 || patient.OnDialysis == true)
        {
            if (tsat is null)
            {
                f.Needs("RLS iron therapy in end-stage renal disease", "TSAT");
                return (TherapySuggestion.InsufficientData, "In end-stage renal disease the guidance uses ferritin < 200 ng/mL together with TSAT < 20%; TSAT is missing.", fired);
            }
            if (ferritin < TherapyRules.AasmEsrd.Threshold && tsat < IronRules.LowTsat.Threshold)
            {
                fired.Add((TherapyRules.AasmEsrd, Inv($"End-stage renal disease with ferritin {ferritin:0.#} ng/mL < 200 and TSAT {tsat:0.#}% < 20%: IV iron sucrose is suggested as an option.")));
                return (TherapySuggestion.IvIron, Inv($"ESRD: ferritin {ferritin:0.#} ng/mL < 200 and TSAT {tsat:0.#}% < 20%: the AASM guideline suggests IV iron sucrose as an option."), fired);
            }
            fired.Add((TherapyRules.AasmEsrd, "End-stage renal disease: ferritin and TSAT are outside the range where the guidance suggests IV iron sucrose."));
            return (TherapySuggestion.None, "ESRD: the thresholds for IV iron sucrose (ferritin < 200 ng/mL and TSAT < 20%) are not met.", fired);
        }
        if (!patient.IsAdult)
        {
            if (ferritin < TherapyRules.AasmChildren.Threshold)
            {
                fired.Add((TherapyRules.AasmChildren, Inv($"Child with ferritin {ferritin:0.#} ng/mL < 50: iron supplementation is suggested as an option.")));
                return (TherapySuggestion.OralIron, Inv($"Child: ferritin {ferritin:0.#} ng/mL < 50: the guidance suggests iron supplementation (oral iron is the usual first option)."), fired);
            }
            fired.Add((TherapyRules.AasmChildren, Inv($"Child with ferritin {ferritin:0.#} ng/mL >= 50: the pediatric iron threshold is not met.")));
            return (TherapySuggestion.None, "Child: ferritin is at or above 50 ng/mL, the pediatric threshold.", fired);
        }
        if (ferritin <= TherapyRules.AasmOralOrIv.Threshold || tsat < IronRules.LowTsat.Threshold)
        {
            var why = ferritin <= 75 ? Inv($"ferritin {ferritin:0.#} ng/mL <= 75") : Inv($"TSAT {tsat:0.#}% < 20");
            fired.Add((TherapyRules.AasmOralOrIv, $"Adult with RLS and {why}: oral or IV iron is suggested as an option."));
            if (ferritin <= TherapyRules.IrlssgOral.Threshold)
                fired.Add((TherapyRules.IrlssgOral, "IRLSSG 2018: oral iron (65 mg elemental, with vitamin C) may be considered at this ferritin."));
            if (ferritin < TherapyRules.IrlssgFcm.Threshold && rls.IrlsTotal >= 11)
                fired.Add((TherapyRules.IrlssgFcm, "IRLSSG 2018: ferric carboxymaltose 1000 mg is effective for moderate to severe RLS with ferritin < 300 ug/L."));
            return (TherapySuggestion.OralOrIvIron, $"Adult with RLS, {why}: the AASM guideline suggests oral or IV iron.", fired);
        }
        if (ferritin <= TherapyRules.AasmIvOnly.Threshold)
        {
            fired.Add((TherapyRules.AasmIvOnly, Inv($"Adult with RLS and ferritin {ferritin:0.#} ng/mL between 75 and 100: only IV iron is suggested as an option.")));
            return (TherapySuggestion.IvIron, Inv($"Ferritin {ferritin:0.#} ng/mL is above 75 and at most 100: the AASM guideline suggests IV iron only (oral iron is poorly absorbed)."), fired);
        }
        if (ferritin < TherapyRules.IrlssgFcm.Threshold)
        {
            if (rls.IrlsTotal is null)
            {
                f.Needs("Whether IRLSSG 2018 IV iron applies (ferritin < 300 ug/L in moderate-severe RLS)", "the IRLS total");
                return (TherapySuggestion.None, Inv($"Ferritin {ferritin:0.#} ng/mL is above the AASM thresholds; IRLSSG 2018 IV iron for moderate-severe RLS needs the IRLS total."), fired);
            }
            if (rls.IrlsTotal >= 11)
            {
                fired.Add((TherapyRules.IrlssgFcm, Inv($"Moderate to severe RLS (IRLS {rls.IrlsTotal}) with ferritin {ferritin:0.#} ug/L < 300: IRLSSG 2018 reports ferric carboxymaltose 1000 mg as effective.")));
                return (TherapySuggestion.IvIron, Inv($"Ferritin {ferritin:0.#} ug/L is above the AASM thresholds but below 300 with moderate-severe RLS: IRLSSG 2018 supports IV ferric carboxymaltose as an option."), fired);
            }
        }
        fired.Add((TherapyRules.AasmIvOnly, Inv($"Ferritin {ferritin:0.#} ng/mL is above the thresholds of the RLS iron guidance.")));
        return (TherapySuggestion.None, Inv($"Ferritin {ferritin:0.#} ng/mL is above the RLS iron thresholds: iron is not suggested."), fired);
    }

    private static IronDeficit? Deficit(PatientContext patient, IronAssessment iron, FindingsBuilder f)
    {
        if (iron.Anemia != true || iron.IronDeficiency != IronDeficiencyStatus.Present) return null;
        if (patient.WeightKg is not { } w || iron.HemoglobinGPerL is not { } hb)
        {
            f.Needs("Iron deficit (Ganzoni)", "body weight");
            return null;
        }
        var d = GanzoniCalculator.Compute(w, hb);
        f.Add(TherapyRules.Ganzoni, Inv($"Estimated total iron deficit (Ganzoni, target Hb {d.TargetHemoglobinGPerL / 10:0.#} g/dL, stores {d.StoresMg:0} mg): {d.TotalMg:0} mg."));
        return d;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
