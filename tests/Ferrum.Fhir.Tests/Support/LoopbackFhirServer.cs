using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Ferrum.Fhir.Input;
using Hl7.Fhir.Model;

namespace Ferrum.Fhir.Tests.Support;

/// <summary>
/// A small real FHIR server on a loopback port (HttpListener) for CDS Hooks tests without prefetch: it serves reads
/// and patient-scoped searches from a fixed set of resources, pages searches (page size 3, with next links) and
/// answers 401 unless the expected bearer token is sent.
/// </summary>
internal sealed class LoopbackFhirServer : IDisposable
{
    private const int PageSize = 3;
    private readonly HttpListener _listener = new();
    private readonly List<Resource> _resources;
    private readonly string _token;
    private readonly CancellationTokenSource _stop = new();
    private readonly System.Threading.Tasks.Task _loop;

    public LoopbackFhirServer(IEnumerable<Resource> resources, string token)
    {
        _resources = resources.ToList();
        _token = token;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/fhir/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _loop = System.Threading.Tasks.Task.Run(Serve);
    }

    public Uri BaseUrl { get; }

    /// <summary>Request paths and queries received, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    private async System.Threading.Tasks.Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            catch (HttpListenerException) { return; }
            try { Handle(ctx); }
            finally { ctx.Response.Close(); }
        }
    }

    private void Handle(HttpListenerContext ctx)
    {
        var url = ctx.Request.Url!;
        Requests.Enqueue(url.PathAndQuery);
        if (ctx.Request.Headers["Authorization"] != "Bearer " + _token) { Write(ctx, 401, Outcome("missing or wrong bearer token")); return; }
        var path = url.AbsolutePath[BaseUrl.AbsolutePath.Length..].Trim('/');
        var parts = path.Split('/');
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        if (parts.Length == 2)
        {
            var found = _resources.FirstOrDefault(r => r.TypeName == parts[0] && r.Id == parts[1]);
            if (found is null) Write(ctx, 404, Outcome($"{path} not found"));
            else Write(ctx, 200, found);
            return;
        }
        var patient = query["patient"];
        var codes = query["code"]?.Split(',').Select(c => c.Split('|').Last()).ToHashSet();
        var matches = _resources.Where(r => r.TypeName == parts[0] && Subject(r) == "Patient/" + patient)
            .Where(r => codes is null || r is not Observation o || o.Code.Coding.Any(c => c.Code is not null && codes.Contains(c.Code)))
            .ToList();
        var page = int.TryParse(query["_page"], out var p) ? p : 0;
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = matches.Count };
        foreach (var r in matches.Skip(page * PageSize).Take(PageSize)) bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = BaseUrl + r.TypeName + "/" + r.Id, Resource = r });
        if ((page + 1) * PageSize < matches.Count)
        {
            query["_page"] = (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "next", Url = BaseUrl + parts[0] + "?" + query });
        }
        Write(ctx, 200, bundle);
    }

    private static string? Subject(Resource r) => r switch
    {
        Observation o => o.Subject?.Reference,
        MedicationRequest m => m.Subject?.Reference,
        MedicationStatement m => m.Subject?.Reference,
        Condition c => c.Subject?.Reference,
        QuestionnaireResponse q => q.Subject?.Reference,
        _ => null,
    };

    private static OperationOutcome Outcome(string text) => new()
    {
        Issue = [new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Error, Code = OperationOutcome.IssueType.Processing, Diagnostics = text }],
    };

    private static void Write(HttpListenerContext ctx, int status, Resource body)
    {
        var bytes = Encoding.UTF8.GetBytes(FhirJson.Serialize(body));
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/fhir+json";
        ctx.Response.OutputStream.Write(bytes);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
