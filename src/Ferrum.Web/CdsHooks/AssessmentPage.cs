using System.Buffers.Text;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ferrum.Clinical.Json;
using Ferrum.Fhir;
using Microsoft.AspNetCore.DataProtection;

namespace Ferrum.Web.CdsHooks;

/// <summary>
/// The page behind a CDS card's link. The rendered page itself travels in the link: Brotli-compressed, then encrypted and
/// signed with the app's Data Protection key ring (shared by every instance through the database) and valid for one
/// hour. Any instance can open it, nothing is stored, and without the key ring the token reveals nothing.
/// </summary>
internal static class AssessmentPage
{
    private const string Purpose = "Ferrum.CdsHooks.AssessmentPage.v1";

    /// <summary>How long a card's link opens its page.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>Renders <paramref name="assessment"/> and returns the token that carries it; null when there is no result to show.</summary>
    public static string? Store(FhirPatientAssessment assessment, IDataProtectionProvider protection, TimeProvider clock)
    {
        if (assessment.Result is null) return null;
        using var packed = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
            brotli.Write(Encoding.UTF8.GetBytes(Render(assessment)));
        var sealedPage = Protector(protection).Protect(packed.ToArray(), clock.GetUtcNow() + Lifetime);
        return Base64Url.EncodeToString(sealedPage);
    }

    public static IResult Show(string token, IDataProtectionProvider protection)
    {
        byte[] packed;
        try
        {
            packed = Protector(protection).Unprotect(Base64Url.DecodeFromChars(token), out _);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return TypedResults.NotFound();
        }
        using var brotli = new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return TypedResults.Content(reader.ReadToEnd(), "text/html; charset=utf-8");
    }

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    private static string Render(FhirPatientAssessment a)
    {
        var r = a.Result!;
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
        return sb.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
