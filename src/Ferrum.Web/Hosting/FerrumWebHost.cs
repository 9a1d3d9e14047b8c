using Ferrum.Storage.Configuration;
using Ferrum.Web.Api;
using Ferrum.Web.CdsHooks;
using Ferrum.Web.Components;
using Ferrum.Web.Hosting.KeyRing;
using Ferrum.Web.Problems;
using Ferrum.Web.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;

namespace Ferrum.Web.Hosting;

/// <summary>Builds and runs the Ferrum web app; <c>ferrum serve</c>, <c>dotnet run --project src/Ferrum.Web</c> and the tests all start it here.</summary>
public static class FerrumWebHost
{
    /// <summary>Default request-body limit (1 MiB); configurable as <c>Ferrum:MaxRequestBodyBytes</c>.</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    /// <summary>
    /// Builds the app: database from <paramref name="options"/> or <c>Ferrum:Database</c> (default SQLite in the user's
    /// data folder), loopback binding unless accounts are enabled and TLS is configured (see <see cref="TransportSecurity"/>). Throws <see cref="Ferrum.Core.Errors.InputErrorException"/>
    /// for a bad <c>--db</c> or an unsafe binding.
    /// </summary>
    public static WebApplication Build(string[] args, FerrumWebOptions? options = null, Action<WebApplicationBuilder>? configure = null)
    {
        options ??= new FerrumWebOptions();
        var (rest, behindProxy) = TransportSecurity.TakeSwitch(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = rest,
            ApplicationName = typeof(FerrumWebHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = options.EnvironmentName,
        });
        // Serve the framework's and our static files from the build output too, not only from a publish folder.
        builder.WebHost.UseStaticWebAssets();
        if (behindProxy || options.BehindTlsProxy) builder.Configuration[TlsOptions.Section + ":BehindProxy"] = "true";
        configure?.Invoke(builder);

        var urls = options.Urls ?? SplitUrls(builder.Configuration["urls"]) ?? [BindingGuard.DefaultUrl];
        builder.WebHost.UseUrls([.. urls]);
        var auth = builder.Configuration.GetSection(FerrumAuthOptions.Section).Get<FerrumAuthOptions>() ?? new FerrumAuthOptions();
        BindingGuard.Check(urls, auth.Enabled);
        var transport = TransportSecurity.Check(urls, builder.Configuration);

        var dbText = options.Database ?? builder.Configuration["Ferrum:Database"];
        var database = dbText is null ? DatabaseTarget.Default() : DatabaseTarget.Parse(dbText);
        var maxBody = builder.Configuration.GetValue("Ferrum:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);

        ConfigureLogging(builder.Logging);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = maxBody;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        var services = builder.Services;
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = Api.Studies.StudyEndpoints.MaxUploadBytes);
        services.AddFerrumStorage(database);
        services.AddFerrumKeyRing(database);
        services.AddFerrumSecurity(auth);
        transport.AddServices(services);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "ferrum.af";
            // The default (None) leaves the Secure flag off even over HTTPS; match the sign-in cookie.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<FerrumExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o));
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Ferrum API";
            doc.Info.Description = "Iron deficiency and restless legs syndrome: patients, labs, assessments. Same JSON contracts as the ferrum CLI.";
            return Task.CompletedTask;
        }));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddHttpContextAccessor();
        services.AddScoped<Ui.UiData>();
        services.AddSingleton<Studies.StudyJobs>();
        services.AddSingleton<Api.Diet.FoodTableCache>();

        var app = builder.Build();
        transport.UseMiddleware(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRouting();
        app.UseMiddleware<RequestSizeLimitMiddleware>(maxBody);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "Ferrum API v1");
            o.RoutePrefix = "api-docs";
            o.DocumentTitle = "Ferrum API";
        });
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" })).AllowAnonymous().ExcludeFromDescription();
        app.MapFerrumApi();
        app.MapCdsHooks();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>Migrates the database, seeds roles (and the first admin when accounts are on), then serves until stopped.</summary>
    public static async Task RunAsync(WebApplication app, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await PrepareAsync(app, ct);
        await app.StartAsync(ct);
        await app.WaitForShutdownAsync(ct);
    }

    /// <summary>Applies migrations, prepares the shared key ring and seeds roles and the first admin; call before <c>StartAsync</c>.</summary>
    public static async Task PrepareAsync(WebApplication app, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await DatabaseInitializer.MigrateAsync(app.Services, ct);
        await KeyRingStore.PrepareAsync(app.Services, ct);
        await AccountSeeder.SeedAsync(app.Services, ct);
    }

    internal static void ConfigureJson(JsonOptions o)
    {
        o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
        // The web defaults read "42" as a number; the contract says numbers are JSON numbers.
        o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        // A key given twice is ambiguous (which value is meant?): a 400 naming it, as the CLI's JSON readers do.
        o.SerializerOptions.AllowDuplicateProperties = false;
        o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
    }

    /// <summary>Framework request logs name paths (with record ids); keep them out, and never log EF parameter values.</summary>
    internal static void ConfigureLogging(ILoggingBuilder logging)
    {
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Lifetime", LogLevel.Information);
        logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
    }

    private static string[]? SplitUrls(string? urls) =>
        string.IsNullOrWhiteSpace(urls) ? null : urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
