namespace TeamGraph.Core.Graph.Schema;

/// <summary>The schema of every node label and relationship type of the vocabulary (<see cref="NodeLabels"/>, <see cref="RelationshipTypes"/>).</summary>
public static class GraphSchema
{
    private static readonly Dictionary<string, ElementSchema> NodeSchemas = new ElementSchema[]
    {
        RoleProperties.Schema,
        GroupProperties.Schema,
        ExternalActorProperties.Schema,
        DocumentProperties.Schema,
        HandoffProperties.Schema,
        new(NodeLabels.Skill, NamedNodeProperties.Name),
        new(NodeLabels.Tool, NamedNodeProperties.Name),
        new(NodeLabels.Topic, NamedNodeProperties.Name),
        ResponsibilityProperties.Schema,
        DecisionProperties.Schema,
        new(NodeLabels.Artifact, NamedNodeProperties.Name),
        QualityStandardProperties.Schema,
        ExampleProperties.Schema,
        CollaborationMapProperties.Schema,
    }.ToDictionary(s => s.Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, ElementSchema> RelationshipSchemas = new ElementSchema[]
    {
        new(RelationshipTypes.DescribedIn),
        LinksToProperties.Schema,
        HasSkillProperties.Schema,
        KnowsProperties.Schema,
        UsesToolProperties.Schema,
        StudiesProperties.Schema,
        HasResponsibilityProperties.Schema,
        new(RelationshipTypes.Decides),
        NeedsApprovalProperties.Schema,
        EscalatesToProperties.Schema,
        new(RelationshipTypes.Gives),
        new(RelationshipTypes.To),
        DeclaresProperties.Schema,
        HandsOffProperties.Schema,
        ProducesProperties.Schema,
        CollaboratesProperties.Schema,
        MeetsProperties.Schema,
        new(RelationshipTypes.MemberOf),
        new(RelationshipTypes.HasQualityStandard),
        new(RelationshipTypes.HasExample),
        new(RelationshipTypes.HasMap),
        DrawsProperties.Schema,
    }.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The schema of <paramref name="label"/>, or <see langword="null"/> when it is not in the vocabulary.</summary>
    public static ElementSchema? Node(string label) => NodeSchemas.GetValueOrDefault(label);

    /// <summary>The schema of <paramref name="type"/>, or <see langword="null"/> when it is not in the vocabulary.</summary>
    public static ElementSchema? Relationship(string type) => RelationshipSchemas.GetValueOrDefault(type);
}
