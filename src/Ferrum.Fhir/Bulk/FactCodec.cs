using Ferrum.Fhir.Input;
using Ferrum.Fhir.Terminology;

namespace Ferrum.Fhir.Bulk;

/// <summary>Writes facts to and reads them from the compact binary spill files that partition patients.</summary>
internal static class FactCodec
{
    private const byte PatientTag = 1, LabTag = 2, MedicationTag = 3, ConditionTag = 4, AnswerTag = 5, IssueTag = 6, QuestionnaireTag = 7;

    /// <summary>Writes one fact (or a questionnaire response's raw JSON) for <paramref name="patientId"/>.</summary>
    public static void Write(BinaryWriter w, string patientId, object fact)
    {
        switch (fact)
        {
            case PatientFact p:
                w.Write(PatientTag); w.Write(patientId); WriteOpt(w, p.Gender); WriteDate(w, p.BirthDate); break;
            case LabFact l:
                w.Write(LabTag); w.Write(patientId); w.Write(l.ResourceId); w.Write(l.Loinc); w.Write(l.Value); w.Write(l.Unit); WriteDate(w, l.Date); break;
            case MedicationFact m:
                w.Write(MedicationTag); w.Write(patientId); w.Write(m.ResourceId); w.Write(m.Name); WriteOpt(w, m.RxNorm); break;
            case ConditionFact c:
                w.Write(ConditionTag); w.Write(patientId); w.Write(c.ResourceId); w.Write((byte)c.Kind); w.Write((byte)(c.CkdStage ?? 0)); break;
            case AnswerFact a:
                w.Write(AnswerTag); w.Write(patientId); w.Write(a.ResourceId); w.Write(a.LinkId);
                w.Write((byte)(a.Flag is null ? 0 : a.Flag.Value ? 2 : 1)); w.Write(a.Number ?? double.NaN); break;
            case MappingIssue i:
                w.Write(IssueTag); w.Write(patientId); w.Write(i.ResourceType); w.Write(i.ResourceId); w.Write(i.Code); w.Write(i.Message); break;
            case string questionnaireJson:
                w.Write(QuestionnaireTag); w.Write(patientId); w.Write(questionnaireJson); break;
            default: throw new ArgumentException("not a fact: " + fact.GetType().Name, nameof(fact));
        }
    }

    /// <summary>Reads every fact of a spill stream into <paramref name="records"/>, creating records as patients appear.</summary>
    public static void ReadAll(Stream stream, Dictionary<string, PatientRecord> records)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        while (stream.Position < stream.Length)
        {
            var tag = r.ReadByte();
            var pid = r.ReadString();
            if (!records.TryGetValue(pid, out var rec)) records[pid] = rec = new PatientRecord(pid);
            switch (tag)
            {
                case PatientTag: rec.Patient = new PatientFact(pid, ReadOpt(r), ReadDate(r)); break;
                case LabTag: rec.Labs.Add(new LabFact(r.ReadString(), r.ReadString(), r.ReadDouble(), r.ReadString(), ReadDate(r))); break;
                case MedicationTag: rec.Medications.Add(new MedicationFact(r.ReadString(), r.ReadString(), ReadOpt(r))); break;
                case ConditionTag:
                    var cid = r.ReadString(); var kind = (ConditionKind)r.ReadByte(); var stage = r.ReadByte();
                    rec.Conditions.Add(new ConditionFact(cid, kind, stage == 0 ? null : stage)); break;
                case AnswerTag:
                    var aid = r.ReadString(); var link = r.ReadString(); var flag = r.ReadByte(); var num = r.ReadDouble();
                    rec.Answers.Add(new AnswerFact(aid, link, flag == 0 ? null : flag == 2, double.IsNaN(num) ? null : num)); break;
                case IssueTag: rec.Issues.Add(new MappingIssue(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString())); break;
                case QuestionnaireTag:
                    AddQuestionnaire(rec, r.ReadString());
                    break;
                default: throw new InvalidDataException($"corrupt spill file: tag {tag}");
            }
        }
    }

    private static void AddQuestionnaire(PatientRecord rec, string json)
    {
        try
        {
            var (resource, issues) = FhirJson.Parse(json);
            rec.Issues.AddRange(issues);
            ResourceMapper.Add(rec, resource);
        }
        catch (Ferrum.Core.Errors.InputErrorException ex)
        {
            rec.Issues.Add(new MappingIssue("QuestionnaireResponse", "(unparsed)", "fhir.invalid-json", ex.Error.Message));
        }
    }

    private static void WriteOpt(BinaryWriter w, string? s) { w.Write(s is not null); if (s is not null) w.Write(s); }
    private static string? ReadOpt(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
    private static void WriteDate(BinaryWriter w, DateOnly? d) => w.Write(d?.DayNumber ?? -1);
    private static DateOnly? ReadDate(BinaryReader r) => r.ReadInt32() is var n && n >= 0 ? DateOnly.FromDayNumber(n) : null;
}
