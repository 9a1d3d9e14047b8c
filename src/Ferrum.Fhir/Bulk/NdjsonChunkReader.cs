using System.Buffers;
using System.IO.Compression;

namespace Ferrum.Fhir.Bulk;

/// <summary>A block of whole NDJSON lines from one file, in a pooled buffer the consumer returns.</summary>
/// <param name="File">The file the lines come from.</param>
/// <param name="FileIndex">The file's number in the run (for compact spill records).</param>
/// <param name="Buffer">Pooled buffer; bytes <c>[0, Length)</c> hold whole lines.</param>
/// <param name="Length">Number of valid bytes.</param>
/// <param name="FirstLine">One-based number of the first line in the block.</param>
internal sealed record NdjsonChunk(string File, int FileIndex, byte[] Buffer, int Length, long FirstLine);

/// <summary>Cuts an NDJSON file (plain or gzip) into blocks of whole lines without decoding them.</summary>
internal static class NdjsonChunkReader
{
    /// <summary>Block size aimed at; a longer line grows its block.</summary>
    public const int BlockSize = 4 << 20;

    /// <summary>
    /// Reads <paramref name="path"/> block by block; <paramref name="onRawBytes"/> reports bytes read from disk,
    /// <paramref name="onShortGzip"/> a gzip file whose data ends before its trailer says (last line number, message).
    /// </summary>
    /// <remarks>
    /// A last line without its newline is passed on as it is, so a file cut mid-resource reports that line as invalid.
    /// .NET's GZipStream ends quietly at a cut; the gzip trailer's size (ISIZE, the uncompressed length mod 2^32) is
    /// compared with what was decompressed so a file cut at a line boundary is still noticed.
    /// </remarks>
    public static IEnumerable<NdjsonChunk> Read(string path, int fileIndex, Action<long>? onRawBytes = null, Action<long, string>? onShortGzip = null)
    {
        long total = 0;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new BufferedStream(new GZipStream(file, CompressionMode.Decompress), 1 << 20) : (Stream)file;
        var buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
        var filled = 0;
        long line = 1, lastPos = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, filled).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = bigger;
            }
            int n;
            try { n = stream.Read(buffer, filled, buffer.Length - filled); }
            catch (InvalidDataException ex)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw new Ferrum.Core.Errors.InputErrorException(new Ferrum.Core.Errors.InputError("bulk.gzip-corrupt", "the file is not readable gzip: " + ex.Message)
                { File = path, Location = $"line {line + buffer.AsSpan(0, filled).Count((byte)'\n')}", Accepted = "*.ndjson or gzip-compressed *.ndjson.gz" });
            }
            if (onRawBytes is not null && file.Position != lastPos) { onRawBytes(file.Position - lastPos); lastPos = file.Position; }
            if (n == 0)
            {
                var lastLine = line + buffer.AsSpan(0, filled).Count((byte)'\n') - (filled > 0 && buffer[filled - 1] == (byte)'\n' ? 1 : 0);
                if (!ReferenceEquals(stream, file) && onShortGzip is not null && GzipSizeMismatch(file, total) is { } message) onShortGzip(Math.Max(1, lastLine), message);
                if (filled > 0) yield return new NdjsonChunk(path, fileIndex, buffer, filled, line);
                else ArrayPool<byte>.Shared.Return(buffer);
                yield break;
            }
            filled += n;
            total += n;
            var cut = buffer.AsSpan(0, filled).LastIndexOf((byte)'\n');
            if (cut < 0 || filled < buffer.Length / 2) continue;
            var next = ArrayPool<byte>.Shared.Rent(Math.Max(BlockSize, filled - cut - 1));
            buffer.AsSpan(cut + 1, filled - cut - 1).CopyTo(next);
            var chunk = new NdjsonChunk(path, fileIndex, buffer, cut + 1, line);
            line += buffer.AsSpan(0, cut + 1).Count((byte)'\n');
            filled -= cut + 1;
            buffer = next;
            yield return chunk;
        }
    }

    private static string? GzipSizeMismatch(FileStream file, long decompressed)
    {
        Span<byte> trailer = stackalloc byte[4];
        if (file.Length < 18 || RandomAccess.Read(file.SafeFileHandle, trailer, file.Length - 4) != 4) return "the gzip file is shorter than its header and trailer";
        var size = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        return size == (uint)decompressed ? null
            : $"the gzip data ends after {decompressed} bytes but the trailer records {size} (mod 2^32): the file is probably cut short (or holds several gzip members)";
    }
}
