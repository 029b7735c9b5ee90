namespace TeamGraph.Core.Ingestion;

/// <summary>How much work one document may cost, and how a document still being written is waited for.</summary>
public sealed record IngestionOptions
{
    /// <summary>The standard settings.</summary>
    public static IngestionOptions Default { get; } = new();

    /// <summary>
    /// The most bytes read from one file; a file that yields more (counted as read, not as reported, so a link to a
    /// device cannot slip past) is refused. <value>Default: 32 MiB.</value>
    /// </summary>
    public long MaxFileBytes { get; init; } = FolderIngester.MaxFileBytes;

    /// <summary>
    /// How long one document may take to read, decode and parse; past it the document is left out (or its last good
    /// version kept) with an error, and the others load. A real card takes milliseconds and a 5 MB one about a second;
    /// the budget is there for what the guards before Markdig miss. <value>Default: 10 seconds.</value>
    /// </summary>
    public TimeSpan DocumentBudget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A file modified less than this long ago, or cut mid-line shorter than its last good version, is taken to be still
    /// being written and read again after this long. <value>Default: 500 ms (the API's reload debounce).</value>
    /// </summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How many times a file still being written is read again before it is used as it is. <value>Default: 3.</value></summary>
    public int SettleRetries { get; init; } = 3;

    /// <summary>
    /// Whether the result keeps each document's bytes (<see cref="IngestionResult.LastGood"/>) for a later ingest to fall
    /// back on when the document breaks. The API's reloads do; a one-shot ingest (the CLI) need not hold every file's
    /// bytes while it builds the graph. <value>Default: false.</value>
    /// </summary>
    public bool KeepLastGood { get; init; }
}
