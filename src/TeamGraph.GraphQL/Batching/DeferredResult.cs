using GraphQL.DataLoader;

namespace TeamGraph.GraphQL.Batching;

/// <summary>
/// A value a resolver hands back before it is read. GraphQL.NET's execution strategies run every other pending field
/// first and only then ask for these, so the loads of a whole level land in one batch. A value that is itself a deferred
/// result (a load that needs another load) is queued again by the strategy, so the second loads batch too.
/// </summary>
/// <typeparam name="T">The value.</typeparam>
internal sealed class DeferredResult<T>(Func<CancellationToken, Task<T>> read) : IDataLoaderResult<T>
{
    /// <inheritdoc />
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => read(cancellationToken);

    /// <inheritdoc />
    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await read(cancellationToken).ConfigureAwait(false);

    /// <summary>The value passed through <paramref name="map"/> once it is read.</summary>
    public DeferredResult<TOut> Then<TOut>(Func<T, TOut> map) =>
        new(async cancellationToken => map(await read(cancellationToken).ConfigureAwait(false)));
}
