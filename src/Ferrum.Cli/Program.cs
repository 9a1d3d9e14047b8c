using System.CommandLine;
using System.CommandLine.Parsing;
using Ferrum.Cli.Infrastructure;

namespace Ferrum.Cli;

/// <summary>Entry point of the <c>ferrum</c> command.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args)
    {
        var parse = CommandTree.Build().Parse(args);
        var errors = parse.Errors.Select(e => e.Message).Concat(DecimalCommas(parse)).ToList();
        if (errors.Count == 0) return parse.InvokeAsync();
        // Unknown options, unparsable values and missing arguments are bad input: exit 2, like the commands' own checks.
        foreach (var e in errors) Console.Error.WriteLine("error: " + e);
        Console.Error.WriteLine("run with --help for usage");
        return Task.FromResult(CliRunner.BadInput);
    }

    /// <summary>
    /// System.CommandLine reads "1,5" as 15 (the comma as a thousands separator): a de-DE decimal comma would become a
    /// silently wrong number, so any comma in a numeric option is refused.
    /// </summary>
    private static IEnumerable<string> DecimalCommas(ParseResult parse) =>
        from o in parse.CommandResult.Children.OfType<OptionResult>()
        where o.Option.ValueType == typeof(double) || o.Option.ValueType == typeof(double?)
        from t in o.Tokens
        where t.Value.Contains(',', StringComparison.Ordinal)
        select $"option '{o.Option.Name}': '{t.Value}' is not accepted; write numbers with '.' as the decimal separator and no thousands separator";
}
