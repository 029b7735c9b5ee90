using System.Text;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Graph;

/// <summary>
/// A directed relationship between two nodes, by id. <see cref="Properties"/> follows the same rules as
/// <see cref="GraphNode.Properties"/>: keyed as the type's schema declares, read through its keys with <c>Get</c>.
/// </summary>
public sealed record GraphRelationship(
    string Id,
    string Type,
    string StartId,
    string EndId,
    IReadOnlyDictionary<string, object> Properties)
{
    /// <summary>Where the relationship is written.</summary>
    public SourceRef Source => Get(PropertyKeys.Source);

    /// <summary>A required property: always there on a relationship built through the schema.</summary>
    public T Get<T>(RequiredProperty<T> key)
        where T : notnull => PropertyReader.Required(Properties, key, $"Relationship '{Id}'");

    /// <summary>A defaulted property: its default when it is not stored.</summary>
    public T Get<T>(DefaultedProperty<T> key)
        where T : notnull => PropertyReader.Defaulted(Properties, key);

    /// <summary>An optional property: <see langword="null"/> when it is not stored.</summary>
    public T? Get<T>(OptionalProperty<T> key)
        where T : class => PropertyReader.Optional(Properties, key);

    // The computed members read through the schema; printing shows the stored record only.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Type = ").Append(Type).Append(", StartId = ").Append(StartId).Append(", EndId = ").Append(EndId).Append(", Properties = ").Append(Properties);
        return true;
    }
}
