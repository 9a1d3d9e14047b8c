using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Ferrum.Fhir.Terminology;

namespace Ferrum.Fhir.Synthetic;

/// <summary>Writes one synthetic patient's resources as NDJSON lines; all randomness comes from the given generator.</summary>
internal sealed partial class SyntheticPatientWriter(Random random, DateOnly asOf)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json = new(Stream.Null);
    private static readonly string[] Family = ["Smith", "Müller", "García", "Nguyen", "Okafor", "Kowalski", "Rossi", "Haddad", "Tanaka", "Johansson"];
    private static readonly string[] GivenFemale = ["Anna", "Maria", "Fatima", "Mei", "Olga", "Grace", "Lucía", "Amara"];
    private static readonly string[] GivenMale = ["John", "Ahmed", "Luca", "Kenji", "Piotr", "David", "Mateo", "Kwame"];

    /// <summary>Writes patient number <paramref name="index"/>; <paramref name="sink"/> gives the stream for a resource type.</summary>
    public void WritePatient(int index, Func<string, Stream> sink)
    {
        var id = NewId();
        var female = random.NextDouble() < 0.55;
        var age = 18 + random.Next(73);
        var birth = asOf.AddYears(-age).AddDays(-random.Next(365));
        var deficient = random.NextDouble() < (female && age < 50 ? 0.2 : 0.08);
        var rls = random.NextDouble() < 0.08 + (deficient ? 0.1 : 0);
        var pregnant = female && age is >= 18 and <= 45 && random.NextDouble() < 0.04;

        Emit(sink("Patient"), w =>
        {
            w.WriteString("resourceType", "Patient");
            w.WriteString("id", id);
            w.WriteStartArray("identifier");
            w.WriteStartObject();
            w.WriteString("system", "urn:oid:2.16.840.1.113883.19.5");
            w.WriteString("value", "MRN" + index.ToString("D8", CultureInfo.InvariantCulture));
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("name");
            w.WriteStartObject();
            w.WriteString("family", Family[random.Next(Family.Length)]);
            w.WriteStartArray("given");
            w.WriteStringValue(female ? GivenFemale[random.Next(GivenFemale.Length)] : GivenMale[random.Next(GivenMale.Length)]);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteString("gender", female ? "female" : "male");
            w.WriteString("birthDate", birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        });

        var ferritin = Math.Round(Math.Exp(Normal(deficient ? Math.Log(14) : Math.Log(female ? 80 : 140), deficient ? 0.5 : 0.6)), 1);
        var tsat = Math.Round(Math.Clamp(Normal(deficient ? 12 : 28, deficient ? 5 : 8), 2, 70), 0);
        var hb = Math.Round(Normal(female ? 13.3 : 14.9, 1.0) - (deficient ? 1.3 : 0) - (pregnant ? 0.8 : 0), 1);
        var crp = Math.Round(Math.Exp(Normal(Math.Log(2), 1.0)), 1);
        var obs = sink("Observation");
        var labDate = RecentDate();
        if (random.NextDouble() < 0.9) Lab(obs, id, LabCodes.Hemoglobin, "Hemoglobin [Mass/volume] in Blood", hb, "g/dL", labDate);
        if (random.NextDouble() < 0.3) Lab(obs, id, LabCodes.Hemoglobin, "Hemoglobin [Mass/volume] in Blood", Math.Round(hb + Normal(0.3, 0.5), 1), "g/dL", labDate.AddDays(-200 - random.Next(300)));
        if (random.NextDouble() < (rls ? 0.8 : 0.5)) Lab(obs, id, LabCodes.Ferritin, "Ferritin [Mass/volume] in Serum or Plasma", ferritin, "ng/mL", labDate);
        if (random.NextDouble() < (rls ? 0.7 : 0.35)) Lab(obs, id, LabCodes.TransferrinSaturation, "Iron saturation [Mass Fraction] in Serum or Plasma", tsat, "%", labDate);
        if (random.NextDouble() < 0.3) Lab(obs, id, LabCodes.CReactiveProtein, "C reactive protein [Mass/volume] in Serum or Plasma", crp, "mg/L", labDate);
        if (random.NextDouble() < 0.8) Lab(obs, id, "29463-7", "Body weight", Math.Round(Normal(female ? 70 : 84, 12), 1), "kg", RecentDate(), vital: true);
        if (random.NextDouble() < 0.6) Lab(obs, id, "8867-4", "Heart rate", Math.Round(Normal(72, 9), 0), "/min", RecentDate(), vital: true);

        var meds = sink("MedicationRequest");
        foreach (var (drug, p) in Drugs)
            if (random.NextDouble() < p * (drug.StartsWith("ferrous", StringComparison.Ordinal) && deficient ? 4 : 1)
                                        * (drug.StartsWith("pramipexole", StringComparison.Ordinal) ? (rls ? 1 : 0) : 1))
                Medication(meds, id, drug);

        var conditions = sink("Condition");
        if (rls && random.NextDouble() < 0.6) Condition(conditions, id, CodeSystems.Snomed, "32914008", "Restless legs");
        var ckd = random.NextDouble();
        if (ckd < 0.005) { Condition(conditions, id, CodeSystems.Snomed, "714152005", "Chronic kidney disease stage 5 on dialysis"); }
        else if (ckd < 0.06) Condition(conditions, id, CodeSystems.Icd10Cm, ckd < 0.02 ? "N18.4" : "N18.3", ckd < 0.02 ? "Chronic kidney disease, stage 4 (severe)" : "Chronic kidney disease, stage 3 (moderate)");
        if (pregnant) Condition(conditions, id, CodeSystems.Snomed, "77386006", "Pregnant");
        if (random.NextDouble() < 0.2) Condition(conditions, id, CodeSystems.Snomed, "38341003", "Hypertensive disorder");

        if (rls && random.NextDouble() < 0.6) Questionnaires(sink("QuestionnaireResponse"), id);
    }

    private static readonly (string Drug, double P)[] Drugs =
    [
        ("sertraline 50 MG Oral Tablet", 0.06), ("diphenhydramine 25 MG Oral Capsule", 0.04),
        ("ferrous sulfate 325 MG Oral Tablet", 0.04), ("pramipexole 0.25 MG Oral Tablet", 0.25),
        ("metoclopramide 10 MG Oral Tablet", 0.01), ("lisinopril 10 MG Oral Tablet", 0.15),
        ("atorvastatin 20 MG Oral Tablet", 0.15), ("metformin 500 MG Oral Tablet", 0.08),
    ];

    private string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    private DateOnly RecentDate() => asOf.AddDays(-random.Next(365));

    private double Normal(double mean, double sd)
    {
        // Box–Muller on the supplied generator, so the export depends on the seed only.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private void Emit(Stream stream, Action<Utf8JsonWriter> body)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        body(_json);
        _json.WriteEndObject();
        _json.Flush();
        stream.Write(_buffer.WrittenSpan);
        stream.WriteByte((byte)'\n');
    }
}
