namespace TeamGraph.Core.Graph.Schema;

/// <summary>Typed reads of a stored property map, shared by <see cref="GraphNode"/> and <see cref="GraphRelationship"/>.</summary>
internal static class PropertyReader
{
    /// <summary>
    /// Reads a required property. The owner (<paramref name="ownerKind"/> and <paramref name="ownerId"/>) is spelled only
    /// in the message of a missing one: required reads are the hottest path of every resolver and export.
    /// </summary>
    public static T Required<T>(StoredProperties properties, RequiredProperty<T> key, string ownerKind, string ownerId)
        where T : notnull =>
        properties.TryGetValue(key.Name, out var stored) && stored is not null
            ? key.Codec.Load(stored)
            : throw new InvalidOperationException($"{ownerKind} '{ownerId}' has no '{key.Name}', which its schema requires; it was not built through the schema.");

    public static T Defaulted<T>(StoredProperties properties, DefaultedProperty<T> key)
        where T : notnull =>
        properties.TryGetValue(key.Name, out var stored) && stored is not null ? key.Codec.Load(stored) : key.Default;

    public static T? Optional<T>(StoredProperties properties, OptionalProperty<T> key)
        where T : class =>
        properties.TryGetValue(key.Name, out var stored) && stored is not null ? key.Codec.Load(stored) : null;
}
