using System.Buffers.Binary;
using System.Text;

namespace Ferrum.Fhir.Bulk;

/// <summary>A growable byte buffer with the primitive encodings of the spill format (varints, UTF-8 strings with a length prefix).</summary>
internal sealed class SpillBuffer
{
    private byte[] _bytes = new byte[4096];

    /// <summary>Bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>The written bytes.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    /// <summary>Forgets the content (keeps the memory).</summary>
    public void Reset() => Length = 0;

    private Span<byte> Take(int n)
    {
        if (Length + n > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + n));
        var span = _bytes.AsSpan(Length, n);
        Length += n;
        return span;
    }

    public void Byte(byte b) => Take(1)[0] = b;

    public void Varint(ulong v)
    {
        while (v >= 0x80)
        {
            Byte((byte)(v | 0x80));
            v >>= 7;
        }
        Byte((byte)v);
    }

    public void Double(double d) => BinaryPrimitives.WriteDoubleLittleEndian(Take(8), d);

    public void Int(int i) => BinaryPrimitives.WriteInt32LittleEndian(Take(4), i);

    /// <summary>A length-prefixed UTF-8 string.</summary>
    public void Bytes(ReadOnlySpan<byte> utf8)
    {
        Varint((ulong)utf8.Length);
        utf8.CopyTo(Take(utf8.Length));
    }

    /// <summary>A length-prefixed UTF-8 string.</summary>
    public void String(string s)
    {
        var n = Encoding.UTF8.GetByteCount(s);
        Varint((ulong)n);
        Encoding.UTF8.GetBytes(s, Take(n));
    }

    /// <summary>An optional string: 0 for null, else length + 1 and the bytes.</summary>
    public void OptString(string? s)
    {
        if (s is null) { Byte(0); return; }
        var n = Encoding.UTF8.GetByteCount(s);
        Varint((ulong)n + 1);
        Encoding.UTF8.GetBytes(s, Take(n));
    }

    /// <summary>An optional UTF-8 field: 0 when absent, else length + 1 and the bytes.</summary>
    public void OptBytes(Utf8Field f)
    {
        if (!f.Has) { Byte(0); return; }
        Varint((ulong)f.Length + 1);
        f.Span.CopyTo(Take(f.Length));
    }

    /// <summary>A date as its day number, -1 for none.</summary>
    public void Date(DateOnly? d) => Int(d?.DayNumber ?? -1);
}
