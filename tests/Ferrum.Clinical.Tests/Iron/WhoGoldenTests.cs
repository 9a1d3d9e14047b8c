using System.Text.Json;
using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Tests.Support;
using Ferrum.Core.Patients;

namespace Ferrum.Clinical.Tests.Iron;

/// <summary>Checks the engine against cases computed by WHO's r-micronutrients package (tests/reference/clinical).</summary>
public sealed class WhoGoldenTests
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "reference", "who-goldens.json"))).RootElement;

    private static bool? B(JsonElement e, string name) => e.GetProperty(name).ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null };
    private static double? D(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Number ? e.GetProperty(name).GetDouble() : null;

    [Fact]
    public void Hemoglobin_categories_and_adjusted_values_match_the_who_package()
    {
        var cases = Golden.GetProperty("hemoglobin").EnumerateArray().ToList();
        Assert.True(cases.Count > 200);
        foreach (var c in cases)
        {
            var sex = c.GetProperty("sex").GetString() == "male" ? Sex.Male : Sex.Female;
            var trimester = D(c, "trimester") is { } t ? (int)t : (int?)null;
            var patient = PatientContext.Create(c.GetProperty("ageYears").GetDouble(), sex, pregnant: B(c, "pregnant"), trimester: trimester,
                elevationMeters: D(c, "elevation"), smoker: B(c, "smoker"), cigarettesPerDay: D(c, "cigarettes"));
            var hb = c.GetProperty("hb").GetDouble();
            var iron = Build.Assess(patient, labs: Build.Hb(hb)).Iron;
            var expected = c.GetProperty("category").GetString() switch
            {
                "No anaemia" => (AnemiaSeverity?)null,
                "Mild anaemia" => AnemiaSeverity.Mild,
                "Moderate anaemia" => AnemiaSeverity.Moderate,
                "Severe anaemia" => AnemiaSeverity.Severe,
                var other => throw new InvalidDataException("unexpected category " + other),
            };
            var label = c.GetRawText();
            Assert.True(expected == iron.AnemiaSeverity, $"severity {iron.AnemiaSeverity} != {expected} for {label}");
            Assert.Equal(expected is not null, iron.Anemia);
            Assert.True(Math.Abs(c.GetProperty("adjustedHb").GetDouble() - iron.AdjustedHemoglobinGPerL!.Value) < 1e-9, "adjusted Hb for " + label);
        }
    }

    [Fact]
    public void Ferritin_categories_match_the_who_package()
    {
        var cases = Golden.GetProperty("ferritin").EnumerateArray().ToList();
        Assert.True(cases.Count > 500);
        foreach (var c in cases)
        {
            var sex = c.GetProperty("sex").GetString() == "male" ? Sex.Male : Sex.Female;
            var patient = PatientContext.Create(c.GetProperty("ageYears").GetDouble(), sex);
            var labs = new List<Ferrum.Core.Labs.LabResult> { Build.Ferritin(c.GetProperty("ferritin").GetDouble()) };
            if (D(c, "crp") is { } crp) labs.Add(Build.Crp(crp));
            var iron = Build.Assess(patient, labs: [.. labs]).Iron;
            var category = c.GetProperty("category").GetString()!;
            var label = c.GetRawText();
            var deficient = category.StartsWith("Iron deficiency", StringComparison.Ordinal);
            var overload = category.StartsWith("Risk of overload", StringComparison.Ordinal);
            Assert.True(deficient == (iron.IronDeficiency == IronDeficiencyStatus.Present), "deficiency for " + label);
            Assert.True(overload == (iron.IronOverloadRisk == true), "overload for " + label);
            Assert.True(category.Contains("inflammation", StringComparison.Ordinal) || category.Contains("non-healthy", StringComparison.Ordinal)
                ? iron.Inflammation == true : true, "inflammation for " + label);
        }
    }
}
