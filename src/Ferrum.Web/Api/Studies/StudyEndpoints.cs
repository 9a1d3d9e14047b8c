using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Ferrum.Core.Errors;
using Ferrum.Storage.Paging;
using Ferrum.Storage.Studies;
using Ferrum.Study.Runs;
using Ferrum.Web.Api.Common;
using Ferrum.Web.Problems;
using Ferrum.Web.Security;
using Ferrum.Web.Studies;
using Microsoft.AspNetCore.Mvc;

namespace Ferrum.Web.Api.Studies;

/// <summary>A study run as the API shows it: state, progress, files and the machine-readable results.</summary>
internal sealed record StudyRunDto(Guid Id, string Name, string Kind, string Status, string? Progress, string? Error, DateTime CreatedAt, DateTime? FinishedAt,
    IReadOnlyList<StudyFileDto> Files, JsonElement? Results);

/// <summary>One file of a run's report bundle.</summary>
internal sealed record StudyFileDto(string Path, int Bytes, string Url);

/// <summary><c>/api/studies</c>: <c>ferrum study analyze</c> (from a data table or from plate files), <c>ferrum study demo</c> over HTTP, run in the background.</summary>
internal static class StudyEndpoints
{
    public const long MaxUploadBytes = 20 * 1024 * 1024;

    /// <summary>Run kind of a study analysed from plate files (ELISA first).</summary>
    public const string PlatesKind = "plates";

