using System.Diagnostics.CodeAnalysis;

namespace TeamGraph.Core.Graph;

/// <summary>
/// The stored properties of one node or relationship: a handful of keys in ordinal order, held in two arrays. A
/// graph has hundreds of thousands of these, so each costs three small objects rather than a tree of entries.
/// </summary>
public sealed class PropertyDictionary : IReadOnlyDictionary<string, object>
{
    private readonly string[] _keys;
    private readonly object[] _values;

    private PropertyDictionary(string[] keys, object[] values)
    {
        _keys = keys;
        _values = values;
    }

    /// <summary>A map with no properties.</summary>
    public static PropertyDictionary Empty { get; } = new([], []);

    /// <summary>The map of <paramref name="properties"/>; a key given twice keeps its last value.</summary>
    public static PropertyDictionary Of(IEnumerable<KeyValuePair<string, object>> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var sorted = new SortedList<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            sorted[key] = value;
        }

        return sorted.Count == 0 ? Empty : new PropertyDictionary([.. sorted.Keys], [.. sorted.Values]);
    }

    /// <summary>
    /// <paramref name="properties"/> as a map of this kind, sorted by key: the graph's own maps as they are (walked with
    /// <see cref="GetEnumerator"/>, no enumerator object), any other map copied.
    /// </summary>
    public static PropertyDictionary Sorted(IReadOnlyDictionary<string, object> properties) => properties as PropertyDictionary ?? Of(properties);

    /// <summary>Takes ownership of <paramref name="keys"/> and <paramref name="values"/>: keys sorted ordinally, each once.</summary>
    internal static PropertyDictionary FromSorted(string[] keys, object[] values) => keys.Length == 0 ? Empty : new(keys, values);

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object> Values => _values;

    public object this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No property '{key}'.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    /// <summary>The properties in key order, without allocating (hundreds of thousands of maps are walked per export).</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, object>> IEnumerable<KeyValuePair<string, object>>.GetEnumerator() => GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks a map's properties in key order.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<string, object>>
    {
        private readonly PropertyDictionary _map;
        private int _index;

        internal Enumerator(PropertyDictionary map)
        {
            _map = map;
            _index = -1;
        }

        public readonly KeyValuePair<string, object> Current => new(_map._keys[_index], _map._values[_index]);

        readonly object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _map._keys.Length;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Array.BinarySearch(_keys, key, StringComparer.Ordinal);
    }
}
