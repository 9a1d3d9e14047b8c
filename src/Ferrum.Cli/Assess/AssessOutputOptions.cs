namespace Ferrum.Cli.Assess;

/// <summary>Where and how <c>ferrum assess</c> writes its result.</summary>
/// <param name="Format">json, text or html.</param>
/// <param name="OutFile">The file to write, or null for standard output.</param>
/// <param name="Today">The assessment date.</param>
/// <param name="Stdout">Standard output.</param>
/// <param name="Stderr">Standard error, for warnings.</param>
internal sealed record AssessOutputOptions(string Format, FileInfo? OutFile, DateOnly Today, TextWriter Stdout, TextWriter Stderr);