    public static IEndpointRouteBuilder MapStudiesApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/studies").WithTags("Studies").RequireAuthorization(FerrumSchemes.StudiesPolicy);
        g.MapPost("/", Analyze).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            .WithSummary("Analyse a case-control study: multipart form with 'data' (CSV or XLSX) and 'spec' (YAML); 202 with the run to poll")
            .WithDescription("With one or more 'plates' (plate-reader exports: 8×12 grid CSV, long CSV or XLSX) and a 'layout' (YAML), "
                + "the run first fits the standard curves and back-calculates concentrations (`ferrum study elisa`), joins them with "
                + "'data' (then the clinical table, one row per subject) on the spec's id column, and analyses the result; "
                + "the bundle then holds elisa/elisa-report.html (standard curves and QC) next to report.html.");
        g.MapPost("/demo", Demo).WithSummary("Run the synthetic NDEV-style demo study (simulated plates → ELISA → report); 202");
        g.MapGet("/", List).WithSummary("Study runs, newest first (paged)");
        g.MapGet("/{id:guid}", Get).WithName("GetStudy").WithSummary("A run: status, progress, files, results.json");
        g.MapGet("/{id:guid}/files/{**path}", File).WithSummary("One file of the report bundle (report.html, figures, tables)");
        g.MapGet("/{id:guid}/bundle.zip", Bundle).WithSummary("The whole report bundle as a ZIP file");
        return api;
    }

    private static async Task<IResult> Analyze(IFormFile? data, IFormFile? spec, IFormFile? layout, IFormFileCollection? plates, [FromForm] string? name,
        StudyJobs jobs, HttpContext http)
    {
        if (data is null || spec is null)
            return InputProblems.From(new InputError("study.files-missing", "both files are required") { Field = data is null ? "data" : "spec", Accepted = "multipart/form-data with 'data' (CSV/XLSX) and 'spec' (YAML)" });
        var plateFiles = plates?.GetFiles("plates") ?? [];
        if ((plateFiles.Count > 0) != (layout is not null))
            return InputProblems.From(new InputError("study.plates-incomplete", "plate files and a layout go together") { Field = layout is null ? "layout" : "plates",
                Accepted = "either no plate files, or one or more 'plates' (plate-reader CSV/XLSX) with one 'layout' (YAML)" });
        var dataFile = new InputFile(data.FileName, await ReadAsync(data));
        var specFile = new InputFile(spec.FileName, await ReadAsync(spec));
        var runName = string.IsNullOrWhiteSpace(name) ? Path.GetFileNameWithoutExtension(data.FileName) : name.Trim();
        StudyRunView run;
        if (layout is null)
            run = await jobs.StartAsync(runName, "analyze", Encoding.UTF8.GetString(specFile.Content), Actor.Of(http.User), p => AnalyzeRun.Run(dataFile, specFile, p).Files);
        else
        {
            var layoutFile = new InputFile(layout.FileName, await ReadAsync(layout));
            var plateInputs = new List<InputFile>();
            foreach (var p in plateFiles) plateInputs.Add(new InputFile(p.FileName, await ReadAsync(p)));
            run = await jobs.StartAsync(runName, PlatesKind, Encoding.UTF8.GetString(specFile.Content), Actor.Of(http.User),
                p => PlateStudyRun.Run(plateInputs, layoutFile, dataFile, specFile, p));
        }
        return TypedResults.AcceptedAtRoute(new { run.Id, run.Status }, "GetStudy", new { id = run.Id });
    }

    private static async Task<IResult> Demo(int? seed, StudyJobs jobs, HttpContext http)
    {
        var s = seed ?? 2024;
        var run = await jobs.StartAsync("Demo study (synthetic)", "demo", "seed: " + s.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Actor.Of(http.User), p => DemoRun.Run(s, p).Files);
        return TypedResults.AcceptedAtRoute(new { run.Id, run.Status }, "GetStudy", new { id = run.Id });
    }

    private static async Task<IResult> List(int? page, int? pageSize, StudyRunRepository repo, StudyJobs jobs, CancellationToken ct)
    {
        var result = await repo.ListAsync(PageRequest.Of(page, pageSize), ct);
        return TypedResults.Ok(PageDto<StudyRunDto>.From(result, r => ToDto(r, jobs, [])));
    }

    private static async Task<IResult> Get(Guid id, StudyRunRepository repo, StudyJobs jobs, CancellationToken ct)
    {
        var run = await repo.GetAsync(id, ct);
        if (run is null) return NotFound();
        return TypedResults.Ok(ToDto(run, jobs, await repo.ListFilesAsync(id, ct)));
    }

    private static async Task<IResult> File(Guid id, string path, StudyRunRepository repo, HttpContext http, CancellationToken ct)
    {
        var content = await repo.GetFileAsync(id, path, ct);
        if (content is null) return NotFound();
        // Reports are shown as documents of their own: no scripts, no access to the app's origin.
        http.Items[SecurityHeadersMiddleware.CspItem] = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";
        return TypedResults.File(content, ContentType(path));
    }

    private static async Task<IResult> Bundle(Guid id, StudyRunRepository repo, CancellationToken ct)
    {
        var run = await repo.GetAsync(id, ct);
        if (run is null) return NotFound();
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (path, content) in await repo.GetFilesAsync(id, ct))
            {
                await using var entry = await archive.CreateEntry(path, CompressionLevel.Fastest).OpenAsync(ct);
                await entry.WriteAsync(content, ct);
            }
        return TypedResults.File(zip.ToArray(), "application/zip", "ferrum-study-" + id.ToString("N")[..8] + ".zip");
    }

    internal static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".json" => "application/json",
        ".csv" => "text/csv; charset=utf-8",
        ".png" => "image/png",
        ".svg" => "image/svg+xml",
        ".txt" or ".md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    private static StudyRunDto ToDto(StudyRunView r, StudyJobs jobs, IReadOnlyList<(string Path, int Bytes)> files)
    {
        JsonElement? results = null;
        if (r.ResultsJson is not null)
        {
            using var doc = JsonDocument.Parse(r.ResultsJson);
            results = doc.RootElement.Clone();
        }
        return new StudyRunDto(r.Id, r.Name, r.Kind, r.Status, jobs.Progress(r.Id), r.Error, r.CreatedAt, r.FinishedAt,
            [.. files.Select(f => new StudyFileDto(f.Path, f.Bytes, $"/api/studies/{r.Id}/files/{f.Path}"))], results);
    }

    private static async Task<byte[]> ReadAsync(IFormFile file)
    {
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms);
        return ms.ToArray();
    }

    private static IResult NotFound() => Results.Problem(statusCode: 404, title: "No such study run or file");
}
