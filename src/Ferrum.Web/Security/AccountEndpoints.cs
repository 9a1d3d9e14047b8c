using Ferrum.Storage.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Ferrum.Web.Security;

/// <summary>Sign-in and sign-out form posts (antiforgery-checked) for the accounts mode.</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", Login).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/account/logout", Logout).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Login([FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl,
        SignInManager<FerrumUser> signIn, FerrumAuthOptions auth)
    {
        var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
        if (!auth.Enabled) return Results.LocalRedirect(target);
        if (!string.IsNullOrEmpty(email) && !string.IsNullOrEmpty(password))
        {
            var result = await signIn.PasswordSignInAsync(email, password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded) return Results.LocalRedirect(target);
        }
        return Results.LocalRedirect("/account/login?failed=1&returnUrl=" + Uri.EscapeDataString(target));
    }

    private static async Task<IResult> Logout(SignInManager<FerrumUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/account/login");
    }
}
