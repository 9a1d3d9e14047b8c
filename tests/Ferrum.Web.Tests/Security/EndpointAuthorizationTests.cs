using System.Net;
using System.Text.RegularExpressions;
using Ferrum.Storage.Model;
using Ferrum.Web.Security;
using Ferrum.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Ferrum.Web.Tests.Security;

/// <summary>
/// Walks every endpoint the app maps (its <see cref="EndpointDataSource"/>, so a new route is covered without
/// editing this test) with accounts enabled: anonymous callers are refused everywhere but the public routes,
/// and every API and CDS Hooks service route refuses a caller who lacks the role its policy names, with a problem+json
/// 401 (and its WWW-Authenticate challenge) or 403, never a redirect: only browser pages redirect to the sign-in page.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class EndpointAuthorizationTests(PostgresFixture pg)
{
    private static readonly Dictionary<string, string> RoleOfPolicy = new()
    {
        [FerrumSchemes.PatientsPolicy] = FerrumRoles.Clinician,
        [FerrumSchemes.StudiesPolicy] = FerrumRoles.Researcher,
        [FerrumSchemes.AdminPolicy] = FerrumRoles.Admin,
        [FerrumSchemes.DietPolicy] = FerrumRoles.Clinician,
    };

    /// <summary>API and CDS Hooks routes any signed-in user may call; each stores and returns nothing of a patient's record.</summary>
    private static readonly string[] SignedInOnly = ["POST /api/assessments/"];

    private const string Password = "a long enough password 1";

    private static Dictionary<string, string?> Accounts => TestAccounts.Config;

    private sealed record Route(string Method, string Pattern, string Url, IReadOnlyList<string> Policies, bool Anonymous, string? Accepts)
    {
        public override string ToString() => Method + " " + Pattern;
    }

    [Fact]
    public async Task Every_api_route_refuses_anonymous_callers_and_callers_without_its_role()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg, config: Accounts);
        var routes = Routes(app).Where(r => r.Pattern.StartsWith("/api/", StringComparison.Ordinal)
            || (r.Pattern.StartsWith("/cds-services/", StringComparison.Ordinal) && !r.Anonymous)).ToList();
        Assert.Contains(routes, r => r.Pattern.StartsWith("/cds-services/", StringComparison.Ordinal));
        Assert.True(routes.Count >= 20, $"only {routes.Count} API routes found: the enumeration is broken");
        var keys = new Dictionary<string, string>();
        foreach (var role in FerrumRoles.All)
            keys[role] = await KeyAsync(app, "without-" + role + "@clinic.example", [.. FerrumRoles.All.Where(r => r != role)]);
        var noRoles = await KeyAsync(app, "nobody@clinic.example", []);
        var noRolesCookie = await SignIn.CookiesAsync(app.Client, "nobody@clinic.example", Password);

        var unguarded = routes.Where(r => r.Policies.Count == 0).Select(r => r.ToString()).Order().ToList();
        Assert.Equal(SignedInOnly, unguarded);
        foreach (var route in routes)
        {
            Assert.False(route.Anonymous, $"{route} allows anonymous callers");
            await AssertProblemAsync(await SendAsync(app, route, null), HttpStatusCode.Unauthorized, route + " (anonymous)");
            await AssertProblemAsync(await SendAsync(app, route, "fk_not-a-key"), HttpStatusCode.Unauthorized, route + " (invalid key)");
            foreach (var policy in route.Policies)
            {
                var role = RoleOfPolicy[policy];
                await AssertProblemAsync(await SendAsync(app, route, keys[role]), HttpStatusCode.Forbidden, $"{route} (key without the {role} role)");
                await AssertProblemAsync(await SendAsync(app, route, noRoles), HttpStatusCode.Forbidden, route + " (key without roles)");
                await AssertProblemAsync(await SendAsync(app, route, null, noRolesCookie), HttpStatusCode.Forbidden, route + " (signed in without roles)");
                var with = await SendAsync(app, route, await KeyAsync(app, "only-" + role + "@clinic.example", [role]));
                Assert.True(with.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{route} refused a caller with the {role} role");
            }
        }
    }

    [Fact]
    public async Task Every_page_and_hub_needs_a_signed_in_user_except_the_public_ones()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg, config: Accounts);
        var routes = Routes(app).Where(r => !r.Pattern.StartsWith("/api/", StringComparison.Ordinal) && r.Method == "GET").ToList();
        Assert.Contains(routes, r => r.Pattern == "/patients");
        var publicRoutes = routes.Where(r => r.Anonymous).Select(r => r.Pattern).ToList();
        foreach (var p in publicRoutes)
            // CDS Hooks discovery (GET /cds-services) is public by the CDS Hooks specification; the service calls are not.
            Assert.True(p is "/health" or "/account/login" or "/account/denied" or "/cds-services/" or "/cds-services" || p.StartsWith("/openapi", StringComparison.Ordinal) || p.StartsWith("/api-docs", StringComparison.Ordinal)
                || p.Contains('.', StringComparison.Ordinal) || p.StartsWith("/_", StringComparison.Ordinal), $"unexpected public route {p}");
        foreach (var route in routes.Where(r => !r.Anonymous))
        {
            var response = await SendAsync(app, route, null);
            if (route.Pattern.StartsWith("/cds-services/", StringComparison.Ordinal))
            {
                await AssertProblemAsync(response, HttpStatusCode.Unauthorized, route + " (anonymous)");
                continue;
            }
            var toLogin = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/account/login";
            Assert.True(toLogin || response.StatusCode == HttpStatusCode.Unauthorized, $"{route} answered {(int)response.StatusCode} to an anonymous caller");
        }
    }

    /// <summary>API and CDS Hooks routes refuse with a problem+json 401 (with its WWW-Authenticate challenge) or 403, never a redirect.</summary>
    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        Assert.True(response.StatusCode == expected, $"{what} answered {(int)response.StatusCode} {response.Headers.Location}, expected {(int)expected}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{what} answered {response.Content.Headers.ContentType} instead of problem+json");
        var problem = await Json.ReadAsync(response);
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        if (expected == HttpStatusCode.Unauthorized)
            Assert.True(response.Headers.WwwAuthenticate.ToString().StartsWith("ApiKey realm=\"ferrum\"", StringComparison.Ordinal), $"{what} sent no WWW-Authenticate challenge");
    }

    private static List<Route> Routes(TestApp app) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new Route(
                m, Normalise(e.RoutePattern.RawText ?? ""), Fill(Normalise(e.RoutePattern.RawText ?? "")),
                [.. e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct()],
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null, e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault())))
            .Where(r => !r.Pattern.Contains("{**", StringComparison.Ordinal) || r.Pattern.StartsWith("/api/", StringComparison.Ordinal))
            .DistinctBy(r => r.ToString())];

    private static string Normalise(string raw) => raw.StartsWith('/') ? raw : "/" + raw;

    private static string Fill(string pattern) => Parameter().Replace(pattern, m =>
        m.Value.Contains("guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : m.Value.Contains("**", StringComparison.Ordinal) ? "report.html" : "x");

    private static async Task<HttpResponseMessage> SendAsync(TestApp app, Route route, string? key, string? cookies = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url);
        // A body of the type the route accepts, so routing's 415 does not answer before authorization does.
        if (route.Method is "POST" or "PUT" or "PATCH")
            request.Content = route.Accepts == "multipart/form-data"
                ? new MultipartFormDataContent { { new StringContent("x"), "name" } }
                : Json.Body("{}");
        if (key is not null) request.Headers.Add(FerrumSchemes.ApiKeyHeader, key);
        if (cookies is not null) request.Headers.Add("Cookie", cookies);
        return await app.Client.SendAsync(request);
    }

    private static async Task<string> KeyAsync(TestApp app, string email, string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FerrumUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new FerrumUser { UserName = email, Email = email };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            if (roles.Length > 0) Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        }
        var store = scope.ServiceProvider.GetRequiredService<Ferrum.Storage.Identity.ApiKeyStore>();
        return (await store.CreateAsync(user.Id, "test", default)).PlainKey;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
