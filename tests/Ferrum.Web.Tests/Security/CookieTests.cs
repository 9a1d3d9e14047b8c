using System.Net;
using System.Text.RegularExpressions;
using Ferrum.Web.Tests.Support;

namespace Ferrum.Web.Tests.Security;

/// <summary>Over HTTPS every cookie Ferrum sets is Secure, HttpOnly and SameSite=Strict; form posts need a matching antiforgery pair.</summary>
[Collection(WebCollection.Name)]
public sealed partial class CookieTests(PostgresFixture pg)
{
    private const string AdminEmail = TestAccounts.AdminEmail;
    private const string AdminPassword = TestAccounts.AdminPassword;

    private static Dictionary<string, string?> Accounts => TestAccounts.Config;

    [Fact]
    public async Task Sign_in_and_antiforgery_cookies_are_secure_httponly_and_samesite_strict_over_https()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg, config: Accounts);
        app.Client.BaseAddress = new Uri("https://localhost");
        var (page, token) = await LoginPageAsync(app);
        var signedIn = await app.Client.SendAsync(LoginPost(token, CookiesOf(page)));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var cookies = page.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("ferrum.af=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("ferrum.auth=", StringComparison.Ordinal));
        foreach (var cookie in cookies)
        {
            var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.True(attributes.Contains("secure"), $"cookie without Secure: {cookie.Split('=')[0]}");
            Assert.True(attributes.Contains("httponly"), $"cookie without HttpOnly: {cookie.Split('=')[0]}");
            Assert.True(attributes.Contains("samesite=strict"), $"cookie without SameSite=Strict: {cookie.Split('=')[0]}");
        }
    }

    [Fact]
    public async Task A_form_post_with_another_sessions_antiforgery_token_is_refused()
    {
        await using var app = await TestApp.StartAsync("sqlite", pg, config: Accounts);
        var (first, _) = await LoginPageAsync(app);
        var (_, otherToken) = await LoginPageAsync(app);
        var crossed = await app.Client.SendAsync(LoginPost(otherToken, CookiesOf(first)));
        Assert.Equal(HttpStatusCode.BadRequest, crossed.StatusCode);
        Assert.DoesNotContain(crossed.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("ferrum.auth=", StringComparison.Ordinal));

        var cookieOnly = await app.Client.SendAsync(LoginPost("", CookiesOf(first)));
        Assert.Equal(HttpStatusCode.BadRequest, cookieOnly.StatusCode);
    }

    private static async Task<(HttpResponseMessage Page, string Token)> LoginPageAsync(TestApp app)
    {
        var page = await app.Client.GetAsync("/account/login");
        var token = Token().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(token);
        return (page, token);
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    private static HttpRequestMessage LoginPost(string token, string cookies)
    {
        var fields = new Dictionary<string, string> { ["email"] = AdminEmail, ["password"] = AdminPassword };
        if (token.Length > 0) fields["__RequestVerificationToken"] = token;
        var form = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = new FormUrlEncodedContent(fields) };
        form.Headers.Add("Cookie", cookies);
        return form;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
