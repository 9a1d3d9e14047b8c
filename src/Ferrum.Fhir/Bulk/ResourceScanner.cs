using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Ferrum.Fhir.Input;
using Ferrum.Fhir.Terminology;

namespace Ferrum.Fhir.Bulk;

/// <summary>
/// Reads the few elements Ferrum needs straight from the UTF-8 bytes of one NDJSON line, skipping the rest,
/// and applies the same <see cref="FactRules"/> as the resource mapper. One instance per thread.
/// </summary>
internal sealed partial class ResourceScanner
{
    private ResourceKind _kind;
    private string? _type, _id, _status, _subject, _gender, _birthDate, _loinc, _unitCode, _unitText, _date;
    private string? _medText, _medDisplay, _rxNorm, _rxDisplay, _clinical, _verification;
    private bool _hasCode, _hasNonQuantityValue;
    private double? _value;
    private ConditionCodes.Mapped? _condition;

    /// <summary>The shared issue for Observations whose LOINC code Ferrum does not read (vital signs and the like), counted, not stored.</summary>
    public static MappingIssue CodeNotUsed { get; } = new("Observation", "(many)", "observation.code-not-used", "LOINC code not read by Ferrum");

    /// <summary>Scans one line; <paramref name="lineNumber"/> and <paramref name="file"/> name it in issues.</summary>
    public ScannedFact Scan(ReadOnlySpan<byte> line, string file, long lineNumber)
    {
        Reset();
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return LineIssue(file, lineNumber, "the line is not a JSON object");
            ReadRoot(ref reader);
        }
        catch (JsonException ex)
        {
            return LineIssue(file, lineNumber, "the line is not valid JSON: " + ex.Message);
        }
        catch (InvalidOperationException ex) when (ex.InnerException is DecoderFallbackException)
        {
            // Utf8JsonReader checks UTF-8 only when a string is decoded (fuzzing found this escaping the scan).
            return LineIssue(file, lineNumber, "the line is not valid UTF-8: " + ex.InnerException.Message);
        }
        return _kind switch
        {
            ResourceKind.Patient => new(_kind, _id, new PatientFact(_id ?? "(no id)", _gender, _birthDate is null ? null : FhirDates.Parse(_birthDate))),
            ResourceKind.Observation => Observation(),
            ResourceKind.MedicationRequest or ResourceKind.MedicationStatement => Medication(),
            ResourceKind.Condition => Condition(),
            ResourceKind.QuestionnaireResponse => new(_kind, References.PatientId(_subject), Encoding.UTF8.GetString(line)),
            _ => new(ResourceKind.Other, null, null),
        };
    }

    private ScannedFact LineIssue(string file, long lineNumber, string message) =>
        new(ResourceKind.Other, null, new MappingIssue(_type ?? TypeFromFile(file), $"(line {lineNumber} of {Path.GetFileName(file)})", "ndjson.invalid-line", message));

    private static string TypeFromFile(string file)
    {
        var name = Path.GetFileName(file);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var stem = dot > 0 ? name[..dot] : name;
        var dash = stem.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? stem[..dash] : stem;
    }

    private ScannedFact Observation()
    {
        var pid = References.PatientId(_subject);
        var id = _id ?? "(no id)";
        if (_hasNonQuantityValue && _loinc is not null && LabCodes.NameOf(_loinc) is not null)
            return new(_kind, pid, new MappingIssue("Observation", id, "observation.value-not-quantity", $"LOINC {_loinc} has a value[x] that is not a valueQuantity"));
        if (_loinc is not null && LabCodes.NameOf(_loinc) is null && FactRules.UsableObservationStatus(_status)) return new(_kind, pid, CodeNotUsed);
        var unit = _unitCode ?? _unitText;
        var date = _date is null ? null : FhirDates.Parse(_date);
        return new(_kind, pid, FactRules.Lab(id, _loinc, _hasCode, _value, unit, date, _status));
    }

    private ScannedFact Medication()
    {
        var pid = References.PatientId(_subject);
        if (!FactRules.ActiveMedicationStatus(_status)) return new(_kind, pid, null);
        var type = _kind == ResourceKind.MedicationRequest ? "MedicationRequest" : "MedicationStatement";
        var name = _rxDisplay ?? _medText ?? _medDisplay;
        if (string.IsNullOrWhiteSpace(name))
            return new(_kind, pid, new MappingIssue(type, _id ?? "(no id)", "medication.name-missing", "the medication has neither a coding display nor text; medication ignored"));
        return new(_kind, pid, new MedicationFact(_id ?? "(no id)", name, _rxNorm));
    }

    private ScannedFact Condition()
    {
        var pid = References.PatientId(_subject);
        if (_condition is not { } m || !FactRules.ActiveCondition(_clinical, _verification)) return new(_kind, pid, null);
        var id = _id ?? "(no id)";
        return new(_kind, pid, m.ImpliesDialysis
            ? new[] { new ConditionFact(id, m.Kind, m.CkdStage), new ConditionFact(id, ConditionKind.Dialysis, null) }
            : new ConditionFact(id, m.Kind, m.CkdStage));
    }

    private void Reset()
    {
        _kind = ResourceKind.Other;
        _type = _id = _status = _subject = _gender = _birthDate = _loinc = _unitCode = _unitText = _date = null;
        _medText = _medDisplay = _rxNorm = _rxDisplay = _clinical = _verification = null;
        _hasCode = _hasNonQuantityValue = false;
        _value = null;
        _condition = null;
    }

    private static double? ReadNumber(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var d)) return d;
        if (reader.TokenType == JsonTokenType.String && Utf8Parser.TryParse(reader.ValueSpan, out double s, out var used) && used == reader.ValueSpan.Length) return s;
        return null;
    }
}
