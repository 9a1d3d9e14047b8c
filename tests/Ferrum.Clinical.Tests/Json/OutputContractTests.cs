using System.Text.Json;
using Ferrum.Clinical.Json;

namespace Ferrum.Clinical.Tests.Json;

public sealed class OutputContractTests
{
    [Fact]
    public void Output_has_every_design_field_with_its_design_spelling()
    {
        var read = AssessmentInputReader.Read("""{"patient":{"ageYears":45,"sex":"female"}}""");
        var json = AssessmentResultWriter.ToJson(AssessmentEngine.Assess(read.Input!, new DateOnly(2026, 11, 24)));
        var root = JsonDocument.Parse(json).RootElement;
        string[] top = ["rls", "iron", "therapy", "workup", "aggravatingMedications", "findings", "ruleSet"];
        Assert.All(top, k => Assert.True(root.TryGetProperty(k, out _), k));
        Assert.All(new[] { "status", "criteria", "course", "irlsTotal", "irlsSeverity" }, k => Assert.True(root.GetProperty("rls").TryGetProperty(k, out _), k));
        Assert.All(new[] { "anemia", "hemoglobinThresholdGPerL", "ironDeficiency", "ferritinUgPerL", "tsatPercent", "inflammation" }, k => Assert.True(root.GetProperty("iron").TryGetProperty(k, out _), k));
        Assert.All(new[] { "recommendation", "details", "recheckAfterWeeks" }, k => Assert.True(root.GetProperty("therapy").TryGetProperty(k, out _), k));
        Assert.Equal("ferrum-guidelines/2026.1", root.GetProperty("ruleSet").GetString());
        Assert.Equal("indeterminate", root.GetProperty("rls").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("rls").GetProperty("course").ValueKind);
        Assert.Equal("unknown", root.GetProperty("iron").GetProperty("ironDeficiency").GetString());
        Assert.Equal("insufficient-data", root.GetProperty("therapy").GetProperty("recommendation").GetString());
    }

    [Fact]
    public void Enumerations_use_the_kebab_case_contract_values()
    {
        Assert.Equal("not-met", ContractNames.Of(Assessment.RlsStatus.NotMet));
        Assert.Equal("chronic-persistent", ContractNames.Of(Assessment.RlsCourse.ChronicPersistent));
        Assert.Equal("very-severe", ContractNames.Of(Assessment.IrlsSeverity.VerySevere));
        Assert.Equal("oral-or-iv-iron", ContractNames.Of(Assessment.TherapySuggestion.OralOrIvIron));
        Assert.Equal("iv-iron", ContractNames.Of(Assessment.TherapySuggestion.IvIron));
        Assert.Equal("possible", ContractNames.Of(Assessment.IronDeficiencyStatus.Possible));
    }

    [Fact]
    public void Citations_carry_source_locator_and_note_and_references_are_listed_once()
    {
        var read = AssessmentInputReader.Read("""{"patient":{"ageYears":45,"sex":"female","weightKg":60},"rls":{"urgeToMove":true,"worseAtRest":true,"reliefByMovement":true,"worseEveningOrNight":true,"notExplainedByOtherCondition":true,"episodesPerWeek":3},"labs":[{"loinc":"2276-4","value":8,"unit":"ug/L"},{"loinc":"718-7","value":95,"unit":"g/L"},{"loinc":"2502-3","value":7,"unit":"%"}]}""");
        var root = JsonDocument.Parse(AssessmentResultWriter.ToJson(AssessmentEngine.Assess(read.Input!, new DateOnly(2026, 11, 24)))).RootElement;
        var citations = root.GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("citations").EnumerateArray()).ToList();
        Assert.All(citations, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("locator").GetString())));
        Assert.Contains(citations, c => c.TryGetProperty("note", out var n) && n.GetString()!.Contains("Not confirmed", StringComparison.Ordinal));
        var references = root.GetProperty("references").EnumerateArray().Select(r => r.GetProperty("source").GetString()).ToList();
        Assert.Equal(references.Distinct().Count(), references.Count);
        Assert.Contains("AASM 2024", references);
        Assert.Contains("WHO 2024", references);
    }
}
