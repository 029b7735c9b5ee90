namespace TeamGraph.Neo4j.Client;

/// <summary>
/// An open explicit transaction of the Query API. Every call echoes the <c>neo4j-cluster-affinity</c> header the
/// server sent when it was opened. Calls are not retried one by one (a failed statement closes the transaction on the
/// server); <see cref="Neo4jQueryClient.ExecuteInTransactionAsync{T}"/> retries the whole unit. Disposing it rolls back
/// unless it was committed. Not thread-safe: one statement at a time.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private readonly string _url;
    private bool _open = true;

    internal Neo4jTransaction(Neo4jQueryClient client, string url, string id, string? affinity, DateTimeOffset? expires)
    {
        _client = client;
        _url = url;
        Id = id;
        ClusterAffinity = affinity;
        Expires = expires;
    }

    /// <summary>The server's transaction id (<c>transaction.id</c>).</summary>
    public string Id { get; }

    /// <summary>The cluster member handling the transaction, echoed on every call; null when the server sent none.</summary>
    public string? ClusterAffinity { get; }

    /// <summary>When the server rolls the transaction back if no request arrives; updated by every answer.</summary>
    public DateTimeOffset? Expires { get; private set; }

    /// <summary>False once committed, rolled back, or closed by the server after an error.</summary>
    public bool IsOpen => _open;

    /// <summary>Runs a statement in the transaction.</summary>
    public async Task<Neo4jResult> RunAsync(Neo4jQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        RequireOpen();
        var response = await CallAsync(HttpMethod.Post, _url, Neo4jRequestWriter.Write(query), cancellationToken).ConfigureAwait(false);
        if (response.TransactionId is null)
        {
            _open = false;
        }

        Expires = response.Expires ?? Expires;
        return response.Result;
    }

    /// <summary>Commits. When the commit fails the transaction stays open, so disposal rolls back what is left.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        RequireOpen();
        await CallAsync(HttpMethod.Post, $"{_url}/commit", null, cancellationToken).ConfigureAwait(false);
        _open = false;
    }

    /// <summary>Rolls back (<c>DELETE</c>); does nothing when the transaction is already closed.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (!_open)
        {
            return;
        }

        _open = false;
        await CallAsync(HttpMethod.Delete, _url, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rolls back if still open. A failing rollback is not thrown: the server drops the transaction when it expires.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // Disposal runs while another exception may be in flight; hiding that one behind this would mislead.
        }
    }

    // A failed call leaves the transaction marked open on purpose: Neo4j usually closes it after an error, but not
    // after a lost connection, so disposal still sends the rollback (and ignores "not found").
    private async Task<Neo4jResponse> CallAsync(HttpMethod method, string url, byte[]? body, CancellationToken cancellationToken) =>
        (await _client.SendAsync(method, url, body, ClusterAffinity, cancellationToken).ConfigureAwait(false)).Response;

    private void RequireOpen()
    {
        if (!_open)
        {
            throw new InvalidOperationException($"Transaction {Id} is already closed.");
        }
    }
}
