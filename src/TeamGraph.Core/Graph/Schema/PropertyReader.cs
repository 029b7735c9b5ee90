namespace TeamGraph.Core.Graph.Schema;

/// <summary>Typed reads of a stored property map, shared by <see cref="GraphNode"/> and <see cref="GraphRelationship"/>.</summary>
internal static class PropertyReader
{
    /// <summary>
    /// Reads a required property. The caller names the owner only when the property is missing (<see cref="Missing"/>):
    /// required reads are the hottest path of every resolver and export, so no message text is made on success.
    /// </summary>
    public static bool TryRequired<T>(IReadOnlyDictionary<string, object> properties, RequiredProperty<T> key, out T value)
        where T : notnull
    {
        if (properties.TryGetValue(key.Name, out var stored) && stored is not null)
        {
            value = key.Codec.Load(stored);
            return true;
        }

        value = default!;
        return false;
    }

    public static InvalidOperationException Missing<T>(string owner, RequiredProperty<T> key)
        where T : notnull =>
        new($"{owner} has no '{key.Name}', which its schema requires; it was not built through the schema.");

    public static T Defaulted<T>(IReadOnlyDictionary<string, object> properties, DefaultedProperty<T> key)
        where T : notnull =>
        properties.TryGetValue(key.Name, out var stored) && stored is not null ? key.Codec.Load(stored) : key.Default;

    public static T? Optional<T>(IReadOnlyDictionary<string, object> properties, OptionalProperty<T> key)
        where T : class =>
        properties.TryGetValue(key.Name, out var stored) && stored is not null ? key.Codec.Load(stored) : null;
}
