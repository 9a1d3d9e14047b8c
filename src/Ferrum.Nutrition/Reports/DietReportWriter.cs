using System.Globalization;
using System.Text.Json;
using Ferrum.Core.Provenance;
using Ferrum.Nutrition.Absorption;

namespace Ferrum.Nutrition.Reports;

/// <summary>
/// Renders a <see cref="DietReport"/> as the DESIGN.md "Meals and plans" JSON (the contract of <c>ferrum diet --format json</c>
/// and <c>/api/diet</c>), or as the CLI's text.
/// </summary>
public static class DietReportWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Writes the report as indented UTF-8 JSON to <paramref name="output"/> (no trailing newline).</summary>
    public static void WriteJson(Stream output, DietReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (days, req, model, advice, plan) = (report.Days, report.Requirement, report.Model, report.Advice, report.Plan);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        if (plan is not null) w.WriteBoolean("feasible", plan.Feasible);
        w.WriteStartArray("days");
        for (var d = 0; d < days.Count; d++)
        {
            var day = days[d];
            w.WriteStartObject();
            w.WriteStartArray("meals");
            foreach (var (meal, a) in day.Meals)
            {
                w.WriteStartObject();
                w.WriteString("name", meal.Name);
                w.WriteStartArray("items");
                foreach (var i in meal.Items)
                {
                    w.WriteStartObject();
                    w.WriteString("foodId", i.Food.Id);
                    w.WriteString("food", i.Food.Name);
                    w.WriteNumber("grams", i.Grams);
                    if (i.Food.Ndb is not null) w.WriteString("ndb", i.Food.Ndb);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteNumber("ironMg", Round(a.IronMg));
                w.WriteNumber("hemeIronMg", Round(a.HemeIronMg));
                w.WriteNumber("absorbedIronMg", Round(a.AbsorbedIronMg));
                w.WriteNumber("kcal", Round(a.Kcal));
                w.WriteNumber("vitaminCMg", Round(a.VitaminCMg));
                w.WriteNumber("calciumMg", Round(a.CalciumMg));
                w.WriteNumber("mfpGrams", Round(a.MfpGrams));
                w.WriteNumber("modifier", a.Modifier);
                w.WriteNumber("nonHemeAbsorption", Round(a.NonHemeAbsorption, 5));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("ironMg", Round(day.IronMg));
            w.WriteNumber("hemeIronMg", Round(day.HemeIronMg));
            w.WriteNumber("absorbedIronMg", Round(day.AbsorbedIronMg));
            w.WriteNumber("kcal", Round(day.Kcal));
            if (plan is not null && d < plan.Iterations.Count)
            {
                w.WriteStartArray("iterations");
                foreach (var it in plan.Iterations[d])
                {
                    w.WriteStartObject();
                    w.WriteNumber("iteration", it.Iteration);
                    w.WriteNumber("linearAbsorbedMg", Round(it.LinearAbsorbedMg));
                    w.WriteNumber("exactAbsorbedMg", Round(it.ExactAbsorbedMg));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (req is null) w.WriteNull("targetAbsorbedIronMg"); else w.WriteNumber("targetAbsorbedIronMg", Round(req.AbsorbedTargetMg));
        w.WriteString("model", AbsorptionCoefficients.ModelId + " (heme: Monsen 1978; non-heme: Collings 2013)");
        w.WriteStartObject("modelDetails");
        w.WriteNumber("ferritinUgPerL", model.FerritinUgPerL);
        w.WriteBoolean("ferritinIsDefault", model.FerritinIsDefault);
        w.WriteBoolean("extrapolated", model.Extrapolated);
        w.WriteString("caveat", AbsorptionCoefficients.SingleMealCaveat);
        w.WriteString("notApplied", "Hallberg & Hulthén 2000 factors (phytate, polyphenols, calcium, egg, soy, alcohol) and Monsen & Balintfy 1982 are not applied: their coefficients could not be transcribed from the primary papers; the food table has no phytate or polyphenol values.");
        CitationJson.WriteArray(w, AbsorptionCoefficients.All);
        w.WriteEndObject();
        if (req is not null)
        {
            w.WriteStartObject("requirement");
            w.WriteString("lifeStage", req.LifeStageLabel);
            w.WriteNumber("rdaMixedDietMg", req.RdaMixedDietMg);
            w.WriteNumber("dietaryTargetMg", Round(req.DietaryTargetMg));
            w.WriteNumber("ulMg", req.UlMg);
            w.WriteBoolean("clinicianTarget", req.ClinicianTarget);
            CitationJson.WriteArray(w, req.Citations);
            w.WriteEndObject();
        }
        w.WriteStartArray("advice");
        foreach (var a in advice)
        {
            w.WriteStartObject();
            w.WriteString("kind", a.Kind);
            w.WriteString("meal", a.Meal);
            w.WriteString("text", a.Text);
            if (a.GainMg is { } g) w.WriteNumber("gainMg", Round(g)); else w.WriteNull("gainMg");
            CitationJson.WriteArray(w, a.Citations);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (plan is { Feasible: false })
        {
            w.WriteString("bindingConstraint", plan.BindingConstraint);
            w.WriteStartArray("explanation");
            foreach (var e in plan.Explanation) w.WriteStringValue(e);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>Writes the report as the CLI's plain text.</summary>
    public static void WriteText(TextWriter o, DietReport report)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(report);
        var (days, req, model, advice) = (report.Days, report.Requirement, report.Model, report.Advice);
        for (var d = 0; d < days.Count; d++)
        {
            var day = days[d];
            if (days.Count > 1) o.WriteLine(string.Create(Inv, $"Day {d + 1}"));
            foreach (var (meal, a) in day.Meals)
            {
                o.WriteLine(string.Create(Inv, $"  {meal.Name}: iron {a.IronMg:0.00} mg (heme {a.HemeIronMg:0.00}), absorbed {a.AbsorbedIronMg:0.00} mg, {a.Kcal:0} kcal, vitamin C {a.VitaminCMg:0} mg, modifier {a.Modifier:+0;-0;0}"));
                foreach (var i in meal.Items) o.WriteLine(string.Create(Inv, $"      {i.Grams,7:0.#} g  {i.Food.Name}  [{i.Food.Source}]"));
            }
            o.WriteLine(string.Create(Inv, $"  day total: iron {day.IronMg:0.00} mg, absorbed {day.AbsorbedIronMg:0.00} mg, {day.Kcal:0} kcal"));
        }
        if (req is not null)
            o.WriteLine(string.Create(Inv, $"Target absorbed iron: {req.AbsorbedTargetMg:0.00} mg/day ({(req.ClinicianTarget ? "clinician-set" : $"IOM 2001 RDA {req.RdaMixedDietMg:0} mg × 18%, {req.LifeStageLabel}")}); dietary iron target {req.DietaryTargetMg:0.#} mg, UL {req.UlMg:0} mg."));
        o.WriteLine(string.Create(Inv, $"Model: {AbsorptionCoefficients.ModelId}; serum ferritin {model.FerritinUgPerL:0.#} µg/L{(model.FerritinIsDefault ? " (iron-deficient reference; pass --ferritin)" : "")}{(model.Extrapolated ? ", outside the 6-80 µg/L range of Collings 2013 (extrapolated)" : "")}."));
        o.WriteLine("Hallberg & Hulthén 2000 and Monsen & Balintfy 1982 are not applied (coefficients not transcribed from the primary papers).");
        o.WriteLine(AbsorptionCoefficients.SingleMealCaveat);
        if (advice.Count > 0) o.WriteLine("Advice:");
        foreach (var a in advice) o.WriteLine("  - " + a.Text);
    }


    private static double Round(double v, int digits = 3) => Math.Round(v, digits, MidpointRounding.AwayFromZero);
}
