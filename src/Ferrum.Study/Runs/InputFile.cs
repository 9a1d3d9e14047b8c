namespace Ferrum.Study.Runs;

/// <summary>An input file's name and bytes, read by the front door.</summary>
/// <param name="Name">Name as given by the user (used in messages and provenance).</param>
/// <param name="Content">The bytes.</param>
public sealed record InputFile(string Name, byte[] Content)
{
    /// <summary>A stream over the bytes.</summary>
    public MemoryStream Open() => new(Content, writable: false);

    /// <summary>A UTF-8 text reader over the bytes.</summary>
    public StreamReader OpenText() => new(Open());
}
