using System.Globalization;
using Ferrum.Clinical.Json;

namespace Ferrum.Clinical.Tests.Json;

public sealed class InputReaderTests
{
    private const string DesignExample = """
    {
      "patient": { "ageYears": 45, "sex": "female", "pregnant": false, "trimester": null,
                   "postmenopausal": false, "ckdStage": null, "onDialysis": false,
                   "weightKg": 68, "elevationMeters": 0, "smoker": false, "cigarettesPerDay": null },
      "rls": { "urgeToMove": true, "worseAtRest": true, "reliefByMovement": true,
               "worseEveningOrNight": true, "notExplainedByOtherCondition": true,
               "episodesPerWeek": 4, "monthsWithSymptoms": 14, "lifetimeEpisodes": null,
               "clinicallySignificant": true },
      "irls": [3, 3, 2, 2, 3, 2, 2, 2, 3, 2],
      "labs": [
        { "loinc": "2276-4", "value": 42, "unit": "ng/mL", "date": "2026-10-02" },
        { "loinc": "718-7",  "value": 11.2, "unit": "g/dL" },
        { "loinc": "2502-3", "value": 14, "unit": "%" },
        { "loinc": "1988-5", "value": 3, "unit": "mg/L" }
      ],
      "medications": ["sertraline", "diphenhydramine"]
    }
    """;

    [Fact]
    public void The_design_example_reads_without_errors_or_warnings()
    {
        var read = AssessmentInputReader.Read(DesignExample);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        Assert.Empty(read.Warnings);
        Assert.Equal(4, read.Input!.Labs.Count);
        Assert.Equal(112, read.Input.Labs[1].Canonical, 9);
        Assert.Equal(new DateOnly(2026, 10, 2), read.Input.Labs[0].Date);
        Assert.Equal(24, read.Input.Irls!.Sum());
    }

    [Fact]
    public void Only_age_and_sex_are_required()
    {
        Assert.True(AssessmentInputReader.Read("""{"patient":{"ageYears":30,"sex":"male"}}""").Succeeded);
        var missing = AssessmentInputReader.Read("""{"patient":{"sex":"male"}}""");
        Assert.Equal("field.required", missing.Errors.Single().Code);
        Assert.Equal("$.patient.ageYears", missing.Errors.Single().Location);
    }

