using System.Net;
using System.Text;

namespace Ferrum.Study.Reports;

/// <summary>Builds a self-contained, printable HTML page: inline CSS, tables, inline SVG figures.</summary>
internal sealed class Html
{
    private const string Css = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
        h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.85rem}
        th,td{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
        th{border-bottom:2px solid #888}caption{text-align:left;font-weight:bold;padding:.25rem 0}
        figure{margin:1rem 0;page-break-inside:avoid}figure svg{max-width:100%;height:auto}
        figcaption{font-size:.85rem;color:#444}
        .synthetic{background:#fff3cd;border:2px solid #d39e00;padding:.75rem;font-weight:bold}
        .note{background:#eef;padding:.75rem}.small{font-size:.8rem;color:#555}
        @media print{body{margin:0;max-width:none}h2{page-break-after:avoid}}
        """;

    private readonly StringBuilder _sb = new();

    public Html(string title, bool synthetic)
    {
        _sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
           .Append(Encode((synthetic ? "SYNTHETIC — " : "") + title)).Append("</title><style>").Append(Css).Append("</style></head><body>\n");
        _sb.Append("<h1>").Append(Encode(title)).Append("</h1>\n");
        if (synthetic)
            Raw("<p class=\"synthetic\">SYNTHETIC DATA: every number, table and figure in this report comes from simulated subjects and simulated plate reads. It illustrates the pipeline and supports no clinical or scientific conclusion.</p>");
    }

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public Html Heading(string text) => Raw($"<h2>{Encode(text)}</h2>");

    public Html Paragraph(string text, string? cssClass = null) =>
        Raw(cssClass is null ? $"<p>{Encode(text)}</p>" : $"<p class=\"{cssClass}\">{Encode(text)}</p>");

    public Html Raw(string html)
    {
        _sb.Append(html).Append('\n');
        return this;
    }

    public Html Table(Table table)
    {
        _sb.Append("<table><caption>").Append(Encode(table.Title)).Append("</caption><thead><tr>");
        foreach (var c in table.Columns) _sb.Append("<th>").Append(Encode(c)).Append("</th>");
        _sb.Append("</tr></thead><tbody>\n");
        var pColumns = table.Columns.Select(c => c == "p" || c.EndsWith("_p", StringComparison.Ordinal) || c.StartsWith("p_", StringComparison.Ordinal)).ToArray();
        foreach (var row in table.Rows)
        {
            _sb.Append("<tr>");
            for (var i = 0; i < row.Count; i++) _sb.Append("<td>").Append(Encode(Display(row[i], i < pColumns.Length && pColumns[i]))).Append("</td>");
            _sb.Append("</tr>\n");
        }
        _sb.Append("</tbody></table>\n<p class=\"small\">CSV: tables/").Append(Encode(table.Name)).Append(".csv</p>\n");
        return this;
    }

    /// <summary>Full-precision numbers from the CSV cells, shortened for reading: p-values as journals print them, others to 4 significant digits.</summary>
    private static string Display(string cell, bool isP)
    {
        if (!double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) || !cell.Contains('.', StringComparison.Ordinal) && !cell.Contains('E', StringComparison.Ordinal))
            return cell;
        return isP ? Format.P(v) : v.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);
    }

    public Html Figure(Figure figure)
    {
        var svg = figure.Svg;
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        _sb.Append("<figure>").Append(start >= 0 ? svg[start..] : svg)
           .Append("<figcaption>").Append(Encode(figure.Caption)).Append(" (figures/").Append(Encode(figure.Name)).Append(".png, .svg)</figcaption></figure>\n");
        return this;
    }

    public string Close() => _sb.Append("</body></html>\n").ToString();
}
