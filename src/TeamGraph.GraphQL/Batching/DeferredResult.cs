using GraphQL.DataLoader;

namespace TeamGraph.GraphQL.Batching;

/// <summary>
/// A value a resolver hands back before it is read. GraphQL.NET's execution strategies run every other pending field
/// first and only then ask for these, so the loads of a whole level land in one batch. A value that is itself a deferred
/// result (a load that needs another load) is queued again by the strategy, so the second loads batch too.
/// </summary>
/// <remarks>
/// A role card of thousands of handoffs makes one of these per handoff and field, so reading one costs no closure or
/// state machine when its batch has already been fetched (the embedded store answers at once): the value is wrapped in
/// a completed task, and a failure in a faulted one, as an awaited read would give.
/// </remarks>
/// <typeparam name="T">The value.</typeparam>
internal abstract class DeferredResult<T> : IDataLoaderResult<T>
{
    /// <summary>A deferred result read by <paramref name="read"/>.</summary>
    public static DeferredResult<T> Of(Func<CancellationToken, Task<T>> read) => new Read(read);

    /// <inheritdoc />
    public abstract Task<T> GetResultAsync(CancellationToken cancellationToken = default);

    /// <inheritdoc />
    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
    {
        var value = GetResultAsync(cancellationToken);
        return value.IsCompletedSuccessfully ? Task.FromResult<object?>(value.Result) : BoxedAsync(value);
    }

    /// <summary>The value passed through <paramref name="map"/> once it is read.</summary>
    public DeferredResult<TOut> Then<TOut>(Func<T, TOut> map) => new Mapped<TOut>(this, map);

    /// <summary><paramref name="produce"/>'s value for <paramref name="input"/> as a completed task, or its exception as a faulted one.</summary>
    protected static Task<TValue> Completed<TInput, TValue>(Func<TInput, TValue> produce, TInput input)
    {
        try
        {
            return Task.FromResult(produce(input));
        }
#pragma warning disable CA1031 // Handed on in the task, as an async method would.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Task.FromException<TValue>(exception);
        }
    }

    private static async Task<object?> BoxedAsync(Task<T> value) => await value.ConfigureAwait(false);

    private sealed class Read(Func<CancellationToken, Task<T>> read) : DeferredResult<T>
    {
        public override Task<T> GetResultAsync(CancellationToken cancellationToken = default) => read(cancellationToken);
    }

    private sealed class Mapped<TOut>(DeferredResult<T> source, Func<T, TOut> map) : DeferredResult<TOut>
    {
        public override Task<TOut> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var value = source.GetResultAsync(cancellationToken);
            return value.IsCompletedSuccessfully ? Completed(map, value.Result) : MapAsync(value);
        }

        private async Task<TOut> MapAsync(Task<T> value) => map(await value.ConfigureAwait(false));
    }
}