    [Fact]
    public void Malformed_json_names_line_and_position_in_the_message()
    {
        var error = AssessmentInputReader.Read("{\n  \"patient\": { \"ageYears\": 45, \"sex\": \"female\" \n").Errors.Single();
        Assert.Equal("json.malformed", error.Code);
        Assert.Null(error.Location);
        Assert.StartsWith("the file is not valid JSON at line 3, position 1: ", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string?, string?> BadInputs => new()
    {
        // json, code, location, accepted (substring)
        { """{"patient": {"ageYears": 45, "sex": "female"},""", "json.malformed", null, null },
        { """[1, 2]""", "json.not-object", "$", null },
        { """{"patient":{"ageYears":45,"sex":"x"}}""", "value.unknown", "$.patient.sex", "\"female\" or \"male\"" },
        { """{"patient":{"ageYears":"45","sex":"female"}}""", "field.type", "$.patient.ageYears", "0 to 120 years" },
        { """{"patient":{"ageYears":130,"sex":"female"}}""", "value.out-of-range", "$.patient.ageYears", "0 to 120 years" },
        { """{"patient":{"ageYears":45,"sex":"female","trimester":4}}""", "value.out-of-range", "$.patient.trimester", "1 to 3" },
        { """{"patient":{"ageYears":45,"sex":"female"},"labs":[{"loinc":"2276-4","value":42,"unit":"furlongs"}]}""", "unit.unknown", "$.labs[0].unit", "ug/L, ng/mL, pmol/L" },
        { """{"patient":{"ageYears":45,"sex":"female"},"labs":[{"loinc":"718-7","value":112,"unit":"g/dL"}]}""", "value.implausible", "$.labs[0].value", "10 to 250 g/L" },
        { """{"patient":{"ageYears":45,"sex":"female"},"labs":[{"loinc":"718-7","value":11,"unit":"g/dL","date":"02.10.2026"}]}""", "date.invalid", "$.labs[0].date", "yyyy-MM-dd" },
        { """{"patient":{"ageYears":45,"sex":"female"},"labs":[{"loinc":"2498-4","value":300,"unit":"ug/dL"},{"loinc":"2500-7","value":250,"unit":"ug/dL"}]}""", "value.inconsistent", "$.labs", "serum iron <= TIBC" },
        { """{"patient":{"ageYears":45,"sex":"female"},"irls":[3,3,2,2,5,2,2,2,3,2]}""", "irls.item-out-of-range", "$.irls[4]", "0 to 4" },
        { """{"patient":{"ageYears":45,"sex":"female"},"irls":[3,3,2,2,1.5,2,2,2,3,2]}""", "irls.item-out-of-range", "$.irls[4]", "0 to 4" },
        { """{"patient":{"ageYears":45,"sex":"female"},"irls":[3,3,2]}""", "irls.count", "$.irls", "10 whole numbers" },
        { """{"patient":{"ageYears":45,"sex":"female"},"rls":{"urgeToMove":"yes"}}""", "field.type", "$.rls.urgeToMove", "true, false or null" },
        { """{"patient":{"ageYears":45,"sex":"female"},"medications":"sertraline"}""", "field.type", "$.medications", null },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_names_the_json_path_value_and_accepted_range(string json, string code, string? location, string? accepted)
    {
        var read = AssessmentInputReader.Read(json);
        Assert.False(read.Succeeded);
        var error = read.Errors.First();
        Assert.Equal(code, error.Code);
        Assert.Equal(location, error.Location);
        if (accepted is not null) Assert.Contains(accepted, error.Accepted, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_loinc_codes_and_fields_are_warnings_and_the_result_is_ignored()
    {
        var read = AssessmentInputReader.Read("""{"patient":{"ageYears":45,"sex":"female","shoeSize":38},"labs":[{"loinc":"1234-4","value":1,"unit":"g/L"},{"loinc":"2276-4","value":20,"unit":"ug/L"}]}""");
        Assert.True(read.Succeeded);
        Assert.Equal(["field.unknown", "loinc.unknown"], read.Warnings.Select(w => w.Code).Order());
        Assert.Single(read.Input!.Labs);
        Assert.Contains(read.Warnings, w => w.Location == "$.labs[0].loinc" && w.Value == "1234-4");
    }

    [Fact]
    public void Every_error_is_reported_not_just_the_first()
    {
        var read = AssessmentInputReader.Read("""{"patient":{"ageYears":-1,"sex":"female"},"irls":[9,9,9,9,9,9,9,9,9,9]}""");
        Assert.Equal(11, read.Errors.Count);
    }

    [Fact]
    public void Reading_is_independent_of_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var read = AssessmentInputReader.Read("""{"patient":{"ageYears":45.5,"sex":"female","weightKg":68.5},"labs":[{"loinc":"718-7","value":11.2,"unit":"g/dL","date":"2026-10-02"}]}""");
            Assert.True(read.Succeeded);
            Assert.Equal(45.5, read.Input!.Patient.AgeYears);
            Assert.Equal(112, read.Input.Labs[0].Canonical, 9);
            var json = AssessmentResultWriter.ToJson(AssessmentEngine.Assess(read.Input, new DateOnly(2026, 11, 24)));
            Assert.Contains("\"hemoglobinGPerL\": 112", json, StringComparison.Ordinal);
            Assert.DoesNotContain("112,0", json, StringComparison.Ordinal);
            var bad = AssessmentInputReader.Read("""{"patient":{"ageYears":45,"sex":"female"},"labs":[{"loinc":"718-7","value":30.5,"unit":"g/dL"}]}""");
            Assert.Equal("30.5 g/dL", bad.Errors.Single().Value);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
