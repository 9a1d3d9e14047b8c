using System.Globalization;
using System.Text.Json;
using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Rls;
using Ferrum.Core.Errors;
using Ferrum.Core.Patients;
using Ferrum.Core.Text;

namespace Ferrum.Clinical.Json;

/// <summary>
/// Reads the DESIGN.md assessment input JSON. Every problem becomes an <see cref="InputError"/> naming the JSON
/// path, the value and what is accepted; unknown LOINC codes and unknown fields are warnings, not errors.
/// </summary>
public static class AssessmentInputReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false, MaxDepth = 32, AllowDuplicateProperties = false };

    private static readonly HashSet<string> TopKeys = ["patient", "rls", "irls", "labs", "medications", "history"];
    private static readonly HashSet<string> PatientKeys = ["ageYears", "sex", "pregnant", "trimester", "postmenopausal", "ckdStage", "onDialysis", "weightKg", "elevationMeters", "smoker", "cigarettesPerDay"];
    private static readonly HashSet<string> RlsKeys = ["urgeToMove", "worseAtRest", "reliefByMovement", "worseEveningOrNight", "notExplainedByOtherCondition", "episodesPerWeek", "monthsWithSymptoms", "lifetimeEpisodes", "clinicallySignificant", "crampsReliefByStretching", "positionalDiscomfort", "neuropathicPainNotRelievedByMovement", "venousStasis", "arthritis"];
    private static readonly HashSet<string> LabKeys = ["loinc", "value", "unit", "date", "name"];
    private static readonly HashSet<string> HistoryKeys = ["heavyMenstrualBleeding", "bariatricSurgery", "giBleeding", "diet", "bloodDonor"];

    /// <summary>Reads UTF-8 JSON from a stream; with <paramref name="asOf"/> (the assessment date) a lab dated later is an error.</summary>
    public static AssessmentInputReadResult Read(Stream utf8Json, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        return Parse(bytes.Span.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes, asOf);
    }

    /// <summary>Reads JSON text; with <paramref name="asOf"/> (the assessment date) a lab dated later is an error.</summary>
    public static AssessmentInputReadResult Read(string json, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(System.Text.Encoding.UTF8.GetBytes(json), asOf);
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static AssessmentInputReadResult Parse(ReadOnlyMemory<byte> json, DateOnly? asOf)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, Options);
            return Read(doc.RootElement, asOf);
        }
        catch (InvalidOperationException ex) when (ex.InnerException is System.Text.DecoderFallbackException)
        {
            // JsonDocument checks UTF-8 in strings only when they are read: a Latin-1 byte surfaces here.
            return Malformed(new JsonException("the file is not UTF-8: " + ex.Message, ex));
        }
        catch (JsonException ex) when (JsonDuplicateKeys.FindFirst(json.Span) is { } path)
        {
            // System.Text.Json says which key but not where: the scan names the JSON path.
            var key = path[(path.LastIndexOfAny(['.', '[']) + 1)..].Trim('[', ']', '\'');
            return new(null, [new InputError("json.duplicate-key", "a key is given twice in one object; which one is meant is unclear")
            { Location = path, Field = key, Value = ex.Message, Accepted = "each key once per object" }], []);
        }
        catch (JsonException ex)
        {
            return Malformed(ex);
        }
    }

    // Malformed JSON has no JSON path; the line and position go into the message.
    private static AssessmentInputReadResult Malformed(JsonException ex)
    {
        var where = ex.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}") : "";
        var reason = ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].Trim();
        return new(null, [new InputError("json.malformed", "the file is not valid JSON" + where + ": " + reason) { Accepted = "a JSON object as described in docs/clinical-rules.md" }], []);
    }

    /// <summary>
    /// Reads an already parsed JSON element; with <paramref name="asOf"/> (the assessment date) a lab dated later is an
    /// error. Duplicate keys are only caught when the caller parsed with <c>AllowDuplicateProperties = false</c>.
    /// </summary>
    public static AssessmentInputReadResult Read(JsonElement root, DateOnly? asOf = null)
    {
        var errors = new List<InputError>();
        var warnings = new List<InputError>();
        if (root.ValueKind != JsonValueKind.Object)
            return new(null, [new InputError("json.not-object", "the input must be a JSON object") { Location = "$", Value = JsonFields.Raw(root), Accepted = "{ \"patient\": {...}, ... }" }], []);
        var top = new JsonFields(root, "$", errors, warnings, TopKeys);
        top.WarnUnknown();

        var patient = Patient(root, errors, warnings);
        var rls = Object(root, "rls", errors, warnings, RlsKeys, ReadRls);
        var history = Object(root, "history", errors, warnings, HistoryKeys, ReadHistory);
        var irls = Irls(root, errors);
        var labs = LabsReader.Read(root, errors, warnings, LabKeys, asOf);
        var meds = Medications(root, errors);
        if (errors.Count > 0 || patient is null) return new(null, errors, warnings);
        return new(new AssessmentInput(patient, rls, irls, labs, meds) { History = history }, errors, warnings);
    }

    private static T? Object<T>(JsonElement root, string name, List<InputError> errors, List<InputError> warnings, HashSet<string> keys, Func<JsonFields, T> read)
        where T : class
    {
        if (!root.TryGetProperty(name, out var el) || el.ValueKind == JsonValueKind.Null) return null;
        if (el.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError("field.type", $"{name} must be an object") { Location = "$." + name, Field = name, Value = JsonFields.Raw(el), Accepted = "a JSON object or null" });
            return null;
        }
        var fields = new JsonFields(el, "$." + name, errors, warnings, keys);
        fields.WarnUnknown();
        return read(fields);
    }

    private static PatientContext? Patient(JsonElement root, List<InputError> errors, List<InputError> warnings)
    {
        if (!root.TryGetProperty("patient", out var el) || el.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError("field.required", "patient is required") { Location = "$.patient", Field = "patient", Accepted = "an object with at least ageYears and sex" });
            return null;
        }
        var p = new JsonFields(el, "$.patient", errors, warnings, PatientKeys);
        p.WarnUnknown();
        p.Required("ageYears", "0 to 120 years");
        p.Required("sex", "\"female\" or \"male\"");
        var age = p.Number("ageYears", PatientContext.Ranges.AgeMin, PatientContext.Ranges.AgeMax, "years");
        Sex? sex = null;
        if (p.TryGet("sex", out var sexEl))
        {
            var s = sexEl.ValueKind == JsonValueKind.String ? sexEl.GetString()!.Trim().ToLowerInvariant() : null;
            sex = s switch { "female" or "f" => Sex.Female, "male" or "m" => Sex.Male, _ => null };
            if (sex is null) p.Error("sex", sexEl, "value.unknown", "is not a known sex", "\"female\" or \"male\"");
        }
        var pregnant = p.Bool("pregnant");
        var trimester = p.Integer("trimester", 1, 3, "");
        var post = p.Bool("postmenopausal");
        var ckd = p.Integer("ckdStage", 1, 5, "");
        var dialysis = p.Bool("onDialysis");
        var weight = p.Number("weightKg", PatientContext.Ranges.WeightMin, PatientContext.Ranges.WeightMax, "kg");
        var elevation = p.Number("elevationMeters", PatientContext.Ranges.ElevationMin, PatientContext.Ranges.ElevationMax, "m");
        var smoker = p.Bool("smoker");
        var cigs = p.Number("cigarettesPerDay", PatientContext.Ranges.CigarettesMin, PatientContext.Ranges.CigarettesMax, "per day");
        if (age is null || sex is null) return null;
        if (!PatientContext.TryCreate(age.Value, sex.Value, pregnant, trimester, post, ckd, dialysis, weight, elevation, smoker, cigs, "$.patient", out var ctx, out var errs))
        {
            errors.AddRange(errs);
            return null;
        }
        return ctx;
    }

    private static RlsSymptoms ReadRls(JsonFields r) => new()
    {
        UrgeToMove = r.Bool("urgeToMove"), WorseAtRest = r.Bool("worseAtRest"), ReliefByMovement = r.Bool("reliefByMovement"),
        WorseEveningOrNight = r.Bool("worseEveningOrNight"), NotExplainedByOtherCondition = r.Bool("notExplainedByOtherCondition"),
        EpisodesPerWeek = r.Number("episodesPerWeek", 0, 100, "episodes a week"), MonthsWithSymptoms = r.Number("monthsWithSymptoms", 0, 1440, "months"),
        LifetimeEpisodes = r.Integer("lifetimeEpisodes", 0, 1_000_000, "episodes"), ClinicallySignificant = r.Bool("clinicallySignificant"),
        CrampsReliefByStretching = r.Bool("crampsReliefByStretching"), PositionalDiscomfort = r.Bool("positionalDiscomfort"),
        NeuropathicPainNotRelievedByMovement = r.Bool("neuropathicPainNotRelievedByMovement"), VenousStasis = r.Bool("venousStasis"), Arthritis = r.Bool("arthritis"),
    };

    private static History ReadHistory(JsonFields h)
    {
        var diet = h.Text("diet");
        if (diet is not null && diet.ToLowerInvariant() is not ("omnivore" or "vegetarian" or "vegan") && h.TryGet("diet", out var d))
        {
            h.Error("diet", d, "value.unknown", "is not a known diet", "\"omnivore\", \"vegetarian\" or \"vegan\"");
            diet = null;
        }
        return new History { HeavyMenstrualBleeding = h.Bool("heavyMenstrualBleeding"), BariatricSurgery = h.Bool("bariatricSurgery"), GiBleeding = h.Bool("giBleeding"), Diet = diet, BloodDonor = h.Bool("bloodDonor") };
    }

    private static IReadOnlyList<int>? Irls(JsonElement root, List<InputError> errors)
    {
        if (!root.TryGetProperty("irls", out var el) || el.ValueKind == JsonValueKind.Null) return null;
        const string accepted = "an array of 10 whole numbers, each 0 to 4";
        if (el.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new InputError("irls.type", "irls must be an array") { Location = "$.irls", Field = "irls", Value = JsonFields.Raw(el), Accepted = accepted });
            return null;
        }
        var items = new List<int>();
        var i = 0;
        foreach (var item in el.EnumerateArray())
        {
            var loc = string.Create(CultureInfo.InvariantCulture, $"$.irls[{i}]");
            if (item.ValueKind == JsonValueKind.Number && item.TryGetDouble(out var d) && d == Math.Floor(d) && d >= 0 && d <= IrlsScale.MaxItemScore)
                items.Add((int)d);
            else
                errors.Add(new InputError("irls.item-out-of-range", string.Create(CultureInfo.InvariantCulture, $"IRLS item {i + 1} is out of range"))
                { Location = loc, Field = "irls", Value = JsonFields.Raw(item), Accepted = "a whole number 0 to 4" });
            i++;
        }
        if (i != IrlsScale.ItemCount)
        {
            errors.Add(new InputError("irls.count", string.Create(CultureInfo.InvariantCulture, $"IRLS needs exactly 10 item scores, got {i}"))
            { Location = "$.irls", Field = "irls", Value = string.Create(CultureInfo.InvariantCulture, $"{i} items"), Accepted = accepted });
            return null;
        }
        return items.Count == IrlsScale.ItemCount ? items : null;
    }

    private static IReadOnlyList<string> Medications(JsonElement root, List<InputError> errors)
    {
        if (!root.TryGetProperty("medications", out var el) || el.ValueKind == JsonValueKind.Null) return [];
        if (el.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new InputError("field.type", "medications must be an array of strings") { Location = "$.medications", Field = "medications", Value = JsonFields.Raw(el), Accepted = "[\"sertraline\", ...]" });
            return [];
        }
        var list = new List<string>();
        var i = 0;
        foreach (var m in el.EnumerateArray())
        {
            if (m.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(m.GetString())) list.Add(m.GetString()!.Trim());
            else errors.Add(new InputError("field.type", "a medication must be a non-empty string")
            { Location = string.Create(CultureInfo.InvariantCulture, $"$.medications[{i}]"), Field = "medications", Value = JsonFields.Raw(m), Accepted = "a generic or brand name" });
            i++;
        }
        return list;
    }
}
