using System.Collections;

namespace TeamGraph.Core.Store;

/// <summary>
/// A lookup over lists already grouped by key, so a batched read hands each list out as it was read instead of copying
/// it into a <see cref="Enumerable.ToLookup{TSource, TKey}(IEnumerable{TSource}, Func{TSource, TKey})"/> grouping.
/// A key it does not hold has an empty group, as in LINQ's lookup. A key's group is its list itself (an
/// <see cref="IReadOnlyList{T}"/>, not wrapped per read); enumerating the lookup gives <see cref="IGrouping{TKey, TElement}"/>s.
/// </summary>
/// <param name="groups">The non-empty lists by key; the lookup takes them over.</param>
internal sealed class ListLookup<T>(Dictionary<string, IReadOnlyList<T>> groups) : ILookup<string, T>
{
    /// <inheritdoc />
    public int Count => groups.Count;

    /// <inheritdoc />
    public IEnumerable<T> this[string key] => groups.TryGetValue(key, out var values) ? values : [];

    /// <inheritdoc />
    public bool Contains(string key) => groups.ContainsKey(key);

    /// <inheritdoc />
    public IEnumerator<IGrouping<string, T>> GetEnumerator()
    {
        foreach (var (key, values) in groups)
        {
            yield return new Group(key, values);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Group(string key, IReadOnlyList<T> values) : IGrouping<string, T>, IReadOnlyList<T>
    {
        public string Key => key;

        public int Count => values.Count;

        public T this[int index] => values[index];

        public IEnumerator<T> GetEnumerator() => values.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
