using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace Ferrum.Fhir.Tests.Support;

/// <summary>
/// Validates resources against the FHIR R4 structure definitions with the Firely validator
/// (Firely.Fhir.Validation.R4), offline: the specification comes from the specification.zip that the
/// Hl7.Fhir.Specification.Data.R4 package copies next to the test assembly.
/// </summary>
internal static class R4Validator
{
    private static readonly Lazy<Validator> Instance = new(Create);

    private static Validator Create()
    {
        var zip = Path.Combine(AppContext.BaseDirectory, "specification.zip");
        if (!File.Exists(zip)) throw new FileNotFoundException("specification.zip not found next to the tests", zip);
        var resolver = new CachedResolver(new MultiResolver(ZipSource.CreateValidationSource(zip), new FerrumDefinitionsSource()));
        return new Validator(resolver, new LocalTerminologyService(resolver));
    }

    /// <summary>Errors and fatal issues of validating <paramref name="resource"/>, as readable lines.</summary>
    public static IReadOnlyList<string> Errors(Resource resource)
    {
        OperationOutcome outcome;
        lock (Instance) outcome = Instance.Value.Validate(resource);
        return outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{i.Severity} {string.Join(",", i.Expression)}: {i.Details?.Text ?? i.Diagnostics}")
            .ToList();
    }
}
