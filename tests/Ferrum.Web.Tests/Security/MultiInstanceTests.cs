using System.Net;
using System.Text.RegularExpressions;
using Ferrum.Web.Tests.Support;

namespace Ferrum.Web.Tests.Security;

/// <summary>
/// Several app instances on one PostgreSQL database share the Data Protection key ring stored there: a sign-in cookie
/// or an antiforgery token issued by one instance is accepted by another. An instance on another database is the control.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class MultiInstanceTests(PostgresFixture pg)
{
    private const string AdminEmail = TestAccounts.AdminEmail;
    private const string AdminPassword = TestAccounts.AdminPassword;

    private static Dictionary<string, string?> Accounts => TestAccounts.Config;

    [Fact]
    public async Task Cookies_and_antiforgery_tokens_minted_on_one_instance_are_accepted_by_another_on_the_same_database()
    {
        var shared = "postgres:" + await pg.Cluster.CreateDatabaseAsync();
        await using var a = await TestApp.StartAsync("postgres", pg, config: Accounts, database: shared);
        await using var b = await TestApp.StartAsync("postgres", pg, config: Accounts, database: shared);
        await using var other = await TestApp.StartAsync("postgres", pg, config: Accounts);

        // The login form (antiforgery token and cookie) comes from A; B accepts the post and signs the user in.
        var form = await a.Client.GetAsync("/account/login");
        var signedInOnB = await b.Client.SendAsync(LoginPost(await TokenAsync(form), CookiesOf(form)));
        Assert.Equal(HttpStatusCode.Redirect, signedInOnB.StatusCode);
        Assert.Equal("/", signedInOnB.Headers.Location?.OriginalString);
        var authFromB = AuthCookie(signedInOnB);

        // The sign-in cookie B issued opens an admin API on A, and one A issues opens it on B.
        Assert.Equal(HttpStatusCode.OK, (await GetAuditAsync(a, authFromB)).StatusCode);
        var form2 = await b.Client.GetAsync("/account/login");
        var authFromA = AuthCookie(await a.Client.SendAsync(LoginPost(await TokenAsync(form2), CookiesOf(form2))));
        Assert.Equal(HttpStatusCode.OK, (await GetAuditAsync(b, authFromA)).StatusCode);

        // Control: an instance on another database has its own key ring and cannot read either.
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAuditAsync(other, authFromB)).StatusCode);
        var form3 = await a.Client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.BadRequest, (await other.Client.SendAsync(LoginPost(await TokenAsync(form3), CookiesOf(form3)))).StatusCode);
    }

    [Fact]
    public async Task A_cds_card_link_issued_by_one_instance_opens_on_another_and_a_tampered_one_does_not()
    {
        var shared = "postgres:" + await pg.Cluster.CreateDatabaseAsync();
        await using var a = await TestApp.StartAsync("postgres", pg, database: shared);
        await using var b = await TestApp.StartAsync("postgres", pg, database: shared);
        var fixture = await File.ReadAllTextAsync(Path.Combine(FerrumCli.RepoRoot, "tests", "fixtures", "cds-hooks", "patient-view.json"));
        var response = await a.Client.PostAsync("/cds-services/ferrum-rls-iron-patient-view", Json.Body(fixture));
        var cards = (await Json.ReadAsync(response))["cards"]!.AsArray();
        var link = new Uri(cards.Select(c => c!["links"]?[0]?["url"]?.GetValue<string>()).First(u => u is not null)!);
        // Kestrel's default request-line limit is 8 KiB; the token must fit well inside it.
        Assert.True(link.PathAndQuery.Length < 6000, $"card link is {link.PathAndQuery.Length} characters");

        var onB = await b.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains("ferritin 42", await onB.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var path = link.AbsolutePath;
        var tampered = path[..^3] + (path[^3] == 'A' ? 'B' : 'A') + path[^2..];
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync(tampered)).StatusCode);
        await using var other = await TestApp.StartAsync("postgres", pg);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(link.PathAndQuery)).StatusCode);
    }

    private static Task<HttpResponseMessage> GetAuditAsync(TestApp app, string authCookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/audit");
        request.Headers.Add("Cookie", authCookie);
        return app.Client.SendAsync(request);
    }

    private static async Task<string> TokenAsync(HttpResponseMessage page)
    {
        var token = Token().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(token);
        return token;
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("ferrum.auth=", StringComparison.Ordinal));

    private static HttpRequestMessage LoginPost(string token, string cookies)
    {
        var fields = new Dictionary<string, string> { ["email"] = AdminEmail, ["password"] = AdminPassword, ["__RequestVerificationToken"] = token };
        var form = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = new FormUrlEncodedContent(fields) };
        form.Headers.Add("Cookie", cookies);
        return form;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
