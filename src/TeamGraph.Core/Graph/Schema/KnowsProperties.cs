namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>KNOWS</c> relationship.</summary>
public static class KnowsProperties
{
    /// <summary>What the role knows of the topic.</summary>
    public static OptionalProperty<string> Detail { get; } = PropertyKeys.OptionalText("detail");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(RelationshipTypes.Knows, Detail);
}
