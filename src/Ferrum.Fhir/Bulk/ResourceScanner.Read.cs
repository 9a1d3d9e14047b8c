using System.Text.Json;
using Ferrum.Fhir.Input;
using Ferrum.Fhir.Terminology;

namespace Ferrum.Fhir.Bulk;

internal sealed partial class ResourceScanner
{
    private void ReadRoot(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            reader.Read();
            if (reader.TokenType == JsonTokenType.String)
            {
                if (name.SequenceEqual("resourceType"u8)) SetType(ref reader);
                else if (name.SequenceEqual("id"u8)) _id.Set(ref reader);
                else if (name.SequenceEqual("status"u8)) _status = Words.Status(ref reader);
                else if (name.SequenceEqual("gender"u8)) _gender = Words.Gender(ref reader);
                else if (name.SequenceEqual("birthDate"u8)) _birthDate = FhirDates.Parse(reader.ValueSpan);
                else if (name.SequenceEqual("effectiveDateTime"u8) || name.SequenceEqual("effectiveInstant"u8)) { _date = FhirDates.Parse(reader.ValueSpan); _dateFromIssued = false; }
                else if (name.SequenceEqual("issued"u8)) { if (_date is null || _dateFromIssued) { _date = FhirDates.Parse(reader.ValueSpan); _dateFromIssued = true; } }
                else if (name.SequenceEqual("questionnaire"u8)) _questionnaire.Set(ref reader);
                else if (name.StartsWith("value"u8)) _hasNonQuantityValue = true;
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                if (name.SequenceEqual("subject"u8) || name.SequenceEqual("patient"u8)) ReadReference(ref reader);
                else if (name.SequenceEqual("code"u8)) ReadConcept(ref reader, Concept.Code);
                else if (name.SequenceEqual("valueQuantity"u8)) ReadQuantity(ref reader);
                else if (name.SequenceEqual("effectivePeriod"u8)) ReadPeriod(ref reader);
                else if (name.SequenceEqual("medicationCodeableConcept"u8)) ReadConcept(ref reader, Concept.Medication);
                else if (name.SequenceEqual("medicationReference"u8)) ReadMedicationReference(ref reader);
                else if (name.SequenceEqual("clinicalStatus"u8)) ReadConcept(ref reader, Concept.ClinicalStatus);
                else if (name.SequenceEqual("verificationStatus"u8)) ReadConcept(ref reader, Concept.VerificationStatus);
                else
                {
                    if (name.StartsWith("value"u8)) _hasNonQuantityValue = true;
                    reader.Skip();
                }
            }
            else if (reader.TokenType == JsonTokenType.StartArray && name.SequenceEqual("item"u8)) ReadItems(ref reader);
            else
            {
                if (name.StartsWith("value"u8) && reader.TokenType is JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False) _hasNonQuantityValue = true;
                reader.Skip();
            }
        }
    }

    private void SetType(ref Utf8JsonReader reader)
    {
        var t = reader.ValueSpan;
        _kind = t.SequenceEqual("Observation"u8) ? ResourceKind.Observation
            : t.SequenceEqual("Patient"u8) ? ResourceKind.Patient
            : t.SequenceEqual("MedicationRequest"u8) ? ResourceKind.MedicationRequest
            : t.SequenceEqual("Condition"u8) ? ResourceKind.Condition
            : t.SequenceEqual("MedicationStatement"u8) ? ResourceKind.MedicationStatement
            : t.SequenceEqual("QuestionnaireResponse"u8) ? ResourceKind.QuestionnaireResponse
            : ResourceKind.Other;
        _type.Set(ref reader);
    }

    private void ReadReference(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isRef = reader.ValueTextEquals("reference"u8);
            reader.Read();
            if (isRef && reader.TokenType == JsonTokenType.String) _subject.Set(ref reader);
            else reader.Skip();
        }
    }

    private void ReadMedicationReference(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isDisplay = reader.ValueTextEquals("display"u8);
            reader.Read();
            if (isDisplay && reader.TokenType == JsonTokenType.String) _medDisplay.Set(ref reader);
            else reader.Skip();
        }
    }

    private void ReadPeriod(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStart = reader.ValueTextEquals("start"u8);
            reader.Read();
            if (isStart && reader.TokenType == JsonTokenType.String) { _date = FhirDates.Parse(reader.ValueSpan); _dateFromIssued = false; }
            else reader.Skip();
        }
    }

    private void ReadQuantity(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            var which = name.SequenceEqual("value"u8) ? 1 : name.SequenceEqual("code"u8) ? 2 : name.SequenceEqual("unit"u8) ? 3 : 0;
            reader.Read();
            switch (which)
            {
                case 1 when reader.TokenType == JsonTokenType.Number: _value = reader.TryGetDouble(out var d) ? d : null; break;
                case 1 when reader.TokenType == JsonTokenType.String: _valueText.Set(ref reader); break;
                case 2 when reader.TokenType == JsonTokenType.String: _unitCode.Set(ref reader); break;
                case 3 when reader.TokenType == JsonTokenType.String: _unitText.Set(ref reader); break;
                default: reader.Skip(); break;
            }
        }
    }

    private enum Concept { Code, Medication, ClinicalStatus, VerificationStatus }

    private void ReadConcept(ref Utf8JsonReader reader, Concept concept)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            var isCoding = name.SequenceEqual("coding"u8);
            var isText = name.SequenceEqual("text"u8);
            reader.Read();
            if (isCoding && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject) ReadCoding(ref reader, concept);
            }
            else if (isText && reader.TokenType == JsonTokenType.String)
            {
                if (concept == Concept.Code) _hasCode = true;
                else if (concept == Concept.Medication) _medText.Set(ref reader);
            }
            else reader.Skip();
        }
    }

    private void ReadCoding(ref Utf8JsonReader reader, Concept concept)
    {
        byte system = 0; // 1 LOINC, 2 SNOMED, 3 ICD-10(-CM), 4 RxNorm, 5 other
        _codingCode.Clear();
        _codingDisplay.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            var which = name.SequenceEqual("system"u8) ? 1 : name.SequenceEqual("code"u8) ? 2 : name.SequenceEqual("display"u8) ? 3 : 0;
            reader.Read();
            if (reader.TokenType != JsonTokenType.String) { reader.Skip(); continue; }
            switch (which)
            {
                case 1:
                    system = reader.ValueTextEquals(CodeSystems.Loinc) ? (byte)1
                        : reader.ValueTextEquals(CodeSystems.Snomed) ? (byte)2
                        : reader.ValueTextEquals(CodeSystems.Icd10Cm) || reader.ValueTextEquals(CodeSystems.Icd10) ? (byte)3
                        : reader.ValueTextEquals(CodeSystems.RxNorm) ? (byte)4 : (byte)5;
                    break;
                case 2: _codingCode.Set(ref reader); break;
                case 3 when concept == Concept.Medication: _codingDisplay.Set(ref reader); break;
            }
        }
        var code = _codingCode;
        switch (concept)
        {
            case Concept.Code:
                _hasCode = true;
                if (system == 1 && code.Has && _knownLoinc is null)
                {
                    // The first LOINC coding Ferrum reads wins; else the first LOINC coding names the code in messages.
                    if (Words.KnownLoinc(code.Span) is { } known) _knownLoinc = known;
                    else if (!_otherLoinc.Has) _otherLoinc.Set(code.Span);
                }
                else if (system is 2 or 3 && _condition is null && code.Has)
                    _condition = ConditionCodes.Map(system == 2 ? CodeSystems.Snomed : CodeSystems.Icd10Cm, Decode(code.Span));
                break;
            case Concept.Medication:
                if (system == 4)
                {
                    if (!_rxNorm.Has && code.Has) _rxNorm.Set(code.Span);
                    if (!_rxDisplay.Has && _codingDisplay.Has) _rxDisplay.Set(_codingDisplay.Span);
                }
                else if (!_medDisplay.Has && _codingDisplay.Has) _medDisplay.Set(_codingDisplay.Span);
                break;
            case Concept.ClinicalStatus: _clinical ??= code.Has ? Words.Status(code.Span) : null; break;
            case Concept.VerificationStatus: _verification ??= code.Has ? Words.Status(code.Span) : null; break;
        }
    }
}
