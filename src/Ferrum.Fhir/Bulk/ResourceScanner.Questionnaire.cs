using System.Text.Json;
using Ferrum.Fhir.Input;
using Ferrum.Fhir.Terminology;

namespace Ferrum.Fhir.Bulk;

/// <summary>QuestionnaireResponse answers to Ferrum's own Questionnaires, read with the same rules as <see cref="QuestionnaireMapper"/>.</summary>
internal sealed partial class ResourceScanner
{
    /// <summary>One answered item: a flag or number, or a type Ferrum cannot read.</summary>
    private readonly record struct Item(string LinkId, bool? Flag, double? Number, bool Unreadable);

    private readonly List<Item> _items = [];

    /// <summary>Reads an <c>item</c> array; nested items are added before their parent, as the mapper does.</summary>
    private void ReadItems(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject) ReadItem(ref reader);
    }

    private void ReadItem(ref Utf8JsonReader reader)
    {
        string? linkId = null;
        var answers = 0;
        (bool? Flag, double? Number, bool Unreadable) first = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            var which = name.SequenceEqual("linkId"u8) ? 1 : name.SequenceEqual("answer"u8) ? 2 : name.SequenceEqual("item"u8) ? 3 : 0;
            reader.Read();
            if (which == 1 && reader.TokenType == JsonTokenType.String) linkId = reader.GetString();
            else if (which == 2 && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    var value = ReadAnswer(ref reader);
                    if (answers++ == 0) first = value;
                }
            }
            else if (which == 3 && reader.TokenType == JsonTokenType.StartArray) ReadItems(ref reader);
            else reader.Skip();
        }
        if (linkId is not null && answers > 0) _items.Add(new Item(linkId, first.Flag, first.Number, first.Unreadable));
    }

    private static (bool? Flag, double? Number, bool Unreadable) ReadAnswer(ref Utf8JsonReader reader)
    {
        (bool? Flag, double? Number, bool Unreadable) result = (null, null, true);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("valueBoolean"u8) && reader.TokenType is JsonTokenType.True or JsonTokenType.False)
                result = (reader.GetBoolean(), null, false);
            else if ((name.SequenceEqual("valueInteger"u8) || name.SequenceEqual("valueDecimal"u8)) && reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var d))
                result = (null, d, false);
            else if (name.SequenceEqual("valueCoding"u8) && reader.TokenType == JsonTokenType.StartObject)
                result = ReadYesNo(ref reader);
            else reader.Skip();
        }
        return result;
    }

    private static (bool? Flag, double? Number, bool Unreadable) ReadYesNo(ref Utf8JsonReader reader)
    {
        string? code = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isCode = reader.ValueTextEquals("code"u8);
            reader.Read();
            if (isCode && reader.TokenType == JsonTokenType.String) code = reader.GetString();
            else reader.Skip();
        }
        return code is "Y" or "N" or "true" or "false" ? (code is "Y" or "true", null, false) : (null, null, true);
    }

    private void Questionnaire(Emit at)
    {
        var pid = PatientIdOf(_subject);
        var id = Id;
        var canonical = _questionnaire.Text;
        if (!QuestionnaireMapper.IsFerrumQuestionnaire(canonical))
        {
            Issue(at, pid, "QuestionnaireResponse", id, "questionnaire.unknown",
                $"questionnaire '{canonical}' is not one of Ferrum's; accepted: {CodeSystems.CriteriaQuestionnaire}, {CodeSystems.IrlsQuestionnaire}");
            return;
        }
        if (_status is "entered-in-error" or "stopped") return;
        if (pid.IsEmpty)
        {
            if (_items.Count > 0) SubjectMissing(at, "QuestionnaireResponse");
            return;
        }
        foreach (var item in _items)
        {
            if (!QuestionnaireMapper.IsKnownItem(item.LinkId))
                Issue(at, pid, "QuestionnaireResponse", id, "questionnaire.item-unknown", $"item '{item.LinkId}' is not in Ferrum's questionnaires; ignored");
            else if (item.Unreadable)
                Issue(at, pid, "QuestionnaireResponse", id, "questionnaire.answer-type", $"item '{item.LinkId}' answer is not a boolean, integer or decimal; ignored");
            else
            {
                at.Spill.Begin(FactCodec.AnswerTag, pid, at.File, at.Line);
                var b = at.Spill.Current;
                b.String(id);
                b.String(item.LinkId);
                b.Byte((byte)(item.Flag is null ? 0 : item.Flag.Value ? 2 : 1));
                b.Double(item.Number ?? double.NaN);
                at.Spill.End();
            }
        }
    }
}
