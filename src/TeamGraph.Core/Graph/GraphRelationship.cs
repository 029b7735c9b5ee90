using System.Text;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Graph;

/// <summary>
/// A directed relationship between two nodes, by id. <see cref="Properties"/> follows the same rules as
/// <see cref="GraphNode.Properties"/>: keyed as the type's schema declares, read through its keys with <c>Get</c>.
/// </summary>
public sealed partial record GraphRelationship
{
    // An ingest's relationship ids are kept as their parts and spelled out only when asked for (see GraphRelationship.Ids.cs).
    private readonly string? _id;
    private readonly string? _discriminator;
    // The map's two arrays, held here rather than in a map object of their own (see StoredProperties).
    private readonly StoredProperties _stored;

    /// <summary>A relationship with an id of its own (read from a store, or made by hand).</summary>
    public GraphRelationship(string id, string type, string startId, string endId, IReadOnlyDictionary<string, object> properties)
    {
        ArgumentNullException.ThrowIfNull(id);
        _id = id;
        Type = type;
        StartId = startId;
        EndId = endId;
        _stored = StoredProperties.Of(properties);
    }

    private GraphRelationship(IReadOnlyDictionary<string, object> properties, string type, string startId, string endId, string? discriminator)
    {
        _discriminator = discriminator;
        Type = type;
        StartId = startId;
        EndId = endId;
        _stored = StoredProperties.Of(properties);
    }

    /// <summary>The id: unique in its graph.</summary>
    public string Id => _id ?? ComposedId(Type, StartId, EndId, _discriminator);

    public string Type { get; }

    public string StartId { get; }

    public string EndId { get; }

    /// <summary>The stored properties as a map (made when asked for; <c>Get</c> reads without one).</summary>
    public IReadOnlyDictionary<string, object> Properties => _stored.AsDictionary();

    /// <summary>Where the relationship is written.</summary>
    public SourceRef Source => Get(PropertyKeys.Source);

    /// <summary>A required property: always there on a relationship built through the schema.</summary>
    public T Get<T>(RequiredProperty<T> key)
        where T : notnull => PropertyReader.Required(_stored, key, "Relationship", Id);

    /// <summary>A defaulted property: its default when it is not stored.</summary>
    public T Get<T>(DefaultedProperty<T> key)
        where T : notnull => PropertyReader.Defaulted(_stored, key);

    /// <summary>An optional property: <see langword="null"/> when it is not stored.</summary>
    public T? Get<T>(OptionalProperty<T> key)
        where T : class => PropertyReader.Optional(_stored, key);

    /// <summary>Equal when the ids, ends, type and property map are, however the id is held.</summary>
    public bool Equals(GraphRelationship? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Type == other.Type && StartId == other.StartId && EndId == other.EndId && _stored.SameAs(other._stored) && CompareIds(this, other) == 0));

    public override int GetHashCode() => HashCode.Combine(Type, StartId, EndId, _stored.Identity);

    // The computed members read through the schema; printing shows the stored record only.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Type = ").Append(Type).Append(", StartId = ").Append(StartId).Append(", EndId = ").Append(EndId).Append(", Properties = ").Append(Properties);
        return true;
    }
}
