using Microsoft.Playwright;

namespace Ferrum.Web.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright's bundled node driver; never downloads a browser.</summary>
internal static class Browser
{
    public const string Chromium = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Chromium)) throw new InvalidOperationException("Chromium not found at /usr/bin/chromium: run scripts/install-test-deps.sh");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>Opens <paramref name="url"/> and waits until that page is live on its Blazor circuit.</summary>
    public static async Task GotoInteractiveAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await WaitInteractiveAsync(page, new Uri(new Uri("http://localhost/"), url).AbsolutePath);
    }

    /// <summary>
    /// Waits for the app's <c>CircuitReady</c> marker naming <paramref name="path"/>: the page is interactive and the router
    /// intercepts link clicks. The marker of the previous page does not count, unlike a bare <c>[data-interactive]</c>.
    /// </summary>
    public static Task WaitInteractiveAsync(IPage page, string path) =>
        page.Locator($"[data-interactive='{path}']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 45_000 });

    /// <summary>Saves a screenshot under TestResults; with FERRUM_UPDATE_SCREENSHOTS=1 also into docs/screenshots.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        if (Environment.GetEnvironmentVariable("FERRUM_UPDATE_SCREENSHOTS") == "1")
        {
            var docs = Path.Combine(Support.FerrumCli.RepoRoot, "docs", "screenshots");
            Directory.CreateDirectory(docs);
            File.Copy(file, Path.Combine(docs, name + ".png"), overwrite: true);
        }
    }
}
