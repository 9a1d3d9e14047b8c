using Ferrum.Storage.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Ferrum.Web.Security;

/// <summary>Accounts (ASP.NET Core Identity, hashed passwords), API keys, the loopback-only local mode and the role policies.</summary>
internal static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddFerrumSecurity(this IServiceCollection services, FerrumAuthOptions auth)
    {
        services.AddSingleton(auth);
        services.AddIdentityCore<FerrumUser>(o =>
            {
                // Length over composition rules (NIST SP 800-63B, 5.1.1.2).
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<FerrumDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication(FerrumSchemes.Selector)
            .AddPolicyScheme(FerrumSchemes.Selector, "Local, API key or sign-in", o => o.ForwardDefaultSelector = ctx =>
                !auth.Enabled ? FerrumSchemes.Local
                : ApiKeyHandler.ReadKey(ctx.Request) is not null ? FerrumSchemes.ApiKey
                : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, LocalUserHandler>(FerrumSchemes.Local, null)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(FerrumSchemes.ApiKey, null)
            .AddIdentityCookies(c => c.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/account/login";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = "ferrum.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            }));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(FerrumSchemes.PatientsPolicy, p => p.RequireRole(FerrumRoles.Clinician))
            .AddPolicy(FerrumSchemes.StudiesPolicy, p => p.RequireRole(FerrumRoles.Researcher))
            .AddPolicy(FerrumSchemes.AdminPolicy, p => p.RequireRole(FerrumRoles.Admin))
            .AddPolicy(FerrumSchemes.DietPolicy, p => p.RequireRole(FerrumRoles.Clinician));
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <summary>API and CDS Hooks callers get 401/403 problems (<see cref="ChallengeResponses"/>), browsers the sign-in page.</summary>
    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ChallengeResponses.IsMachineRoute(ctx.Request.Path)) return ChallengeResponses.WriteAsync(ctx.HttpContext, status);
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
