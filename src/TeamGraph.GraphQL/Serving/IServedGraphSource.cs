namespace TeamGraph.GraphQL.Serving;

/// <summary>
/// Where the served graph comes from and how it is brought up to date: the docs folder, ingested in the API
/// (<see cref="TeamGraphReloader"/>), or a shared store that <c>teamgraph ingest</c> writes (<see cref="StoreFollower"/>).
/// <c>Mutation.reload</c>, <c>Query.reloadStatus</c>, readiness and the log read it.
/// </summary>
public interface IServedGraphSource
{
    /// <summary>What is read: the folder, or the store's address.</summary>
    string Description { get; }

    /// <summary>The last reload's report; <see langword="null"/> before the first.</summary>
    ReloadReport? LastReload { get; }

    /// <summary>Raised after every reload, successful or not, with its report (for logging).</summary>
    event EventHandler<ReloadReport>? Reloaded;

    /// <summary>Brings the served graph up to date now; never throws for a broken source: the report says what went wrong.</summary>
    Task<ReloadReport> ReloadAsync(CancellationToken cancellationToken = default);
}
