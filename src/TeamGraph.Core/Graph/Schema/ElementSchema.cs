namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of one node label or relationship type. Every schema has <see cref="PropertyKeys.Source"/>.</summary>
public sealed class ElementSchema
{
    private readonly Dictionary<string, PropertyKey> _byName;
    private readonly PropertyKey[] _required;

    internal ElementSchema(string name, params PropertyKey[] keys)
    {
        Name = name;
        Keys = [PropertyKeys.Source, .. keys];
        _byName = Keys.ToDictionary(k => k.Name, StringComparer.Ordinal);
        _required = [.. Keys.Where(k => k.Presence == PropertyPresence.Required)];
    }

    /// <summary>The label or relationship type.</summary>
    public string Name { get; }

    /// <summary>The properties, <c>source</c> first, then in declaration order.</summary>
    public IReadOnlyList<PropertyKey> Keys { get; }

    /// <summary>The key stored under <paramref name="name"/>, or <see langword="null"/>.</summary>
    public PropertyKey? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// What is wrong with a property map built for this label or type: a required property missing, a key the schema
    /// does not declare, or a value of another type; <see langword="null"/> when nothing is.
    /// </summary>
    public string? Problem(IReadOnlyDictionary<string, object> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        foreach (var key in _required)
        {
            if (!properties.ContainsKey(key.Name))
            {
                return $"the required property '{key.Name}' of {Name} is missing";
            }
        }

        // The graph builder checks every element it adds: its own maps are walked without an enumerator object.
        foreach (var (name, value) in PropertyDictionary.Sorted(properties))
        {
            if (Mismatch(name, value) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private string? Mismatch(string name, object value) =>
        Find(name) is not { } key ? $"'{name}' is not a property of {Name}"
        : key.Accepts(value) ? null
        : $"'{name}' of {Name} holds a {value.GetType().Name}, not a {key.ValueType.Name}";

    /// <summary>
    /// Rebuilds the property map of an element read back from a store: each declared property in the form the graph
    /// builder stores it; keys the schema does not declare (the store's own, such as <c>ingestScope</c>) are left out.
    /// </summary>
    /// <returns>The map, or <see langword="null"/> with <paramref name="problem"/> set when a required property is missing or a value has another type.</returns>
    public IReadOnlyDictionary<string, object>? FromStore(IEnumerable<KeyValuePair<string, object?>> stored, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, raw) in stored)
        {
            if (Find(name) is not { } key || raw is null)
            {
                continue;
            }

            if (key.Canonical(raw) is not { } value)
            {
                problem = $"'{name}' of {Name} holds a {raw.GetType().Name}, not a {key.ValueType.Name}";
                return null;
            }

            properties[name] = value;
        }

        problem = Keys.FirstOrDefault(k => k.Presence == PropertyPresence.Required && !properties.ContainsKey(k.Name)) is { } missing
            ? $"the required property '{missing.Name}' of {Name} is missing"
            : null;
        return problem is null ? PropertyDictionary.Of(properties) : null;
    }
}
