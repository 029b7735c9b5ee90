using System.Diagnostics.CodeAnalysis;

namespace TeamGraph.Core.Graph;

/// <summary>
/// The stored properties of one node or relationship as the element holds them: a handful of keys in ordinal order and
/// their values, in two arrays (the key arrays shared by every element with the same keys, see <c>PropertyKeySets</c>).
/// A graph has hundreds of thousands of elements, so each holds these two arrays itself rather than a map object around
/// them; <see cref="PropertyDictionary"/> is the map made of them when one is asked for.
/// </summary>
internal readonly struct StoredProperties
{
    private readonly string[] _keys;
    private readonly object[] _values;

    /// <summary>Takes ownership of <paramref name="keys"/> and <paramref name="values"/>: keys sorted ordinally, each once.</summary>
    public StoredProperties(string[] keys, object[] values)
    {
        _keys = keys;
        _values = values;
    }

    /// <summary><paramref name="properties"/> as stored properties: the graph's own maps' arrays as they are, any other map sorted into new ones.</summary>
    public static StoredProperties Of(IReadOnlyDictionary<string, object> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return PropertyDictionary.Sorted(properties).Stored;
    }

    public int Count => _keys.Length;

    public string KeyAt(int index) => _keys[index];

    public object ValueAt(int index) => _values[index];

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Array.BinarySearch(_keys, key, StringComparer.Ordinal);
    }

    /// <summary>The map of these properties (a view sharing the arrays).</summary>
    public PropertyDictionary AsDictionary() => PropertyDictionary.Of(this);

    /// <summary>Whether both hold the same arrays: how elements compare their properties, as they compared their maps by reference.</summary>
    public bool SameAs(StoredProperties other) => ReferenceEquals(_keys, other._keys) && ReferenceEquals(_values, other._values);

    /// <summary>A hash consistent with <see cref="SameAs"/>.</summary>
    public int Identity => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_values);

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object> Values => _values;
}
