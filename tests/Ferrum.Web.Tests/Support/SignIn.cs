using System.Net;
using System.Text.RegularExpressions;

namespace Ferrum.Web.Tests.Support;

/// <summary>Signs in through the real form (antiforgery token and all) and returns the cookies a browser would send next.</summary>
internal static partial class SignIn
{
    public static async Task<string> CookiesAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetAsync("/account/login");
        var token = Token().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        var form = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["password"] = password, ["__RequestVerificationToken"] = token }),
        };
        var antiforgery = Cookies(page);
        form.Headers.Add("Cookie", antiforgery);
        var signedIn = await client.SendAsync(form);
        if (signedIn.StatusCode != HttpStatusCode.Redirect || signedIn.Headers.Location?.ToString() != "/")
            throw new InvalidOperationException($"sign-in of {email} failed: {(int)signedIn.StatusCode} {signedIn.Headers.Location}");
        return antiforgery + "; " + Cookies(signedIn);
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
