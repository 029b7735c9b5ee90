using Polly;

namespace TeamGraph.Neo4j.Client;

/// <summary>
/// Talks to Neo4j's HTTP Query API (Neo4j 5.19+, Aura): single statements on <c>POST /db/{db}/query/v2</c> (an
/// implicit transaction each) and explicit transactions under <c>/db/{db}/query/v2/tx</c>. Transient failures are
/// retried with exponential backoff; a unit of work in an explicit transaction is retried as a whole, since Neo4j
/// closes a transaction that fails. Thread-safe; the <see cref="HttpClient"/> is the caller's and is not disposed.
/// </summary>
public sealed partial class Neo4jQueryClient
{
    /// <summary>The header Neo4j sets on a transaction's answers; every later call of that transaction must echo it.</summary>
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline _retry;
    private readonly string _queryPath;

    public Neo4jQueryClient(HttpClient http, Neo4jOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _retry = Neo4jRetryPipeline.Create(options, _timeProvider);
        _queryPath = $"{options.Uri.AbsoluteUri.TrimEnd('/')}/db/{Uri.EscapeDataString(options.Database)}/query/v2";
        _authorization = Neo4jAuthorization.Header(options);
    }

    /// <summary>The options in use (their <c>ToString</c> hides the secrets).</summary>
    public Neo4jOptions Options => _options;

    /// <summary>
    /// Runs one statement in its own implicit transaction, retrying transient failures. A connection lost after the
    /// request was sent may have committed, so send only statements that are safe to run twice.
    /// </summary>
    public Task<Neo4jResult> RunAsync(Neo4jQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var body = Neo4jRequestWriter.Write(query);
        return _retry.ExecuteAsync(
            async token => (await SendAsync(HttpMethod.Post, _queryPath, body, null, token).ConfigureAwait(false)).Response.Result,
            cancellationToken).AsTask();
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it; rolls back when the work throws. On a
    /// transient failure the whole unit (begin, work, commit) is retried, so the work must be safe to repeat.
    /// </summary>
    public Task<T> ExecuteInTransactionAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _retry.ExecuteAsync(
            async token =>
            {
                var transaction = await BeginOnceAsync(token).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    var result = await work(transaction, token).ConfigureAwait(false);
                    await transaction.CommitAsync(token).ConfigureAwait(false);
                    return result;
                }
            },
            cancellationToken).AsTask();
    }

    /// <summary>
    /// Opens an explicit transaction (retrying a transient failure to open it). Dispose it to roll back whatever was
    /// not committed.
    /// </summary>
    public Task<Neo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) =>
        _retry.ExecuteAsync(async token => await BeginOnceAsync(token).ConfigureAwait(false), cancellationToken).AsTask();

    private async Task<Neo4jTransaction> BeginOnceAsync(CancellationToken cancellationToken)
    {
        var (response, affinity) = await SendAsync(HttpMethod.Post, $"{_queryPath}/tx", null, null, cancellationToken).ConfigureAwait(false);
        if (response.TransactionId is null)
        {
            throw new Neo4jException(Neo4jErrorCodes.InvalidResponse, "Neo4j opened no transaction (the answer has no transaction.id).");
        }

        return new Neo4jTransaction(this, $"{_queryPath}/tx/{Uri.EscapeDataString(response.TransactionId)}", response.TransactionId, affinity, response.Expires);
    }
}
