using System.Text;

namespace Ferrum.Fhir.Bulk;

/// <summary>
/// Hash-partitions facts by patient id into spill files, so that the join by patient later needs only one
/// partition in memory at a time. Each worker buffers per partition and appends whole buffers under a lock.
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
        _files = Enumerable.Range(0, count).Select(i => new FileStream(PathOf(i), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16)).ToArray();
        _locks = Enumerable.Range(0, count).Select(_ => new object()).ToArray();
    }

    /// <summary>The folder holding the spill files.</summary>
    public string Folder { get; }

    /// <summary>Number of partitions.</summary>
    public int Count => _files.Length;

    /// <summary>The spill file of partition <paramref name="index"/>.</summary>
    public string PathOf(int index) => Path.Combine(Folder, $"part-{index:D5}.bin");

    /// <summary>The partition a patient id belongs to (stable across runs).</summary>
    public int PartitionOf(string patientId)
    {
        // FNV-1a over the UTF-16 code units: stable across runs and platforms, unlike string.GetHashCode.
        var h = 2166136261u;
        foreach (var c in patientId) h = (h ^ c) * 16777619u;
        return (int)(h % (uint)_files.Length);
    }

    /// <summary>A per-worker writer that buffers facts per partition.</summary>
    public Writer CreateWriter() => new(this);

    private void Append(int partition, MemoryStream buffer)
    {
        lock (_locks[partition]) buffer.WriteTo(_files[partition]);
        buffer.SetLength(0);
    }

    /// <summary>Closes the spill files (their content stays for reading).</summary>
    public void Dispose()
    {
        foreach (var f in _files) f.Dispose();
    }

    /// <summary>Buffers one worker's facts; <see cref="Flush"/> before the partitions are read.</summary>
    internal sealed class Writer
    {
        private readonly SpillPartitions _owner;
        private readonly MemoryStream[] _buffers;
        private readonly BinaryWriter[] _writers;

        internal Writer(SpillPartitions owner)
        {
            _owner = owner;
            _buffers = Enumerable.Range(0, owner.Count).Select(_ => new MemoryStream()).ToArray();
            _writers = _buffers.Select(b => new BinaryWriter(b, Encoding.UTF8, leaveOpen: true)).ToArray();
        }

        /// <summary>Adds one fact for <paramref name="patientId"/>.</summary>
        public void Add(string patientId, object fact)
        {
            var p = _owner.PartitionOf(patientId);
            FactCodec.Write(_writers[p], patientId, fact);
            if (_buffers[p].Length >= FlushBytes) { _writers[p].Flush(); _owner.Append(p, _buffers[p]); }
        }

        /// <summary>Appends what is buffered to the spill files.</summary>
        public void Flush()
        {
            for (var p = 0; p < _buffers.Length; p++)
            {
                _writers[p].Flush();
                if (_buffers[p].Length > 0) _owner.Append(p, _buffers[p]);
            }
        }
    }
}
