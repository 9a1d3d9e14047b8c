using System.Net;
using System.Net.Http.Json;
using Ferrum.Storage.Model;
using Ferrum.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;

namespace Ferrum.Web.Tests.Security;

[Collection(WebCollection.Name)]
public sealed class AccountsTests(PostgresFixture pg)
{
    private const string AdminEmail = TestAccounts.AdminEmail;
    private const string AdminPassword = TestAccounts.AdminPassword;

    private static Dictionary<string, string?> Accounts => TestAccounts.Config;

    private static async Task<string> KeyForAsync(TestApp app, string email, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FerrumUser>>();
        var user = email == AdminEmail ? await users.FindByEmailAsync(email) : null;
        if (user is null)
        {
            user = new FerrumUser { UserName = email, Email = email };
            Assert.True((await users.CreateAsync(user, "a long enough password 1")).Succeeded);
            if (roles.Length > 0) await users.AddToRolesAsync(user, roles);
            // As the admin API does for a user created without care units: a member of the default unit.
            Assert.True(await scope.ServiceProvider.GetRequiredService<Ferrum.Storage.CareUnits.CareUnitStore>().AddMemberAsync(Ferrum.Storage.CareUnits.DefaultCareUnit.Id, user.Id, default));
        }
        var keys = scope.ServiceProvider.GetRequiredService<Ferrum.Storage.Identity.ApiKeyStore>();
        return (await keys.CreateAsync(user.Id, "test", default)).PlainKey;
    }

    private static HttpRequestMessage Get(string url, string? key)
    {
        var r = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null) r.Headers.Add("X-Api-Key", key);
        return r;
    }

    [Theory]
    [MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Api_needs_a_valid_key_and_the_role_for_the_resource(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, config: Accounts);
        var clinician = await KeyForAsync(app, "c@clinic.example", FerrumRoles.Clinician);
        var researcher = await KeyForAsync(app, "r@clinic.example", FerrumRoles.Researcher);
        var admin = await KeyForAsync(app, AdminEmail);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client.SendAsync(Get("/api/patients", null))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client.SendAsync(Get("/api/patients", clinician + "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client.SendAsync(Get("/api/patients", researcher))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(Get("/api/patients", clinician))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client.SendAsync(Get("/api/audit", clinician))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(Get("/api/audit", admin))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(Get("/openapi/v1.json", null))).StatusCode);
    }

    [Fact]
    public async Task Audit_names_the_user_behind_the_key()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg, config: Accounts);
        var key = await KeyForAsync(app, "c@clinic.example", FerrumRoles.Clinician);
        var create = new HttpRequestMessage(HttpMethod.Post, "/api/patients") { Content = JsonContent.Create(new { displayName = "Keyed", sex = "male" }) };
        create.Headers.Add("X-Api-Key", key);
        var p = await Json.ReadAsync(await app.Client.SendAsync(create));

        var audit = await Json.ReadAsync(await app.Client.SendAsync(Get($"/api/audit?patientId={p["id"]}", await KeyForAsync(app, AdminEmail))));
        Assert.Equal("c@clinic.example", audit["items"]![0]!["actor"]!.GetValue<string>());
        Assert.Equal("create", audit["items"]![0]!["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task First_admin_is_created_with_a_hashed_password_and_the_ui_asks_to_sign_in()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg, config: Accounts);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<FerrumUser>>();
            var admin = await users.FindByEmailAsync(AdminEmail);
            Assert.NotNull(admin);
            Assert.DoesNotContain(AdminPassword, admin.PasswordHash, StringComparison.Ordinal);
            Assert.True(await users.CheckPasswordAsync(admin, AdminPassword));
            Assert.Equal(FerrumRoles.All.Order(), (await users.GetRolesAsync(admin)).Order());
        }
        var home = await app.Client.GetAsync("/patients");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("http://localhost/account/login", home.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_form_needs_its_antiforgery_token_and_then_sets_the_cookie()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg, config: Accounts);
        var noToken = await app.Client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = AdminEmail, ["password"] = AdminPassword }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        var page = await app.Client.GetAsync("/account/login");
        var html = await page.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = AdminEmail, ["password"] = AdminPassword, ["__RequestVerificationToken"] = token }),
        };
        form.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var signedIn = await app.Client.SendAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.ToString());
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ferrum.auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
    }
}
