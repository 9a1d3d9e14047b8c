using Ferrum.Fhir.Definitions;
using Hl7.Fhir.Model;

using Hl7.Fhir.Specification.Source;

namespace Ferrum.Fhir.Tests.Support;

/// <summary>Resolves Ferrum's own canonical resources (CodeSystem, Questionnaires) for the validator.</summary>
internal sealed class FerrumDefinitionsSource : IAsyncResourceResolver
{
    public System.Threading.Tasks.Task<Resource?> ResolveByUriAsync(string uri) => System.Threading.Tasks.Task.FromResult<Resource?>(null);

    public System.Threading.Tasks.Task<Resource?> ResolveByCanonicalUriAsync(string uri)
    {
        var url = uri.Split('|')[0];
        return System.Threading.Tasks.Task.FromResult<Resource?>(FerrumDefinitions.All.FirstOrDefault(r => r is IVersionableConformanceResource c && c.Url == url));
    }
}
