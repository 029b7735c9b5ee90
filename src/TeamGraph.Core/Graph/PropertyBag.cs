using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Graph;

/// <summary>
/// Builds the sorted property map of a node or relationship through the schema's keys. Blank text, empty lists and
/// defaults are not stored; the graph draft then checks the map against the label's or type's schema.
/// </summary>
public sealed class PropertyBag
{
    // A bag holds a few properties (up to eight without growing), kept in key order in two short arrays and copied once
    // into the map. A build makes one bag per element, hundreds of thousands: the arrays of a bag the graph draft has
    // added go to the next bag made on the same thread, rather than to the collector.
    private const int FirstCapacity = 8;
    private const int SparesKept = 8;

    [ThreadStatic]
    private static Stack<(string[] Keys, object[] Values)>? _spares;

    private string[] _keys;
    private object[] _values;
    private int _count;
    private bool _added;

    /// <summary>Starts a bag with the mandatory <c>source</c>.</summary>
    public PropertyBag(SourceRef source)
    {
        (_keys, _values) = _spares is { Count: > 0 } spares ? spares.Pop() : (new string[FirstCapacity], new object[FirstCapacity]);
        Put(PropertyKeys.Source, source);
    }

    /// <summary>Sets a required property. Blank text is not stored, so the draft refuses the element: give a fallback.</summary>
    public PropertyBag Set<T>(RequiredProperty<T> key, T value)
        where T : notnull => Put(key, value);

    /// <summary>Sets an optional property unless <paramref name="value"/> is null or blank.</summary>
    public PropertyBag Set<T>(OptionalProperty<T> key, T? value)
        where T : class => Put(key, value);

    /// <summary>Sets a defaulted property unless <paramref name="value"/> is null or its default.</summary>
    public PropertyBag Set<T>(DefaultedProperty<T> key, T? value)
        where T : notnull => Put(key, value);

    /// <summary>The properties, sorted by key.</summary>
    public IReadOnlyDictionary<string, object> Build() => Build(static text => text);

    /// <summary>
    /// The properties, sorted by key, each text (alone or in a list) replaced by <paramref name="share"/>'s instance of
    /// it, so that a graph holds one string per equal value.
    /// </summary>
    internal IReadOnlyDictionary<string, object> Build(Func<string, string> share)
    {
        ThrowIfAdded();
        var values = new object[_count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _values[i] switch
            {
                string text => share(text),
                string[] texts => SharedInPlace(texts, share),
                var other => other,
            };
        }

        return PropertyDictionary.FromSorted(PropertyKeySets.Shared(_keys.AsSpan(0, _count)), values);
    }

    /// <summary>
    /// <see cref="Build(Func{string, string})"/> for the element the graph draft adds: the bag's arrays are then handed
    /// to the next bag made on this thread, and the bag itself can no longer be set or built.
    /// </summary>
    internal IReadOnlyDictionary<string, object> BuildForDraft(Func<string, string> share)
    {
        var built = Build(share);
        Array.Clear(_keys, 0, _count);
        Array.Clear(_values, 0, _count);
        var spares = _spares ??= new Stack<(string[], object[])>(SparesKept);
        if (_keys.Length == FirstCapacity && spares.Count < SparesKept)
        {
            spares.Push((_keys, _values));
        }

        (_keys, _values, _count, _added) = ([], [], 0, true);
        return built;
    }

    private void ThrowIfAdded()
    {
        if (_added)
        {
            throw new InvalidOperationException("This bag's element is in the graph draft already; make a new bag for another element.");
        }
    }

    // A stored list is the codec's own copy (see PropertyCodecs), so its texts can be swapped for the shared ones.
    private static string[] SharedInPlace(string[] texts, Func<string, string> share)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = share(texts[i]);
        }

        return texts;
    }

    private PropertyBag Put<T>(PropertyKey<T> key, T? value)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        ThrowIfAdded();
        var index = Array.BinarySearch(_keys, 0, _count, key.Name, StringComparer.Ordinal);
        if (key.Store(value) is { } stored)
        {
            if (index >= 0)
            {
                _values[index] = stored;
            }
            else
            {
                Insert(~index, key.Name, stored);
            }
        }
        else if (index >= 0)
        {
            RemoveAt(index);
        }

        return this;
    }

    private void Insert(int index, string key, object value)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }

        Array.Copy(_keys, index, _keys, index + 1, _count - index);
        Array.Copy(_values, index, _values, index + 1, _count - index);
        _keys[index] = key;
        _values[index] = value;
        _count++;
    }

    private void RemoveAt(int index)
    {
        _count--;
        Array.Copy(_keys, index + 1, _keys, index, _count - index);
        Array.Copy(_values, index + 1, _values, index, _count - index);
        _keys[_count] = null!;
        _values[_count] = null!;
    }
}
