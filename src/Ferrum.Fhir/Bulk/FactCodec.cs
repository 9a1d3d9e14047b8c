using System.Text;
using Ferrum.Fhir.Input;
using Ferrum.Fhir.Terminology;

namespace Ferrum.Fhir.Bulk;

/// <summary>
/// The compact binary spill format that partitions patients. A record is a tag byte, the patient id (length-prefixed
/// UTF-8, empty for issues that belong to no patient), the file number and line (varints), then the tag's fields.
/// </summary>
internal static class FactCodec
{
    public const byte PatientTag = 1, LabTag = 2, MedicationTag = 3, ConditionTag = 4, AnswerTag = 5, IssueTag = 6;

    /// <summary>
    /// Reads every record of one partition into <paramref name="records"/> (by patient) and <paramref name="orphans"/>
    /// (issues of no patient). Facts of a patient are put in file-and-line order, so the result does not depend on
    /// which worker scanned which block.
    /// </summary>
    public static void ReadAll(ReadOnlySpan<byte> data, Dictionary<string, PatientRecord> records, IReadOnlyList<string> files, List<MappingIssue> orphans, Strings strings)
    {
        var lookup = records.GetAlternateLookup<ReadOnlySpan<char>>();
        records.EnsureCapacity(data.Length / 200); // about 200 spill bytes per patient in typical exports
        var patients = new List<(PatientRecord Record, PatientFact Fact)>(data.Length / 200);
        var r = new SpillReader(data);
        Span<char> chars = stackalloc char[256];
        while (!r.End)
        {
            var tag = r.Byte();
            var pidBytes = r.Bytes();
            var at = new SourceLine(files[(int)r.Varint()], (long)r.Varint());
            if (pidBytes.IsEmpty)
            {
                if (tag != IssueTag) throw new InvalidDataException($"corrupt spill file: tag {tag} without a patient");
                orphans.Add(ReadIssue(ref r, at));
                continue;
            }
            var pidChars = Encoding.UTF8.GetMaxCharCount(pidBytes.Length) <= chars.Length ? chars[..Encoding.UTF8.GetChars(pidBytes, chars)] : Encoding.UTF8.GetString(pidBytes).AsSpan();
            if (!lookup.TryGetValue(pidChars, out var rec))
            {
                rec = new PatientRecord(pidChars.ToString());
                records[rec.PatientId] = rec;
            }
            switch (tag)
            {
                case PatientTag:
                    patients.Add((rec, new PatientFact(rec.PatientId, strings.Get(r.OptBytes()), r.Date()) { At = at }));
                    break;
                case LabTag:
                    var labId = r.String();
                    var loinc = strings.Get(r.Bytes())!;
                    var value = r.Double();
                    var unit = strings.Get(r.Bytes())!;
                    var unitText = strings.Get(r.OptBytes());
                    rec.Labs.Add(new LabFact(labId, loinc, value, unit, r.Date()) { UnitText = unitText, At = at });
                    break;
                case MedicationTag:
                    rec.Medications.Add(new MedicationFact(r.String(), strings.Get(r.Bytes())!, strings.Get(r.OptBytes())) { At = at });
                    break;
                case ConditionTag:
                    rec.Conditions.Add(new ConditionFact(r.String(), (ConditionKind)r.Byte(), r.Byte() is var stage && stage != 0 ? stage : null) { At = at });
                    break;
                case AnswerTag:
                    var answerId = r.String();
                    var link = strings.Get(r.Bytes())!;
                    var flag = r.Byte();
                    var number = r.Double();
                    rec.Answers.Add(new AnswerFact(answerId, link, flag == 0 ? null : flag == 2, double.IsNaN(number) ? null : number) { At = at });
                    break;
                case IssueTag:
                    rec.Issues.Add(ReadIssue(ref r, at));
                    break;
                default: throw new InvalidDataException($"corrupt spill file: tag {tag}");
            }
        }
        foreach (var (rec, fact) in patients.OrderBy(p => p.Fact.At!.Value.File, StringComparer.Ordinal).ThenBy(p => p.Fact.At!.Value.Line)) rec.SetPatient(fact);
        foreach (var rec in records.Values)
        {
            InOrder(rec.Labs, l => l.At);
            InOrder(rec.Medications, m => m.At);
            InOrder(rec.Conditions, c => c.At);
            InOrder(rec.Answers, a => a.At);
            InOrder(rec.Issues, i => i.File is null ? null : new SourceLine(i.File, i.Line ?? 0));
        }
    }

    private static MappingIssue ReadIssue(ref SpillReader r, SourceLine at) =>
        new MappingIssue(r.String(), r.String(), r.String(), r.String()).At(at);

    /// <summary>Stable sort by source line, skipped when already in order (the common case).</summary>
    private static void InOrder<T>(List<T> items, Func<T, SourceLine?> at)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (Compare(at(items[i - 1]), at(items[i])) <= 0) continue;
            var sorted = items.Select((x, n) => (x, n)).OrderBy(p => at(p.x), Comparer<SourceLine?>.Create(Compare)).ThenBy(p => p.n).Select(p => p.x).ToList();
            items.Clear();
            items.AddRange(sorted);
            return;
        }
    }

    private static int Compare(SourceLine? a, SourceLine? b)
    {
        if (a is not { } x || b is not { } y) return 0;
        var c = string.CompareOrdinal(x.File, y.File);
        return c != 0 ? c : x.Line.CompareTo(y.Line);
    }

    /// <summary>Shares the strings that repeat across records (codes, units, drug names) within one worker.</summary>
    internal sealed class Strings
    {
        private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public Strings() => _lookup = _seen.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>The string of <paramref name="utf8"/> (null stays null).</summary>
        public string? Get(ReadOnlySpan<byte> utf8) => Get(utf8, true);

        private string? Get(ReadOnlySpan<byte> utf8, bool present)
        {
            if (!present) return null;
            Span<char> chars = stackalloc char[128];
            if (utf8.Length > chars.Length) return Encoding.UTF8.GetString(utf8);
            var text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
            if (_lookup.TryGetValue(text, out var s)) return s;
            s = text.ToString();
            if (_seen.Count < 100_000) _seen[s] = s;
            return s;
        }

        /// <summary>The string of an optional field.</summary>
        public string? Get(SpillReader.Optional utf8) => Get(utf8.Bytes, utf8.Present);
    }
}
