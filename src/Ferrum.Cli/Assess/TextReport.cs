using System.Globalization;
using System.Text;
using Ferrum.Clinical.Assessment;

namespace Ferrum.Cli.Assess;

/// <summary>Renders the one-page plain-text clinician report.</summary>
internal static class TextReport
{
    public static string Render(AssessmentResult result)
    {
        var model = ReportModel.Build(result);
        var sb = new StringBuilder();
        sb.Append(model.Title).Append('\n').Append(new string('=', model.Title.Length)).Append('\n');
        sb.Append(ReportModel.Disclaimer).Append('\n');
        foreach (var s in model.Sections)
        {
            sb.Append('\n').Append(s.Title).Append('\n').Append(new string('-', s.Title.Length)).Append('\n');
            foreach (var line in s.Lines) sb.Append("  ").Append(line).Append('\n');
        }
        sb.Append("\nReferences\n----------\n");
        for (var i = 0; i < model.References.Count; i++)
        {
            var c = model.References[i];
            sb.Append(CultureInfo.InvariantCulture, $"  [{i + 1}] {c.Source}, {c.Locator}");
            if (c.Note is not null) sb.Append(" (note: ").Append(c.Note).Append(')');
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
