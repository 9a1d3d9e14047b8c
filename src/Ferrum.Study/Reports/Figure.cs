namespace Ferrum.Study.Reports;

/// <summary>A rendered figure: PNG bytes and SVG markup of the same plot.</summary>
/// <param name="Name">File stem, e.g. "box-ferritin".</param>
/// <param name="Caption">Caption shown under the figure in the report.</param>
/// <param name="Png">PNG image.</param>
/// <param name="Svg">SVG document.</param>
public sealed record Figure(string Name, string Caption, byte[] Png, string Svg);
