using System.Diagnostics.CodeAnalysis;

namespace TeamGraph.Core.Graph;

/// <summary>
/// The stored properties of one node or relationship as a map: a handful of keys in ordinal order, held in two arrays.
/// Elements keep the two arrays themselves (see <see cref="StoredProperties"/>) and make one of these when their map is
/// asked for; reading a property through an element's <c>Get</c> makes none.
/// </summary>
public sealed class PropertyDictionary : IReadOnlyDictionary<string, object>
{
    private readonly StoredProperties _stored;

    private PropertyDictionary(StoredProperties stored) => _stored = stored;

    /// <summary>A map with no properties.</summary>
    public static PropertyDictionary Empty { get; } = new(new StoredProperties([], []));

    /// <summary>The map of <paramref name="properties"/>; a key given twice keeps its last value.</summary>
    public static PropertyDictionary Of(IEnumerable<KeyValuePair<string, object>> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var sorted = new SortedList<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            sorted[key] = value;
        }

        return sorted.Count == 0 ? Empty : new(new StoredProperties([.. sorted.Keys], [.. sorted.Values]));
    }

    /// <summary>
    /// <paramref name="properties"/> as a map of this kind, sorted by key: the graph's own maps as they are (walked with
    /// <see cref="GetEnumerator"/>, no enumerator object), any other map copied.
    /// </summary>
    public static PropertyDictionary Sorted(IReadOnlyDictionary<string, object> properties) => properties as PropertyDictionary ?? Of(properties);

    /// <summary>Takes ownership of <paramref name="keys"/> and <paramref name="values"/>: keys sorted ordinally, each once.</summary>
    internal static PropertyDictionary FromSorted(string[] keys, object[] values) => Of(new StoredProperties(keys, values));

    /// <summary>The map over an element's stored properties, sharing their arrays.</summary>
    internal static PropertyDictionary Of(StoredProperties stored) => stored.Count == 0 ? Empty : new(stored);

    /// <summary>The two arrays, for an element to hold.</summary>
    internal StoredProperties Stored => _stored;

    public int Count => _stored.Count;

    public IEnumerable<string> Keys => _stored.Keys;

    public IEnumerable<object> Values => _stored.Values;

    public object this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No property '{key}'.");

    public bool ContainsKey(string key) => _stored.IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value) => _stored.TryGetValue(key, out value);

    /// <summary>The properties in key order, without allocating (hundreds of thousands of maps are walked per export).</summary>
    public Enumerator GetEnumerator() => new(_stored);

    IEnumerator<KeyValuePair<string, object>> IEnumerable<KeyValuePair<string, object>>.GetEnumerator() => GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks a map's properties in key order.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<string, object>>
    {
        private readonly StoredProperties _stored;
        private int _index;

        internal Enumerator(StoredProperties stored)
        {
            _stored = stored;
            _index = -1;
        }

        public readonly KeyValuePair<string, object> Current => new(_stored.KeyAt(_index), _stored.ValueAt(_index));

        readonly object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _stored.Count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
