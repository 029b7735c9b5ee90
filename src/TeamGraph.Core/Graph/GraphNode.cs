using System.Text;
using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.Core.Graph;

/// <summary>
/// A node of the property graph. <see cref="Id"/> is deterministic (derived from codes and normalised text), so
/// re-ingesting the same documents gives the same ids. <see cref="Properties"/> is the stored map the exporters and
/// stores write (strings, booleans, string arrays), keyed as the label's schema (<see cref="GraphSchema"/>) declares;
/// read it through the schema's keys with <c>Get</c>, never by name.
/// </summary>
public sealed record GraphNode
{
    // The map's two arrays, held here rather than in a map object of their own (see StoredProperties).
    private readonly StoredProperties _stored;

    public GraphNode(string Id, string Label, IReadOnlyDictionary<string, object> Properties)
    {
        this.Id = Id;
        this.Label = Label;
        _stored = StoredProperties.Of(Properties);
    }

    public string Id { get; init; }

    public string Label { get; init; }

    /// <summary>The stored properties as a map (made when asked for; <c>Get</c> reads without one).</summary>
    public IReadOnlyDictionary<string, object> Properties
    {
        get => _stored.AsDictionary();
        init => _stored = StoredProperties.Of(value);
    }

    /// <summary>Where the node is written.</summary>
    public SourceRef Source => Get(PropertyKeys.Source);

    /// <summary>A required property: always there on a node built through the schema.</summary>
    public T Get<T>(RequiredProperty<T> key)
        where T : notnull => PropertyReader.Required(_stored, key, "Node", Id);

    /// <summary>A defaulted property: its default when it is not stored.</summary>
    public T Get<T>(DefaultedProperty<T> key)
        where T : notnull => PropertyReader.Defaulted(_stored, key);

    /// <summary>An optional property: <see langword="null"/> when it is not stored.</summary>
    public T? Get<T>(OptionalProperty<T> key)
        where T : class => PropertyReader.Optional(_stored, key);

    /// <summary>True for the nodes that give, receive, approve and are told: roles, groups and external actors.</summary>
    public bool IsActor => Label is NodeLabels.Role or NodeLabels.Group or NodeLabels.ExternalActor;

    /// <summary>
    /// The name to show: a role's, group's or external actor's name, a skill's, tool's, topic's or artifact's name, a
    /// document's path, a handoff's what, else the id.
    /// </summary>
    public string DisplayName => Label switch
    {
        NodeLabels.Role => Get(RoleProperties.Name),
        NodeLabels.Group => Get(GroupProperties.Name),
        NodeLabels.ExternalActor => Get(ExternalActorProperties.Name),
        NodeLabels.Skill or NodeLabels.Tool or NodeLabels.Topic or NodeLabels.Artifact => Get(NamedNodeProperties.Name),
        NodeLabels.Document => Get(DocumentProperties.Path),
        NodeLabels.Handoff => Get(HandoffProperties.What),
        _ => Id,
    };

    /// <summary>Equal when the ids and labels are and the properties are the same stored map, as when the record held the map.</summary>
    public bool Equals(GraphNode? other) =>
        other is not null && (ReferenceEquals(this, other) || (Id == other.Id && Label == other.Label && _stored.SameAs(other._stored)));

    public override int GetHashCode() => HashCode.Combine(Id, Label, _stored.Identity);

    // The computed members read through the schema; printing shows the stored record only.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Label = ").Append(Label).Append(", Properties = ").Append(Properties);
        return true;
    }
}
