using System.Text.RegularExpressions;
using Ferrum.Web.Tests.Support;
using Microsoft.Playwright;

namespace Ferrum.Web.Tests.Browser;

/// <summary>The app on a real Kestrel port in Debian's Chromium: the newcomer's path from patient to cited result and chart.</summary>
[Collection(WebCollection.Name)]
public sealed partial class BrowserTests(PostgresFixture pg) : IAsyncLifetime
{
    private TestApp _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync("sqlite", pg, kestrel: true);
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var page = await _browser.NewPageAsync(new() { BaseURL = _app.BaseUrl, ViewportSize = new() { Width = width, Height = height } });
        page.SetDefaultTimeout(45_000);  // the test machine is small and shared
        return page;
    }

    [GeneratedRegex("/patients/([0-9a-f-]{36})$")]
    private static partial Regex PatientUrl();

    [GeneratedRegex("/assessments/[0-9a-f-]{36}$")]
    private static partial Regex AssessmentUrl();

    [Fact]
    public async Task Newcomer_creates_a_patient_assesses_and_sees_the_cited_result_and_the_chart()
    {
        var page = await NewPageAsync();
        try
        {
            await NewcomerStepsAsync(page, "Mara Testperson");
        }
        catch (Exception) when (!page.IsClosed)
        {
            try { await Browser.ScreenshotAsync(page, "failure-newcomer"); }
            catch (PlaywrightException) { /* the original failure matters, not the screenshot */ }
            throw;
        }
    }

    private async Task NewcomerStepsAsync(IPage page, string patientName)
    {
        await Browser.GotoInteractiveAsync(page, "/");
        await Browser.ScreenshotAsync(page, "home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Open patients" }).ClickAsync();
        await Browser.WaitInteractiveAsync(page, "/patients");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(patientName);
        await page.GetByLabel("Date of birth").FillAsync("1980-05-17");
        await page.GetByLabel("Sex").SelectOptionAsync("female");
        await page.GetByLabel("Current medications").FillAsync("sertraline");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create patient" }).ClickAsync();
        await page.WaitForURLAsync(PatientUrl(), new() { WaitUntil = WaitUntilState.Commit });
        var patientUrl = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "New assessment" }).ClickAsync();
        await Browser.WaitInteractiveAsync(page, new Uri(patientUrl).AbsolutePath + "/assess");
        await Assertions.Expect(page.GetByLabel("Age (years)")).ToHaveValueAsync("46");
        foreach (var id in new[] { "urge", "rest", "relief", "evening", "mimics", "significant" })
            await page.Locator("#" + id).SelectOptionAsync("yes");
        await page.Locator("#episodes").FillAsync("4");
        await page.Locator("#months").FillAsync("14");
        int[] irls = [3, 3, 2, 2, 3, 2, 2, 2, 3, 2];
        for (var i = 0; i < irls.Length; i++) await page.Locator("#irls-" + i).SelectOptionAsync(irls[i].ToString());
        await page.Locator("#lab0-value").FillAsync("42");
        await page.Locator("#lab1-value").FillAsync("112");      // typed as if g/L while the picker says g/dL
        await Assertions.Expect(page.Locator("#lab1-value-err")).ToContainTextAsync("plausible");
        await page.Locator("#lab1-value").FillAsync("11.2");
        await Assertions.Expect(page.Locator("#lab1-value-err")).ToBeEmptyAsync();
        await page.Locator("#lab2-value").FillAsync("14");
        await page.Locator("#lab3-value").FillAsync("3");
        await Browser.ScreenshotAsync(page, "assessment-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Assess" }).ClickAsync();

        await page.WaitForURLAsync(AssessmentUrl(), new() { WaitUntil = WaitUntilState.Commit });
        var result = page.GetByTestId("assessment-result");
        await Assertions.Expect(result).ToContainTextAsync("IRLSSG criteria: met");
        await Assertions.Expect(result.Locator("cite").First).ToBeVisibleAsync();
        await Assertions.Expect(result).ToContainTextAsync("AASM 2024");
        await Browser.ScreenshotAsync(page, "assessment-result");

        await Browser.GotoInteractiveAsync(page, patientUrl);
        var earlier = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-120).ToString("yyyy-MM-dd");
        await page.Locator("#newlab-value").FillAsync("18");
        await page.Locator("#newlab-date").FillAsync(earlier);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add result" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Result added");
        var ferritin = page.Locator("figure[data-series=ferritin] svg");
        await Assertions.Expect(ferritin).ToHaveAttributeAsync("role", "img");
        await Assertions.Expect(ferritin.Locator("circle")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("figure[data-series=ferritin] desc")).ToContainTextAsync("latest 42 µg/L");
        await Assertions.Expect(page.Locator("figure[data-series=ferritin]")).ToContainTextAsync("AASM 2024");
        await Assertions.Expect(page.Locator("figure[data-series=hemoglobin] svg line.threshold")).ToHaveCountAsync(1);
        await Browser.ScreenshotAsync(page, "patient");

        await Browser.GotoInteractiveAsync(page, "/patients");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = patientName })).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "patients");
        await Browser.GotoInteractiveAsync(page, "/admin/audit");
        await Assertions.Expect(page.Locator("tbody tr").First).ToContainTextAsync("local");
        await Browser.ScreenshotAsync(page, "audit");
    }

    [Fact]
    public async Task Pages_fit_a_phone_and_the_first_tab_reaches_the_skip_link()
    {
        var page = await NewPageAsync(390, 844);
        await Browser.GotoInteractiveAsync(page, "/assess");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"page is {overflow}px wider than a phone screen");
        await Browser.ScreenshotAsync(page, "phone-assessment");

        // The skip link comes before everything else in keyboard order (Blazor itself puts focus on the h1 after navigation).
        await page.Locator("a.brand").FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main#main")).ToBeFocusedAsync();
    }

    /// <summary>WCAG 2.x contrast of every element with its own text against the nearest opaque background: AA 4.5:1, 3:1 for large text.</summary>
    private const string ContrastFailures = """
        () => {
          const lin = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
          const lum = c => { const [r, g, b] = c.match(/[\d.]+/g).map(Number); return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b); };
          const opaque = c => { const m = c.match(/[\d.]+/g); return m && (m.length < 4 || Number(m[3]) === 1); };
          const background = el => { for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (opaque(c)) return c; } return 'rgb(255, 255, 255)'; };
          const bad = [];
          for (const el of document.querySelectorAll('body *')) {
            if (!el.checkVisibility() || ![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
            const s = getComputedStyle(el), a = lum(s.color), b = lum(background(el));
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            const size = parseFloat(s.fontSize), large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
            if (ratio < (large ? 3 : 4.5)) bad.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}" ${ratio.toFixed(2)}:1`);
          }
          return bad;
        }
        """;

    [Theory]
    [InlineData("/diet", "#diet-sex", "phone-diet")]
    [InlineData("/studies", "#plates-files", "phone-studies")]
    public async Task New_pages_fit_a_375px_phone_reach_their_form_by_keyboard_and_meet_aa_contrast(string path, string control, string screenshot)
    {
        var page = await NewPageAsync(375, 812);
        await Browser.GotoInteractiveAsync(page, path);
        if (path == "/diet")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Plan meals" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("diet-result")).ToContainTextAsync("mg absorbed iron a day", new() { Timeout = 60_000 });
        }
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 375px phone");
        Assert.Empty(await page.EvaluateAsync<string[]>(ContrastFailures));

        // Keyboard only: Tab from the top of the page reaches the form's first control, and focus is visible there.
        await page.Locator("a.brand").FocusAsync();
        var reached = false;
        for (var i = 0; i < 40 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.Locator(control).EvaluateAsync<bool>("e => e === document.activeElement");
        }
        Assert.True(reached, $"Tab never reached {control} on {path}");
        Assert.NotEqual("none", await page.Locator(control).EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await Browser.ScreenshotAsync(page, screenshot);
    }

    [Fact]
    public async Task Researcher_runs_the_demo_study_and_opens_its_report()
    {
        var page = await NewPageAsync();
        await Browser.GotoInteractiveAsync(page, "/studies");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run the demo study" }).ClickAsync();
        var open = page.GetByRole(AriaRole.Link, new() { Name = "Open the report" }).First;
        await open.WaitForAsync(new() { Timeout = 180_000 });
        await Browser.ScreenshotAsync(page, "studies");

        await page.GotoAsync((await open.GetAttributeAsync("href"))!);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("SYNTHETIC");
        await Browser.ScreenshotAsync(page, "study-report");
    }

    [Fact]
    public async Task Researcher_uploads_plates_and_layout_and_opens_the_standard_curves_and_the_report()
    {
        var sample = Path.Combine(FerrumCli.RepoRoot, "samples", "study");
        var page = await NewPageAsync();
        await Browser.GotoInteractiveAsync(page, "/studies");
        await page.GetByLabel("Plate-reader files").SetInputFilesAsync(Directory.GetFiles(Path.Combine(sample, "plates"), "*.csv").Order(StringComparer.Ordinal));
        await Assertions.Expect(page.Locator("#plates-chosen")).ToContainTextAsync("8 chosen: cd81_P1.csv");
        await page.GetByLabel("Plate layout (YAML)").SetInputFilesAsync(Path.Combine(sample, "layout.yaml"));
        await page.GetByLabel("Clinical table").SetInputFilesAsync(Path.Combine(sample, "clinical.csv"));
        await page.Locator("#plates-spec").SetInputFilesAsync(Path.Combine(sample, "study.yaml"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Run ELISA and the analysis" }).ClickAsync();

        var row = page.Locator("tbody tr", new() { HasText = "clinical (plates)" });
        var curves = row.GetByRole(AriaRole.Link, new() { Name = "Standard curves and QC" });
        await curves.WaitForAsync(new() { Timeout = 180_000 });
        await Browser.ScreenshotAsync(page, "studies-plates");
        var reportHref = await row.GetByRole(AriaRole.Link, new() { Name = "Open the report" }).GetAttributeAsync("href");

        await page.GotoAsync((await curves.GetAttributeAsync("href"))!);
        await Assertions.Expect(page.Locator("h2", new() { HasText = "Standard curves" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("figure svg")).ToHaveCountAsync(8);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Plate QC summary");
        await page.GotoAsync(reportHref!);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("NDEV ferritin");
    }

    [Fact]
    public async Task Diet_page_plans_a_day_against_the_absorbed_iron_target_and_analyses_meals()
    {
        var page = await NewPageAsync();
        await Browser.GotoInteractiveAsync(page, "/diet");
        await page.GetByLabel("Diet pattern").SelectOptionAsync("vegetarian");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan meals" }).ClickAsync();
        var result = page.GetByTestId("diet-result");
        await Assertions.Expect(result).ToContainTextAsync("mg absorbed iron a day", new() { Timeout = 60_000 });
        await Assertions.Expect(result).ToContainTextAsync("IOM 2001");
        await Assertions.Expect(result.Locator("h3").First).ToContainTextAsync("Day 1");
        await Browser.ScreenshotAsync(page, "diet");

        await page.GetByText("Analyse your own meals instead").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse meals" }).ClickAsync();
        await Assertions.Expect(result).ToContainTextAsync("Your meals", new() { Timeout = 30_000 });
        await Assertions.Expect(result).ToContainTextAsync("breakfast");
    }

    [Fact]
    public async Task Api_documentation_is_browsable()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/api-docs/index.html");
        await Assertions.Expect(page.GetByText("/api/assessments").First).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "api-docs");
    }
}
