using Hl7.Fhir.Model;

namespace Ferrum.Fhir.Input;

/// <summary>Groups the resources of a Bundle (or a single resource) by the patient they are about.</summary>
internal static class BundleReader
{
    /// <summary>Reads <paramref name="resource"/>: a Bundle's entries, or one resource, into one record per patient.</summary>
    /// <returns>The patients in order of first appearance, and issues that belong to no patient.</returns>
    public static (IReadOnlyList<PatientRecord> Patients, IReadOnlyList<MappingIssue> Issues) Read(Resource resource)
    {
        var entries = resource is Bundle b
            ? b.Entry.Where(e => e.Resource is not null).Select(e => (e.FullUrl, Resource: e.Resource!)).ToList()
            : [(null, resource)];
        var issues = new List<MappingIssue>();
        var records = new Dictionary<string, PatientRecord>(StringComparer.Ordinal);
        var alias = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (fullUrl, r) in entries)
        {
            if (r is not Patient p) continue;
            var id = p.Id ?? fullUrl ?? $"patient-{records.Count + 1}";
            if (!records.ContainsKey(id)) records[id] = new PatientRecord(id);
            alias[id] = id;
            if (fullUrl is not null) alias[References.PatientId(fullUrl) ?? fullUrl] = id;
        }
        var medications = entries.Where(e => e.Resource is Medication)
            .SelectMany(e => new[] { e.FullUrl, "Medication/" + e.Resource.Id }.Where(k => k is not null).Select(k => (Key: k!, Med: (Medication)e.Resource)))
            .GroupBy(x => x.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Med, StringComparer.Ordinal);
        Medication? Resolve(string reference) => medications.GetValueOrDefault(reference);

        foreach (var (_, r) in entries)
        {
            if (r is Medication or Bundle) continue;
            var target = r is Patient p ? alias[p.Id ?? records.Keys.First()] : Subject(r) is { } s ? References.PatientId(s) : null;
            if (target is not null && alias.TryGetValue(target, out var known)) target = known;
            else if (target is null && records.Count == 1 && r is not Patient) target = records.Keys.First();
            if (target is null)
            {
                if (IsRead(r)) issues.Add(new MappingIssue(r.TypeName, r.Id ?? "(no id)", "reference.subject-missing", "no Patient subject, and the bundle does not hold exactly one Patient; ignored"));
                continue;
            }
            if (!records.TryGetValue(target, out var record)) records[target] = record = new PatientRecord(target);
            ResourceMapper.Add(record, r, Resolve);
        }
        return (records.Values.ToList(), issues);
    }

    private static bool IsRead(Resource r) => r is Observation or MedicationRequest or MedicationStatement or Condition or QuestionnaireResponse;

    private static string? Subject(Resource r) => r switch
    {
        Observation o => o.Subject?.Reference,
        MedicationRequest m => m.Subject?.Reference,
        MedicationStatement m => m.Subject?.Reference,
        Condition c => c.Subject?.Reference,
        QuestionnaireResponse q => q.Subject?.Reference,
        _ => null,
    };
}
