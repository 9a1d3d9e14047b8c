using System.CommandLine;

namespace Ferrum.Cli.Assess;

/// <summary>
/// An alternative input of <c>ferrum assess</c> besides the INPUT.json argument, e.g. <c>--fhir BUNDLE.json</c> or
/// <c>--bulk DIR</c>. Each source contributes one option; exactly one input (the argument or one source) may be given.
/// </summary>
internal interface IAssessInputSource
{
    /// <summary>The option that selects this source.</summary>
    Option Option { get; }

    /// <summary>Whether the user gave this source's option.</summary>
    bool IsSelected(ParseResult parseResult);

    /// <summary>Reads the input, assesses it and writes the output; returns the exit code (throw InputErrorException for bad input).</summary>
    Task<int> RunAsync(ParseResult parseResult, AssessOutputOptions output, CancellationToken ct);
}
