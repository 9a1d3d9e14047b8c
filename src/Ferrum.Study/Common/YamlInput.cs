using Ferrum.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Ferrum.Study.Common;

/// <summary>Deserialises camelCase YAML into a document type; unknown keys and malformed YAML become input errors with line and column.</summary>
internal static class YamlInput
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    public static T Read<T>(TextReader reader, string fileName, string code)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            return Deserializer.Deserialize<T?>(reader) ?? new T();
        }
        catch (YamlException ex)
        {
            var message = (ex.InnerException?.Message ?? ex.Message).Trim();
            var at = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith('(') && at > 0) message = message[(at + 3)..];
            throw new InputErrorException(new InputError(code, message)
            {
                File = fileName,
                Location = $"line {ex.Start.Line}, column {ex.Start.Column}",
            });
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException && FromYamlParser(ex))
        {
            // YamlDotNet's own parser rejects some malformed documents with these instead of a YamlException (found by
            // fuzzing: "...\r...", an invalid global tag "!!-]", an escape "\U8CCCCCCC"); bad input, not a Ferrum fault.
            throw new InputErrorException(new InputError(code, "the YAML could not be parsed: " + ex.Message)
            {
                File = fileName,
                Accepted = "a well-formed YAML document",
            });
        }
    }

    /// <summary>True when <paramref name="ex"/> passed through YamlDotNet's scanner or parser (not a deserialised type's code).</summary>
    private static bool FromYamlParser(Exception ex) =>
        new System.Diagnostics.StackTrace(ex).GetFrames().Any(f => f.GetMethod()?.DeclaringType?.Namespace == typeof(Parser).Namespace);
}
