namespace TeamGraph.GraphQL.Batching;

/// <summary>
/// Collects the keys that resolvers ask for while a level of the query runs, then fetches them all with one call the
/// first time any of them is read. Values are kept for the rest of the request, so a key is fetched at most once.
/// Thread-safe: the parallel execution strategy runs resolvers concurrently.
/// </summary>
/// <typeparam name="TValue">The value of a key.</typeparam>
/// <param name="fetch">Reads a batch of distinct keys, answering with the value of each key of the batch.</param>
internal sealed class BatchLoader<TValue>(
    Func<IReadOnlyCollection<string>, CancellationToken, Task<Func<string, TValue>>> fetch)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Batch> _batchOfKey = new(StringComparer.Ordinal);
    private Batch _open = new();

    /// <summary>The value of <paramref name="key"/>, fetched with the other keys asked for before it is read.</summary>
    public DeferredResult<TValue> Load(string key)
    {
        Batch batch;
        lock (_gate)
        {
            if (!_batchOfKey.TryGetValue(key, out batch!))
            {
                batch = _open;
                batch.Keys.Add(key);
                _batchOfKey.Add(key, batch);
            }
        }

        return new Keyed(this, batch, key);
    }

    /// <summary>The fetch of <paramref name="batch"/>, started by its first reader; keys asked for later go to a new batch.</summary>
    private Task<Func<string, TValue>> DispatchAsync(Batch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (batch.Values is null)
            {
                if (ReferenceEquals(batch, _open))
                {
                    _open = new Batch();
                }

                batch.Values = fetch(batch.Keys, cancellationToken);
            }

            return batch.Values;
        }
    }

    /// <summary>One key's value, read from its batch once that is fetched.</summary>
    private sealed class Keyed(BatchLoader<TValue> loader, Batch batch, string key) : DeferredResult<TValue>
    {
        protected override ValueTask<TValue> ReadAsync(CancellationToken cancellationToken)
        {
            var values = loader.DispatchAsync(batch, cancellationToken);
            return values.IsCompletedSuccessfully ? Completed(values.Result, key) : new ValueTask<TValue>(ReadWhenFetchedAsync(values));
        }

        private async Task<TValue> ReadWhenFetchedAsync(Task<Func<string, TValue>> values) => (await values.ConfigureAwait(false))(key);
    }

    private sealed class Batch
    {
        public List<string> Keys { get; } = [];

        public Task<Func<string, TValue>>? Values { get; set; }
    }
}
