using System.Globalization;
using System.Net;
using System.Text;
using Ferrum.Clinical.Assessment;

namespace Ferrum.Cli.Assess;

/// <summary>Renders the clinician report as a self-contained, printable HTML page.</summary>
internal static class HtmlReport
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:48rem;margin:1.5rem auto;line-height:1.35;font-size:11pt}" +
        "h1{font-size:1.3rem}h2{font-size:1.05rem;border-bottom:1px solid #999;margin-top:1rem}" +
        ".note{background:#f3f3f3;padding:.4rem .6rem}ol.refs{font-size:9pt}" +
        "@media print{body{margin:0;max-width:none}}";

    public static string Render(AssessmentResult result)
    {
        var model = ReportModel.Build(result);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(model.Title))
          .Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        sb.Append("<h1>").Append(E(model.Title)).Append("</h1>\n<p class=\"note\">").Append(E(ReportModel.Disclaimer)).Append("</p>\n");
        foreach (var s in model.Sections)
        {
            sb.Append("<section><h2>").Append(E(s.Title)).Append("</h2><ul>\n");
            foreach (var line in s.Lines) sb.Append("<li>").Append(E(line)).Append("</li>\n");
            sb.Append("</ul></section>\n");
        }
        sb.Append("<section><h2>References</h2><ol class=\"refs\">\n");
        foreach (var c in model.References)
        {
            sb.Append("<li>").Append(E(c.Source)).Append(", ").Append(E(c.Locator));
            if (c.Reference is not null) sb.Append(". ").Append(E(c.Reference));
            if (c.Note is not null) sb.Append(" <em>Note: ").Append(E(c.Note)).Append("</em>");
            sb.Append("</li>\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"</ol></section>\n</body></html>\n");
        return sb.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
