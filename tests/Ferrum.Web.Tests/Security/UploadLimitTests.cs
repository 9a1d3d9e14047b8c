using System.Net;
using System.Net.Http.Headers;
using Ferrum.Web.Api.Studies;
using Ferrum.Web.Tests.Support;

namespace Ferrum.Web.Tests.Security;

/// <summary>Study uploads have their own, larger limit; one byte over it is refused with 413 before the study runs.</summary>
[Collection(WebCollection.Name)]
public sealed class UploadLimitTests(PostgresFixture pg)
{
    [Fact]
    public async Task Study_upload_one_byte_over_the_limit_is_refused_with_413_and_no_run_is_stored()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg);
        using var multipart = new MultipartFormDataContent("ferrum-boundary");
        var file = new ByteArrayContent(new byte[StudyEndpoints.MaxUploadBytes + 1]);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        multipart.Add(file, "data", "data.csv");
        var response = await app.Client.PostAsync("/api/studies", multipart);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var runs = await Json.ReadAsync(await app.Client.GetAsync("/api/studies"));
        Assert.Empty(runs["items"]!.AsArray());
    }
}
