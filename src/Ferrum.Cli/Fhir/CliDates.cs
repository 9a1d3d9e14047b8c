using System.Globalization;
using Ferrum.Core.Errors;

namespace Ferrum.Cli.Fhir;

/// <summary>Reads a <c>YYYY-MM-DD</c> option; the clock is read here, at the edge, when the option is absent.</summary>
internal static class CliDates
{
    public static DateOnly Parse(string? text, string option)
    {
        if (text is null) return DateOnly.FromDateTime(DateTime.Now);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new InputErrorException(new InputError("date.invalid", option + " is not a date") { Field = option, Value = text, Accepted = "YYYY-MM-DD" });
    }
}
