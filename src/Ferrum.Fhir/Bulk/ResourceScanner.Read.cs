using System.Text.Json;
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
                else if (name.SequenceEqual("id"u8)) _id = reader.GetString();
                else if (name.SequenceEqual("status"u8)) _status = reader.GetString();
                else if (name.SequenceEqual("gender"u8)) _gender = reader.GetString();
                else if (name.SequenceEqual("birthDate"u8)) _birthDate = reader.GetString();
                else if (name.SequenceEqual("effectiveDateTime"u8) || name.SequenceEqual("effectiveInstant"u8)) _date = reader.GetString();
                else if (name.SequenceEqual("issued"u8)) _date ??= reader.GetString();
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
        _type = reader.GetString();
    }

    private void ReadReference(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isRef = reader.ValueTextEquals("reference"u8);
            reader.Read();
            if (isRef && reader.TokenType == JsonTokenType.String) _subject = reader.GetString();
            else reader.Skip();
        }
    }

    private void ReadMedicationReference(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isDisplay = reader.ValueTextEquals("display"u8);
            reader.Read();
            if (isDisplay && reader.TokenType == JsonTokenType.String) _medDisplay = reader.GetString();
            else reader.Skip();
        }
    }

    private void ReadPeriod(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStart = reader.ValueTextEquals("start"u8);
            reader.Read();
            if (isStart && reader.TokenType == JsonTokenType.String) _date = reader.GetString();
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
                case 1: _value = ReadNumber(ref reader); break;
                case 2 when reader.TokenType == JsonTokenType.String: _unitCode = reader.GetString(); break;
                case 3 when reader.TokenType == JsonTokenType.String: _unitText = reader.GetString(); break;
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
                else if (concept == Concept.Medication) _medText = reader.GetString();
            }
            else reader.Skip();
        }
    }

    private void ReadCoding(ref Utf8JsonReader reader, Concept concept)
    {
        byte system = 0; // 1 LOINC, 2 SNOMED, 3 ICD-10(-CM), 4 RxNorm
        string? code = null, display = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            var which = name.SequenceEqual("system"u8) ? 1 : name.SequenceEqual("code"u8) ? 2 : name.SequenceEqual("display"u8) ? 3 : 0;
            reader.Read();
            if (reader.TokenType != JsonTokenType.String) { reader.Skip(); continue; }
            switch (which)
            {
                case 1:
                    system = reader.ValueTextEquals("http://loinc.org"u8) ? (byte)1
                        : reader.ValueTextEquals("http://snomed.info/sct"u8) ? (byte)2
                        : reader.ValueTextEquals("http://hl7.org/fhir/sid/icd-10-cm"u8) || reader.ValueTextEquals("http://hl7.org/fhir/sid/icd-10"u8) ? (byte)3
                        : reader.ValueTextEquals("http://www.nlm.nih.gov/research/umls/rxnorm"u8) ? (byte)4 : (byte)5;
                    break;
                case 2: code = reader.GetString(); break;
                case 3 when concept == Concept.Medication: display = reader.GetString(); break;
            }
        }
        switch (concept)
        {
            case Concept.Code:
                _hasCode = true;
                if (system == 1 && code is not null && (_loinc is null || LabCodes.NameOf(_loinc) is null)) _loinc = code;
                else if (system is 2 or 3 && _condition is null)
                    _condition = ConditionCodes.Map(system == 2 ? CodeSystems.Snomed : CodeSystems.Icd10Cm, code);
                break;
            case Concept.Medication:
                if (system == 4) { _rxNorm ??= code; _rxDisplay ??= display; }
                else _medDisplay ??= display;
                break;
            case Concept.ClinicalStatus: _clinical ??= code; break;
            case Concept.VerificationStatus: _verification ??= code; break;
        }
    }
}
