using System.Globalization;
using Ferrum.Clinical.Json;

namespace Ferrum.Clinical.Tests.Json;

/// <summary>Inputs the bad-input corpus found accepted silently: malformed LOINC, future labs, conflicting results, duplicate keys.</summary>
public sealed class InputReaderHardeningTests
{
    private static readonly DateOnly AssessedOn = new(2026, 11, 1);

    private static string WithLabs(string labs) => """{"patient":{"ageYears":45,"sex":"female"},"labs":[""" + labs + "]}";

    public static TheoryData<string, string, string, string> Rejected => new()
    {
        // json, code, location, a fragment of message + value + accepted
        { WithLabs("""{"loinc":"2276","value":42,"unit":"ng/mL"}"""), "loinc.malformed", "$.labs[0].loinc", "check digit" },
        { WithLabs("""{"loinc":"2276-5","value":42,"unit":"ng/mL"}"""), "loinc.malformed", "$.labs[0].loinc", "2276-5" },
        { WithLabs("""{"loinc":"2276-4","value":42,"unit":"ng/mL","date":"2099-01-01"}"""), "date.future", "$.labs[0].date", "on or before 2026-11-01" },
        { WithLabs("""{"loinc":"718-7","value":11,"unit":"g/dL","date":"2026-11-02"}"""), "date.future", "$.labs[0].date", "2026-11-02" },
        { WithLabs("""{"loinc":"2276-4","value":42,"unit":"ng/mL","date":"2026-10-02"},{"loinc":"2276-4","value":300,"unit":"ng/mL","date":"2026-10-02"}"""),
            "labs.conflicting", "$.labs[1]", "at $.labs[0]" },
        { WithLabs("""{"loinc":"2276-4","value":42,"unit":"ng/mL","date":"2026-10-02"},{"loinc":"20567-4","value":43,"unit":"ug/L","date":"2026-10-02"}"""),
            "labs.conflicting", "$.labs[1]", "Ferritin" },
        { WithLabs("""{"loinc":"718-7","value":11,"unit":"g/dL"},{"loinc":"718-7","value":13,"unit":"g/dL"}"""), "labs.conflicting", "$.labs[1]", "without a date" },
        { """{"patient":{"ageYears":45,"ageYears":90,"sex":"female"}}""", "json.duplicate-key", "$.patient.ageYears", "each key once" },
        { """{"patient":{"ageYears":45,"sex":"female"},"patient":{"ageYears":45,"sex":"male"}}""", "json.duplicate-key", "$.patient", "patient" },
        { WithLabs("""{"loinc":"2276-4","value":42,"unit":"ng/mL"},{"loinc":"718-7","value":11,"value":12,"unit":"g/dL"}"""), "json.duplicate-key", "$.labs[1].value", "value" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Silently_accepted_input_is_now_an_error_naming_where(string json, string code, string? location, string fragment)
    {
        var read = AssessmentInputReader.Read(json, AssessedOn);
        Assert.False(read.Succeeded);
        var error = Assert.Single(read.Errors);
        Assert.Equal(code, error.Code);
        if (location is not null) Assert.Equal(location, error.Location);
        Assert.Contains(fragment, error.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> Accepted => new()
    {
        WithLabs("""{"loinc":"2276-4","value":42,"unit":"ng/mL","date":"2026-11-01"}"""),                       // on the assessment date
        WithLabs("""{"loinc":"2276-4","value":42,"unit":"ng/mL","date":"2026-10-02"},{"loinc":"2276-4","value":42,"unit":"ug/L","date":"2026-10-02"}"""), // same value twice
        WithLabs("""{"loinc":"2276-4","value":42,"unit":"ng/mL","date":"2026-10-02"},{"loinc":"2276-4","value":300,"unit":"ng/mL","date":"2026-06-02"}"""), // different dates
        WithLabs("""{"loinc":"99999-5","value":1,"unit":"g/L"}"""),                                              // well-formed but unknown: a warning
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Plausible_neighbours_of_those_inputs_are_still_accepted(string json)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var read = AssessmentInputReader.Read(json, AssessedOn);
            Assert.True(read.Succeeded, string.Join("; ", read.Errors));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Without_an_assessment_date_a_future_lab_is_left_to_the_engine_finding()
    {
        var read = AssessmentInputReader.Read(WithLabs("""{"loinc":"2276-4","value":42,"unit":"ng/mL","date":"2099-01-01"}"""));
        Assert.True(read.Succeeded);
    }
}
