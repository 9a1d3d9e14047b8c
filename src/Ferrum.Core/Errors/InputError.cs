using System.Text;

namespace Ferrum.Core.Errors;

/// <summary>
/// An expected failure caused by user input: a malformed file, an unknown unit, an implausible value.
/// Front doors map it to exit code 2 (CLI) or HTTP 400 with <c>application/problem+json</c> (API).
/// </summary>
/// <param name="Code">Stable machine-readable code that tests assert, e.g. <c>unit.unknown</c>.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record InputError(string Code, string Message)
{
    /// <summary>The file the input came from, when there is one.</summary>
    public string? File { get; init; }

    /// <summary>Where in the file: a JSON path (<c>$.labs[2].value</c>) or a row (<c>row 14</c>).</summary>
    public string? Location { get; init; }

    /// <summary>The field or column concerned.</summary>
    public string? Field { get; init; }

    /// <summary>The offending value as written, when it helps.</summary>
    public string? Value { get; init; }

    /// <summary>What would have been accepted (a range, a list of units or labels).</summary>
    public string? Accepted { get; init; }

    /// <summary>Returns a copy that names <paramref name="file"/> unless a file is already named.</summary>
    public InputError InFile(string? file) => File is null && file is not null ? this with { File = file } : this;

    /// <summary>One line naming file, location, field, value and the accepted range.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (File is not null) sb.Append(File).Append(": ");
        if (Location is not null) sb.Append(Location).Append(": ");
        if (Field is not null && (Location is null || !Location.Contains(Field, StringComparison.Ordinal)))
            sb.Append("field '").Append(Field).Append("': ");
        sb.Append(Message);
        if (Value is not null) sb.Append(" (got '").Append(Value).Append("')");
        if (Accepted is not null) sb.Append("; accepted: ").Append(Accepted);
        sb.Append(" [").Append(Code).Append(']');
        return sb.ToString();
    }
}
