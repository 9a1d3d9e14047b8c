using System.Globalization;
using System.Text.Json;
using Ferrum.Fhir.Terminology;

namespace Ferrum.Fhir.Synthetic;

internal sealed partial class SyntheticPatientWriter
{
    private void Lab(Stream stream, string patient, string loinc, string display, double value, string ucum, DateOnly date, bool vital = false)
    {
        // About one laboratory result in 500 arrives without a unit, as real exports have some.
        var unitless = !vital && random.NextDouble() < 0.002;
        Emit(stream, w =>
        {
            w.WriteString("resourceType", "Observation");
            w.WriteString("id", NewId());
            w.WriteString("status", "final");
            w.WriteStartArray("category");
            w.WriteStartObject();
            w.WriteStartArray("coding");
            Coding(w, "http://terminology.hl7.org/CodeSystem/observation-category", vital ? "vital-signs" : "laboratory", vital ? "Vital Signs" : "Laboratory");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartObject("code");
            w.WriteStartArray("coding");
            Coding(w, CodeSystems.Loinc, loinc, display);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("subject");
            w.WriteString("reference", "Patient/" + patient);
            w.WriteEndObject();
            w.WriteString("effectiveDateTime", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T08:" + random.Next(10, 60).ToString(CultureInfo.InvariantCulture) + ":00Z");
            w.WriteStartObject("valueQuantity");
            w.WriteNumber("value", value);
            if (!unitless)
            {
                w.WriteString("unit", ucum);
                w.WriteString("system", CodeSystems.Ucum);
                w.WriteString("code", ucum);
            }
            w.WriteEndObject();
        });
    }

    private void Medication(Stream stream, string patient, string drug) => Emit(stream, w =>
    {
        w.WriteString("resourceType", "MedicationRequest");
        w.WriteString("id", NewId());
        w.WriteString("status", "active");
        w.WriteString("intent", "order");
        w.WriteStartObject("medicationCodeableConcept");
        w.WriteString("text", drug);
        w.WriteEndObject();
        w.WriteStartObject("subject");
        w.WriteString("reference", "Patient/" + patient);
        w.WriteEndObject();
        w.WriteString("authoredOn", RecentDate().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    });

    private void Condition(Stream stream, string patient, string system, string code, string display) => Emit(stream, w =>
    {
        w.WriteString("resourceType", "Condition");
        w.WriteString("id", NewId());
        w.WriteStartObject("clinicalStatus");
        w.WriteStartArray("coding");
        Coding(w, "http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("code");
        w.WriteStartArray("coding");
        Coding(w, system, code, display);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("subject");
        w.WriteString("reference", "Patient/" + patient);
        w.WriteEndObject();
        w.WriteString("recordedDate", RecentDate().AddDays(-random.Next(2000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    });

    private void Questionnaires(Stream stream, string patient)
    {
        var authored = RecentDate().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Emit(stream, w =>
        {
            Response(w, patient, CodeSystems.CriteriaQuestionnaire, authored);
            foreach (var c in new[] { "urge-to-move", "worse-at-rest", "relief-by-movement", "worse-evening-night", "not-explained-by-other-condition", "clinically-significant" })
                Answer(w, c, a => a.WriteBoolean("valueBoolean", random.NextDouble() < 0.93));
            Answer(w, "episodes-per-week", a => a.WriteNumber("valueDecimal", random.Next(1, 8)));
            Answer(w, "months-with-symptoms", a => a.WriteNumber("valueInteger", random.Next(1, 120)));
            w.WriteEndArray();
        });
        Emit(stream, w =>
        {
            Response(w, patient, CodeSystems.IrlsQuestionnaire, authored);
            var level = random.Next(0, 4);
            for (var i = 1; i <= 10; i++)
                Answer(w, "irls-" + i.ToString(CultureInfo.InvariantCulture), a => a.WriteNumber("valueInteger", Math.Clamp(level + random.Next(-1, 2), 0, 4)));
            w.WriteEndArray();
        });
    }

    private void Response(Utf8JsonWriter w, string patient, string questionnaire, string authored)
    {
        w.WriteString("resourceType", "QuestionnaireResponse");
        w.WriteString("id", NewId());
        w.WriteString("questionnaire", questionnaire);
        w.WriteString("status", "completed");
        w.WriteStartObject("subject");
        w.WriteString("reference", "Patient/" + patient);
        w.WriteEndObject();
        w.WriteString("authored", authored);
        w.WriteStartArray("item");
    }

    private static void Answer(Utf8JsonWriter w, string linkId, Action<Utf8JsonWriter> value)
    {
        w.WriteStartObject();
        w.WriteString("linkId", linkId);
        w.WriteStartArray("answer");
        w.WriteStartObject();
        value(w);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Coding(Utf8JsonWriter w, string system, string code, string? display)
    {
        w.WriteStartObject();
        w.WriteString("system", system);
        w.WriteString("code", code);
        if (display is not null) w.WriteString("display", display);
        w.WriteEndObject();
    }
}
