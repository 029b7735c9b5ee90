namespace TeamGraph.GraphQL.Batching;

/// <summary>Combinations of <see cref="DeferredResult{T}"/>s.</summary>
internal static class DeferredResults
{
    /// <summary>
    /// Every value, in order: known at once when every one is. The loads behind <paramref name="results"/> were all
    /// queued when they were created, so reading the first dispatches the batch that answers the rest.
    /// </summary>
    public static DeferredResult<IReadOnlyList<T>> All<T>(IReadOnlyList<DeferredResult<T>> results)
    {
        if (results.All(r => r.IsKnown))
        {
            return DeferredResult<IReadOnlyList<T>>.Known([.. results.Select(r => r.KnownValue)]);
        }

        return DeferredResult<IReadOnlyList<T>>.Of(async cancellationToken =>
        {
            var values = new List<T>(results.Count);
            foreach (var result in results)
            {
                values.Add(await result.GetResultAsync(cancellationToken).ConfigureAwait(false));
            }

            return values;
        });
    }
}
