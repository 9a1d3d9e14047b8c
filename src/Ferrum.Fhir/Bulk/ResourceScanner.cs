using System.Text;
using System.Text.Json;
using Ferrum.Fhir.Input;
using Ferrum.Fhir.Terminology;

namespace Ferrum.Fhir.Bulk;

/// <summary>
/// Reads the few elements Ferrum needs straight from the UTF-8 bytes of one NDJSON line, skipping the rest, applies
/// the same <see cref="FactRules"/> as the resource mapper and writes the resulting facts or issues as spill records.
/// No Firely object model and, on the common path, no strings. One instance per thread.
/// </summary>
internal sealed partial class ResourceScanner
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };
    private readonly Utf8Field _id = new(), _subject = new(), _type = new(), _unitCode = new(), _unitText = new(), _valueText = new();
    private readonly Utf8Field _otherLoinc = new(), _medText = new(), _medDisplay = new(), _rxNorm = new(), _rxDisplay = new();
    private readonly Utf8Field _questionnaire = new(), _codingCode = new(), _codingDisplay = new();
    private ResourceKind _kind;
    private string? _status, _gender, _knownLoinc, _clinical, _verification;
    private bool _hasCode, _hasNonQuantityValue, _dateFromIssued;
    private double? _value;
    private DateOnly? _birthDate, _date;
    private ConditionCodes.Mapped? _condition;

    /// <summary>Observations whose LOINC code Ferrum does not read (vital signs and the like): counted, not stored.</summary>
    public long CodeNotUsed { get; private set; }

    /// <summary>Scans one line of file number <paramref name="file"/> and writes what it contributes to <paramref name="spill"/>.</summary>
    public void Scan(ReadOnlySpan<byte> line, int file, string fileName, long lineNumber, SpillPartitions.Writer spill)
    {
        Reset();
        if (!System.Text.Unicode.Utf8.IsValid(line))
        {
            // Utf8JsonReader validates UTF-8 only where a string is decoded, and the scanner decodes few (found by fuzzing).
            LineIssue(spill, file, fileName, lineNumber, "the line is not valid UTF-8");
            return;
        }

        try
        {
            var reader = new Utf8JsonReader(line, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                LineIssue(spill, file, fileName, lineNumber, "the line is not a JSON object");
                return;
            }
            ReadRoot(ref reader);
            if (reader.Read()) throw new JsonException("text after the end of the resource");
        }
        catch (JsonException ex)
        {
            LineIssue(spill, file, fileName, lineNumber, "the line is not valid JSON (cut short or malformed): " + ex.Message);
            return;
        }
        catch (InvalidOperationException ex) when (ex.TargetSite?.DeclaringType?.Assembly == typeof(Utf8JsonReader).Assembly)
        {
            // Utf8JsonReader checks UTF-8 only when a string is copied or decoded, and then throws this rather than a
            // JsonException (found by fuzzing: a resourceType or id holding byte 0xFF escaped the scan and ended the run).
            LineIssue(spill, file, fileName, lineNumber, "the line is not valid UTF-8 JSON: " + ex.Message);
            return;
        }
        var at = new Emit(spill, file, lineNumber);
        switch (_kind)
        {
            case ResourceKind.Patient: Patient(at); break;
            case ResourceKind.Observation: Observation(at); break;
            case ResourceKind.MedicationRequest or ResourceKind.MedicationStatement: Medication(at); break;
            case ResourceKind.Condition: Condition(at); break;
            case ResourceKind.QuestionnaireResponse: Questionnaire(at); break;
        }
    }

    /// <summary>Where the records of the current line go.</summary>
    private readonly record struct Emit(SpillPartitions.Writer Spill, int File, long Line);

    private void LineIssue(SpillPartitions.Writer spill, int file, string fileName, long lineNumber, string message)
    {
        var type = _type.Has ? _type.Text! : TypeFromFile(fileName);
        Issue(new Emit(spill, file, lineNumber), default, type, $"(line {lineNumber} of {fileName})", "ndjson.invalid-line", message);
    }

    internal static string TypeFromFile(string file)
    {
        var name = Path.GetFileName(file);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var stem = dot > 0 ? name[..dot] : name;
        var dash = stem.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? stem[..dash] : stem;
    }

    private string Id => _id.Text ?? "(no id)";

    private static void Issue(Emit at, ReadOnlySpan<byte> patientId, string type, string id, string code, string message) =>
        at.Spill.Issue(patientId, at.File, at.Line, type, id, code, message);

    private static void Issue(Emit at, ReadOnlySpan<byte> patientId, MappingIssue issue) =>
        Issue(at, patientId, issue.ResourceType, issue.ResourceId, issue.Code, issue.Message);

    private void SubjectMissing(Emit at, string type) =>
        Issue(at, default, type, Id, "reference.subject-missing", "no Patient subject; ignored");

    private void Patient(Emit at)
    {
        if (!_id.Has || _id.Length == 0)
        {
            Issue(at, default, "Patient", "(no id)", "patient.id-missing", "a Patient without an id cannot be joined with its resources; ignored");
            return;
        }
        at.Spill.Begin(FactCodec.PatientTag, _id.Span, at.File, at.Line);
        at.Spill.Current.OptString(_gender);
        at.Spill.Current.Date(_birthDate);
        at.Spill.End();
    }

    private void Observation(Emit at)
    {
        var pid = PatientIdOf(_subject);
        var known = _knownLoinc is not null;
        if (_hasNonQuantityValue && known)
        {
            IssueOrOrphan(at, pid, new MappingIssue("Observation", Id, "observation.value-not-quantity", $"LOINC {_knownLoinc} has a value[x] that is not a valueQuantity"));
            return;
        }
        var status = _status;
        if (!known && _otherLoinc.Has && FactRules.UsableObservationStatus(status))
        {
            CodeNotUsed++;
            return;
        }
        if (known && _valueText.Has)
        {
            IssueOrOrphan(at, pid, new MappingIssue("Observation", Id, "observation.value-not-number",
                $"LOINC {_knownLoinc} valueQuantity.value is the string \"{_valueText.Text}\", not a JSON number; value ignored"));
            return;
        }
        var unit = _unitCode.Has && !IsBlank(_unitCode.Span) ? _unitCode : _unitText;
        if (!known || _value is null || !unit.Has || IsBlank(unit.Span) || !FactRules.UsableObservationStatus(status))
        {
            // One of the checks fails: the shared rules name which, with the same message as the resource mapper.
            IssueOrOrphan(at, pid, (MappingIssue)FactRules.Lab(Id, _knownLoinc ?? _otherLoinc.Text, _hasCode, _value, unit.Text, _date, status));
            return;
        }
        if (pid.IsEmpty)
        {
            SubjectMissing(at, "Observation");
            return;
        }
        at.Spill.Begin(FactCodec.LabTag, pid, at.File, at.Line);
        var b = at.Spill.Current;
        b.Bytes(_id.Span);
        b.String(_knownLoinc!);
        b.Double(_value.Value);
        b.Bytes(unit.Span);
        if (ReferenceEquals(unit, _unitCode) && _unitText.Has && !_unitText.Span.SequenceEqual(_unitCode.Span)) b.OptBytes(_unitText);
        else b.Byte(0);
        b.Date(_date);
        at.Spill.End();
    }

    private static void IssueOrOrphan(Emit at, ReadOnlySpan<byte> pid, MappingIssue issue) => Issue(at, pid, issue);

    private void Medication(Emit at)
    {
        if (!FactRules.ActiveMedicationStatus(_status)) return;
        var type = _kind == ResourceKind.MedicationRequest ? "MedicationRequest" : "MedicationStatement";
        var pid = PatientIdOf(_subject);
        var name = _rxDisplay.Has ? _rxDisplay : _medText.Has ? _medText : _medDisplay;
        if (!name.Has || IsBlank(name.Span))
        {
            Issue(at, pid, type, Id, "medication.name-missing", "the medication has neither a coding display nor text; medication ignored");
            return;
        }
        if (pid.IsEmpty)
        {
            SubjectMissing(at, type);
            return;
        }
        at.Spill.Begin(FactCodec.MedicationTag, pid, at.File, at.Line);
        var b = at.Spill.Current;
        b.Bytes(_id.Has ? _id.Span : "(no id)"u8);
        b.Bytes(name.Span);
        b.OptBytes(_rxNorm);
        at.Spill.End();
    }

    private void Condition(Emit at)
    {
        if (_condition is not { } m || !FactRules.ActiveCondition(_clinical, _verification)) return;
        var pid = PatientIdOf(_subject);
        if (pid.IsEmpty)
        {
            SubjectMissing(at, "Condition");
            return;
        }
        Write(at, pid, m.Kind, m.CkdStage);
        if (m.ImpliesDialysis) Write(at, pid, ConditionKind.Dialysis, null);
    }

    private void Write(Emit at, ReadOnlySpan<byte> pid, ConditionKind kind, int? stage)
    {
        at.Spill.Begin(FactCodec.ConditionTag, pid, at.File, at.Line);
        var b = at.Spill.Current;
        b.Bytes(_id.Has ? _id.Span : "(no id)"u8);
        b.Byte((byte)kind);
        b.Byte((byte)(stage ?? 0));
        at.Spill.End();
    }

    private static bool IsBlank(ReadOnlySpan<byte> s) => s.IndexOfAnyExcept(" \t\r\n"u8) < 0;

    /// <summary>The patient id a reference points at (<c>Patient/123</c>, an absolute URL, <c>urn:uuid:</c>); empty when none. Same rules as <see cref="References.PatientId"/>.</summary>
    private static ReadOnlySpan<byte> PatientIdOf(Utf8Field reference)
    {
        if (!reference.Has || reference.Length == 0) return default;
        var r = reference.Span;
        if (r.StartsWith("urn:uuid:"u8)) return r;
        var hist = r.IndexOf("/_history/"u8);
        if (hist >= 0) r = r[..hist];
        var at = r.LastIndexOf("Patient/"u8);
        if (at < 0) return default;
        var id = r[(at + "Patient/".Length)..];
        return id.Length == 0 || id.Contains((byte)'/') ? default : id;
    }

    private void Reset()
    {
        _kind = ResourceKind.Other;
        _id.Clear(); _subject.Clear(); _type.Clear(); _unitCode.Clear(); _unitText.Clear(); _valueText.Clear();
        _otherLoinc.Clear(); _medText.Clear(); _medDisplay.Clear(); _rxNorm.Clear(); _rxDisplay.Clear(); _questionnaire.Clear();
        _status = _gender = _knownLoinc = _clinical = _verification = null;
        _hasCode = _hasNonQuantityValue = _dateFromIssued = false;
        _value = null;
        _birthDate = _date = null;
        _condition = null;
        _items.Clear();
    }

    private static string Decode(ReadOnlySpan<byte> s) => Encoding.UTF8.GetString(s);
}
