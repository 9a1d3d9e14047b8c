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
    }
}
