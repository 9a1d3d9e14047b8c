using Ferrum.Storage.Model;
using Microsoft.AspNetCore.Identity;

namespace Ferrum.Web.Security;

/// <summary>Creates the three roles and, when accounts are on and none exists yet, the first admin from configuration.</summary>
internal static class AccountSeeder
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var auth = scope.ServiceProvider.GetRequiredService<FerrumAuthOptions>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in FerrumRoles.All)
            if (!await roles.RoleExistsAsync(role)) Ensure(await roles.CreateAsync(new IdentityRole(role)), "role " + role);
        if (!auth.Enabled) return;

        var users = scope.ServiceProvider.GetRequiredService<UserManager<FerrumUser>>();
        ct.ThrowIfCancellationRequested();
        if (users.Users.Any()) return;
        if (string.IsNullOrWhiteSpace(auth.AdminEmail) || string.IsNullOrEmpty(auth.AdminPassword))
            throw new InvalidOperationException(
                "Accounts are enabled but no user exists: set Ferrum__Auth__AdminEmail and Ferrum__Auth__AdminPassword for the first admin.");
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var admin = new FerrumUser { UserName = auth.AdminEmail, Email = auth.AdminEmail, EmailConfirmed = true, CreatedAt = clock.GetUtcNow().UtcDateTime };
        Ensure(await users.CreateAsync(admin, auth.AdminPassword), "first admin");
        Ensure(await users.AddToRolesAsync(admin, FerrumRoles.All), "first admin's roles");
    }

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
