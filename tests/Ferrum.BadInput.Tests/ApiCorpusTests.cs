using System.Net.Http.Headers;
using System.Text;
using Ferrum.BadInput.Tests.Support;
using Xunit.Abstractions;

namespace Ferrum.BadInput.Tests;

/// <summary>Every API entry of the corpus: 400/413/415 as application/problem+json naming the field, never a 500.</summary>
public sealed class ApiCorpusTests(ApiApp app, ITestOutputHelper output) : IClassFixture<ApiApp>
{
    public static TheoryData<string> Cases => Corpus.Ids(c => c.IsApi && c.KnownFailure is null);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_api_payload_is_a_problem_naming_the_field(string id)
    {
        var c = Corpus.Get(id);
        var (status, media, body) = await SendAsync(c);
        var problems = CaseCheck.Api(c, status, media, body);
        Assert.True(problems.Count == 0, $"{id} ({c.Checks}): {string.Join("; ", problems)}\nHTTP {status} {media}\n{(body.Length > 1500 ? body[..1500] : body)}");
    }

    /// <summary>Known failures stay visible: each is printed with its reason and must still fail, so a fix shows up here.</summary>
    [Fact]
    public async Task Known_api_failures_are_listed_and_still_fail()
    {
        foreach (var c in Corpus.All.Where(c => c.IsApi && c.KnownFailure is not null))
        {
            output.WriteLine($"KNOWN FAILURE {c.Id}: {c.KnownFailure}");
            var (status, media, body) = await SendAsync(c);
            Assert.True(CaseCheck.Api(c, status, media, body).Count > 0, $"{c.Id} now passes: remove its knownFailure from the manifest");
        }
    }

    private async Task<(int Status, string? Media, string Body)> SendAsync(CorpusCase c)
    {
        var r = c.Request!;
        var client = await app.ClientAsync();
        using var request = new HttpRequestMessage(new HttpMethod(r.Method), r.Path.Replace("{patient}", app.PatientId, StringComparison.Ordinal));
        byte[]? bytes = r.BodyFile is not null ? await File.ReadAllBytesAsync(Path.Combine(Corpus.Folder, "cases", r.BodyFile))
            : r.Body is not null ? Encoding.UTF8.GetBytes(r.Body) : null;
        if (bytes is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(r.ContentType);
        }
        foreach (var (name, value) in r.Headers ?? []) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
