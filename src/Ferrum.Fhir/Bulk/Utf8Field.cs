using System.Text;
using System.Text.Json;

namespace Ferrum.Fhir.Bulk;

/// <summary>A reusable UTF-8 buffer for one string element of the resource being scanned (unescaped), so scanning allocates no strings.</summary>
internal sealed class Utf8Field
{
    private byte[] _buffer = new byte[64];

    /// <summary>Whether the element was present.</summary>
    public bool Has { get; private set; }

    /// <summary>The unescaped UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    /// <summary>Number of bytes.</summary>
    public int Length { get; private set; }

    /// <summary>Takes the current string token of <paramref name="reader"/>.</summary>
    public void Set(ref Utf8JsonReader reader)
    {
        var max = reader.ValueSpan.Length; // unescaping only shortens
        if (_buffer.Length < max) _buffer = new byte[Math.Max(max, _buffer.Length * 2)];
        Length = reader.ValueIsEscaped ? reader.CopyString(_buffer) : Copy(reader.ValueSpan);
        Has = true;
    }

    /// <summary>Takes <paramref name="bytes"/>.</summary>
    public void Set(ReadOnlySpan<byte> bytes)
    {
        if (_buffer.Length < bytes.Length) _buffer = new byte[Math.Max(bytes.Length, _buffer.Length * 2)];
        Length = Copy(bytes);
        Has = true;
    }

    private int Copy(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer);
        return bytes.Length;
    }

    /// <summary>Forgets the value.</summary>
    public void Clear()
    {
        Has = false;
        Length = 0;
    }

    /// <summary>The value as a string, or null when absent (allocates; for messages and rare paths).</summary>
    public string? Text => Has ? Encoding.UTF8.GetString(Span) : null;

    /// <summary>Whether the value is present and equals <paramref name="other"/>.</summary>
    public bool Is(ReadOnlySpan<byte> other) => Has && Span.SequenceEqual(other);
}
