using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ferrum.Clinical.Json;
using Ferrum.Fhir;
using Microsoft.Extensions.Caching.Memory;

namespace Ferrum.Web.CdsHooks;

/// <summary>
/// Keeps the assessments behind CDS cards for one hour under unguessable tokens (in this process's memory, never on
/// disk) and renders one as a page when a clinician follows the card's link.
/// </summary>
internal static class AssessmentPage
{
    private static readonly MemoryCache Cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>Stores <paramref name="assessment"/> and returns its token.</summary>
    public static string Store(FhirPatientAssessment assessment)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Cache.Set(token, assessment, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) });
        return token;
    }

    public static IResult Show(string token)
    {
        if (!Cache.TryGetValue(token, out FhirPatientAssessment? a) || a?.Result is not { } r)
            return TypedResults.NotFound();
        var sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ferrum assessment</title></head><body>");
        sb.Append("<h1>Ferrum assessment of patient ").Append(E(a.PatientId)).Append("</h1>");
        sb.Append("<p>Decision support; it does not prescribe. Discuss every finding with a clinician.</p>");
        sb.Append("<h2>Findings</h2><ul>");
        foreach (var f in r.Findings)
            sb.Append("<li>").Append(E(f.Text)).Append(f.Citations.Count == 0 ? "" : " <small>(" + E(string.Join("; ", f.Citations)) + ")</small>").Append("</li>");
        sb.Append("</ul>");
        if (a.Issues.Count > 0)
        {
            sb.Append("<h2>FHIR data not used</h2><ul>");
            foreach (var i in a.Issues) sb.Append("<li>").Append(E(i.ToString())).Append("</li>");
            sb.Append("</ul>");
        }
        sb.Append("<h2>Result (JSON)</h2><pre>").Append(E(AssessmentResultWriter.ToJson(r))).Append("</pre></body></html>");
        return TypedResults.Content(sb.ToString(), "text/html; charset=utf-8");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
