using System.Diagnostics.CodeAnalysis;
using GraphQL.DataLoader;

namespace TeamGraph.GraphQL.Batching;

/// <summary>
/// A value a resolver hands back before it is read. GraphQL.NET's execution strategies run every other pending field
/// first and only then ask for these, so the loads of a whole level land in one batch. A value that is itself a deferred
/// result (a load that needs another load) is queued again by the strategy, so the second loads batch too.
/// </summary>
/// <remarks>
/// A role card of thousands of handoffs makes one of these per handoff and field, so reading one whose batch has
/// already been fetched (the embedded store answers at once) costs no closure, state machine or typed task: the value
/// is read as a completed <see cref="ValueTask{T}"/>, and only the task GraphQL.NET asks for is made. A failure reads as
/// a faulted task, as an awaited read would give.
/// </remarks>
/// <typeparam name="T">The value.</typeparam>
internal abstract class DeferredResult<T> : IDataLoaderResult<T>, IReadResult
{
    /// <summary>A deferred result read by <paramref name="read"/>.</summary>
    public static DeferredResult<T> Of(Func<CancellationToken, Task<T>> read) => new Read(read);

    /// <summary>
    /// A value known already, read from a store that answers at once (<c>ITeamGraphReader.InMemory</c>): what is made
    /// of it with <see cref="Then{TOut}"/> is known at once too, and a resolver hands it to GraphQL.NET as itself
    /// (<see cref="ValueOrSelf"/>), without the data-loader pass.
    /// </summary>
    public static DeferredResult<T> Known(T value) => new Settled(new ValueTask<T>(value));

    /// <summary>Whether the value is known already and was read without a failure.</summary>
    public bool IsKnown => TryKnown(out _);

    /// <summary>The value, when <see cref="IsKnown"/>.</summary>
    public T KnownValue => TryKnown(out var value) ? value : throw new InvalidOperationException("The value is not known yet; read it through GraphQL.NET.");

    /// <summary>
    /// What a resolver answers: the value when it is known (itself resolved the same way when it is another deferred
    /// result), else this deferred result, for GraphQL.NET to read once the level's batches are fetched.
    /// </summary>
    public object? ValueOrSelf() => TryKnown(out var value) ? value is IReadResult inner ? inner.ValueOrSelf() : value : this;

    /// <inheritdoc />
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => ReadAsync(cancellationToken).AsTask();

    /// <inheritdoc />
    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
    {
        var value = ReadAsync(cancellationToken);
        return value.IsCompletedSuccessfully ? Task.FromResult<object?>(value.Result) : BoxedAsync(value);
    }

    /// <summary>The value passed through <paramref name="map"/> once it is read; at once when it is known.</summary>
    public DeferredResult<TOut> Then<TOut>(Func<T, TOut> map) =>
        TryKnown(out var value) ? new DeferredResult<TOut>.Settled(Completed(map, value)) : new Mapped<TOut>(this, map);

    /// <summary>The value: completed when it can be read at once.</summary>
    protected abstract ValueTask<T> ReadAsync(CancellationToken cancellationToken);

    /// <summary><paramref name="produce"/>'s value for <paramref name="input"/>, or its exception as a faulted read.</summary>
    protected static ValueTask<TValue> Completed<TInput, TValue>(Func<TInput, TValue> produce, TInput input)
    {
        try
        {
            return new ValueTask<TValue>(produce(input));
        }
#pragma warning disable CA1031 // Handed on in the task, as an async method would.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return ValueTask.FromException<TValue>(exception);
        }
    }

    private static async Task<object?> BoxedAsync(ValueTask<T> value) => await value.ConfigureAwait(false);

    private bool TryKnown([MaybeNullWhen(false)] out T value)
    {
        if (this is Settled { Value.IsCompletedSuccessfully: true } settled)
        {
            value = settled.Value.Result;
            return true;
        }

        value = default;
        return false;
    }

    private sealed class Read(Func<CancellationToken, Task<T>> read) : DeferredResult<T>
    {
        protected override ValueTask<T> ReadAsync(CancellationToken cancellationToken) => new(read(cancellationToken));
    }

    // A value or a failure there already: a completed ValueTask can be read any number of times.
    private sealed class Settled(ValueTask<T> value) : DeferredResult<T>
    {
        public ValueTask<T> Value => value;

        protected override ValueTask<T> ReadAsync(CancellationToken cancellationToken) => value;
    }

    private sealed class Mapped<TOut>(DeferredResult<T> source, Func<T, TOut> map) : DeferredResult<TOut>
    {
        protected override ValueTask<TOut> ReadAsync(CancellationToken cancellationToken)
        {
            var value = source.ReadAsync(cancellationToken);
            return value.IsCompletedSuccessfully ? Completed(map, value.Result) : new ValueTask<TOut>(MapAsync(value));
        }

        private async Task<TOut> MapAsync(ValueTask<T> value) => map(await value.ConfigureAwait(false));
    }
}

/// <summary>A <see cref="DeferredResult{T}"/> of any value type, for resolving one that holds another.</summary>
internal interface IReadResult
{
    /// <summary>See <see cref="DeferredResult{T}.ValueOrSelf"/>.</summary>
    object? ValueOrSelf();
}
