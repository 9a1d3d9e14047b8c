using System.Buffers.Binary;
using System.Text;

namespace Ferrum.Fhir.Bulk;

/// <summary>Reads the primitive encodings written by <see cref="SpillBuffer"/>.</summary>
internal ref struct SpillReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _pos;

    /// <summary>An optional string: present or not, and its UTF-8 bytes.</summary>
    public readonly ref struct Optional(bool present, ReadOnlySpan<byte> bytes)
    {
        public bool Present { get; } = present;
        public ReadOnlySpan<byte> Bytes { get; } = bytes;
    }

    public readonly bool End => _pos >= _data.Length;

    public byte Byte() => _data[_pos++];

    public ulong Varint()
    {
        ulong v = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = _data[_pos++];
            v |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return v;
            if (shift > 56) throw new InvalidDataException("corrupt spill file: varint too long");
        }
    }

    public double Double()
    {
        var d = BinaryPrimitives.ReadDoubleLittleEndian(_data.Slice(_pos, 8));
        _pos += 8;
        return d;
    }

    public int Int()
    {
        var i = BinaryPrimitives.ReadInt32LittleEndian(_data.Slice(_pos, 4));
        _pos += 4;
        return i;
    }

    public ReadOnlySpan<byte> Bytes()
    {
        var n = (int)Varint();
        var s = _data.Slice(_pos, n);
        _pos += n;
        return s;
    }

    public Optional OptBytes()
    {
        var n = (int)Varint();
        if (n == 0) return new Optional(false, default);
        var s = _data.Slice(_pos, n - 1);
        _pos += n - 1;
        return new Optional(true, s);
    }

    public string String() => Encoding.UTF8.GetString(Bytes());

    public DateOnly? Date() => Int() is var n && n >= 0 ? DateOnly.FromDayNumber(n) : null;
}
