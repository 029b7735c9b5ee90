namespace TeamGraph.Core.Ingestion;

/// <summary>
/// The documents of an ingest as the next ingest needs them (see
/// <see cref="FolderIngester.Ingest(string, LastGoodDocuments?, IProgress{IngestionProgress}?, CancellationToken)"/>):
/// each one's bytes as they were read, so a document that no longer loads is parsed again from its last good version,
/// and a file shorter than it and cut mid-line can be told half-written. Bytes rather than parsed cards: a served team of
/// thousands of cards keeps a fraction of the memory between reloads.
/// </summary>
public sealed class LastGoodDocuments
{
    private readonly Dictionary<string, KeptDocument> _byPath;

    internal LastGoodDocuments(IEnumerable<KeptDocument> documents) =>
        _byPath = documents.ToDictionary(d => d.Path, StringComparer.Ordinal);

    /// <summary>No documents: what a first ingest starts from.</summary>
    public static LastGoodDocuments None { get; } = new([]);

    /// <summary>How many documents are kept.</summary>
    public int Count => _byPath.Count;

    /// <summary>The bytes of every kept document together.</summary>
    public long ByteCount => _byPath.Values.Sum(d => (long)d.Bytes.Length);

    internal KeptDocument? Find(string path) => _byPath.GetValueOrDefault(path);
}

/// <summary>One document's last good version: its bytes as read, and what its parse said of it.</summary>
/// <param name="Path">The path relative to the folder.</param>
/// <param name="Bytes">The file's bytes when it loaded.</param>
/// <param name="Sha256">Their hash, as the document's node carries it.</param>
/// <param name="IsRoleCard">Whether it parsed as a role card.</param>
internal sealed record KeptDocument(string Path, byte[] Bytes, string Sha256, bool IsRoleCard)
{
    public bool EndsWithNewline => Bytes.Length > 0 && Bytes[^1] == (byte)'\n';
}
