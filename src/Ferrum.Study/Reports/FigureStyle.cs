using ScottPlot;

namespace Ferrum.Study.Reports;

/// <summary>Shared look of Ferrum's figures and the conversion of a ScottPlot plot to PNG and SVG.</summary>
internal static class FigureStyle
{
    public const int Width = 720;
    public const int Height = 480;

    /// <summary>Colour-blind-safe colours (Okabe–Ito): control, case, then further series.</summary>
    public static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#E69F00"), Color.FromHex("#56B4E9"), Color.FromHex("#000000"), Color.FromHex("#F0E442"),
    ];

    public static Plot NewPlot(string title, string xLabel, string yLabel, bool synthetic)
    {
        var plot = new Plot();
        plot.Title(synthetic ? "SYNTHETIC DATA — " + title : title, 14);
        plot.XLabel(xLabel, 13);
        plot.YLabel(yLabel, 13);
        return plot;
    }

    public static Figure Render(Plot plot, string name, string caption, int width = Width, int height = Height) =>
        new(name, caption, plot.GetImageBytes(width, height, ImageFormat.Png), plot.GetSvgXml(width, height));

    /// <summary>A file-name-safe stem: letters, digits and dashes.</summary>
    public static string Slug(string text) =>
        new([.. text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);
}
