namespace Ferrum.Fhir.Bulk;

/// <summary>
/// Hash-partitions facts by patient id into spill files, so that the join by patient later needs only one
/// partition in memory at a time. Each worker encodes records into a buffer per partition and appends whole
/// buffers under the partition's lock.
/// </summary>
internal sealed class SpillPartitions : IDisposable
{
    private const int FlushBytes = 256 << 10;
    private readonly FileStream[] _files;
    private readonly object[] _locks;

    public SpillPartitions(string directory, int count)
    {
        System.IO.Directory.CreateDirectory(directory);
        Folder = directory;
        _files = Enumerable.Range(0, count).Select(i => new FileStream(PathOf(i), FileMode.Create, FileAccess.Write, FileShare.Read, 1)).ToArray();
        _locks = Enumerable.Range(0, count).Select(_ => new object()).ToArray();
    }

    /// <summary>The folder holding the spill files.</summary>
    public string Folder { get; }

    /// <summary>Number of partitions.</summary>
    public int Count => _files.Length;

    /// <summary>The spill file of partition <paramref name="index"/>.</summary>
    public string PathOf(int index) => Path.Combine(Folder, $"part-{index:D5}.bin");

    /// <summary>
    /// The partition of a patient id given as UTF-8: FNV-1a over its UTF-16 code units, stable across runs and
    /// platforms (unlike string.GetHashCode), and the same as hashing the id's string.
    /// </summary>
    public int PartitionOf(ReadOnlySpan<byte> patientId)
    {
        var h = 2166136261u;
        if (System.Text.Ascii.IsValid(patientId))
        {
            foreach (var b in patientId) h = (h ^ b) * 16777619u;
        }
        else
        {
            foreach (var c in System.Text.Encoding.UTF8.GetString(patientId)) h = (h ^ c) * 16777619u;
        }
        return (int)(h % (uint)_files.Length);
    }

    /// <summary>A per-worker writer that buffers records per partition.</summary>
    public Writer CreateWriter() => new(this);

    private void Append(int partition, ReadOnlySpan<byte> bytes)
    {
        lock (_locks[partition]) _files[partition].Write(bytes);
    }

    /// <summary>Closes the spill files (their content stays for reading).</summary>
    public void Dispose()
    {
        foreach (var f in _files) f.Dispose();
    }

    /// <summary>One worker's encoder: <see cref="Begin"/> a record, write its fields, <see cref="End"/> it; <see cref="Flush"/> at the end.</summary>
    internal sealed class Writer
    {
        private readonly SpillPartitions _owner;
        private readonly SpillBuffer[] _buffers;
        private SpillBuffer _current = null!;
        private int _partition;

        internal Writer(SpillPartitions owner)
        {
            _owner = owner;
            _buffers = Enumerable.Range(0, owner.Count).Select(_ => new SpillBuffer()).ToArray();
        }

        /// <summary>Starts a record of <paramref name="tag"/> for a patient (empty id: a record that belongs to no patient).</summary>
        public void Begin(byte tag, ReadOnlySpan<byte> patientId, int file, long line)
        {
            _partition = patientId.IsEmpty ? (int)((ulong)(file * 7919L + line) % (ulong)_owner.Count) : _owner.PartitionOf(patientId);
            _current = _buffers[_partition];
            _current.Byte(tag);
            _current.Bytes(patientId);
            _current.Varint((ulong)file);
            _current.Varint((ulong)line);
        }

        /// <summary>Writes an issue record (an empty <paramref name="patientId"/>: an issue of no patient).</summary>
        public void Issue(ReadOnlySpan<byte> patientId, int file, long line, string type, string id, string code, string message)
        {
            Begin(FactCodec.IssueTag, patientId, file, line);
            _current.String(type);
            _current.String(id);
            _current.String(code);
            _current.String(message);
            End();
        }

        /// <summary>The buffer of the record being written.</summary>
        public SpillBuffer Current => _current;

        /// <summary>Ends the record; appends the buffer to its spill file when it is full.</summary>
        public void End()
        {
            if (_current.Length < FlushBytes) return;
            _owner.Append(_partition, _current.Written);
            _current.Reset();
        }

        /// <summary>Appends what is buffered to the spill files.</summary>
        public void Flush()
        {
            for (var p = 0; p < _buffers.Length; p++)
            {
                if (_buffers[p].Length > 0) _owner.Append(p, _buffers[p].Written);
                _buffers[p].Reset();
            }
        }
    }
}
